import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../access/index.js'
import { HOME_UNIT, OTHER_UNIT } from '../../test/accounts.js'
import { analyticsApp } from '../../test/analytics-app.js'
import { openTestDb, type TestDb } from '../../test/db.js'

/** The analytics API on the seeded ministry (asOf 2026-11-24): scope, refusals, consistency. */
let test: TestDb
let get: (role: Role, path: string) => Promise<Response>
const ASOF = '2026-11-24'
const MEASURES = [
  '/api/analytics/headcount',
  '/api/analytics/age-pyramid',
  '/api/analytics/qualifications',
  '/api/analytics/tenure',
  '/api/analytics/flows',
  '/api/analytics/leadership',
  '/api/analytics/data-quality',
]

beforeAll(async () => {
  test = await openTestDb()
  get = (await analyticsApp(test.db)).get
})
afterAll(async () => test.close())

async function json<T>(role: Role, path: string, status = 200): Promise<T> {
  const res = await get(role, path)
  const body: unknown = await res.json()
  expect(res.status, JSON.stringify(body).slice(0, 300)).toBe(status)
  return body as T
}

/** Working people on asOf under a unit's subtree (or the ministry), counted as the owner. */
async function workingIn(code: string | null): Promise<number> {
  const row = await test.db
    .selectFrom('people as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => eb.or([eb('p.status', '=', 'working'), eb('p.status_date', '>', ASOF)]))
    .where((eb) =>
      eb.or([eb('p.joined_ministry', 'is', null), eb('p.joined_ministry', '<=', ASOF)]),
    )
    .$if(code !== null, (qb) =>
      qb.where('u.path', 'like', sql<string>`(select path from units where code = ${code}) || '%'`),
    )
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

interface Headcount {
  total: number
  groups: { key: string; headcount: number }[]
}

describe('scope', () => {
  it('gives a leader the figures of their own subtree, grouped by its divisions', async () => {
    const body = await json<Headcount>('leader', '/api/analytics/headcount')
    expect(body.total).toBe(await workingIn(HOME_UNIT))
    expect(body.groups.length).toBeGreaterThan(1)
    for (const g of body.groups) expect(g.key.startsWith(HOME_UNIT)).toBe(true)
  })

  it('gives a planner the whole ministry, grouped by its units', async () => {
    const body = await json<Headcount>('planner', '/api/analytics/headcount')
    expect(body.total).toBe(await workingIn(null))
    expect(body.groups.map((g) => g.key)).toContain(OTHER_UNIT)
  })

  it.each(MEASURES)('refuses a leader another unit on %s, saying why', async (path) => {
    const body = await json<{ error: { code: string; message: string } }>(
      'leader',
      `${path}?unit=${OTHER_UNIT}`,
      403,
    )
    expect(body.error.code).toBe('FORBIDDEN_SCOPE')
    expect(body.error.message).toContain('Cục Viễn thông')
  })

  it.each(['employee', 'admin'] as const)('refuses an %s every measure', async (role) => {
    for (const path of MEASURES) {
      const body = await json<{ error: { code: string } }>(role, path, 403)
      expect(body.error.code).toBe('FORBIDDEN')
    }
  })

  it('lets a planner narrow to any unit by code or id', async () => {
    const byCode = await json<Headcount>('planner', `/api/analytics/headcount?unit=${OTHER_UNIT}`)
    expect(byCode.total).toBe(await workingIn(OTHER_UNIT))
    const unit = await test.db
      .selectFrom('units')
      .select('id')
      .where('code', '=', OTHER_UNIT)
      .executeTakeFirstOrThrow()
    const byId = await json<Headcount>('planner', `/api/analytics/headcount?unit=${unit.id}`)
    expect(byId.total).toBe(byCode.total)
  })
})

describe('validation', () => {
  it.each([
    ['/api/analytics/headcount?groupBy=sex', 'groupBy'],
    ['/api/analytics/age-pyramid?asOf=2026-02-30', 'asOf'],
    ['/api/analytics/tenure?asof=2026-01-01', 'unknown parameter asof'],
    ['/api/analytics/flows?from=2026&to=2010', 'from'],
    ['/api/analytics/leadership?horizonMonths=0', 'horizonMonths'],
  ])('%s is refused naming %s', async (path, field) => {
    const body = await json<{ error: { code: string; message: string } }>(
      'planner',
      `${path}&lang=en`,
      422,
    )
    expect(body.error.code).toBe('VALIDATION')
    expect(body.error.message).toContain(field)
  })

  it('says which unit does not exist', async () => {
    const body = await json<{ error: { message: string } }>(
      'planner',
      '/api/analytics/tenure?unit=NOPE',
      404,
    )
    expect(body.error.message).toContain('NOPE')
  })
})

describe('the measures agree with each other and with the records', () => {
  it('counts the same workforce in every breakdown', async () => {
    const total = await workingIn(null)
    for (const groupBy of ['unit', 'staff_category', 'rank', 'post']) {
      const body = await json<Headcount>('planner', `/api/analytics/headcount?groupBy=${groupBy}`)
      expect(
        body.groups.reduce((sum, g) => sum + g.headcount, 0),
        groupBy,
      ).toBe(total)
    }
    const pyramid = await json<{ total: number; bands: { male: number; female: number }[] }>(
      'planner',
      '/api/analytics/age-pyramid',
    )
    expect(pyramid.bands.reduce((s, b) => s + b.male + b.female, 0)).toBe(total)
    expect(pyramid.bands).toHaveLength(10)
    const quals = await json<{ total: number; degrees: { count: number }[] }>(
      'planner',
      '/api/analytics/qualifications',
    )
    expect(quals.degrees.reduce((s, d) => s + d.count, 0)).toBe(total)
    const tenure = await json<{ total: number }>('planner', '/api/analytics/tenure')
    expect(tenure.total).toBe(total)
  })

  it('counts entries and exits of a year as the records have them', async () => {
    const body = await json<{
      years: {
        year: number
        inflow: { total: number }
        outflow: { total: number; byReason: Record<string, number> }
      }[]
    }>('planner', '/api/analytics/flows?from=2024&to=2025')
    expect(body.years.map((y) => y.year)).toEqual([2024, 2025])
    const count = async (column: 'joined_ministry' | 'status_date', extra: string) => {
      const r = await sql<{ n: number }>`select count(*)::int as n from people
        where extract(year from ${sql.ref(column)}) = 2024 ${sql.raw(extra)}`.execute(test.db)
      return r.rows[0]?.n
    }
    expect(body.years[0]?.inflow.total).toBe(await count('joined_ministry', ''))
    expect(body.years[0]?.outflow.total).toBe(await count('status_date', "and status <> 'working'"))
  })

  it('balances seats, holders and vacancies of the leadership', async () => {
    const body = await json<{
      levels: { seats: number; filled: number; vacant: number; women: number; young: number }[]
      totals: { seats: number; filled: number; vacant: number }
      vacancies: { vacant: number }[]
    }>('planner', '/api/analytics/leadership')
    const seats = body.levels.reduce((s, l) => s + l.seats, 0)
    expect(body.totals.seats).toBe(seats)
    expect(body.totals.vacant).toBe(body.vacancies.reduce((s, v) => s + v.vacant, 0))
    for (const l of body.levels) {
      expect(l.women).toBeLessThanOrEqual(l.filled)
      expect(l.young).toBeLessThanOrEqual(l.filled)
    }
    const open = await sql<{
      n: number
    }>`select count(*)::int as n from appointments a join people p on p.id = a.person_id
      where a.start_date <= ${ASOF} and (a.end_date is null or a.end_date > ${ASOF}) and p.status = 'working'`.execute(
      test.db,
    )
    expect(body.totals.filled).toBe(open.rows[0]?.n)
  })
})
