import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Principal, Role } from '../../src/access/index.js'
import type { ChatResponse } from '../../src/chat/types.js'
import { createRolePrincipals } from '../../test/accounts.js'
import { openTestDb, type TestDb } from '../../test/db.js'
import { TEST_SEED } from '../../test/template.js'
import { type ChatQuestion, loadChatSet } from './dataset.js'
import { runGold } from './gold.js'
import { type AskFn, runChatEval } from './run.js'

/** A few tuning questions of each shape: roles, a ranked list, a three-turn conversation. */
const tuning = await loadChatSet('tuning')
const pick = (keep: (q: ChatQuestion) => boolean) => tuning.find(keep)!
const questions = [
  pick((q) => q.category === 'count' && q.role === 'ministry_hr'),
  pick((q) => q.category === 'list'),
  pick((q) => q.order_matters),
  pick((q) => q.role === 'leader'),
  pick((q) => q.role === 'unit_hr'),
  pick((q) => q.role === 'planner'),
  pick((q) => q.conversation.length >= 2),
]

let test: TestDb
let principals: Record<Role, Principal>

beforeAll(async () => {
  test = await openTestDb()
  principals = await createRolePrincipals(test.db)
})

afterAll(async () => {
  await test?.close()
})

function reply(conversationId: string, rows: unknown[][], fields: Partial<ChatResponse> = {}) {
  return {
    conversationId,
    kind: 'data',
    engine: 'offline',
    language: 'vi',
    answer: '',
    columns: [],
    rows,
    citations: [],
    abstained: false,
    timings: {},
    ...fields,
  } satisfies ChatResponse
}

/**
 * An engine that knows the gold: it answers a question only when asked in the right
 * conversation (the earlier turns, in order, under the id it handed out) and by the right role.
 */
function oracle(calls: { username: string; question: string; conversationId?: string }[]): AskFn {
  const turns = new Map<string, string[]>()
  return async (principal, question, conversationId) => {
    calls.push({ username: principal.username, question, conversationId })
    const id = conversationId ?? `c${turns.size + 1}`
    const history = turns.get(id) ?? []
    turns.set(id, [...history, question])
    const asked = questions.find(
      (q) => q.question === question && q.conversation.join('\n') === history.join('\n'),
    )
    if (asked === undefined || principal.username !== `test.${asked.role.replace('_', '')}`) {
      return reply(id, [])
    }
    return reply(
      id,
      (await runGold(test.db, principal, asked.gold, { today: TEST_SEED.asOf })).rows.reverse(),
    )
  }
}

describe('runChatEval', () => {
  it('scores an engine that knows the gold, asking each turn as its role in one conversation', async () => {
    const calls: { username: string; question: string; conversationId?: string }[] = []
    const report = await runChatEval({
      db: test.db,
      ask: oracle(calls),
      principals,
      sets: ['tuning'],
      today: TEST_SEED.asOf,
      loadSet: () => Promise.resolve(questions),
    })
    // Reversed rows still match, except for the ranked list whose order matters.
    expect(report.tuning?.counts).toEqual({ correct: 6, wrong: 1, abstained: 0, error: 0 })
    expect(report.tuning?.failures.map((f) => f.id)).toEqual([questions[2]!.id])
    const conversation = questions[6]!
    const turns = calls.filter((c) =>
      [...conversation.conversation, conversation.question].includes(c.question),
    )
    expect(turns.map((c) => c.conversationId)).toEqual([undefined, 'c7', 'c7'])
    expect(report.tuning?.latencies.offline).toHaveLength(questions.length + 2)
  })

  it('tells wrong answers, abstentions, refusals and crashes apart', async () => {
    let n = 0
    const ask: AskFn = (_principal, _question, conversationId) => {
      n += 1
      const id = conversationId ?? `c${n}`
      if (n === 1) return Promise.resolve(reply(id, [[-1]]))
      if (n === 2) return Promise.resolve(reply(id, [], { abstained: true }))
      if (n === 3) return Promise.resolve(reply(id, [], { refusal: { code: 'X', message: 'no' } }))
      return Promise.reject(new Error('engine crashed'))
    }
    const report = await runChatEval({
      db: test.db,
      ask,
      principals,
      sets: ['heldout'],
      today: TEST_SEED.asOf,
      loadSet: () => Promise.resolve(questions.slice(0, 4)),
    })
    expect(report.heldout?.counts).toEqual({ correct: 0, wrong: 1, abstained: 2, error: 1 })
    expect(report.heldout?.failures[3]).toMatchObject({ outcome: 'error', error: 'engine crashed' })
    expect(report.tuning).toBeUndefined()
  })
})
