import type { Token } from '../normalise.js'
import type { IntRange } from '../plan.js'
import { longest, type TokenReader } from './token-patterns.js'

/**
 * Ages ("trên 50 tuổi", "dưới 35", "từ 40 đến 50 tuổi", "từ 35 đến dưới 45", "over 50") and birth years ("sinh năm
 * 1980", "sinh trước 1970", "thế hệ 8x", "born in the 1980s"). "Trên 50" is strictly over 50.
 */
export function matchAge(tokens: readonly Token[], i: number) {
  return longest<IntRange>(tokens, i, [over, atLeast, under, atMost, between, exact, olderYounger])
}

/**
 * "tròn 60 tuổi", "đủ 50 tuổi", "turn 30": an age reached, which within a year named is a year
 * of birth (read in reading.ts).
 */
export function matchTurningAge(tokens: readonly Token[], i: number) {
  return longest<number>(tokens, i, [turning])
}

function turning(r: TokenReader): number | undefined {
  if (r.word('tròn', 'đủ', 'turn', 'turns', 'will turn', 'turning') === undefined) return undefined
  const n = r.number(16, 80)
  if (n === undefined) return undefined
  r.optional(...YEARS_WORD)
  return n
}

export function matchBirthYear(tokens: readonly Token[], i: number) {
  return longest<IntRange>(tokens, i, [bornIn, bornBeforeAfter, bornBetween, generation])
}

const YEARS_WORD = ['tuổi', 'years old', 'years of age', 'year olds', 'yo']

/** A bare number is an age only when it could be one and no other noun follows it. */
function age(r: TokenReader, requireWord: boolean): number | undefined {
  const n = r.number(16, 80)
  if (n === undefined) return undefined
  if (r.word(...YEARS_WORD) !== undefined) return n
  const next = r.peek()
  const followedByNoun =
    next !== undefined &&
    /^(nguoi|nam|thang|don|can|people|units?|years?|trieu|nghin|ngan|dong|ty|%|lan|times|million|thousand|percent|m|cm|kg)$/.test(
      next.fold,
    )
  return requireWord || followedByNoun ? undefined : n
}

function over(r: TokenReader): IntRange | undefined {
  if (
    r.word('trên', 'hơn', 'ngoài', 'over', 'above', 'older than', 'more than', 'aged over') ===
    undefined
  )
    return undefined
  const n = age(r, false)
  if (n === undefined || r.word('trở lên', 'trở xuống') !== undefined) return undefined
  return { min: n + 1 }
}

function atLeast(r: TokenReader): IntRange | undefined {
  const prefixed = r.word('từ', 'ít nhất', 'at least', 'aged') !== undefined
  const n = age(r, !prefixed)
  if (n === undefined) return undefined
  if (
    r.word('trở lên', 'or older', 'or over', 'and over', 'and above', 'or above', '+') !== undefined
  )
    return { min: n }
  return undefined
}

/** "60 or older", "30 and younger": the words after the number say it is an age. */
function olderYounger(r: TokenReader): IntRange | undefined {
  r.optional('aged', 'age')
  const n = r.number(16, 80)
  if (n === undefined) return undefined
  const word = r.word('or older', 'and older', 'or younger', 'and younger')
  if (word === undefined) return undefined
  return word.endsWith('older') ? { min: n } : { max: n }
}

function under(r: TokenReader): IntRange | undefined {
  if (r.word('dưới', 'under', 'below', 'younger than', 'less than', 'aged under') === undefined)
    return undefined
  const n = age(r, false)
  return n === undefined ? undefined : { max: n - 1 }
}

function atMost(r: TokenReader): IntRange | undefined {
  const prefixed = r.word('không quá', 'tối đa', 'at most', 'no older than') !== undefined
  const n = age(r, !prefixed)
  if (n === undefined) return undefined
  if (prefixed || r.word('trở xuống', 'or younger', 'or under', 'and under') !== undefined)
    return { max: n }
  return undefined
}

