import { foldDiacritics, phraseTokens, type Token } from './normalise.js'

interface PhraseEntry<T> {
  readonly tokens: readonly string[]
  readonly folds: readonly string[]
  readonly value: T
}

/** Phrases (unit names, titles, vocabulary) by the folded form of their first word. */
export interface PhraseIndex<T> {
  readonly byFirst: ReadonlyMap<string, readonly PhraseEntry<T>[]>
}

export function buildPhraseIndex<T>(phrases: Iterable<readonly [string, T]>): PhraseIndex<T> {
  const byFirst = new Map<string, PhraseEntry<T>[]>()
  for (const [phrase, value] of phrases) {
    const tokens = phraseTokens(phrase)
    if (tokens.length === 0) continue
    const folds = tokens.map(foldDiacritics)
    const key = folds[0]!
    const list = byFirst.get(key) ?? []
    list.push({ tokens, folds, value })
    byFirst.set(key, list)
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length)
  return { byFirst }
}

/**
 * A word typed with diacritics must match them exactly ("năm" is not "nam"); a word typed
 * without any matches on its folded form, since the asker did not type them at all.
 */
export function wordMatches(token: Token, text: string, fold: string, exact = false): boolean {
  if (token.text === text) return true
  return !exact && token.text === token.fold && token.fold === fold
}

/**
 * Plain words meant as typed: in a question typed with diacritics, "nam sinh" is a man born …
 * ("cán bộ nam sinh năm 1985"), not "năm sinh" with the mark left off. A lone "nam 2025" is
 * still read as the year the asker forgot to mark.
 */
export function exactTokens(tokens: readonly Token[]): ReadonlySet<Token> {
  if (!tokens.some((token) => token.text !== token.fold)) return new Set()
  return new Set(
    tokens.filter((token, i) => token.text === 'nam' && tokens[i + 1]?.fold === 'sinh'),
  )
}

export interface PhraseMatch<T> {
  readonly length: number
  readonly values: readonly T[]
}

/** Every phrase starting at token `i`, grouped by length, longest first. */
export function matchPhrases<T>(
  index: PhraseIndex<T>,
  tokens: readonly Token[],
  i: number,
): PhraseMatch<T>[] {
  const first = tokens[i]
  const candidates = first === undefined ? undefined : index.byFirst.get(first.fold)
  if (candidates === undefined) return []
  const out: { length: number; values: T[] }[] = []
  const exact = exactTokens(tokens)
  for (const entry of candidates) {
    if (!entryMatches(entry, tokens, i, exact)) continue
    const last = out[out.length - 1]
    if (last !== undefined && last.length === entry.tokens.length) last.values.push(entry.value)
    else out.push({ length: entry.tokens.length, values: [entry.value] })
  }
  return out
}

function entryMatches<T>(
  entry: PhraseEntry<T>,
  tokens: readonly Token[],
  i: number,
  exact: ReadonlySet<Token>,
): boolean {
  if (i + entry.tokens.length > tokens.length) return false
  for (let k = 0; k < entry.tokens.length; k++) {
    const token = tokens[i + k]!
    if (!wordMatches(token, entry.tokens[k]!, entry.folds[k]!, exact.has(token))) return false
  }
  return true
}
