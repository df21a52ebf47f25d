import { Kysely, sql } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { statutoryRetirement } from '../../forecast/retirement.js'
import { openPglite } from '../db.js'
import { migrateToLatest } from '../migrate.js'
import type { Database } from '../schema.js'
import {
  DATA_QUALITY_FAULTS,
  type FaultKind,
  isRetirementException,
  type RetirementExceptionFacts,
  seedMinistry,
  type SeedReport,
} from './index.js'
import { RANKS, SALARY_GROUPS } from './salary-scales.js'

const AS_OF = '2026-11-24'

/** One in-memory database per test file, migrated; swap for the shared template later. */
async function openTestDb(): Promise<Kysely<Database>> {
  const pglite = await openPglite(undefined)
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) })
  await migrateToLatest(db)
  return db
}

let db: Kysely<Database>
let report: SeedReport

const rows = async <T>(query: string): Promise<T[]> =>
  (await sql<T>`${sql.raw(query)}`.execute(db)).rows
const unitsWith = async (condition: string): Promise<string[]> =>
  (
    await rows<{ code: string }>(
      `select distinct u.code from people p join units u on u.id = p.unit_id where ${condition} order by 1`,
    )
  ).map((r) => r.code)
const faultUnits = (kind: FaultKind) =>
  DATA_QUALITY_FAULTS.filter((f) => f.kinds.includes(kind))
    .map((f) => f.unitCode)
    .sort()
const FAULTY = `(${DATA_QUALITY_FAULTS.map((f) => `'${f.unitCode}'`).join(', ')})`

beforeAll(async () => {
  db = await openTestDb()
  report = await seedMinistry(db, { seed: 20250301, people: 6300, asOf: AS_OF })
})

afterAll(async () => {
  await db?.destroy()
})

