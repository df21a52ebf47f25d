import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../access/index.js'
import type { RoleAccount } from '../../../test/accounts.js'
import { analyticsApp } from '../../../test/analytics-app.js'
import { openTestDb, type TestDb } from '../../../test/db.js'
import { DATA_QUALITY_FAULTS } from '../../data/synthetic/index.js'

/** The data-quality index on the seeded ministry, whose faulty units faults.ts names. */
let test: TestDb
let get: (role: Role, path: string) => Promise<Response>
let accounts: Record<Role, RoleAccount>
const ASOF = '2026-11-24'
const FAULTY = DATA_QUALITY_FAULTS.map((f) => f.unitCode)

interface UnitIndex {
  unit: { code: string }
  index: number
  components: Record<string, number>
  staleness: Record<string, number>
  missing: Record<string, number>
  invalid: Record<string, number>
}
interface Record_ {
  personId: number
  missing: string[]
  invalid: { field: string; value?: unknown; fault?: string; retirementDate?: string }[]
  staleness: { band: string }
  pendingRequests: number
}
interface Index {
  rules: { weights: Record<string, number> }
  overall: { index: number }
  units: UnitIndex[]
}
interface DrillDown extends Index {
  total: number
  records: Record_[]
}

beforeAll(async () => {
  test = await openTestDb()
  const app = await analyticsApp(test.db)
  get = app.get
  accounts = app.accounts
})
afterAll(async () => test.close())

async function json<T>(role: Role, path: string, status = 200): Promise<T> {
  const res = await get(role, path)
  const body: unknown = await res.json()
  expect(res.status, JSON.stringify(body).slice(0, 300)).toBe(status)
  return body as T
}

