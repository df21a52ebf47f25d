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
export function wordMatches(token: Token, text: string, fold: string, accented = false): boolean {
  if (token.text === text) return true
  if (accented && MEANT_PLAIN.has(token.text)) return false
  return token.text === token.fold && token.fold === fold
}

/**
 * Plain words that are words of their own: in a question typed with diacritics, "nam" is male,
 * not a "năm" the asker left unmarked ("cán bộ nam sinh năm 1985").
 */
const MEANT_PLAIN = new Set(['nam'])

export function typedWithDiacritics(tokens: readonly Token[]): boolean {
  return tokens.some((token) => token.text !== token.fold)
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
  const accented = typedWithDiacritics(tokens)
  for (const entry of candidates) {
    if (!entryMatches(entry, tokens, i, accented)) continue
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
  accented: boolean,
): boolean {
  if (i + entry.tokens.length > tokens.length) return false
  for (let k = 0; k < entry.tokens.length; k++) {
    if (!wordMatches(tokens[i + k]!, entry.tokens[k]!, entry.folds[k]!, accented)) return false
  }
  return true
}
