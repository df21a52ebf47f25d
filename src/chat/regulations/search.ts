import type { Kysely } from 'kysely'
import type { Database } from '../../data/schema.js'
import { type Embedder, embedAll } from './embedder.js'
import {
  type ChunkFacts,
  type FusedCandidate,
  FUSION_WEIGHTS,
  type FusionWeights,
  fuseRankings,
} from './fuse.js'
import { createLocalEmbedder } from './local-embedder.js'
import { type AnalyzedQuery, analyzeQuery } from './query.js'
import {
  findLexicalMatches,
  findNamedChunks,
  findVectorMatches,
  type LoadedChunk,
  loadChunks,
  type VectorMatch,
} from './search.repository.js'
import { type DocumentStatus, statusAt } from './status.js'
import { foldDiacritics } from './text.js'

export interface SearchOptions {
  readonly limit?: number
  /** The date whose rules apply (YYYY-MM-DD); documents in force then are preferred. */
  readonly asOf?: string
  readonly embedder?: Embedder
  /** Overrides of the fusion weights, for tuning. */
  readonly weights?: Partial<FusionWeights>
}

export interface RegulationHit {
  readonly chunkId: number
  readonly document: {
    readonly number: string
    readonly title: string
    readonly docType: string
    /** 'starter': the product's own summary, not the official wording. */
    readonly source: 'starter' | 'uploaded'
    readonly status: DocumentStatus
    readonly inForce: boolean
    readonly effectiveFrom: string | null
    readonly effectiveTo: string | null
    readonly supersededBy: string | null
  }
  readonly path: string
  readonly chapter: string | null
  readonly section: string | null
  readonly article: string | null
  readonly clause: string | null
  readonly point: string | null
  readonly heading: string | null
  readonly text: string
  /** Fused score (reciprocal rank fusion with boosts); only its order is meaningful. */
  readonly score: number
  /** Weighted share of the question's terms found in the passage, 0…1. */
  readonly coverage: number
  readonly similarity: number | undefined
}

export interface RegulationSearch {
  readonly query: AnalyzedQuery
  readonly hits: RegulationHit[]
  readonly timings: {
    readonly lexicalMs: number
    readonly vectorMs: number
    readonly totalMs: number
  }
  /** Problems that weakened the search without stopping it (e.g. the embedding model failed). */
  readonly warnings: string[]
}

/** How many candidates each ranking contributes to the fusion. */
const CANDIDATES = 50

/**
 * Hybrid retrieval over the regulation corpus: PostgreSQL full-text (diacritic-insensitive,
 * IDF-weighted term coverage) and pgvector cosine similarity, fused by reciprocal rank fusion,
 * preferring documents in force at `asOf` without hiding the others.
 */
export async function searchRegulations(
  db: Kysely<Database>,
  question: string,
  options: SearchOptions = {},
): Promise<RegulationSearch> {
  const started = performance.now()
  const query = analyzeQuery(question)
  const embedder = options.embedder ?? createLocalEmbedder()
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10)
  const warnings: string[] = []
  const lexical = await findLexicalMatches(db, query.terms, CANDIDATES)
  const lexicalMs = performance.now() - started
  const vector = await vectorCandidates(db, embedder, query, warnings)
  const vectorMs = performance.now() - started - lexicalMs
  const named = await findNamedChunks(db, query.documentRefs, query.articleRef, CANDIDATES)
  const ids = [
    ...new Set([...lexical.map((m) => m.chunkId), ...vector.map((m) => m.chunkId), ...named]),
  ]
  const chunks = new Map((await loadChunks(db, ids)).map((c) => [c.id, c]))
  const facts = new Map([...chunks].map(([id, c]) => [id, factsOf(c, asOf)]))
  const fused = fuseRankings(lexical, vector, facts, query, {
    ...FUSION_WEIGHTS,
    ...options.weights,
  })
  const hits = fused
    .filter((f) => f.lexicalRank !== undefined || f.named || (f.similarity ?? 0) > 0)
    .slice(0, options.limit ?? 5)
    .flatMap((f) => {
      const chunk = chunks.get(f.chunkId)
      return chunk === undefined ? [] : [toHit(chunk, f, asOf)]
    })
  const totalMs = performance.now() - started
  return { query, hits, timings: { lexicalMs, vectorMs, totalMs }, warnings }
}

async function vectorCandidates(
  db: Kysely<Database>,
  embedder: Embedder,
  query: AnalyzedQuery,
  warnings: string[],
): Promise<VectorMatch[]> {
  if (query.terms.length === 0) return []
  try {
    const [vector] = await embedAll(embedder, [query.text])
    return vector === undefined
      ? []
      : await findVectorMatches(db, embedder.model, vector, CANDIDATES)
  } catch (error) {
    // The full-text half still answers; the caller is told that the search was weaker.
    warnings.push(
      `vector search skipped: ${error instanceof Error ? error.message : String(error)}`,
    )
    return []
  }
}

function factsOf(chunk: LoadedChunk, asOf: string): ChunkFacts {
  return {
    foldedNumber: foldDiacritics(chunk.number),
    article: chunk.article,
    clause: chunk.clause,
    inForce: statusAt(chunk, asOf) === 'in_force',
  }
}

function toHit(chunk: LoadedChunk, fused: FusedCandidate, asOf: string): RegulationHit {
  const status = statusAt(chunk, asOf)
  return {
    chunkId: chunk.id,
    document: {
      number: chunk.number,
      title: chunk.title,
      docType: chunk.doc_type,
      source: chunk.source,
      status,
      inForce: status === 'in_force',
      effectiveFrom: chunk.effective_from,
      effectiveTo: chunk.effective_to,
      supersededBy: chunk.superseded_by,
    },
    path: chunk.path,
    chapter: chunk.chapter,
    section: chunk.section,
    article: chunk.article,
    clause: chunk.clause,
    point: chunk.point,
    heading: chunk.heading,
    text: chunk.text,
    score: fused.score,
    coverage: fused.coverage,
    similarity: fused.similarity,
  }
}
