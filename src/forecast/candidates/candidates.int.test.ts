import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp } from '../../../test/analytics-app.js'
import { openBlankDb } from '../../../test/blank-db.js'
import {
  accountFor,
  appoint,
  createPerson,
  createPost,
  createUnit,
  discipline,
  evaluate,
  plan,
} from '../../../test/factories-analytics.js'
import type { Database } from '../../data/schema.js'
import { DECISION_NOTICE, RULE_CODES, type RuleCode } from './index.js'

/**
 * A hand-built Vụ whose deputy heads each fail exactly one rule for the head's post, so that
 * every rule is seen to pass and to fail; reference date 2026-11-24 unless a test moves it.
 */
let db: Kysely<Database>
let get: (role: string, path: string) => Promise<Response>
const ids = {} as Record<string, number>
const failing: Partial<Record<RuleCode, string>> = {
  PLANNING: 'noPlan',
  AGE_60_MONTHS: 'old',
  RANK: 'rank',
  DEGREE: 'degree',
  POLITICAL_THEORY: 'llct',
  STATE_MANAGEMENT: 'qlnn',
  EVALUATION: 'eval',
  DISCIPLINE: 'disc',
  TENURE: 'tenure',
}

function idOf(name: string): number {
  const id = ids[name]
  if (id === undefined) throw new Error(`no ${name} in the world`)
  return id
}

async function buildWorld() {
  const bo = await createUnit(db, { code: 'BO', name: 'Bộ Thử nghiệm' })
  const vu = await createUnit(db, { code: 'VU', name: 'Vụ Tổ chức', parent: bo })
  const vu2 = await createUnit(db, { code: 'VU2', name: 'Vụ Pháp chế', parent: bo })
  const head = await createPost(db, { unit: vu, title: 'Vụ trưởng', level: 3 })
  ids.head = head
  const deputy = await createPost(db, { unit: vu, title: 'Phó Vụ trưởng', level: 4, seats: 3 })
  const otherHead = await createPost(db, { unit: vu2, title: 'Vụ trưởng', level: 3 })
  ids.incumbent = await createPerson(db, vu, { birth_date: '1968-01-10' })
  await appoint(db, idOf('incumbent'), head, { start: '2022-03-01' })
  const variants: Record<string, Parameters<typeof createPerson>[2]> = {
    ok: {},
    noPlan: {},
    old: { birth_date: '1967-06-10' },
    rank: { rank_code: '01.003' },
    degree: { highest_degree: 'cao_dang' },
    llct: { political_theory: 'trung_cap' },
    qlnn: { state_management: 'chuyen_vien' },
    eval: {},
    disc: {},
    tenure: {},
  }
  for (const [name, overrides] of Object.entries(variants)) {
    const id = await createPerson(db, vu, { birth_date: '1978-04-20', ...overrides })
    ids[name] = id
    await appoint(db, id, deputy, { start: name === 'tenure' ? '2025-06-01' : '2020-01-01' })
    if (name !== 'noPlan') await plan(db, id, head)
    await evaluate(db, id, { 2024: 'tot', 2025: name === 'eval' ? 'hoan_thanh' : 'tot' })
  }
  await discipline(db, idOf('disc'), 'khien_trach', '2025-06-01')
  // Planned for an equivalent post of another Vụ: in the pool, a first appointment.
  const outsider = await createPerson(db, vu2, { birth_date: '1985-09-01' })
  ids.outsider = outsider
  await plan(db, outsider, otherHead)
  await evaluate(db, outsider, { 2024: 'xuat_sac', 2025: 'tot' })
  // Neither planned (any more) nor a deputy: outside the pool.
  const removed = await createPerson(db, vu, { birth_date: '1980-01-01' })
  ids.removed = removed
  await plan(db, removed, head, { removedOn: '2026-03-16' })
  ids.specialist = await createPerson(db, vu)
}

beforeAll(async () => {
  db = await openBlankDb()
  await buildWorld()
  await accountFor(db, 'hr.ministry', ['ministry_hr'])
  await accountFor(db, 'hr.vu', ['unit_hr'], 'VU')
  await accountFor(db, 'hr.vu2', ['unit_hr'], 'VU2')
  await accountFor(db, 'lead.vu', ['leader'], 'VU')
  await accountFor(db, 'plan.bo', ['planner'])
  const { as } = buildTestApp(db)
  const getters = new Map<string, (path: string) => Promise<Response>>()
  for (const user of ['hr.ministry', 'hr.vu', 'hr.vu2', 'lead.vu', 'plan.bo']) {
    getters.set(user, await as(user, 'factory-password-1'))
  }
  get = (user, path) => getters.get(user)?.(path) ?? Promise.reject(new Error(user))
})
afterAll(async () => db.destroy())

interface Entry {
  person: { id: number }
  score?: number
  contributions?: { points: number }[]
  failedRules?: RuleCode[]
  rules: { code: RuleCode; status: string; values: Record<string, unknown>; citation: string }[]
}
interface Answer {
  notice: { vi: string }
  vacancy: { status: string; incumbents: { personId: number; leaveReason: string }[] }
  counts: { evaluated: number; eligible: number }
  candidates: Entry[]
  ineligible?: Entry[]
  configurable: { where: string }
}

async function ask(user: string, query: string): Promise<Answer> {
  const res = await get(user, `/api/forecast/candidates?${query}`)
  expect(res.status).toBe(200)
  return (await res.json()) as Answer
}

