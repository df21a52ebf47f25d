import type { Embedder } from './embedder.js'
import { isStopword } from './stopwords.js'
import { foldDiacritics, hasDiacritics, words } from './text.js'

/** Name stored with each vector: a change of features or dimension must get a new name. */
export const LOCAL_EMBEDDING_MODEL = 'local-hash-v1'
export const LOCAL_DIMENSIONS = 512

/**
 * Relative weights of the feature families. Word pairs carry Vietnamese compound words ("nghỉ
 * hưu", "bổ nhiệm"), whose syllables alone are ambiguous; accented words separate "nghỉ" (rest)
 * from "nghị" (decree) when the text has diacritics; character n-grams tolerate typos.
 */
const WEIGHTS = { word: 1, accented: 0.5, pair: 1.2, chars: 0.15 } as const

/**
 * An embedding computed locally, with no model to download: feature hashing of diacritic-free
 * words, word pairs and character 3- and 4-grams (plus accented words), each with sublinear
 * term frequency (1 + ln tf), into LOCAL_DIMENSIONS signed buckets, L2-normalised so that
 * pgvector's cosine distance compares them. It finds paraphrases that share words; it does not
 * know synonyms, which the query analysis adds.
 */
export function createLocalEmbedder(): Embedder {
  return {
    model: LOCAL_EMBEDDING_MODEL,
    embed: (texts) => Promise.resolve(texts.map(embedLocally)),
  }
}

export function embedLocally(text: string): number[] {
  const vector = new Array<number>(LOCAL_DIMENSIONS).fill(0)
  for (const [feature, { weight, count }] of features(text)) {
    const hash = fnv1a(feature)
    const sign = hash & 0x80000000 ? -1 : 1
    vector[hash % LOCAL_DIMENSIONS]! += sign * weight * (1 + Math.log(count))
  }
  const norm = Math.hypot(...vector)
  return norm === 0 ? vector : vector.map((v) => v / norm)
}

function features(text: string): Map<string, { weight: number; count: number }> {
  const found = new Map<string, { weight: number; count: number }>()
  const add = (feature: string, weight: number) => {
    const seen = found.get(feature)
    if (seen) seen.count += 1
    else found.set(feature, { weight, count: 1 })
  }
  const tokens = words(text)
  tokens.forEach((token, i) => {
    if (isStopword(token)) return
    const folded = foldDiacritics(token)
    add(`w:${folded}`, WEIGHTS.word)
    if (hasDiacritics(token)) add(`a:${token}`, WEIGHTS.accented)
    const next = tokens[i + 1]
    if (next !== undefined && !isStopword(next))
      add(`p:${folded} ${foldDiacritics(next)}`, WEIGHTS.pair)
    const padded = `#${folded}#`
    for (const n of [3, 4]) {
      for (let j = 0; j + n <= padded.length; j++) add(`c:${padded.slice(j, j + n)}`, WEIGHTS.chars)
    }
  })
  return found
}

/** 32-bit FNV-1a: fast, stable across runs and platforms, good enough spread for hashing. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
