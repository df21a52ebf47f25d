import { detectLanguage, type DetectedLanguage } from './language.js'
import { readNumberWords } from './number-words.js'

/**
 * One word of a question. `text` is lower case NFC with one tone-mark convention; `fold` drops
 * every diacritic (đ → d), the form plain-ASCII questions are matched on.
 */
export interface Token {
  readonly text: string
  readonly fold: string
  /** Offsets in `NormalisedQuestion.original`, to cut names out with their own spelling. */
  readonly start: number
  readonly end: number
  /** The value of a numeral, or of Vietnamese/English number words merged into this token. */
  readonly value?: number
}

export interface NormalisedQuestion {
  /** The question in NFC, trimmed, with one kind of dash. */
  readonly original: string
  readonly tokens: readonly Token[]
  readonly language: DetectedLanguage
}

/**
 * Words, numerals and the few symbols that carry meaning (ranges, dates, percentages). A short
 * number with a decimal comma ("6,56") is one number, as Vietnamese writes it.
 */
const TOKEN = /\d{1,2},\d{1,2}(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['’&.][\p{L}\p{N}]+)*|[/%<>≤≥+-]/gu

/**
 * Old-style tone placement on "oa, oe, uy" at the end of a syllable ("hoà", "thuỷ", "Uỷ ban")
 * moved to the first vowel ("hòa", "thủy", "Ủy ban"), the spelling the unit names use.
 */
const TONE_MOVES: readonly [RegExp, string][] = [
  [/o([àáảãạ])(?!\p{L})/gu, 'oa'],
  [/o([èéẻẽẹ])(?!\p{L})/gu, 'oe'],
  [/(?<!q)u([ỳýỷỹỵ])(?!\p{L})/gu, 'uy'],
]

export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')
}

export function hasDiacritics(text: string): boolean {
  return foldDiacritics(text) !== text
}

/** Lower case, NFC, one tone-mark convention: the form every vocabulary entry is compared in. */
export function canonicalWord(text: string): string {
  let out = text.normalize('NFC').toLowerCase()
  for (const [pattern, pair] of TONE_MOVES) {
    out = out.replace(pattern, (_, mark: string) => moveTone(pair, mark))
  }
  return out
}

function moveTone(pair: string, marked: string): string {
  const tone = marked.normalize('NFD').slice(1)
  return `${`${pair[0]}${tone}`.normalize('NFC')}${pair[1]}`
}

export function normaliseQuestion(question: string): NormalisedQuestion {
  const original = question.normalize('NFC').replace(/[–—−]/g, '-').replace(/\s+/g, ' ').trim()
  const tokens = readNumberWords(tokenize(original))
  return { original, tokens, language: detectLanguage(original, tokens) }
}

function tokenize(original: string): Token[] {
  const raw: Token[] = []
  for (const match of original.matchAll(TOKEN)) {
    const start = match.index
    const text = canonicalWord(match[0]).replace(/’/g, "'")
    const value = /^\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : undefined
    const token = { text, fold: foldDiacritics(text), start, end: start + match[0].length }
    raw.push(value === undefined ? token : { ...token, value })
  }
  return dropDashes(raw)
}

/**
 * A dash means a range only between two numbers ("40-50", "2026–2030"); elsewhere it only
 * separates words ("Kế hoạch – Tài chính", "KH-TC") and is dropped.
 */
function dropDashes(tokens: readonly Token[]): Token[] {
  return tokens.filter(
    (t, i) =>
      t.text !== '-' || (tokens[i - 1]?.value !== undefined && tokens[i + 1]?.value !== undefined),
  )
}

/** Tokens of a vocabulary phrase or a unit name, in the same form as a question's. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase.normalize('NFC').replace(/[–—−]/g, '-')).map((t) => t.text)
}
