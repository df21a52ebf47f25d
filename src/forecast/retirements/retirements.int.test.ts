import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDb, type TestDb } from '../../../test/db.js'
import { type ForecastApp, openForecastApp } from '../../../test/forecast-app.js'

interface YearCount {
  year: number
  statutory: number
  retiring: number
  early: number
  total: number
}
interface Body {
  anchors: { code: string }[]
  scenario: { name: string }
  totals: { years: YearCount[] }
  groups: { unit?: { code: string; name: string }; years: YearCount[] }[]
  vacancies: {
    items: {
      post: { level: number }
      holder: { personId: number } | null
      reason: string
      lastDay: string
    }[]
  }
  people?: { items: { id: number; unit: { id: number } }[] }
}
interface Refusal {
  error: { code: string; message: string }
}

let test: TestDb
let api: ForecastApp

beforeAll(async () => {
  test = await openTestDb()
  api = await openForecastApp(test)
})
afterAll(async () => test.close())

const URL = '/api/forecast/retirements?lang=en'

/** Working people per year of their statutory date (the SQL rule), by a predicate on p. */
async function statutoryByYear(where: ReturnType<typeof sql>) {
  const rows = await sql<{ year: number; n: number }>`
    select extract(year from public.hr_retirement_date(p.birth_date, p.birth_precision, p.sex))::int as year,
      count(*)::int as n
    from people p
    left join appointments a on a.person_id = p.id and a.end_date is null
    left join leadership_posts lp on lp.id = a.post_id
    where p.status = 'working'
      and public.hr_retirement_date(p.birth_date, p.birth_precision, p.sex) >= '2026-11-24'
      and ${where}
    group by 1`.execute(test.db)
  return new Map(rows.rows.map((r) => [r.year, r.n]))
}

describe('who sees which retirement forecast', () => {
  it('gives the planner the whole ministry and the leader only Cục Viễn thông', async () => {
    const planner = await api.get<Body>('planner', `${URL}&groupBy=unit`)
    const leader = await api.get<Body>('leader', `${URL}&groupBy=unit`)
    expect(planner.status).toBe(200)
    expect(leader.status).toBe(200)
    expect(planner.body.anchors.map((a) => a.code)).toEqual(['BKHCN'])
    expect(leader.body.anchors.map((a) => a.code)).toEqual(['CVT'])
    const cvt = planner.body.groups.find((g) => g.unit?.code === 'CVT')
    const leaderTotals = leader.body.totals.years.map((y) => y.statutory)
    expect(cvt?.years.map((y) => y.statutory)).toEqual(leaderTotals)
  })

  it('refuses the leader another unit, saying which units are theirs', async () => {
    const res = await api.get<Refusal>('leader', `${URL}&unit=CTSVTD`)
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('FORBIDDEN_SCOPE')
    expect(res.body.error.message).toContain('Cục Viễn thông')
  })

  it.each(['employee', 'admin'] as const)('refuses a %s', async (role) => {
    const res = await api.get<Refusal>(role, URL)
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('FORBIDDEN')
  })

  it('asks an anonymous caller to sign in', async () => {
    expect((await api.get(null, URL)).status).toBe(401)
  })

  it('names only people of the leader’s subtree, and audits who was named', async () => {
    const res = await api.get<Body>('leader', `${URL}&include=people&limit=50`)
    const ids = (res.body.people?.items ?? []).map((p) => p.id)
    expect(ids.length).toBeGreaterThan(0)
    const outside = await sql<{ n: number }>`
      select count(*)::int as n from people p join units u on u.id = p.unit_id
      where p.id in (select unnest(${ids}::int[]))
        and u.path not like (select path from units where code = 'CVT') || '%'`.execute(test.db)
    expect(outside.rows[0]?.n).toBe(0)
    const audit = await test.db
      .selectFrom('audit_log')
      .select(['target_ids', 'details'])
      .where('action', '=', 'forecast.retirements')
      .where('username', '=', api.accounts.leader.username)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    expect(audit.target_ids).toEqual(expect.arrayContaining(ids.map(String)))
  })
})

describe('retirements under the statutory rule', () => {
  it('counts each year the people the SQL rule retires that year', async () => {
    const res = await api.get<Body>('planner', URL)
    const expected = await statutoryByYear(sql`true`)
    // From 2032 on no extension already running can end: the counts are the rule's alone.
    for (const y of res.body.totals.years.filter((y) => y.year >= 2032))
      expect(y.statutory).toBe(expected.get(y.year) ?? 0)
  })
})

