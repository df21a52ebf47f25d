import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { parseIsoDate } from './dates.js'
import { DATA_QUALITY_FAULTS } from './faults.js'
import { generateMinistry } from './generator.js'
import { planMinistry } from './plan.js'
import { type Row, TABLE_ORDER, TABLES, type TableName } from './tables.js'

const AS_OF = '2026-11-24'

function generate(seed: number, people: number): Record<TableName, Row[]> {
  const all = Object.fromEntries(TABLE_ORDER.map((t) => [t, [] as Row[]])) as Record<
    TableName,
    Row[]
  >
  for (const { batch } of generateMinistry(
    planMinistry(seed, people, parseIsoDate(AS_OF)),
    20_000,
  )) {
    for (const table of TABLE_ORDER) all[table].push(...batch[table])
  }
  return all
}

function checksum(rows: Record<TableName, Row[]>): string {
  const hash = createHash('sha256')
  for (const table of TABLE_ORDER)
    for (const row of rows[table]) hash.update(`${table}${JSON.stringify(row)}\n`)
  return hash.digest('hex')
}

const column = (table: TableName, name: string) => TABLES[table].columns.indexOf(name)

describe('the generator', () => {
  const ministry = generate(20250301, 6300)

  it('is deterministic: the same seed gives the same rows, another seed other rows', () => {
    expect(checksum(generate(20250301, 6300))).toBe(checksum(ministry))
    expect(checksum(generate(20250302, 6300))).not.toBe(checksum(ministry))
  })

  it('makes exactly the people asked for, with ids 1..N', () => {
    for (const n of [1, 45, 137, 1000]) {
      const ids = generate(5, n).people.map((r) => r[0])
      expect(ids).toEqual(Array.from({ length: n }, (_, i) => i + 1))
    }
    expect(ministry.people).toHaveLength(6300)
  })

  it('gives every row of a table its own id', () => {
    for (const table of TABLE_ORDER) {
      if (table === 'party_membership') continue
      const ids = ministry[table].map((r) => r[0])
      expect(new Set(ids).size, table).toBe(ids.length)
    }
  })

  it('writes Vietnamese text in NFC with no stray whitespace', () => {
    const name = column('people', 'full_name')
    for (const row of ministry.people) {
      const value = String(row[name])
      expect(value.normalize('NFC')).toBe(value)
      expect(value.trim().split(' ').length).toBeGreaterThanOrEqual(3)
    }
    for (const row of ministry.units) expect(String(row[2]).normalize('NFC')).toBe(row[2])
  })

  it('keeps national IDs unique at national scale density', () => {
    const ids = generate(9, 30_000).people.map((r) => r[column('people', 'national_id')])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('creates every unit named in the documented faults, with people in it', () => {
    const codes = new Map(ministry.units.map((r) => [r[1], r[0]]))
    const unitOf = column('people', 'unit_id')
    for (const fault of DATA_QUALITY_FAULTS) {
      const id = codes.get(fault.unitCode)
      expect(id, fault.unitCode).toBeDefined()
      expect(ministry.people.filter((r) => r[unitOf] === id).length).toBeGreaterThan(10)
    }
  })

  it('keeps units small when scaled to national size', () => {
    const plan = planMinistry(1, 2_000_000, parseIsoDate(AS_OF))
    const biggest = Math.max(...plan.units.map((u) => u.people))
    expect(biggest).toBeLessThanOrEqual(2000)
    expect(plan.units.reduce((a, u) => a + u.people, 0)).toBe(2_000_000)
    expect(plan.units.length).toBeLessThan(3000)
  })
})
