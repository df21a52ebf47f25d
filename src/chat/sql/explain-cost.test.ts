import { describe, expect, it } from 'vitest'
import { estimatePlan, isRowExplosion, ROW_FLOOR } from './explain-cost.js'

type Node = Parameters<typeof estimatePlan>[0]
const scan = (rows: number, extra: Partial<Node> = {}): Node => ({
  'Node Type': 'Seq Scan',
  'Total Cost': rows / 10,
  'Plan Rows': rows,
  ...extra,
})

describe('estimatePlan', () => {
  it('takes the largest cost of any node, not the LIMIT above it', () => {
    const plan = estimatePlan({
      'Node Type': 'Limit',
      'Total Cost': 12,
      'Plan Rows': 10,
      Plans: [{ ...scan(1e6), 'Total Cost': 9e6, 'Parent Relationship': 'Outer' }],
    })
    expect(plan.cost).toBe(9e6)
  })

  it('multiplies the inner side of a nested loop by the outer rows', () => {
    const plan = estimatePlan({
      'Node Type': 'Nested Loop',
      'Total Cost': 100,
      'Plan Rows': 50,
      Plans: [
        scan(3000, { 'Parent Relationship': 'Outer' }),
        { ...scan(3000), 'Node Type': 'Materialize', 'Parent Relationship': 'Inner' },
      ],
    })
    expect(plan.rows).toBe(9e6)
  })

  it('computes the input of a Materialize once, however often the loop replays it', () => {
    const plan = estimatePlan({
      'Node Type': 'Nested Loop',
      'Total Cost': 100,
      'Plan Rows': 12,
      Plans: [
        scan(3600, { 'Parent Relationship': 'Outer' }),
        {
          ...scan(20),
          'Node Type': 'Materialize',
          'Parent Relationship': 'Inner',
          Plans: [
            {
              ...scan(20),
              'Node Type': 'Nested Loop',
              'Parent Relationship': 'Outer',
              Plans: [
                scan(700, { 'Parent Relationship': 'Outer' }),
                { ...scan(10), 'Node Type': 'Materialize', 'Parent Relationship': 'Inner' },
              ],
            },
          ],
        },
      ],
    })
    // The replayed 20 rows, 3,600 times; not 700 × 10 rows rebuilt 3,600 times (25 million).
    expect(plan.rows).toBe(72_000)
  })

  it('multiplies a correlated sub-plan by its parent rows, but not a hashed one or an init-plan', () => {
    const parent = (filter: string, child: Node): Node => ({
      ...scan(2000, { Filter: filter } as Partial<Node>),
      Plans: [child],
    })
    const sub = scan(1000, { 'Parent Relationship': 'SubPlan', 'Subplan Name': 'SubPlan 1' })
    expect(estimatePlan(parent('(x = (SubPlan 1))', sub)).rows).toBe(2e6)
    expect(estimatePlan(parent('(hashed SubPlan 1)', sub)).rows).toBe(2000)
    const init = scan(1000, { 'Parent Relationship': 'InitPlan', 'Subplan Name': 'InitPlan 1' })
    expect(estimatePlan(parent('(x = $0)', init)).rows).toBe(2000)
  })

  it('does not mistake SubPlan 1 for hashed SubPlan 10', () => {
    const sub = scan(1000, { 'Parent Relationship': 'SubPlan', 'Subplan Name': 'SubPlan 1' })
    const node = {
      ...scan(2000, { Filter: '(hashed SubPlan 10) and (x = (SubPlan 1))' } as Partial<Node>),
      Plans: [sub],
    }
    expect(estimatePlan(node).rows).toBe(2e6)
  })
})

describe('isRowExplosion', () => {
  it('allows a hundred times the personnel rows, and at least the floor', () => {
    expect(isRowExplosion({ cost: 1, rows: ROW_FLOOR }, 10)).toBe(false)
    expect(isRowExplosion({ cost: 1, rows: ROW_FLOOR + 1 }, 10)).toBe(true)
    expect(isRowExplosion({ cost: 1, rows: 2e8 }, 2e6)).toBe(false)
    expect(isRowExplosion({ cost: 1, rows: 2e8 + 1 }, 2e6)).toBe(true)
  })
})
