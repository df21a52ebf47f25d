import { isStopword } from './stopwords.js'
import type { RegulationHit, RegulationSearch } from './search.js'
import { foldDiacritics, hasDiacritics, words } from './text.js'

/**
 * When retrieval is too weak to answer. Calibrated on the tuning questions of
 * eval/regulations: answerable ones had coverage ≥ 0.47 and word coverage ≥ 0.63 on the
 * passage they should cite, questions the corpus cannot answer at most 0.32 and 0.25; the
 * floors sit between the two.
 */
export const ABSTAIN_BELOW = { coverage: 0.4, wordCoverage: 0.45 } as const

/** How far down the ranking an answer may look for a passage that covers the question. */
const LEAD_WITHIN = 3

export interface Confidence {
  readonly confident: boolean
  /** Index in the hits of the passage to lead the answer with (when confident). */
  readonly lead: number
  /** IDF-weighted share of the question's terms in that passage (from the full-text search). */
  readonly coverage: number
  /** Share of the question's content words found in it, compared with diacritics when typed. */
  readonly wordCoverage: number
}

/**
 * The top passage that covers most of the question, if any covers enough of it. Folding
 * diacritics makes "tốc độ" match "dân tộc" and "cư" match "cư trú"; the word check compares
 * with diacritics whenever the question has them, which catches such false matches.
 */
export function assessConfidence(search: RegulationSearch): Confidence {
  const query = search.query
  const asked = [...new Set(words(query.text).filter((w) => !isStopword(w)))]
  // An English question whose content words are mostly outside the vocabulary is not understood.
  const understood = query.unknownWords.length <= Math.max(1, asked.length / 2)
  const assessed = search.hits.slice(0, LEAD_WITHIN).map((hit) => assess(hit, asked, search))
  // Among the top passages that pass, the one covering most of the question leads the answer.
  const lead = understood ? bestPassing(assessed) : -1
  const chosen = assessed[Math.max(lead, 0)]
  return {
    confident: lead >= 0,
    lead: Math.max(lead, 0),
    coverage: chosen?.coverage ?? 0,
    wordCoverage: chosen?.wordCoverage ?? 0,
  }
}

function bestPassing(assessed: readonly { confident: boolean; coverage: number }[]): number {
  let best = -1
  assessed.forEach((a, i) => {
    if (a.confident && (best < 0 || a.coverage > (assessed[best]?.coverage ?? 0) + 0.05)) best = i
  })
  return best
}

function assess(hit: RegulationHit, asked: readonly string[], search: RegulationSearch) {
  const passage = words(`${hit.document.title} ${hit.heading ?? ''} ${hit.text}`)
  const accented = new Set(passage)
  const folded = new Set(passage.map(foldDiacritics))
  const found = asked.filter((w) =>
    hasDiacritics(w) ? accented.has(w) : folded.has(foldDiacritics(w)),
  )
  const wordCoverage = asked.length === 0 ? 0 : found.length / asked.length
  // "Quy định 377 thay thế những văn bản nào?": few words, but the document is named outright.
  const number = foldDiacritics(hit.document.number)
  const named = asked.length <= 3 && search.query.documentRefs.some((r) => number.startsWith(r))
  const confident =
    named || (hit.coverage >= ABSTAIN_BELOW.coverage && wordCoverage >= ABSTAIN_BELOW.wordCoverage)
  return { confident, coverage: hit.coverage, wordCoverage }
}
