import type { Token } from '../normalise.js'
import type { IntRange } from '../plan.js'
import { longest, type TokenReader } from './token-patterns.js'

/**
 * Length of service as a condition: "công tác trên 20 năm", "có từ 10 năm công tác trở lên",
 * "thâm niên dưới 5 năm", "more than 20 years of service". Whole years, counted like an age:
 * "trên 20 năm" is 21 or more. `ministry` when the years are in the ministry ("tại Bộ", "in
 * the ministry"); otherwise in the state service (thâm niên công tác).
 */
export interface ServiceSpan {
  readonly range: IntRange
  readonly ministry: boolean
}

export function matchService(tokens: readonly Token[], i: number) {
  return longest<ServiceSpan>(tokens, i, [serviceFirst, yearsFirst])
}

const SERVICE_WORDS = [
  'thâm niên công tác',
  'thâm niên',
  'công tác',
  'làm việc',
  'năm công tác',
  'of service',
  'of state service',
  'in service',
  'in the state service',
  'service',
]
const MINISTRY_WORDS = [
  'tại bộ',
  'ở bộ',
  'trong bộ',
  'tại bộ này',
  'in the ministry',
  'at the ministry',
  'with the ministry',
]

/** "công tác trên 20 năm (tại Bộ)", "thâm niên từ 10 đến 20 năm". */
function serviceFirst(r: TokenReader): ServiceSpan | undefined {
  r.optional('có')
  if (
    r.word('thâm niên công tác', 'thâm niên', 'công tác', 'làm việc', 'served', 'worked') ===
    undefined
  )
    return undefined
  const before = r.word(...MINISTRY_WORDS) !== undefined
  r.optional('được', 'for')
  const counted = years(r)
  if (counted === undefined) return undefined
  const after = r.word(...MINISTRY_WORDS) !== undefined
  const range = closingBound(r, counted)
  return range === undefined ? undefined : { range, ministry: before || after }
}

/** "có trên 20 năm công tác", "more than 20 years of service", "10 years in the ministry". */
function yearsFirst(r: TokenReader): ServiceSpan | undefined {
  r.optional('có', 'with', 'having', 'have', 'has')
  const counted = years(r)
  if (counted === undefined) return undefined
  const service = r.word(...SERVICE_WORDS) !== undefined
  const ministry = r.word(...MINISTRY_WORDS) !== undefined
  if (!service && !ministry) return undefined
  const range = closingBound(r, counted)
  return range === undefined ? undefined : { range, ministry }
}

/**
 * "Từ 10 năm công tác trở lên", "có 10 năm công tác tại Bộ trở lên": the closing words may come
 * after the noun. A number of years with no bound at all is not read as a condition.
 */
function closingBound(r: TokenReader, counted: Counted): IntRange | undefined {
  const { range, n } = counted
  if (r.word('trở lên', 'or more') !== undefined) return range ?? { min: n }
  if (r.word('trở xuống', 'or less') !== undefined)
    return range === undefined || (range.min !== undefined && range.max === undefined)
      ? { max: n }
      : range
  return range
}

/** Years as read, and the number itself for a bound that closes the phrase later. */
interface Counted {
  readonly range: IntRange | undefined
  readonly n: number
}

/**
 * "trên 20 năm", "từ 10 năm trở lên", "dưới 5 năm", "từ 10 đến 20 năm", "more than 20 years".
 */
function years(r: TokenReader): Counted | undefined {
  const word = r.word(
    'trên',
    'hơn',
    'over',
    'more than',
    'dưới',
    'under',
    'less than',
    'fewer than',
    'từ',
    'ít nhất',
    'at least',
    'đủ',
  )
  const n = r.number(1, 60)
  if (n === undefined) return undefined
  let range: IntRange | undefined
  if (word === 'từ' && r.word('đến', 'tới') !== undefined) {
    const to = r.number(n, 60)
    if (to === undefined) return undefined
    r.word('năm', 'years', 'year')
    range = { min: n, max: to }
  } else {
    if (r.word('năm', 'years', 'year') === undefined) return undefined
    if (word === undefined) range = undefined
    else if (/trên|hơn|over|more/.test(word)) range = { min: n + 1 }
    else if (/dưới|under|less|fewer/.test(word)) range = { max: n - 1 }
    else range = { min: n }
  }
  const orMore = r.word('trở lên', 'or more', 'and more', 'and over', 'or longer')
  if (orMore !== undefined) return { range: { min: n }, n }
  if (r.word('trở xuống', 'or less', 'or fewer') !== undefined) return { range: { max: n }, n }
  return { range, n }
}
