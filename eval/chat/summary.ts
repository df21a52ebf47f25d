import type { EngineName } from '../../src/chat/types.js'
import type { ChatQuestion, ChatSetName } from './dataset.js'
import type { AskResult, Outcome } from './score.js'

/** One question's result, as the runner hands it to the summary. */
export interface QuestionResult {
  readonly question: ChatQuestion
  readonly outcome: Outcome
  readonly answer: AskResult
  readonly gold: unknown[][]
  /** Every ask of the conversation, earlier turns included, by the engine that answered. */
  readonly latencies: readonly { engine: EngineName; ms: number }[]
  readonly error?: string
}

export interface Rate {
  readonly questions: number
  readonly correct: number
  readonly accuracy: number
}

/** What a reviewer needs to see why a question failed; rows are cut to the first few. */
export interface Failure {
  readonly id: string
  readonly category: string
  readonly language: string
  readonly role: string
  readonly question: string
  readonly conversation: readonly string[]
  readonly outcome: Exclude<Outcome, 'correct'>
  readonly engine?: EngineName
  readonly answer?: string
  readonly sql?: string
  readonly rows?: unknown[][]
  readonly gold: unknown[][]
  readonly goldSql: string
  readonly error?: string
}

export interface ChatSetReport {
  readonly set: ChatSetName
  readonly questions: number
  readonly counts: Readonly<Record<Outcome, number>>
  readonly accuracy: number
  readonly wrongRate: number
  readonly abstentionRate: number
  readonly errorRate: number
  readonly byCategory: Readonly<Record<string, Rate>>
  /** 'vi', 'vi-no-diacritics' (Vietnamese typed without accents) and 'en'. */
  readonly byLanguage: Readonly<Record<string, Rate>>
  readonly byRole: Readonly<Record<string, Rate>>
  readonly failures: readonly Failure[]
  readonly latencies: { readonly offline: number[]; readonly llm: number[] }
}

const SHOWN_ROWS = 5

export function summariseSet(set: ChatSetName, results: readonly QuestionResult[]): ChatSetReport {
  const counts: Record<Outcome, number> = { correct: 0, wrong: 0, abstained: 0, error: 0 }
  for (const result of results) counts[result.outcome] += 1
  const share = (n: number) => (results.length === 0 ? 0 : n / results.length)
  const latencies = { offline: [] as number[], llm: [] as number[] }
  for (const { engine, ms } of results.flatMap((r) => r.latencies)) latencies[engine].push(ms)
  return {
    set,
    questions: results.length,
    counts,
    accuracy: share(counts.correct),
    wrongRate: share(counts.wrong),
    abstentionRate: share(counts.abstained),
    errorRate: share(counts.error),
    byCategory: rateBy(results, (r) => r.question.category),
    byLanguage: rateBy(results, (r) => languageKey(r.question)),
    byRole: rateBy(results, (r) => r.question.role),
    failures: results.filter((r) => r.outcome !== 'correct').map(toFailure),
    latencies,
  }
}

function languageKey(question: ChatQuestion): string {
  if (question.language === 'en') return 'en'
  return question.diacritics ? 'vi' : 'vi-no-diacritics'
}

function rateBy(
  results: readonly QuestionResult[],
  keyOf: (result: QuestionResult) => string,
): Record<string, Rate> {
  const groups = new Map<string, { questions: number; correct: number }>()
  for (const result of results) {
    const group = groups.get(keyOf(result)) ?? { questions: 0, correct: 0 }
    group.questions += 1
    if (result.outcome === 'correct') group.correct += 1
    groups.set(keyOf(result), group)
  }
  const entries = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))
  return Object.fromEntries(
    entries.map(([key, g]) => [key, { ...g, accuracy: g.correct / g.questions }]),
  )
}

function toFailure(result: QuestionResult): Failure {
  const { question, answer } = result
  const response = answer.ok ? answer.response : undefined
  const error = result.error ?? (answer.ok ? undefined : answer.error)
  return {
    id: question.id,
    category: question.category,
    language: languageKey(question),
    role: question.role,
    question: question.question,
    conversation: question.conversation,
    outcome: result.outcome as Exclude<Outcome, 'correct'>,
    ...(response && {
      engine: response.engine,
      answer: response.refusal?.message ?? response.answer,
      rows: response.rows.slice(0, SHOWN_ROWS),
      ...(response.sql !== undefined && { sql: response.sql }),
    }),
    gold: result.gold.slice(0, SHOWN_ROWS),
    goldSql: question.gold,
    ...(error !== undefined && { error }),
  }
}