function between(r: TokenReader): IntRange | undefined {
  const prefixed =
    r.word(
      'trong độ tuổi',
      'độ tuổi',
      'trong độ tuổi từ',
      'độ tuổi từ',
      'aged between',
      'between the ages of',
      'aged',
      'between',
      'ages',
      'từ',
      'from',
    ) !== undefined
  const from = r.number(16, 80)
  if (from === undefined || r.word('đến', 'tới', '-', 'and', 'to') === undefined) return undefined
  // "từ 35 đến dưới 45 tuổi": the upper bound is excluded.
  const below = r.word('dưới', 'under', 'below') !== undefined
  const bound = r.number(16, 80)
  const to = bound === undefined || !below ? bound : bound - 1
  if (to === undefined || to < from) return undefined
  const named = r.word(...YEARS_WORD) !== undefined
  return prefixed || named ? { min: from, max: to } : undefined
}

function exact(r: TokenReader): IntRange | undefined {
  const prefixed = r.word('aged', 'đúng') !== undefined
  const n = age(r, !prefixed)
  return n === undefined ? undefined : { min: n, max: n }
}

function bornIn(r: TokenReader): IntRange | undefined {
  if (r.word('sinh', 'born', 'năm sinh', 'sinh ra') === undefined) return undefined
  r.optional('năm', 'in', 'vào năm')
  const y = r.year()
  if (y === undefined) return undefined
  // "sinh năm 1975 trở về trước" is 1975 or earlier; "… trở về sau" 1975 or later.
  if (r.word('trở về trước', 'về trước', 'trở xuống', 'or earlier', 'or before') !== undefined)
    return { max: y }
  if (r.word('trở về sau', 'trở đi', 'trở lại đây', 'or later', 'or after') !== undefined)
    return { min: y }
  return { min: y, max: y }
}

function bornBeforeAfter(r: TokenReader): IntRange | undefined {
  if (r.word('sinh', 'born', 'sinh ra') === undefined) return undefined
  const word = r.word('trước', 'before', 'sau', 'after', 'từ', 'since', 'from')
  if (word === undefined) return undefined
  r.optional('năm')
  const y = r.year()
  if (y === undefined) return undefined
  if (word === 'trước' || word === 'before') return { max: y - 1 }
  if (word === 'sau' || word === 'after') return { min: y + 1 }
  if (r.word('trở về trước', 'trở về trước đó') !== undefined) return { max: y }
  r.optional('trở về sau', 'trở đi', 'trở lại đây', 'onwards', 'on')
  return { min: y }
}

function bornBetween(r: TokenReader): IntRange | undefined {
  if (r.word('sinh', 'born', 'sinh ra') === undefined) return undefined
  r.optional('trong giai đoạn', 'từ', 'between', 'from', 'trong khoảng')
  r.optional('năm')
  const from = r.year()
  if (from === undefined || r.word('đến', 'tới', '-', 'and', 'to') === undefined) return undefined
  r.optional('năm')
  const to = r.year()
  return to === undefined || to < from ? undefined : { min: from, max: to }
}

/** "8x" (born in the 1980s), "thế hệ 9x", "những năm 80", "thập niên 1970", "the 1980s". */
function generation(r: TokenReader): IntRange | undefined {
  // Longer openers first: the first that matches is taken.
  r.optional('sinh trong', 'sinh vào', 'born in the', 'sinh', 'born', 'thế hệ', 'đời', 'gen')
  r.optional('in the', 'the')
  r.optional('những năm', 'thập niên', 'thập kỷ')
  const digits = r.match(/^(\d)x$/)?.[1] ?? r.match(/^(?:19)?(\d)0s$/)?.[1] ?? decade(r)
  if (digits === undefined) return undefined
  const start = 1900 + Number(digits) * 10
  return { min: start, max: start + 9 }
}

function decade(r: TokenReader): string | undefined {
  const value = r.peek()?.value
  if (value === undefined) return undefined
  const previous = r.peek(-1)?.fold
  if (previous !== 'nam' && previous !== 'nien' && previous !== 'ky') return undefined
  if (value % 10 !== 0 || !((value >= 40 && value <= 90) || (value >= 1940 && value <= 1990)))
    return undefined
  r.position++
  return String((value % 100) / 10)
}
