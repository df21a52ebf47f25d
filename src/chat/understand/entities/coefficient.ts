import type { Token } from '../normalise.js'
import type { Bounds } from '../plan.js'
import { longest, type TokenReader } from './token-patterns.js'

/**
 * Thresholds on the salary coefficient (hệ số lương): "hệ số lương trên 5", "hệ số từ 6,0 trở
 * lên", "salary coefficient below 3", "hệ số lương từ 4 đến 5". The whole phrase is one
 * condition, so the coefficient is not left over as a fact the count does not use.
 */
export function matchCoefficient(tokens: readonly Token[], i: number) {
  return longest<Bounds>(tokens, i, [coefficient])
}

/** Thresholds on the salary step (bậc lương): "bậc lương 9 trở lên", "salary step below 3". */
export function matchSalaryStep(tokens: readonly Token[], i: number) {
  return longest<Bounds>(tokens, i, [step])
}

function coefficient(r: TokenReader): Bounds | undefined {
  if (r.word('hệ số lương', 'hệ số', 'salary coefficient', 'coefficient') === undefined)
    return undefined
  r.optional('là', 'of', 'is')
  return compared(r, 1, 15)
}

function step(r: TokenReader): Bounds | undefined {
  if (r.word('bậc lương', 'bậc', 'salary step', 'step') === undefined) return undefined
  r.optional('là', 'of', 'is')
  const bounds = compared(r, 1, 12)
  // Steps are whole numbers: "bậc 6,5" is not one.
  const values = Object.values(bounds ?? {})
  return values.every((v) => Number.isInteger(v)) ? bounds : undefined
}

function compared(r: TokenReader, MIN: number, MAX: number): Bounds | undefined {
  const over = r.word('lớn hơn', 'cao hơn', 'trên', 'hơn', 'over', 'above', 'more than')
  if (over !== undefined || r.word('greater than', 'higher than') !== undefined) {
    const n = r.decimal(MIN, MAX)
    return n === undefined ? undefined : { gt: n }
  }
  const under = r.word('nhỏ hơn', 'thấp hơn', 'dưới', 'under', 'below', 'less than', 'lower than')
  if (under !== undefined) {
    const n = r.decimal(MIN, MAX)
    return n === undefined ? undefined : { lt: n }
  }
  if (r.word('ít nhất', 'tối thiểu', 'at least', 'không dưới') !== undefined) {
    const n = r.decimal(MIN, MAX)
    return n === undefined ? undefined : { gte: n }
  }
  if (r.word('tối đa', 'không quá', 'at most', 'không vượt quá') !== undefined) {
    const n = r.decimal(MIN, MAX)
    return n === undefined ? undefined : { lte: n }
  }
  const from = r.word('từ', 'between', 'from') !== undefined
  const n = r.decimal(MIN, MAX)
  if (n === undefined) return undefined
  if (r.word('đến', 'tới', '-', 'and', 'to') !== undefined) {
    const to = r.decimal(MIN, MAX)
    return to === undefined || to < n || !from ? undefined : { gte: n, lte: to }
  }
  if (r.word('trở lên', 'or more', 'or above', 'or higher', 'and above') !== undefined)
    return { gte: n }
  if (r.word('trở xuống', 'or less', 'or below', 'or lower', 'and below') !== undefined)
    return { lte: n }
  return from ? undefined : { gte: n, lte: n }
}
