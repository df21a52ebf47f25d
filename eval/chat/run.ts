import type { Kysely } from 'kysely'
import type { Principal } from '../../src/access/index.js'
import type { ChatResponse, EngineName } from '../../src/chat/types.js'
import type { Database } from '../../src/data/schema.js'
import { type ChatQuestion, type ChatSetName, loadChatSet, type QuestionRole } from './dataset.js'
import { runGold } from './gold.js'
import { type AskResult, classifyAnswer } from './score.js'
import { type ChatSetReport, type QuestionResult, summariseSet } from './summary.js'

/** The chat pipeline as the evaluation sees it: one question, in a conversation or not. */
export type AskFn = (
  principal: Principal,
  question: string,
  conversationId?: string,
) => Promise<ChatResponse>

export interface ChatEvalOptions {
  readonly db: Kysely<Database>
  readonly ask: AskFn
  readonly principals: Readonly<Record<QuestionRole, Principal>>
  readonly sets: readonly ChatSetName[]
  /** 'YYYY-MM-DD': the date the data is as of, "today" for gold SQL (the engine's clock too). */
  readonly today: string
  /** Where the questions come from; the committed JSONL files unless a test says otherwise. */
  readonly loadSet?: (name: ChatSetName) => Promise<ChatQuestion[]>
  readonly onProgress?: (set: ChatSetName, done: number, total: number) => void
}

export type ChatEvalReport = Partial<Record<ChatSetName, ChatSetReport>>

/**
 * Asks every question of the chosen sets as its role would, playing earlier turns of a
 * conversation first, and scores the last answer against the gold SQL run under the same
 * principal. Questions run one after another: latencies are then those of a quiet machine.
 */
export async function runChatEval(options: ChatEvalOptions): Promise<ChatEvalReport> {
  const load = options.loadSet ?? ((name: ChatSetName) => loadChatSet(name))
  const report: ChatEvalReport = {}
  for (const set of options.sets) {
    const questions = await load(set)
    const results: QuestionResult[] = []
    for (const question of questions) {
      results.push(await evaluateQuestion(options, question))
      options.onProgress?.(set, results.length, questions.length)
    }
    report[set] = summariseSet(set, results)
  }
  return report
}

async function evaluateQuestion(
  options: ChatEvalOptions,
  question: ChatQuestion,
): Promise<QuestionResult> {
  const principal = options.principals[question.role]
  const latencies: { engine: EngineName; ms: number }[] = []
  const answer = await playConversation(options.ask, principal, question, latencies)
  try {
    const gold = (await runGold(options.db, principal, question.gold, { today: options.today }))
      .rows
    const outcome = classifyAnswer(answer, gold, { orderMatters: question.order_matters })
    return { question, outcome, answer, gold, latencies }
  } catch (error) {
    // A gold query that fails is a defect of the set (gold.int.test.ts guards against it).
    const message = `gold SQL failed: ${describe(error)}`
    return { question, outcome: 'error', answer, gold: [], latencies, error: message }
  }
}

/** Asks the earlier turns, then the question, continuing the conversation the engine opened. */
async function playConversation(
  ask: AskFn,
  principal: Principal,
  question: ChatQuestion,
  latencies: { engine: EngineName; ms: number }[],
): Promise<AskResult> {
  const turns = [...question.conversation, question.question]
  let conversationId: string | undefined
  let last: ChatResponse | undefined
  for (const [index, turn] of turns.entries()) {
    const started = performance.now()
    try {
      last = await ask(principal, turn, conversationId)
    } catch (error) {
      const where = index < turns.length - 1 ? `earlier turn ${index + 1}: ` : ''
      return { ok: false, error: `${where}${describe(error)}` }
    }
    latencies.push({ engine: last.engine, ms: performance.now() - started })
    conversationId = last.conversationId
  }
  return last === undefined ? { ok: false, error: 'nothing asked' } : { ok: true, response: last }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
