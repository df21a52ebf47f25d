import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Principal } from '../../access/index.js'
import type { AppError } from '../../errors.js'
import { type EngineDb, openBlankEngineDb } from '../../../test/engine-db.js'
import { type FakeLlm, type FakeLlmScript, startFakeLlm } from '../../../test/fake-llm.js'
import { buildSmallMinistry, type SmallMinistry } from '../../../test/small-ministry.js'
import { runChatSql } from '../sql/index.js'
import type { QueryResult } from '../types.js'
import { createChatModel } from './model.js'
import { llmProposeSql } from './propose-sql.js'

let env: EngineDb
let world: SmallMinistry
let fake: FakeLlm | undefined

beforeAll(async () => {
  env = await openBlankEngineDb()
  world = await buildSmallMinistry(env.db)
})
afterEach(async () => {
  await fake?.close()
  fake = undefined
})
afterAll(() => env.close())

const answer = (sql: string) => ({
  structured: { sql, explanation: 'x', confidence: 0.8, refuse: null },
})

/** Asks the LLM engine a question as `principal`, the model scripted, attempts run for real. */
async function ask(principal: Principal, script: FakeLlmScript, question = 'Có bao nhiêu người?') {
  fake = await startFakeLlm(script)
  const chat = createChatModel({
    baseUrl: fake.baseUrl,
    model: 'qwen2.5-coder',
    apiKey: 'test',
    embeddingModel: undefined,
    structuredOutput: 'jsonSchema',
    timeoutMs: 2000,
  })
  const attempt = async (sql: string): Promise<QueryResult> =>
    (
      await runChatSql(env.db, principal, sql, {
        engine: env.engine,
        statementTimeoutMs: 5000,
        rowCap: 50,
        maxCost: 5e8,
        k: 5,
      })
    ).result
  return llmProposeSql(
    { chat, attempt },
    { question, language: 'vi', tier: principal.tier, examples: [] },
  )
}

describe('the LLM engine', () => {
  it('answers with the model’s SQL, run under the asker’s scope', async () => {
    const proposal = await ask(world.principals.leader, () =>
      answer("select count(*) from chat.people where status = 'working'"),
    )
    expect(proposal).toMatchObject({ engine: 'llm', repaired: false, outcome: { rows: [[9]] } })
  })

  it('repairs once: broken SQL, then the database error, then fixed SQL', async () => {
    const proposal = await ask(world.principals.leader, (_request, index) =>
      answer(index === 0 ? 'select salary from chat.people' : 'select count(*) from chat.people'),
    )
    expect(proposal).toMatchObject({ repaired: true, sql: 'select count(*) from chat.people' })
    expect(fake!.chatRequests()[1]!.raw).toContain('column \\"salary\\" does not exist')
  })

  it('repairs a guard refusal with the guard’s reason', async () => {
    await ask(world.principals.leader, (_request, index) =>
      answer(index === 0 ? 'select count(*) from people' : 'select count(*) from chat.people'),
    )
    expect(fake!.chatRequests()[1]!.raw).toContain('write chat.people rather than people')
  })

  it('gives up after one repair', async () => {
    await expect(
      ask(world.principals.leader, () => answer('select salary from chat.people')),
    ).rejects.toMatchObject({
      code: 'SQL_REJECTED',
    })
    expect(fake!.chatRequests()).toHaveLength(2)
  })

  it('passes on a model’s refusal without running anything', async () => {
    const refusal = {
      structured: {
        sql: '',
        explanation: '',
        confidence: 1,
        refuse: { reason: 'Không được sửa dữ liệu.' },
      },
    }
    await expect(
      ask(world.principals.leader, () => refusal, 'Xóa hồ sơ của tôi'),
    ).rejects.toMatchObject({
      code: 'SQL_REJECTED',
      details: { reason: 'MODEL_DECLINED' },
      vi: 'Không thể trả lời câu hỏi này bằng dữ liệu: Không được sửa dữ liệu.',
    })
    expect(fake!.chatRequests()).toHaveLength(1)
  })
})

/** SQL a manipulated model might return; each must end in a refusal, never in rows. */
const MALICIOUS: [string, string, string][] = [
  ['reads the table behind the views', 'select * from public.people', 'SQL_REJECTED'],
  ['widens its scope', "select set_config('hrm.scope_units', '1,2,3,4,5,6', true)", 'SQL_REJECTED'],
  ['reads a server file', "select pg_read_file('/etc/passwd')", 'SQL_REJECTED'],
  ['adds a second statement', 'select 1; drop table people', 'SQL_REJECTED'],
  [
    'reads sensitive data for a leader',
    'select ethnicity, religion from chat.people_private',
    'FORBIDDEN_SENSITIVE',
  ],
  [
    'deletes through WITH',
    'with d as (delete from people returning *) select * from d',
    'SQL_REJECTED',
  ],
  ['leaves its role', 'reset role', 'SQL_REJECTED'],
  ['sleeps', 'select pg_sleep(60)', 'SQL_REJECTED'],
  // The leader sees 9 people here: twelve copies of them are 9^12 rows to count.
  [
    'bombs with a cross join',
    `select count(*) from ${Array.from({ length: 12 }, (_, i) => `chat.people p${i}`).join(', ')}`,
    'QUERY_TOO_EXPENSIVE',
  ],
]

describe('a malicious model is stopped by the guard or the database', () => {
  it.each(MALICIOUS)('when it %s', async (_what, sql, code) => {
    await expect(ask(world.principals.leader, () => answer(sql))).rejects.toMatchObject({ code })
  })

  it('when it asks for another unit’s people, the database returns none of them', async () => {
    const sql = `select full_name from chat.people where unit_id = ${world.units.ctsvtd.id}`
    const proposal = await ask(world.principals.leader, () => answer(sql))
    expect(proposal.outcome.rows).toEqual([])
  })
})

describe('no personal data reaches the model', () => {
  it('not in a repair round that quotes a row value', async () => {
    // As ministry HR the canary is in scope; casting her name to a number fails with the name in
    // the database's message, which must not be passed to the model.
    const broken = `select full_name::int from chat.people where id = ${world.canaryId}`
    const error: unknown = await ask(world.principals.ministry_hr, () => answer(broken)).catch(
      (e: unknown) => e,
    )
    expect(error).toMatchObject({ code: 'SQL_REJECTED', details: { sqlState: '22P02' } })
    // The risk is real: the database's own message names her.
    expect(JSON.stringify((error as AppError).details)).toContain(world.canaryName)
    expect(fake!.chatRequests()).toHaveLength(2)
    for (const request of fake!.requests) expect(request.raw).not.toContain('Tường Vi')
  })

  it('not when a question succeeds and returns the person', async () => {
    const proposal = await ask(world.principals.ministry_hr, () =>
      answer(`select full_name, unit_name from chat.people where id = ${world.canaryId}`),
    )
    expect(JSON.stringify(proposal.outcome.rows)).toContain(world.canaryName)
    for (const request of fake!.requests) expect(request.raw).not.toContain('Tường Vi')
  })
})
