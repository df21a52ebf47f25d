import { sql } from 'kysely'
import { z } from 'zod'
import type { ReaderTransaction } from '../../data/gate.js'
import { AppError } from '../../errors.js'
import { CHAT_VIEWS, isSensitiveChatView, PERSON_KEY_OF_VIEW } from './chat-views.js'

interface PlanNode {
  'Node Type': string
  'Parent Relationship'?: string | undefined
  'Subplan Name'?: string | undefined
  'Total Cost': number
  'Plan Rows': number
  Plans?: PlanNode[] | undefined
}

// Loose: the node's other fields (Filter, Hash Cond…) are kept, to tell hashed sub-plans apart.
const planNode: z.ZodType<PlanNode> = z.lazy(() =>
  z.looseObject({
    'Node Type': z.string(),
    'Parent Relationship': z.string().optional(),
    'Subplan Name': z.string().optional(),
    'Total Cost': z.number(),
    'Plan Rows': z.number(),
    Plans: z.array(planNode).optional(),
  }),
)
const explainOutput = z.array(z.object({ Plan: planNode })).min(1)

/** What the planner expects of a query, before it runs. */
export interface PlanEstimate {
  /** The largest total cost of any node (a LIMIT's cost is scaled down; its input's is not). */
  readonly cost: number
  /** The most rows any node is expected to produce over all its executions. */
  readonly rows: number
}

/**
 * A plan node may touch this many times the personnel rows in scope (and at least ROW_FLOOR rows)
 * before the query counts as an explosion: a cross join, a join on a condition that pairs almost
 * everyone, a correlated sub-query that rescans a table per row. Joins along person keys stay
 * near the size of their largest input.
 */
export const ROW_GROWTH_FACTOR = 100
export const ROW_FLOOR = 1_000_000

export async function explainPlan(trx: ReaderTransaction, query: string): Promise<PlanNode> {
  const result = await sql
    .raw<Record<string, unknown>>(`explain (format json)\n${query}`)
    .execute(trx)
  const cell = Object.values(result.rows[0] ?? {})[0]
  return explainOutput.parse(typeof cell === 'string' ? JSON.parse(cell) : cell)[0]!.Plan
}

/**
 * The cost and rows of a plan. A nested loop runs its inner side once per outer row, and a
 * correlated sub-plan once per row of its parent, so their rows are multiplied accordingly; a
 * Materialize on the inner side replays its rows but computes its input once. An
 * init-plan or a hashed sub-plan (row-level security's scope test) is uncorrelated: built once,
 * however often its parent runs.
 */
export function estimatePlan(root: PlanNode): PlanEstimate {
  let cost = 0
  let rows = 0
  // `runs`: how often the node produces its rows; `builds`: how often its input is computed,
  // which for a Materialize is once per run of the join above it, not once per rescan.
  const visit = (node: PlanNode, runs: number, builds: number) => {
    const total = node['Plan Rows'] * runs
    cost = Math.max(cost, node['Total Cost'])
    rows = Math.max(rows, total)
    const children = node.Plans ?? []
    const outer = children.find((child) => child['Parent Relationship'] === 'Outer')
    const inputRuns = node['Node Type'] === 'Materialize' ? builds : runs
    for (const child of children) {
      const relation = child['Parent Relationship']
      if (relation === 'InitPlan' || (relation === 'SubPlan' && isHashed(node, child)))
        visit(child, 1, 1)
      else if (relation === 'SubPlan') visit(child, Math.max(total, runs), Math.max(total, runs))
      else if (relation === 'Inner' && node['Node Type'] === 'Nested Loop' && outer !== undefined)
        visit(child, runs * outer['Plan Rows'], runs)
      else visit(child, inputRuns, inputRuns)
    }
  }
  visit(root, 1, 1)
  return { cost, rows }
}

/** Whether the parent names the sub-plan as `hashed SubPlan n`: built once, then probed. */
function isHashed(parent: PlanNode, child: PlanNode): boolean {
  const name = child['Subplan Name']
  if (name === undefined) return false
  const text = JSON.stringify({ ...parent, Plans: undefined })
  return new RegExp(`hashed ${name.replace(/[^\w ]/g, '')}(?!\\d)`).test(text)
}

/**
 * The personnel rows the principal can see, as the planner estimates them: the size against
 * which a query's rows are judged, so the same rule holds for 60 people and for 2 million.
 */
export async function scopeRows(trx: ReaderTransaction): Promise<number> {
  const views = CHAT_VIEWS.filter(
    (v) => PERSON_KEY_OF_VIEW[v] !== undefined && !isSensitiveChatView(v),
  )
  const plan = await explainPlan(
    trx,
    views.map((view) => `select 1 from chat.${view}`).join(' union all '),
  )
  return plan['Plan Rows']
}

export function isRowExplosion(plan: PlanEstimate, inScope: number): boolean {
  return plan.rows > Math.max(ROW_FLOOR, ROW_GROWTH_FACTOR * inScope)
}

/**
 * Refuses, before it runs, a query the planner expects to cost more than `maxCost` or to
 * multiply rows. Measured (PostgreSQL 15, analysed tables, 25 typical questions and 8 join
 * bombs): with 2,000,000 people the questions cost at most 9 × 10^7 and the bombs from
 * 1.2 × 10^9 (people × units × units) to 8 × 10^10, hence the default bound of 5 × 10^8. With
 * 6,300 people a people × people count costs only 1.6 × 10^5, less than a reasonable correlated
 * sub-query (2.8 × 10^5), yet blocks the embedded database for 3.7 s; the row bound catches it
 * there: the questions touch at most 37 times the personnel rows, the bombs 240 times or more.
 * Both rely on statistics: the embedded database has no autovacuum, so seeding and imports must
 * end with ANALYZE.
 */
export async function refuseExpensive(
  trx: ReaderTransaction,
  query: string,
  maxCost: number,
): Promise<PlanEstimate> {
  const plan = estimatePlan(await explainPlan(trx, query))
  // The rows in scope matter only above the floor; planning the union of every person view
  // to estimate them costs more than planning most questions (12 ms against 1 ms on a server).
  const inScope = plan.cost > maxCost || plan.rows <= ROW_FLOOR ? 0 : await scopeRows(trx)
  if (plan.cost > maxCost || isRowExplosion(plan, inScope)) {
    throw new AppError(
      'QUERY_TOO_EXPENSIVE',
      'This question would make the database do too much work (for example by pairing every person with every other). Narrow it: a unit, a period, or a count instead of a list.',
      {
        vi: 'Câu hỏi này đòi hỏi cơ sở dữ liệu tính toán quá nhiều (ví dụ ghép từng người với mọi người khác). Hãy thu hẹp: một đơn vị, một khoảng thời gian, hoặc hỏi số lượng thay vì danh sách.',
        details: { cost: Math.round(plan.cost), maxCost, rows: Math.round(plan.rows), inScope },
      },
    )
  }
  return plan
}