describe('scenario switches change exactly what they should', () => {
  const statutory = async () => (await api.get<Body>('planner', URL)).body.totals.years

  it('lateWomenLeaders moves women in level ≤ 2 posts to the year they turn 60', async () => {
    const base = await statutory()
    const late = (await api.get<Body>('planner', `${URL}&scenario=lateWomenLeaders`)).body
    expect(late.scenario.name).toBe('lateWomenLeaders')
    const women = await sql<{ statutory: number; sixty: number }>`
      select extract(year from public.hr_retirement_date(p.birth_date, p.birth_precision, p.sex))::int as statutory,
        extract(year from p.birth_date)::int + 60 as sixty
      from people p join appointments a on a.person_id = p.id and a.end_date is null
      join leadership_posts lp on lp.id = a.post_id
      where p.status = 'working' and p.sex = 'female' and lp.level <= 2
        and public.hr_retirement_date(p.birth_date, p.birth_precision, p.sex) >= '2026-11-24'`.execute(
      test.db,
    )
    expect(women.rows.length).toBeGreaterThan(0)
    late.totals.years.forEach((y, i) => {
      const moved =
        women.rows.filter((w) => w.sixty === y.year).length -
        women.rows.filter((w) => w.statutory === y.year).length
      expect(y.retiring).toBe((base[i]?.retiring ?? 0) + moved)
      expect(y.statutory).toBe(base[i]?.statutory)
    })
  })

  it('doctoralExtension keeps the share of doctoral viên chức on for the years given', async () => {
    const base = await statutory()
    const query = `${URL}&scenario=doctoralExtension&doctoralShare=0.5&doctoralYears=3`
    const ext = (await api.get<Body>('planner', query)).body
    const doctoral = await statutoryByYear(sql`p.staff_category = 'vien_chuc'
      and (p.highest_degree = 'tien_si' or p.academic_title is not null) and a.id is null`)
    ext.totals.years.forEach((y, i) => {
      const expected =
        (base[i]?.retiring ?? 0) -
        0.5 * (doctoral.get(y.year) ?? 0) +
        0.5 * (doctoral.get(y.year - 3) ?? 0)
      expect(y.retiring).toBeCloseTo(expected, 0)
    })
  })

  it('earlyRetirement178 adds early leavers in the window only, from later years', async () => {
    const base = await statutory()
    const query = `${URL}&scenario=earlyRetirement178&earlyRate=0.2&earlyFrom=2027&earlyTo=2028`
    const early = (await api.get<Body>('planner', query)).body.totals.years
    for (const y of early) {
      if (y.year === 2027 || y.year === 2028) expect(y.early).toBeGreaterThan(0)
      else expect(y.early).toBe(0)
    }
    // Those who left early are missing from their statutory years (at most 5 years later).
    const later = early.filter((y) => y.year >= 2029 && y.year <= 2033)
    expect(later.some((y, i) => y.retiring < (base[i + 3]?.retiring ?? 0))).toBe(true)
    expect(early.map((y) => y.statutory)).toEqual(base.map((y) => y.statutory))
  })
})

describe('leadership posts that fall vacant', () => {
  it('dates a woman leader’s seat at her statutory date, or at 60 under Decree 83', async () => {
    // A woman in a Minister or Deputy Minister seat who has not yet reached her statutory date.
    const leaders = await sql<{ id: number; born: string; level: number }>`
      select p.id, p.birth_date as born, lp.level from people p
      join appointments a on a.person_id = p.id and a.end_date is null
      join leadership_posts lp on lp.id = a.post_id
      where lp.level <= 2 and p.sex = 'female' and p.status = 'working'
        and public.hr_retirement_date(p.birth_date, p.birth_precision, p.sex) >= public.hr_today()
      order by p.birth_date, p.id limit 1`.execute(test.db)
    const person = leaders.rows[0]
    expect(person).toBeDefined()
    const seat = (body: Body) =>
      body.vacancies.items.find(
        (v) => v.holder?.personId === person?.id && v.post.level === person?.level,
      )
    const statutoryDate = await sql<{ d: string }>`
      select public.hr_retirement_date(birth_date, birth_precision, sex) as d
      from people where id = ${person?.id}`.execute(test.db)
    const plain = (await api.get<Body>('planner', URL)).body
    expect(seat(plain)).toMatchObject({ reason: 'retirement', lastDay: statutoryDate.rows[0]?.d })
    const late = (await api.get<Body>('planner', `${URL}&scenario=lateWomenLeaders`)).body
    const sixty = Number(person?.born.slice(0, 4)) + 60
    expect(seat(late)?.lastDay.startsWith(String(sixty))).toBe(true)
  })
})

describe('parameters', () => {
  it.each([
    ['groupBy=team', 'groupBy: use year, or one or more of unit, rank, post'],
    ['doctoralShare=0.4', 'doctoralShare: only with scenario=doctoralExtension'],
    ['scenario=lateWomen', 'scenario: use statutory, or one or more of'],
    ['from=2027-01-01', 'from: must not be after today (2026-11-24)'],
    ['horizon=0', 'horizon: at least 1 year'],
  ])('refuses %s saying what is wrong', async (query, message) => {
    const res = await api.get<Refusal>('planner', `${URL}&${query}`)
    expect(res.status).toBe(422)
    expect(res.body.error.message).toContain(message)
  })
})
