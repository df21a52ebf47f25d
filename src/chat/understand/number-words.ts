import type { Token } from './normalise.js'

/**
 * Number words ("hai mươi lăm", "ba", "five") merged into one token with a value. A run of them
 * counts as a number only before a counting noun ("năm năm tới", "ba người", "five years") or
 * when it is a compound ("hai mươi"): "năm" (five / year), "ba" (three / Mrs), "sau" (after /
 * six, without diacritics) and "từ" are ordinary words far more often than numbers.
 */
const DIGITS: Readonly<Record<string, number>> = {
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
}
const TENS: Readonly<Record<string, number>> = {
  mười: 10,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
}
const MULTIPLIERS: Readonly<Record<string, number>> = { mươi: 10, trăm: 100 }
const COUNTING_NOUNS = new Set(
  ['năm', 'tháng', 'người', 'tuổi', 'quý', 'ngày', 'đơn', 'cán', 'công', 'viên', 'vị'].concat([
    'year',
    'years',
    'month',
    'months',
    'people',
    'persons',
    'staff',
    'units',
    'employees',
  ]),
)

/** Words before "nam" that make it part of a name (số: "số năm", the number of years). */
const NAMED_BEFORE = new Set(['so', 'viet', 'ha', 'quang'])

/** The same word table read without diacritics, for questions typed without them. */
const FOLDED = foldKeys({ ...DIGITS, ...TENS, ...MULTIPLIERS })

function foldKeys(table: Record<string, number>): Map<string, string> {
  const out = new Map<string, string>()
  for (const key of Object.keys(table)) {
    const folded = key.normalize('NFD').replace(/\p{M}/gu, '')
    if (!out.has(folded)) out.set(folded, key)
  }
  return out
}

/** The number word a token spells, in the table's own spelling. */
function numberWord(token: Token): string | undefined {
  if (token.text in DIGITS || token.text in TENS || token.text in MULTIPLIERS) return token.text
  return token.text === token.fold ? FOLDED.get(token.fold) : undefined
}

export function readNumberWords(tokens: readonly Token[]): Token[] {
  const out: Token[] = []
  let i = 0
  while (i < tokens.length) {
    let j = i
    while (j < tokens.length && numberWord(tokens[j]!) !== undefined) j++
    // "ba năm tới": "năm" closing a run is the year counted, not the digit five.
    if (j - i >= 2 && numberWord(tokens[j - 1]!) === 'năm') {
      const before = tokens.slice(i, j - 1).map((t) => numberWord(t)!)
      const whole = tokens.slice(i, j).map((t) => numberWord(t)!)
      if (!counts(whole, tokens, i, j) && counts(before, tokens, i, j - 1)) j--
    }
    const words = tokens.slice(i, j).map((t) => numberWord(t)!)
    const value = j > i ? valueOf(words) : undefined
    if (value !== undefined && isCounted(words, tokens, i, j)) {
      out.push({
        ...tokens[i]!,
        end: tokens[j - 1]!.end,
        text: String(value),
        fold: String(value),
        value,
      })
      i = j
    } else {
      out.push(tokens[i]!)
      i++
    }
  }
  return out
}

function counts(words: string[], tokens: readonly Token[], i: number, j: number): boolean {
  return valueOf(words) !== undefined && isCounted(words, tokens, i, j)
}

function isCounted(words: string[], tokens: readonly Token[], i: number, j: number): boolean {
  const next = tokens[j]
  const previous = tokens[i - 1]
  // "hai mươi", "ba trăm" are numbers; a bare "trăm" after "phần" is "percent" (phần trăm).
  const bare = words.every((w) => w in MULTIPLIERS)
  if (bare && previous?.fold === 'phan') return false
  if (words.some((w) => w in MULTIPLIERS)) return true
  if (previous?.fold === 'top' || previous?.fold === 'next') return true
  if (next === undefined) return false
  // "sau năm 2025" is "after 2025", not "six years 2025".
  if (next.fold === 'nam' && tokens[j + 1]?.value !== undefined) return false
  // "20 năm công tác" is twenty years of service, not "20" and "five civil servants".
  if (previous?.value !== undefined && next.fold === 'cong' && tokens[j + 1]?.fold === 'tac')
    return false
  // "số năm công tác" is the number of years of service, not "the number of five civil servants";
  // "Trung tâm Internet Việt Nam năm nay", "Hà Nam", "Quảng Nam": the name, not five years.
  if (words.length === 1 && tokens[i]!.fold === 'nam' && NAMED_BEFORE.has(previous?.fold ?? ''))
    return false
  return COUNTING_NOUNS.has(next.text) || COUNTING_NOUNS.has(next.fold)
}

function valueOf(words: readonly string[]): number | undefined {
  let total = 0
  let current = 0
  for (const word of words) {
    const digit = DIGITS[word]
    const tens = TENS[word]
    if (word === 'trăm') {
      total += (current || 1) * 100
      current = 0
    } else if (word === 'mươi') {
      if (current === 0 || current > 9) return undefined
      current *= 10
    } else if (tens !== undefined) current += tens
    else if (digit !== undefined) {
      if (current % 10 !== 0) return undefined
      current += digit
    }
  }
  const value = total + current
  return value > 0 ? value : undefined
}
