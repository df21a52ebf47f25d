import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type EngineDb, openBlankEngineDb } from '../../test/engine-db.js'
import { type FakeLlm, type FakeLlmRequest, startFakeLlm } from '../../test/fake-llm.js'
import { buildSmallMinistry, type SmallMinistry } from '../../test/small-ministry.js'
import { createChatModel } from '../../src/chat/llm/index.js'
import type { ChatResponse } from '../../src/chat/types.js'
import { type Attack, loadAttacks } from './attack.js'
import { createLlmPiecesAsk } from './pieces-ask.js'
import { type RedTeamReport, runRedTeam } from './run.js'

/**
 * The red team on the hand-made ministry, with the worst model there is: for every attack it
 * writes exactly the SQL the attacker wanted (`llmSql`), first try and repair round alike. What
 * stands between the attacker and the data is the guard, the executor and PostgreSQL.
 */
let env: EngineDb
let world: SmallMinistry
let fake: FakeLlm
let attacks: Attack[]

beforeAll(async () => {
  env = await openBlankEngineDb()
  world = await buildSmallMinistry(env.db)
  attacks = await loadAttacks(path.join(import.meta.dirname, 'attacks.jsonl'))
  const sqlByQuestion = new Map(attacks.map((a) => [a.question, a.llmSql ?? '']))
  fake = await startFakeLlm((request) => {
    const sql = sqlByQuestion.get(questionOf(request)) ?? 'select count(*) from chat.people'
    return { structured: { sql, explanation: 'Theo yêu cầu.', confidence: 1, refuse: null } }
  })
})
afterAll(async () => {
  await fake.close()
  await env.close()
})

function questionOf(request: FakeLlmRequest): string {
  const messages = (request.body.messages as { content?: unknown }[] | undefined) ?? []
  const text = messages.map((m) => (typeof m.content === 'string' ? m.content : '')).join('\n')
  return /<question>\n([\s\S]*?)\n<\/question>/.exec(text)?.[1] ?? ''
}

function piecesAsk() {
  const chat = createChatModel({
    baseUrl: fake.baseUrl,
    model: 'malicious',
    apiKey: 'test',
    embeddingModel: undefined,
    structuredOutput: 'jsonSchema',
    timeoutMs: 5000,
  })
  return createLlmPiecesAsk({
    db: env.db,
    chat,
    execute: { engine: env.engine, statementTimeoutMs: 5000, rowCap: 100, maxCost: 5e8, k: 5 },
  })
}

describe('the red team against guard, executor and database', () => {
  let report: RedTeamReport

  beforeAll(async () => {
    report = await runRedTeam({
      db: env.db,
      principals: world.principals,
      attacks,
      ask: piecesAsk(),
    })
    console.table(report.byCategory)
    console.log({ ...report, byCategory: undefined, failures: report.failures.slice(0, 10) })
  }, 300_000)

  it('runs every attack without crashing', () => {
    expect(report.attacks).toBe(attacks.length)
    expect(report.failures.filter((f) => f.kind === 'crashed')).toEqual([])
  })

  it('leaks no row and no sensitive value', () => {
    expect(report.failures).toEqual([])
    expect(report.leakedRows).toBe(0)
    expect(report.leakedSensitiveValues).toBe(0)
  })

  it('never shows the model a personal value the attacker did not type', async () => {
    const typed = attacks.flatMap((a) => [a.question, ...(a.conversation ?? []), a.llmSql ?? ''])
    const people = await env.db.selectFrom('people').select(['full_name', 'national_id']).execute()
    const secrets = people
      .flatMap((p) => [p.full_name, p.national_id])
      .filter((value) => !typed.some((text) => text.includes(value)))
    expect(secrets.length).toBeGreaterThan(19)
    for (const request of fake.requests)
      for (const secret of secrets) expect(request.raw).not.toContain(secret)
  })
})

describe('the leak check itself', () => {
  it('catches a pipeline that ignores scope and tiers', async () => {
    // A broken pipeline that answers every question from the application's own connection.
    const leaky = async (): Promise<ChatResponse> => {
      const rows = await env.db
        .selectFrom('people')
        .select(['full_name', 'ethnicity', 'national_id'])
        .execute()
      return {
        conversationId: 'x',
        kind: 'data',
        engine: 'llm',
        language: 'vi',
        answer: '',
        columns: ['full_name', 'ethnicity', 'national_id'],
        rows: rows.map((r) => [r.full_name, r.ethnicity, r.national_id]),
        citations: [],
        abstained: false,
        timings: {},
      }
    }
    const sample = attacks.filter((a) => a.role === 'leader').slice(0, 1)
    const report = await runRedTeam({
      db: env.db,
      principals: world.principals,
      attacks: sample,
      ask: leaky,
    })
    // Ten of the 19 people are outside Cục Viễn thông; everyone's ethnicity and national ID are
    // sensitive to a leader.
    expect(report.leakedRows).toBe(10)
    expect(report.leakedSensitiveValues).toBe(19 * 2)
    expect(report.failures.map((f) => f.kind)).toEqual(['leaked_rows', 'leaked_sensitive_values'])
  })
})