describe('the seeded ministry', () => {
  it('has the people asked for, most of them working', async () => {
    expect(report.people).toBe(6300)
    const [r] = await rows<{ n: number; working: number }>(
      "select count(*)::int n, count(*) filter (where status = 'working')::int working from people",
    )
    expect(r?.n).toBe(6300)
    expect((r?.working ?? 0) / 6300).toBeGreaterThanOrEqual(0.74)
    expect((r?.working ?? 0) / 6300).toBeLessThanOrEqual(0.82)
    expect(report.byTable.people).toBe(6300)
    const exits = await rows<{ after2010: boolean; byAsOf: boolean }>(
      `select min(status_date) >= '2010-01-01' "after2010", max(status_date) <= '${AS_OF}' "byAsOf"
       from people where status <> 'working'`,
    )
    expect(exits).toEqual([{ after2010: true, byAsOf: true }])
  })

  it('has a plausible sex and age structure, with fewer women among senior leaders', async () => {
    const [r] = await rows<{ women: number; mean: number; young: number; old: number }>(
      `select avg((sex = 'female')::int)::float women,
              avg(date_part('year', age('${AS_OF}', birth_date)))::float mean,
              min(date_part('year', age('${AS_OF}', birth_date)))::float young,
              max(date_part('year', age('${AS_OF}', birth_date)))::float old
       from people where status = 'working'`,
    )
    expect(r?.women).toBeGreaterThan(0.4)
    expect(r?.women).toBeLessThan(0.5)
    expect(r?.mean).toBeGreaterThan(39)
    expect(r?.mean).toBeLessThan(45)
    expect(r?.young).toBeGreaterThanOrEqual(22)
    expect(r?.old).toBeLessThanOrEqual(65)
    const [leaders] = await rows<{ women: number }>(
      `select avg((x.sex = 'female')::int)::float women from appointments a
       join leadership_posts p on p.id = a.post_id join people x on x.id = a.person_id
       where a.end_date is null and p.level <= 4`,
    )
    expect(leaders?.women).toBeLessThan(r?.women ?? 0)
  })

  it('gives national IDs that agree with sex, birth year and birth province outside faulty units', async () => {
    const bad = await rows<{ id: number }>(
      `select p.id from people p join units u on u.id = p.unit_id
       where u.code not in ${FAULTY} and (
         substr(national_id, 4, 1)::int <> (case when extract(year from birth_date) >= 2000 then 2 else 0 end)
                                           + (case when sex = 'female' then 1 else 0 end)
         or substr(national_id, 5, 2) <> to_char(birth_date, 'YY'))`,
    )
    expect(bad).toEqual([])
    const [dup] = await rows<{ n: number }>(
      'select count(*) - count(distinct national_id) n from people',
    )
    expect(Number(dup?.n)).toBe(0)
  })

  it("keeps each working person's rank and step equal to their last rank_history row", async () => {
    const mismatched = await unitsWith(`p.status = 'working' and not exists (
      select 1 from rank_history h where h.person_id = p.id and h.valid_to is null
        and h.rank_code = p.rank_code and h.salary_step = p.salary_step
        and h.coefficient = p.salary_coefficient and h.above_frame_percent = p.above_frame_percent
        and h.valid_from = p.step_since)`)
    expect(mismatched).toEqual(faultUnits('history_mismatch'))
  })

  it('takes salary coefficients from the salary scales of migration 0001', async () => {
    const groups = await rows<{
      code: string
      coefficients: number[]
      step_interval_months: number
    }>('select code, coefficients::float8[] coefficients, step_interval_months from salary_groups')
    for (const g of groups) {
      expect(SALARY_GROUPS[g.code]?.coefficients, g.code).toEqual(g.coefficients)
      expect(SALARY_GROUPS[g.code]?.stepIntervalMonths).toBe(g.step_interval_months)
    }
    const ranks = await rows<{ code: string; salary_group: string; grade: number }>(
      'select code, salary_group, grade from ranks order by code',
    )
    expect(ranks).toEqual(
      [...RANKS]
        .sort((a, b) => (a.code < b.code ? -1 : 1))
        .map((r) => ({ code: r.code, salary_group: r.group, grade: r.grade })),
    )
  })

  it('never gives a regular step raise sooner than the Decree 204 interval', async () => {
    const early = await rows<{ id: number }>(
      `select h.id from (
         select h.*, lag(valid_from) over (partition by person_id order by valid_from) previous
         from rank_history h) h
       join ranks r on r.code = h.rank_code join salary_groups g on g.code = r.salary_group
       where h.reason = 'regular_step'
         and h.valid_from < h.previous + make_interval(months => g.step_interval_months)`,
    )
    expect(early).toEqual([])
    const [counts] = await rows<{
      regular: number
      early: number
      above: number
      promotions: number
    }>(
      `select count(*) filter (where reason = 'regular_step')::int regular,
              count(*) filter (where reason = 'early_step')::int early,
              count(*) filter (where reason = 'above_frame')::int above,
              count(*) filter (where reason = 'promotion')::int promotions from rank_history`,
    )
    expect(counts?.early).toBeGreaterThan(0)
    expect((counts?.early ?? 0) / (counts?.regular ?? 1)).toBeLessThan(0.1)
    expect(counts?.above).toBeGreaterThan(0)
    expect(counts?.promotions).toBeGreaterThan(0)
  })
})

