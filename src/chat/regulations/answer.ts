import type { Kysely } from 'kysely'
import type { Database } from '../../data/schema.js'
import type { Citation } from '../types.js'
import { abstention, citedPassage, type Language, SUGGESTIONS, summaryNote } from './answer-text.js'
import { assessConfidence, type Confidence } from './confidence.js'
import type { Embedder } from './embedder.js'
import { quoteExcerpt } from './excerpt.js'
import { type RegulationHit, type RegulationSearch, searchRegulations } from './search.js'

export interface RegulationQuestion {
  readonly question: string
  readonly language: Language
  readonly asOf?: string
  readonly embedder?: Embedder
}

export interface RegulationAnswer {
  readonly answer: string
  readonly citations: Citation[]
  readonly abstained: boolean
  readonly suggestions?: string[]
  readonly confidence: Confidence
  readonly timings: Record<string, number>
}

/**
 * Answers a question about the rules by quoting the best passages word for word, each cited by
 * document number, article, clause and point with its status on the question's date. When
 * retrieval is weak it says so and suggests a rephrasing: a wrong citation is worse than none.
 */
export async function answerRegulationQuestion(
  db: Kysely<Database>,
  input: RegulationQuestion,
): Promise<RegulationAnswer> {
  const started = performance.now()
  const search = await searchRegulations(db, input.question, {
    limit: 5,
    ...(input.asOf === undefined ? {} : { asOf: input.asOf }),
    ...(input.embedder === undefined ? {} : { embedder: input.embedder }),
  })
  const answer = answerFromSearch(search, input.question, input.language)
  return {
    ...answer,
    timings: { ...answer.timings, totalMs: round(performance.now() - started) },
  }
}

/** The answer to a question from a search already made (the evaluation reuses its search). */
export function answerFromSearch(
  search: RegulationSearch,
  question: string,
  language: Language,
): RegulationAnswer {
  const confidence = assessConfidence(search)
  const timings = { searchMs: round(search.timings.totalMs) }
  if (!confidence.confident) {
    return {
      answer: abstention(language),
      citations: [],
      abstained: true,
      suggestions: SUGGESTIONS[language],
      confidence,
      timings,
    }
  }
  const passages = choosePassages(search.hits.slice(confidence.lead))
  const excerpts = passages.map((hit) => quoteExcerpt(hit.text, search.query.text || question))
  const blocks = passages.map((hit, i) => citedPassage(hit, excerpts[i] ?? '', language))
  if (passages.some((hit) => hit.document.source === 'starter')) blocks.push(summaryNote(language))
  return {
    answer: blocks.join('\n\n'),
    citations: passages.map((hit, i) => toCitation(hit, excerpts[i] ?? '')),
    abstained: false,
    confidence,
    timings,
  }
}

/**
 * The lead passage, and a second one when it covers the question about as well and says
 * something else (another article or document), or, when the lead comes from a document no
 * longer in force, the best in-force passage that was also found.
 */
function choosePassages(hits: readonly RegulationHit[]): RegulationHit[] {
  const [top, ...rest] = hits
  if (top === undefined) return []
  const second = top.document.inForce
    ? rest
        .slice(0, 2)
        .find((h) => !samePlace(h, top) && h.coverage >= Math.max(0.5, top.coverage * 0.9))
    : rest.find((h) => h.document.inForce && h.coverage >= 0.5)
  return second === undefined ? [top] : [top, second]
}

function samePlace(a: RegulationHit, b: RegulationHit): boolean {
  return (
    a.document.number === b.document.number && a.article === b.article && a.heading === b.heading
  )
}

function toCitation(hit: RegulationHit, excerpt: string): Citation {
  return {
    document: hit.document.number,
    title: hit.document.title,
    ...(hit.article === null ? {} : { article: hit.article }),
    ...(hit.clause === null ? {} : { clause: hit.clause }),
    ...(hit.point === null ? {} : { point: hit.point }),
    excerpt,
    inForce: hit.document.inForce,
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10
}