describe('candidates for the head of the Vụ', () => {
  it('says that it supports a decision and where its rules are set', async () => {
    const answer = await ask('hr.ministry', `post=${ids.head}`)
    expect(answer.notice.vi).toBe(DECISION_NOTICE.vi)
    expect(answer.notice.vi).toBe(
      'Kết quả chỉ hỗ trợ, không thay thế quyết định của cấp có thẩm quyền.',
    )
    expect(answer.configurable.where).toContain('src/forecast/candidates/config.ts')
    expect(answer.vacancy.status).toBe('will_be_vacant')
    expect(answer.vacancy.incumbents).toEqual([
      expect.objectContaining({ personId: ids.incumbent, leaveReason: 'term_end' }),
    ])
  })

  it('evaluates exactly the documented pool', async () => {
    const answer = await ask('hr.ministry', `post=${ids.head}&includeIneligible=true`)
    const seen = [...answer.candidates, ...(answer.ineligible ?? [])].map((e) => e.person.id)
    const pool = [
      'ok',
      'noPlan',
      'old',
      'rank',
      'degree',
      'llct',
      'qlnn',
      'eval',
      'disc',
      'tenure',
      'outsider',
    ]
    expect(seen.sort((a, b) => a - b)).toEqual(pool.map(idOf).sort((a, b) => a - b))
    for (const outside of ['incumbent', 'removed', 'specialist'])
      expect(seen).not.toContain(ids[outside])
  })

  it('passes and fails each rule at least once, each failure for its own reason', async () => {
    const answer = await ask('hr.ministry', `post=${ids.head}&includeIneligible=true`)
    const all = [...answer.candidates, ...(answer.ineligible ?? [])]
    for (const code of RULE_CODES) {
      const failer = all.find((e) => e.person.id === ids[failing[code] ?? ''])
      expect(failer?.failedRules, code).toEqual([code])
      const passes = all.filter((e) => e.rules.some((r) => r.code === code && r.status === 'pass'))
      expect(passes.length, code).toBeGreaterThan(0)
      for (const e of all) expect(e.rules.find((r) => r.code === code)?.citation).toBeTruthy()
    }
  })

  it('ranks only those who pass every rule, the score adding up its contributions', async () => {
    const answer = await ask('hr.ministry', `post=${ids.head}`)
    expect(answer.candidates.map((c) => c.person.id)).toEqual([ids.ok, ids.outsider])
    expect(answer.ineligible).toBeUndefined()
    for (const c of answer.candidates) {
      const sum = (c.contributions ?? []).reduce((total, part) => total + part.points, 0)
      expect(c.score).toBeCloseTo(sum, 6)
    }
    const outsider = answer.candidates[1]
    expect(outsider?.rules.find((r) => r.code === 'TENURE')?.status).toBe('not_applicable')
  })

  it('answers a what-if reference date', async () => {
    const answer = await ask(
      'hr.ministry',
      `post=${ids.head}&asOf=2023-06-01&includeIneligible=true`,
    )
    const old = [...answer.candidates, ...(answer.ineligible ?? [])].find(
      (e) => e.person.id === ids.old,
    )
    const age = old?.rules.find((r) => r.code === 'AGE_60_MONTHS')
    expect(age?.status).toBe('pass')
    expect(age?.values.monthsLeft).toBe(72)
  })

  it('narrows the pool to a unit with unit=', async () => {
    const answer = await ask('hr.ministry', `post=${ids.head}&unit=VU2&includeIneligible=true`)
    expect(answer.counts.evaluated).toBe(1)
    expect(answer.candidates.map((c) => c.person.id)).toEqual([ids.outsider])
  })

  it('shows a unit HR officer only the people of their unit', async () => {
    const answer = await ask('hr.vu', `post=${ids.head}&includeIneligible=true`)
    expect(answer.candidates.map((c) => c.person.id)).toEqual([ids.ok])
    expect(answer.counts.evaluated).toBe(10)
    const disc = answer.ineligible?.find((e) => e.person.id === ids.disc)
    expect(JSON.stringify(disc?.rules.find((r) => r.code === 'DISCIPLINE')?.values)).toContain(
      'khien_trach',
    )
  })

  it('writes every query to the audit log', async () => {
    await ask('hr.ministry', `post=${ids.head}`)
    const rows = await db
      .selectFrom('audit_log')
      .select(['action', 'target_ids', 'username'])
      .where('action', '=', 'candidates.query')
      .execute()
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.at(-1)).toMatchObject({ target_ids: [String(ids.head)], username: 'hr.ministry' })
  })
})

describe('refusals', () => {
  it.each([
    ['hr.vu2', 'post', 403, 'FORBIDDEN_SCOPE'],
    ['lead.vu', 'post', 403, 'FORBIDDEN'],
    ['plan.bo', 'post', 403, 'FORBIDDEN'],
    ['hr.ministry', 'missing', 404, 'NOT_FOUND'],
    ['hr.ministry', 'badDate', 422, 'VALIDATION'],
  ])('%s asking with %s gets %i %s', async (user, kind, status, code) => {
    const query =
      kind === 'missing'
        ? 'post=9999'
        : kind === 'badDate'
          ? `post=${ids.head}&asOf=2026-13-01`
          : `post=${ids.head}`
    const res = await get(user, `/api/forecast/candidates?${query}`)
    expect(res.status).toBe(status)
    const body = (await res.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe(code)
    if (code === 'FORBIDDEN_SCOPE') expect(body.error.message).toContain('Vụ Pháp chế')
    if (code === 'VALIDATION') expect(body.error.message).toContain('asOf')
  })
})