describe('retirement in the seeded ministry', () => {
  const facts = (kind: 'retired' | 'working') =>
    rows<RetirementExceptionFacts & { id: number }>(
      `select p.id, p.sex, to_char(p.birth_date, 'YYYY-MM-DD') "birthDate", p.birth_precision "birthPrecision",
              p.staff_category "staffCategory", p.highest_degree "highestDegree", p.status,
              to_char(p.status_date, 'YYYY-MM-DD') "statusDate", p.status_reason "statusReason",
              (select min(l.level) from appointments a join leadership_posts l on l.id = a.post_id
                where a.person_id = p.id and a.end_date is null) "currentPostLevel",
              '${AS_OF}' "asOf"
       from people p where p.status = '${kind}'`,
    )

  it('retires people on their statutory date, except the documented exceptions', async () => {
    const retired = await facts('retired')
    expect(retired.length).toBeGreaterThan(300)
    const off = retired.filter(
      (p) =>
        statutoryRetirement(p.sex, p.birthDate, p.birthPrecision).retirementDate !== p.statusDate,
    )
    expect(off.filter((p) => !isRetirementException(p))).toEqual([])
    expect(off.length).toBeLessThan(retired.length * 0.05)
  })

  it('keeps nobody at work past their statutory date, except the documented exceptions', async () => {
    const working = await facts('working')
    const past = working.filter(
      (p) => statutoryRetirement(p.sex, p.birthDate, p.birthPrecision).retirementDate <= AS_OF,
    )
    expect(past.filter((p) => !isRetirementException(p))).toEqual([])
    expect(past.length).toBeGreaterThan(0)
    expect(past.length).toBeLessThan(30)
  })
})

describe('leadership and planning in the seeded ministry', () => {
  it('has no more than 3 deputies per unit and never more holders than seats', async () => {
    const [max] = await rows<{ seats: number }>(
      'select max(seats)::int seats from leadership_posts where level in (4, 6)',
    )
    expect(max?.seats).toBeLessThanOrEqual(3)
    const crowded = await rows<{ id: number }>(
      `select p.id from leadership_posts p join appointments a on a.post_id = p.id and a.end_date is null
       group by p.id having count(*) > max(p.seats)`,
    )
    expect(crowded).toEqual([])
  })

  it('fills most seats with working people of the unit, on 5-year terms', async () => {
    const [r] = await rows<{ seats: number; held: number; foreign: number; badTerm: number }>(
      `select (select sum(seats)::int from leadership_posts) seats,
              (select count(*)::int from appointments where end_date is null) held,
              (select count(*)::int from appointments a join leadership_posts l on l.id = a.post_id
                 join people p on p.id = a.person_id
                 where a.end_date is null and (p.unit_id <> l.unit_id or p.status <> 'working')) foreign,
              (select count(*)::int from appointments
                 where term_end <> start_date + interval '5 years' - interval '1 day') "badTerm"`,
    )
    expect((r?.held ?? 0) / (r?.seats ?? 1)).toBeGreaterThan(0.85)
    expect((r?.held ?? 0) / (r?.seats ?? 1)).toBeLessThan(0.97)
    expect(r?.foreign).toBe(0)
    expect(r?.badTerm).toBe(0)
  })

  it('appoints people who fit the post: 35–58 at a first appointment, graduates, trained', async () => {
    const [r] = await rows<{ young: number; old: number; undegreed: number; untrained: number }>(
      `select min(date_part('year', age(a.start_date, p.birth_date)))::int young,
              max(date_part('year', age(a.start_date, p.birth_date)))::int old,
              count(*) filter (where p.highest_degree not in ('dai_hoc', 'thac_si', 'tien_si'))::int undegreed,
              count(*) filter (where l.level <= 4 and a.end_date is null
                and p.political_theory not in ('trung_cap', 'cao_cap', 'cu_nhan'))::int untrained
       from appointments a join people p on p.id = a.person_id
       join leadership_posts l on l.id = a.post_id join units u on u.id = p.unit_id
       where a.kind = 'first' and u.code not in ${FAULTY}`,
    )
    expect(r).toEqual({
      young: expect.any(Number) as number,
      old: expect.any(Number) as number,
      undegreed: 0,
      untrained: 0,
    })
    expect(r?.young).toBeGreaterThanOrEqual(35)
    expect(r?.old).toBeLessThanOrEqual(58)
  })

  it('plans at most 3 people per post and 3 posts per person', async () => {
    const [r] = await rows<{ perPost: number; perPerson: number; entries: number }>(
      `select (select max(n)::int from (select count(*) n from planning_entries group by post_id) x) "perPost",
              (select max(n)::int from (select count(*) n from planning_entries where removed_on is null group by person_id) y) "perPerson",
              (select count(*)::int from planning_entries) entries`,
    )
    expect(r?.entries).toBeGreaterThan(300)
    expect(r?.perPost).toBeLessThanOrEqual(3)
    expect(r?.perPerson).toBeLessThanOrEqual(3)
  })
})

