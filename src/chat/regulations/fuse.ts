import type { LexicalMatch, VectorMatch } from './search.repository.js'

/** The constant of reciprocal rank fusion (Cormack et al.): rank 1 scores 1/61, rank 10 1/70. */
export const RRF_K = 60

/**
 * How much each signal counts. Chosen on the tuning questions of eval/regulations (the held-out
 * ones were not consulted). A full-text rank is scaled by coverage: plain ranks treat a passage
 * that contains half the question like one that contains all of it. An out-of-force document
 * keeps most of its score (it stays findable, labelled) but falls behind an in-force passage of
 * similar standing, unless the question names it; a named document counts like a first rank in
 * both rankings.
 */
export interface FusionWeights {
  readonly lexical: number
  /** 0: plain reciprocal ranks; 1: each full-text rank's share scaled by the passage's coverage. */
  readonly coverageScaled: number
  readonly vector: number
  readonly namedDocument: number
  readonly namedArticle: number
  readonly outOfForce: number
}

export const FUSION_WEIGHTS: FusionWeights = {
  lexical: 1,
  coverageScaled: 0.5,
  vector: 1,
  namedDocument: 2,
  namedArticle: 1,
  outOfForce: 0.9,
}

export interface ChunkFacts {
  /** Document number folded to lower case without diacritics: '135/2020/nd-cp'. */
  readonly foldedNumber: string
  readonly article: string | null
  readonly clause: string | null
  readonly inForce: boolean
}

export interface FusionQuery {
  readonly documentRefs: readonly string[]
  readonly articleRef: string | undefined
  readonly clauseRef: string | undefined
}

export interface FusedCandidate {
  readonly chunkId: number
  readonly score: number
  readonly lexicalRank: number | undefined
  readonly vectorRank: number | undefined
  readonly coverage: number
  readonly similarity: number | undefined
  readonly named: boolean
}

/**
 * Reciprocal rank fusion of the full-text and vector rankings, plus a bonus for passages of a
 * document (and article, clause) the question names, then the in-force preference.
 */
export function fuseRankings(
  lexical: readonly LexicalMatch[],
  vector: readonly VectorMatch[],
  facts: ReadonlyMap<number, ChunkFacts>,
  query: FusionQuery,
  weights: FusionWeights = FUSION_WEIGHTS,
): FusedCandidate[] {
  const lexicalRank = new Map(
    lexical.map((m, i) => [m.chunkId, { rank: i + 1, coverage: m.coverage }]),
  )
  const vectorRank = new Map(
    vector.map((m, i) => [m.chunkId, { rank: i + 1, similarity: m.similarity }]),
  )
  const fused: FusedCandidate[] = []
  for (const [chunkId, fact] of facts) {
    const lex = lexicalRank.get(chunkId)
    const vec = vectorRank.get(chunkId)
    const named = query.documentRefs.some((ref) => fact.foldedNumber.startsWith(ref))
    let score =
      (lex ? (weights.lexical * scale(lex.coverage, weights)) / (RRF_K + lex.rank) : 0) +
      (vec ? weights.vector / (RRF_K + vec.rank) : 0) +
      (named ? referenceBonus(fact, query, weights) : 0)
    if (!fact.inForce && !named) score *= weights.outOfForce
    fused.push({
      chunkId,
      score,
      lexicalRank: lex?.rank,
      vectorRank: vec?.rank,
      coverage: lex?.coverage ?? 0,
      similarity: vec?.similarity,
      named,
    })
  }
  return fused.sort((a, b) => b.score - a.score || a.chunkId - b.chunkId)
}

function scale(coverage: number, weights: FusionWeights): number {
  return 1 - weights.coverageScaled + weights.coverageScaled * coverage
}

function referenceBonus(fact: ChunkFacts, query: FusionQuery, weights: FusionWeights): number {
  const top = 1 / (RRF_K + 1)
  let bonus = weights.namedDocument * top
  if (query.articleRef !== undefined && fact.article === query.articleRef) {
    bonus += weights.namedArticle * top
    if (query.clauseRef !== undefined && fact.clause === query.clauseRef) bonus += top
  }
  return bonus
}