async function peopleOf(code: string) {
  return test.db
    .selectFrom('people as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .selectAll('p')
    .where('u.code', '=', code)
    .where('p.status', '=', 'working')
    .execute()
}

describe('the seeded faulty units', () => {
  it('come out at the bottom of the ministry', async () => {
    const body = await json<Index>('ministry_hr', '/api/analytics/data-quality')
    expect(body.rules.weights).toEqual({
      completeness: 0.35,
      validity: 0.35,
      freshness: 0.2,
      pendingRequests: 0.1,
    })
    expect(
      body.units
        .slice(0, FAULTY.length)
        .map((u) => u.unit.code)
        .sort(),
    ).toEqual([...FAULTY].sort())
    const worstClean = body.units[FAULTY.length]
    expect(worstClean?.index).toBeGreaterThan(
      Math.max(...body.units.slice(0, 3).map((u) => u.index)),
    )
    expect(body.overall.index).toBeGreaterThan(body.units[0]?.index ?? 100)
  })

  it('show the faults each was given', async () => {
    const { units } = await json<Index>('ministry_hr', '/api/analytics/data-quality')
    const of = (code: string) => units.find((u) => u.unit.code === code)
    const missing = of('CBDTW.P02')
    expect(missing?.components.completeness).toBeLessThan(1)
    expect(Object.keys(missing?.missing ?? {}).length).toBeGreaterThan(0)
    for (const field of Object.keys(missing?.missing ?? {})) {
      expect(['phone', 'home_town', 'highest_degree', 'ethnicity', 'joined_ministry']).toContain(
        field,
      )
    }
    const invalid = of('CTSVTD.P03')
    expect(invalid?.invalid).toMatchObject({
      national_id: expect.any(Number) as number,
      phone: expect.any(Number) as number,
      email: expect.any(Number) as number,
    })
    const stale = of('VNLNTVN.V02')
    expect(stale?.staleness.very_stale).toBeGreaterThan(0)
    expect(stale?.invalid.salary_step).toBeGreaterThan(0)
  })
})

describe('the drill-down', () => {
  it('lists exactly the people whose national ID contradicts sex or birth year', async () => {
    const people = await peopleOf('CTSVTD.P03')
    const expected = people
      .filter((p) => {
        const year = Number(p.birth_date.slice(0, 4))
        const digit = (Math.floor(year / 100) - 19) * 2 + (p.sex === 'female' ? 1 : 0)
        return (
          p.national_id[3] !== String(digit) ||
          p.national_id.slice(4, 6) !== String(year % 100).padStart(2, '0')
        )
      })
      .map((p) => p.id)
    expect(expected.length).toBeGreaterThan(0)
    const body = await json<DrillDown>('ministry_hr', '/api/analytics/data-quality/CTSVTD.P03')
    const found = body.records.filter((r) => r.invalid.some((i) => i.field === 'national_id'))
    expect(found.map((r) => r.personId).sort((a, b) => a - b)).toEqual(
      expected.sort((a, b) => a - b),
    )
    const first = found[0]?.invalid.find((i) => i.field === 'national_id')
    expect(first?.value).toBe(people.find((p) => p.id === found[0]?.personId)?.national_id)
  })

  it('lists exactly the incomplete records, naming the empty fields', async () => {
    const people = await peopleOf('CBDTW.P02')
    const fields = ['phone', 'home_town', 'highest_degree', 'ethnicity', 'joined_ministry'] as const
    const expected = new Map(
      people
        .map((p) => [p.id, fields.filter((f) => p[f] === null)] as const)
        .filter(([, empty]) => empty.length > 0),
    )
    const body = await json<DrillDown>('ministry_hr', '/api/analytics/data-quality/CBDTW.P02')
    const found = new Map(
      body.records.filter((r) => r.missing.length > 0).map((r) => [r.personId, r.missing]),
    )
    expect(found).toEqual(
      new Map(
        [...expected].map(([id, empty]) => [id, [...empty].sort((a, b) => order(a) - order(b))]),
      ),
    )
  })

  it('finds the stale records and the ranks that disagree with their history', async () => {
    const body = await json<DrillDown>('ministry_hr', '/api/analytics/data-quality/VNLNTVN.V02')
    const stale = await sql<{
      n: number
    }>`select count(*)::int as n from people p join units u on u.id = p.unit_id
      where u.code = 'VNLNTVN.V02' and p.status = 'working'
        and p.updated_at < ${ASOF}::date - interval '36 months'`.execute(test.db)
    expect(body.records.filter((r) => r.staleness.band === 'very_stale')).toHaveLength(
      stale.rows[0]?.n ?? -1,
    )
    expect(body.records.some((r) => r.invalid.some((i) => i.field === 'salary_step'))).toBe(true)
  })

  it('shows a planner the fields at fault but not the national ID or ethnicity', async () => {
    const ids = await json<DrillDown>('planner', '/api/analytics/data-quality/CTSVTD.P03')
    const faults = ids.records.flatMap((r) => r.invalid.filter((i) => i.field === 'national_id'))
    expect(faults.length).toBeGreaterThan(0)
    for (const fault of faults) {
      expect(fault).not.toHaveProperty('value')
      expect(fault.fault).toMatch(/century_sex_digit|birth_year_digits/)
    }
    const people = await peopleOf('CTSVTD.P03')
    const text = JSON.stringify(ids)
    for (const p of people) expect(text).not.toContain(p.national_id)
    const missing = await json<DrillDown>('planner', '/api/analytics/data-quality/CBDTW.P02')
    expect(missing.records.some((r) => r.missing.includes('ethnicity'))).toBe(true)
    const ethnicities = new Set(
      (await peopleOf('CBDTW.P02')).map((p) => p.ethnicity).filter((e) => e !== null),
    )
    for (const e of ethnicities) expect(JSON.stringify(missing)).not.toContain(`"${e}"`)
  })

  it('keeps a leader to their own subtree', async () => {
    const own = await json<Index>('leader', '/api/analytics/data-quality')
    for (const u of own.units) expect(u.unit.code.startsWith('CVT')).toBe(true)
    const refused = await json<{ error: { code: string } }>(
      'leader',
      '/api/analytics/data-quality/CTSVTD.P03',
      403,
    )
    expect(refused.error.code).toBe('FORBIDDEN_SCOPE')
  })

  it('is written to the audit log with the people it listed', async () => {
    const body = await json<DrillDown>(
      'ministry_hr',
      '/api/analytics/data-quality/CTSVTD.P03?limit=5',
    )
    expect(body.records.length).toBeLessThanOrEqual(5)
    expect(body.total).toBeGreaterThanOrEqual(body.records.length)
    const entry = await test.db
      .selectFrom('audit_log')
      .select(['target_ids', 'row_count'])
      .where('action', '=', 'analytics.data_quality.records')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    expect(entry.target_ids).toEqual(body.records.map((r) => String(r.personId)))
  })
})

describe('faults made by hand in a clean division', () => {
  it('counts a pending update request against the unit', async () => {
    const [person] = await peopleOf('CVT.P01')
    if (person === undefined) throw new Error('CVT.P01 has no one')
    await test.db
      .insertInto('update_requests')
      .values({
        person_id: person.id,
        requested_by: accounts.employee.principal.accountId,
        changes: '{"phone":"0987654321"}',
        base_version: 1,
      })
      .execute()
    const body = await json<DrillDown>('leader', '/api/analytics/data-quality/CVT.P01')
    expect(body.units[0]?.components.pendingRequests).toBeLessThan(1)
    expect(body.records.find((r) => r.personId === person.id)?.pendingRequests).toBe(1)
  })

  it('flags only the person working past retirement without an exception', async () => {
    const [person] = (await peopleOf('CVT.P01')).filter((p) => p.sex === 'male').slice(-1)
    if (person === undefined) throw new Error('CVT.P01 has no man')
    await test.db
      .updateTable('people')
      .set({ birth_date: '1955-01-10' })
      .where('id', '=', person.id)
      .execute()
    const past = await sql<{ n: number }>`select count(*)::int as n from people
      where status = 'working' and hr_retirement_date(birth_date, birth_precision, sex) < ${ASOF}`.execute(
      test.db,
    )
    expect(past.rows[0]?.n).toBeGreaterThan(1)
    const { units } = await json<Index>('ministry_hr', '/api/analytics/data-quality')
    expect(units.reduce((sum, u) => sum + (u.invalid.status ?? 0), 0)).toBe(1)
    const body = await json<DrillDown>('ministry_hr', '/api/analytics/data-quality/CVT.P01')
    const flagged = body.records
      .find((r) => r.personId === person.id)
      ?.invalid.find((i) => i.field === 'status')
    expect(flagged?.retirementDate).toBe('2015-01-31') // 60 years under the Labour Code 2012
  })
})

const FIELD_ORDER = [
  'phone',
  'email',
  'birth_place',
  'home_town',
  'residence',
  'ethnicity',
  'religion',
  'joined_state_service',
  'joined_ministry',
  'highest_degree',
]
function order(field: string): number {
  return FIELD_ORDER.indexOf(field)
}
