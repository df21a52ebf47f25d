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

const MIN = 1
const MAX = 15

function coefficient(r: TokenReader): Bounds | undefined {
  if (r.word('hệ số lương', 'hệ số', 'salary coefficient', 'coefficient') === undefined)
    return undefined
  r.optional('là', 'of', 'is')
  return compared(r)
}

function compared(r: TokenReader): Bounds | undefined {
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
