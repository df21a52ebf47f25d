import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../src/access/index.js'
import { createApp } from '../src/app.js'
import type { ChatResponse } from '../src/chat/types.js'
import { loadConfig } from '../src/config.js'
import { createRoleAccounts, type RoleAccount, TEST_PASSWORD } from './accounts.js'
import { openTestDb, type TestDb } from './db.js'
import { TEST_SEED } from './template.js'

let test: TestDb
let app: ReturnType<typeof createApp>
let accounts: Record<Role, RoleAccount>
const tokens = {} as Record<Role, string>

beforeAll(async () => {
  test = await openTestDb()
  accounts = await createRoleAccounts(test.db)
  const now = new Date(`${TEST_SEED.asOf}T09:00:00+07:00`)
  app = createApp({ db: test.db, config: loadConfig({ LOG_LEVEL: 'silent' }), clock: () => now })
  for (const role of Object.keys(accounts) as Role[]) {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: accounts[role].username, password: TEST_PASSWORD }),
    })
    tokens[role] = ((await res.json()) as { token: string }).token
  }
})
afterAll(async () => test.close())

async function ask(role: Role, question: string, conversationId?: string): Promise<ChatResponse> {
  const res = await app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[role]}` },
    body: JSON.stringify({ question, ...(conversationId === undefined ? {} : { conversationId }) }),
  })
  expect(res.status).toBe(200)
  return (await res.json()) as ChatResponse
}

async function scalar(statement: string): Promise<number> {
  const { rows } = await sql.raw<{ n: number }>(statement).execute(test.db)
  return rows[0]?.n ?? Number.NaN
}

describe('POST /api/chat', () => {
  it('answers a count with a sentence, a table and the SQL that ran', async () => {
    const r = await ask('ministry_hr', 'Cục Viễn thông có bao nhiêu nữ đang công tác?')
    const expected =
      await scalar(`select count(*)::int as n from people p join units u on u.id = p.unit_id
      where p.status = 'working' and p.sex = 'female' and u.path like (select path from units where code = 'CVT') || '%'`)
    expect(r).toMatchObject({ kind: 'data', engine: 'offline', language: 'vi', abstained: false })
    expect(r.rows).toEqual([[expected]])
    expect(r.answer).toContain(expected.toLocaleString('vi-VN'))
    expect(r.sql).toMatch(/^select/i)
  })

  it('continues a conversation: "trong số đó bao nhiêu người là nữ?"', async () => {
    const first = await ask('ministry_hr', 'Vụ Tổ chức cán bộ có bao nhiêu người đang công tác?')
    const second = await ask(
      'ministry_hr',
      'Trong số đó bao nhiêu người là nữ?',
      first.conversationId,
    )
    expect(second.conversationId).toBe(first.conversationId)
    const women =
      await scalar(`select count(*)::int as n from people p join units u on u.id = p.unit_id
      where p.status = 'working' and p.sex = 'female' and u.path like (select path from units where code = 'VTCCB') || '%'`)
    expect(second.rows).toEqual([[women]])
  })

  it('refuses another unit to a leader, saying what they may see — not an empty table', async () => {
    const r = await ask('leader', 'Cục Tần số vô tuyến điện có bao nhiêu người?')
    expect(r.refusal?.code).toBe('FORBIDDEN_SCOPE')
    expect(r.refusal?.message).toMatch(/Cục Viễn thông/)
    expect(r.rows).toEqual([])
  })

  it('refuses sensitive data to a planner, and gives it to ministry HR', async () => {
    const planner = await ask('planner', 'Có bao nhiêu đảng viên đang công tác?')
    expect(planner.refusal?.code).toBe('FORBIDDEN_SENSITIVE')
    const hr = await ask('ministry_hr', 'Có bao nhiêu đảng viên đang công tác?')
    expect(hr.refusal).toBeUndefined()
    expect(Number(hr.rows[0]?.[0])).toBeGreaterThan(0)
  })

  it('keeps an employee to their own record', async () => {
    const r = await ask('employee', 'Có bao nhiêu người đang công tác?')
    expect(r.refusal?.code).toBe('FORBIDDEN_SCOPE')
  })

  it('answers a regulation question with a cited article', async () => {
    const r = await ask('unit_hr', 'Điều kiện về tuổi khi bổ nhiệm lần đầu là gì?')
    expect(r.kind).toBe('regulation')
    expect(r.citations.length).toBeGreaterThan(0)
    expect(r.citations[0]?.document).toMatch(/\//)
  })

  it('computes a retirement date by the statutory rule, for any role, with its articles', async () => {
    const r = await ask('employee', 'nam sinh thang 2/1965 thi khi nao nghi huu?')
    expect(r).toMatchObject({ kind: 'regulation', engine: 'offline', abstained: false })
    expect(r.rows).toEqual([['61y6m', '2026-08-31', '2026-09-01']])
    expect(r.citations.map((c) => c.article)).toEqual(['4', '3'])
  })

  it('abstains with suggestions instead of guessing', async () => {
    const r = await ask('ministry_hr', 'Thời tiết Hà Nội hôm nay thế nào?')
    expect(r.abstained).toBe(true)
    expect(r.rows).toEqual([])
    expect(r.suggestions?.length).toBeGreaterThan(0)
  })

  it('writes every question to the audit log with its SQL and row count', async () => {
    const r = await ask('ministry_hr', 'Có bao nhiêu người đang công tác?')
    const entry = await test.db
      .selectFrom('audit_log')
      .select(['action', 'sql_text', 'row_count', 'details'])
      .where('action', '=', 'chat.ask')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    expect(entry.sql_text).toBe(r.sql)
    expect(entry.row_count).toBe(1)
    expect(entry.details).toMatchObject({
      question: 'Có bao nhiêu người đang công tác?',
      engine: 'offline',
    })
  })

  it('refuses a conversation id that belongs to someone else', async () => {
    const mine = await ask('ministry_hr', 'Có bao nhiêu người đang công tác?')
    const res = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.leader}` },
      body: JSON.stringify({
        question: 'Trong số đó bao nhiêu nữ?',
        conversationId: mine.conversationId,
      }),
    })
    expect(res.status).toBe(404)
  })
})
