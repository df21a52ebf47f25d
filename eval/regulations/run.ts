import fs from 'node:fs/promises'
import type { Kysely } from 'kysely'
import { z } from 'zod'
import type { Database } from '../../src/data/schema.js'
import {
  answerFromSearch,
  type Embedder,
  type RegulationHit,
  searchRegulations,
  type SearchOptions,
} from '../../src/chat/regulations/index.js'

/**
 * The regulation retrieval benchmark: for each question, is a passage from the expected
 * document and article (and clause, when the question is that specific) among the top five?
 * Questions the corpus cannot answer check that the answerer abstains instead.
 */
const expectedSchema = z.object({
  document: z.string(),
  /** null: the passage may come from anywhere in the document (summaries without articles). */
  article: z.string().nullable(),
  clause: z.string().optional(),
  /** With article null: the passage's heading must contain this. */
  topic: z.string().optional(),
})

const questionSchema = z.object({
  id: z.string(),
  question: z.string().min(3),
  language: z.enum(['vi', 'en']),
  /** null: nothing in the corpus answers it; the right outcome is to abstain. */
  expected: expectedSchema.nullable(),
  /** Other passages that answer the question just as well. */
  alsoAccept: z.array(expectedSchema).optional(),
  split: z.enum(['tune', 'heldout']),
})

export type EvalQuestion = z.infer<typeof questionSchema>
export type ExpectedPassage = z.infer<typeof expectedSchema>

export const QUESTIONS_FILE = new URL('./questions.jsonl', import.meta.url)

export async function loadQuestions(file: URL | string = QUESTIONS_FILE): Promise<EvalQuestion[]> {
  const text = await fs.readFile(file, 'utf8')
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = questionSchema.safeParse(JSON.parse(line))
      if (!parsed.success) throw new Error(`questions.jsonl line ${i + 1}: ${parsed.error.message}`)
      return parsed.data
    })
}

/** Whether a retrieved passage is one the question expects. */
export function matches(hit: RegulationHit, expected: ExpectedPassage): boolean {
  if (hit.document.number !== expected.document) return false
  if (expected.article === null) {
    return expected.topic === undefined || (hit.heading ?? '').startsWith(expected.topic)
  }
  if (hit.article !== expected.article) return false
  return expected.clause === undefined || hit.clause === expected.clause
}

export interface SplitScore {
  readonly questions: number
  readonly recallAt5: number
  readonly mrr: number
}

export interface EvalFailure {
  readonly id: string
  readonly split: 'tune' | 'heldout'
  readonly question: string
  readonly expected: ExpectedPassage | null
  /** What came back instead: paths of the top passages, or the wrong answer to an off-topic question. */
  readonly got: string[]
}

export interface RegulationsEvalReport extends SplitScore {
  readonly tuning: SplitScore
  readonly heldOut: SplitScore | null
  /** Share of answerable questions on which the answerer abstained anyway. */
  readonly abstentionRate: number
  /** Questions the corpus cannot answer, and on how many the answerer rightly abstained. */
  readonly offTopic: { readonly questions: number; readonly abstained: number }
  readonly failures: EvalFailure[]
  readonly timings: { readonly meanMs: number; readonly p50Ms: number; readonly p95Ms: number }
}

export interface EvalOptions {
  readonly embedder?: Embedder
  readonly asOf?: string
  /** Which questions to run; 'tune' while tuning, so that the held-out ones stay unseen. */
  readonly split?: 'tune' | 'heldout' | 'all'
  readonly questions?: readonly EvalQuestion[]
  /** Fusion weights to try instead of the defaults (tuning only). */
  readonly weights?: SearchOptions['weights']
}

interface Outcome {
  readonly question: EvalQuestion
  readonly rank: number | undefined
  readonly abstained: boolean
  readonly paths: string[]
  readonly ms: number
}

/** Runs the benchmark against a database that holds the corpus. */
export async function runRegulationsEval(
  db: Kysely<Database>,
  options: EvalOptions = {},
): Promise<RegulationsEvalReport> {
  const asOf = options.asOf ?? '2026-11-24'
  const all = options.questions ?? (await loadQuestions())
  const chosen = all.filter((q) => (options.split ?? 'all') === 'all' || q.split === options.split)
  const outcomes: Outcome[] = []
  for (const question of chosen) outcomes.push(await runOne(db, question, asOf, options))
  return report(outcomes, options.split ?? 'all')
}

async function runOne(
  db: Kysely<Database>,
  question: EvalQuestion,
  asOf: string,
  options: EvalOptions,
): Promise<Outcome> {
  const embedder = options.embedder
  const started = performance.now()
  const search = await searchRegulations(db, question.question, {
    limit: 5,
    asOf,
    ...(embedder ? { embedder } : {}),
    ...(options.weights ? { weights: options.weights } : {}),
  })
  const ms = performance.now() - started
  const answer = answerFromSearch(search, question.question, question.language)
  const accepted =
    question.expected === null ? [] : [question.expected, ...(question.alsoAccept ?? [])]
  const index = search.hits.findIndex((hit) => accepted.some((e) => matches(hit, e)))
  return {
    question,
    rank: index < 0 ? undefined : index + 1,
    abstained: answer.abstained,
    paths: search.hits.map((h) => h.path),
    ms,
  }
}

function report(
  outcomes: readonly Outcome[],
  split: 'tune' | 'heldout' | 'all',
): RegulationsEvalReport {
  const answerable = outcomes.filter((o) => o.question.expected !== null)
  const offTopic = outcomes.filter((o) => o.question.expected === null)
  const failures = [
    ...answerable.filter((o) => o.rank === undefined),
    ...offTopic.filter((o) => !o.abstained),
  ].map((o) => ({
    id: o.question.id,
    split: o.question.split,
    question: o.question.question,
    expected: o.question.expected,
    got: o.paths,
  }))
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b)
  return {
    ...score(answerable),
    tuning: score(answerable.filter((o) => o.question.split === 'tune')),
    heldOut:
      split === 'tune' ? null : score(answerable.filter((o) => o.question.split === 'heldout')),
    abstentionRate: ratio(answerable.filter((o) => o.abstained).length, answerable.length),
    offTopic: { questions: offTopic.length, abstained: offTopic.filter((o) => o.abstained).length },
    failures,
    timings: {
      meanMs: round(times.reduce((a, b) => a + b, 0) / Math.max(times.length, 1)),
      p50Ms: round(times[Math.floor(times.length * 0.5)] ?? 0),
      p95Ms: round(times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? 0),
    },
  }
}

function score(outcomes: readonly Outcome[]): SplitScore {
  const hits = outcomes.filter((o) => o.rank !== undefined).length
  const reciprocal = outcomes.reduce((sum, o) => sum + (o.rank === undefined ? 0 : 1 / o.rank), 0)
  return {
    questions: outcomes.length,
    recallAt5: ratio(hits, outcomes.length),
    mrr: ratio(reciprocal, outcomes.length),
  }
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : round(part / whole, 3)
}

function round(value: number, digits = 1): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}
