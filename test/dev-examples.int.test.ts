import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Principal, Role } from '../src/access/index.js'
import { answerChat } from '../src/chat/answer.js'
import { createChatServices, type ChatServices } from '../src/chat/services.js'
import type { ChatResponse } from '../src/chat/types.js'
import { DEV_EXAMPLES, type DevExample } from '../src/chat/understand/dev-examples.js'
import { loadConfig } from '../src/config.js'
import { runGold } from '../eval/chat/gold.js'
import { matchesGold } from '../eval/chat/score.js'
import { createRolePrincipals } from './accounts.js'
import { openTestDb, type TestDb } from './db.js'
import { TEST_SEED } from './template.js'

/**
 * The offline engine's development questions, asked through the whole chat pipeline with the
 * clock at the seed's date: a question with SQL must be answered with exactly the rows of that
 * SQL run as the same role; one without must be declined or routed as it says.
 */
let test: TestDb
let services: ChatServices
let principals: Record<Role, Principal>

beforeAll(async () => {
  test = await openTestDb()
  principals = await createRolePrincipals(test.db)
  const now = new Date(`${TEST_SEED.asOf}T09:00:00+07:00`)
  services = createChatServices(test.db, loadConfig({ LOG_LEVEL: 'silent' }), () => now)
})
afterAll(async () => test?.close())

async function ask(example: DevExample): Promise<ChatResponse> {
  const principal = principals[example.role ?? 'ministry_hr']
  let conversationId: string | undefined
  for (const question of example.before ?? []) {
    const earlier = await answerChat(services, principal, {
      question,
      ...(conversationId === undefined ? {} : { conversationId }),
    })
    conversationId = earlier.conversationId
  }
  return answerChat(services, principal, {
    question: example.question,
    ...(conversationId === undefined ? {} : { conversationId }),
  })
}

function outcomeOf(response: ChatResponse): string {
  if (response.abstained || response.refusal !== undefined) return 'abstain'
  return response.kind === 'data' ? 'data' : response.kind
}

const answered = DEV_EXAMPLES.filter((e) => e.sql !== null)
const declined = DEV_EXAMPLES.filter((e) => e.sql === null)

describe('development questions with SQL', () => {
  it.each(answered.map((e) => [e.question, e] as const))('%s', async (_, example) => {
    const response = await ask(example)
    expect(outcomeOf(response), response.answer).toBe('data')
    const gold = await runGold(test.db, principals[example.role ?? 'ministry_hr'], example.sql!, {
      today: TEST_SEED.asOf,
    })
    const orderMatters = example.orderMatters ?? false
    expect(matchesGold(gold.rows, response.rows, { orderMatters }), response.sql).toBe(true)
  })
})

describe('development questions without SQL', () => {
  it.each(declined.map((e) => [e.question, e] as const))('%s', async (_, example) => {
    const response = await ask(example)
    expect(outcomeOf(response)).toBe(example.expect ?? 'abstain')
  })
})
