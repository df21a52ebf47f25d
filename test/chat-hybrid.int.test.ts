import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Principal, Role } from '../src/access/index.js'
import { answerChat } from '../src/chat/answer.js'
import { createChatServices } from '../src/chat/services.js'
import type { ChatResponse } from '../src/chat/types.js'
import { loadConfig } from '../src/config.js'
import { createRolePrincipals } from './accounts.js'
import { openTestDb, type TestDb } from './db.js'
import { type FakeLlm, type FakeLlmReply, startFakeLlm } from './fake-llm.js'
import { TEST_SEED } from './template.js'

// Hybrid mode through the whole pipeline: the offline engine first, the model (a scripted
// OpenAI-compatible server on loopback) only when the offline engine abstains.

/** A data question the offline engine does not parse (it knows no "longest name"). */
const UNPARSED = 'Ai có họ tên dài nhất trong Cục Viễn thông?'
const LONGEST_NAME_SQL =
  "select full_name from chat.people where status = 'working' and unit_path like (select path from chat.units where code = 'CVT') || '%' order by length(full_name) desc, full_name limit 1"

let test: TestDb
let fake: FakeLlm
let next: FakeLlmReply
let principals: Record<Role, Principal>
let ask: (role: Role, question: string) => Promise<ChatResponse>

beforeAll(async () => {
  test = await openTestDb()
  principals = await createRolePrincipals(test.db)
  fake = await startFakeLlm(() => next)
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    LLM_BASE_URL: fake.baseUrl,
    LLM_MODEL: 'fake-model',
    LLM_API_KEY: 'test-key',
  })
  const now = new Date(`${TEST_SEED.asOf}T09:00:00+07:00`)
  const services = createChatServices(test.db, config, () => now)
  ask = (role, question) => answerChat(services, principals[role], { question })
})
afterAll(async () => {
  await fake.close()
  await test.close()
})
beforeEach(() => {
  fake.requests.length = 0
  next = {
    structured: {
      sql: LONGEST_NAME_SQL,
      explanation: 'Tên dài nhất',
      confidence: 0.9,
      refuse: null,
    },
  }
})

describe('hybrid chat: offline first, the model when the offline engine abstains', () => {
  it('answers what the offline engine understands without calling the model', async () => {
    const r = await ask('ministry_hr', 'Cục Viễn thông có bao nhiêu nữ đang công tác?')
    expect(r).toMatchObject({ engine: 'offline', abstained: false })
    expect(fake.chatRequests()).toHaveLength(0)
  })

  it('passes an unparsed question to the model, with solved examples and no personal rows', async () => {
    const r = await ask('ministry_hr', UNPARSED)
    expect(r).toMatchObject({ kind: 'data', engine: 'llm', abstained: false })
    expect(r.sql).toContain('length(full_name)')
    expect(r.rows).toHaveLength(1)
    const requests = fake.chatRequests()
    expect(requests).toHaveLength(1)
    const prompt = requests[0]?.raw ?? ''
    expect(prompt).toContain('dài nhất')
    expect(prompt).toContain('Solved examples')
    // The answer's name went back to the asker, never to the model.
    expect(prompt).not.toContain(String(r.rows[0]?.[0]))
  })

  it('refuses a unit outside the leader’s scope before the model is asked', async () => {
    const r = await ask('leader', 'Ai có họ tên dài nhất trong Cục Tần số vô tuyến điện?')
    expect(r.refusal?.code).toBe('FORBIDDEN_SCOPE')
    expect(r.refusal?.message).toContain('Cục Viễn thông')
    expect(r.rows).toEqual([])
    expect(fake.chatRequests()).toHaveLength(0)
  })

  it('stops attack SQL from a malicious model and shows no rows', async () => {
    const attacks = [
      "select set_config('hrm.scope_units', '', true)",
      'select full_name, national_id from public.people',
      "select * from chat.people; update people set status = 'retired'",
      'select usename, passwd from pg_shadow',
    ]
    for (const attack of attacks) {
      next = { structured: { sql: attack, explanation: '', confidence: 1, refuse: null } }
      const r = await ask('leader', UNPARSED)
      expect(r.rows, attack).toEqual([])
      expect(r.refusal, attack).toBeDefined()
    }
  })
})