describe('evaluations in the seeded ministry', () => {
  it('keeps "xuất sắc" within 20% of "tốt" in every unit and year', async () => {
    const over = await rows<{ unit_id: number; year: number }>(
      `select p.unit_id, e.year from evaluations e join people p on p.id = e.person_id
       group by 1, 2 having count(*) filter (where level = 'xuat_sac') * 5 > count(*) filter (where level = 'tot')`,
    )
    expect(over).toEqual([])
  })

  it('rates a disciplined year "không hoàn thành"', async () => {
    const wrong = await rows<{ id: number }>(
      `select e.id from disciplines d join evaluations e
         on e.person_id = d.person_id and e.year = extract(year from d.decided_on)
       where e.level <> 'khong_hoan_thanh'`,
    )
    expect(wrong).toEqual([])
  })

  it('scores civil servants from 2026 only, within the Decree 335 bands', async () => {
    const bad = await rows<{ id: number }>(
      `select id from evaluations where (year < 2026 and score is not null) or (score is not null and not (
         (level = 'xuat_sac' and score >= 90) or (level = 'tot' and score >= 70 and score < 90)
         or (level = 'hoan_thanh' and score >= 50 and score < 70) or (level = 'khong_hoan_thanh' and score < 50)))`,
    )
    expect(bad).toEqual([])
    const [scored] = await rows<{ n: number }>(
      'select count(*)::int n from evaluations where score is not null',
    )
    expect(scored?.n).toBeGreaterThan(1000)
  })
})

describe('data-quality faults in the seeded ministry', () => {
  it('leaves required fields empty only in the documented units', async () => {
    expect(
      await unitsWith(
        'phone is null or home_town is null or highest_degree is null or ethnicity is null or joined_ministry is null',
      ),
    ).toEqual(faultUnits('missing_fields'))
  })

  it('has invalid national IDs, phones and e-mails only in the documented units', async () => {
    expect(
      await unitsWith(`phone !~ '^0[0-9]{9}$' or email !~ '^[a-z0-9]+@[a-z0-9.]+\\.[a-z]+$'
        or substr(national_id, 4, 1)::int <> (case when extract(year from birth_date) >= 2000 then 2 else 0 end)
                                           + (case when sex = 'female' then 1 else 0 end)`),
    ).toEqual(faultUnits('invalid_values'))
  })

  it('has stale records only in the documented units', async () => {
    expect(
      await unitsWith(`status = 'working' and updated_at < date '${AS_OF}' - interval '2 years'`),
    ).toEqual(faultUnits('stale_records'))
  })
})

describe('the seed run', () => {
  it('records what was seeded and moves id sequences past the explicit ids', async () => {
    const meta = await db
      .selectFrom('app_meta')
      .select('value')
      .where('key', '=', 'seed')
      .executeTakeFirst()
    expect(meta?.value).toMatchObject({ seed: 20250301, people: 6300, asOf: AS_OF, version: 1 })
    const inserted = await db
      .insertInto('headcount_quotas')
      .values({ unit_id: 1, year: 2099, staff_category: 'can_bo', quota: 1 })
      .returning('id')
      .executeTakeFirstOrThrow()
    expect(inserted.id).toBeGreaterThan(report.byTable.headcount_quotas ?? 0)
  })

  it('refuses to write into a database that already has people', async () => {
    await expect(seedMinistry(db, { seed: 1, people: 10, asOf: AS_OF })).rejects.toThrow(/empty/)
  })
})
