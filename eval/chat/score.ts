import type { ChatResponse } from '../../src/chat/types.js'
import { type Cell, kindOf, normaliseRows } from './normalise.js'

/** The four ways a question can end. Only `correct` counts toward accuracy. */
export type Outcome = 'correct' | 'wrong' | 'abstained' | 'error'

export interface CompareOptions {
  readonly orderMatters: boolean
}

/** Column permutations are tried only up to this width (4! = 24 orders). */
const MAX_PERMUTED_WIDTH = 4

/**
 * Execution accuracy: whether the engine's rows equal the gold rows as multisets of tuples
 * (as sequences when order matters), after normalising every cell. Column names are ignored and
 * columns may come in any order. A gold that is one cell also matches a single answer row that
 * holds exactly one cell of the same kind with that value ("Cục Viễn thông | 156" for 156).
 */
export function matchesGold(
  gold: readonly (readonly unknown[])[],
  answer: readonly (readonly unknown[])[],
  options: CompareOptions,
): boolean {
  const expected = normaliseRows(gold)
  const actual = normaliseRows(answer)
  if (isSingleCell(expected) && matchesSingleCell(expected[0]![0]!, actual)) return true
  if (expected.length !== actual.length) return false
  if (expected.length === 0) return true
  const width = expected[0]!.length
  if (actual.some((row) => row.length !== width) || expected.some((r) => r.length !== width)) {
    return false
  }
  const target = encodeRows(expected, options.orderMatters)
  return columnOrders(width).some(
    (order) => encodeRows(permute(actual, order), options.orderMatters) === target,
  )
}

function isSingleCell(rows: Cell[][]): boolean {
  return rows.length === 1 && rows[0]!.length === 1
}

function matchesSingleCell(expected: Cell, actual: Cell[][]): boolean {
  if (actual.length !== 1) return false
  const row = actual[0]!
  if (row.length === 0 || row.length > MAX_PERMUTED_WIDTH) return false
  const kind = kindOf(expected)
  const sameKind = row.filter((cell) => kindOf(cell) === kind)
  return sameKind.length === 1 && sameKind[0] === expected
}

function encodeRows(rows: Cell[][], orderMatters: boolean): string {
  const encoded = rows.map((row) => JSON.stringify(row))
  if (!orderMatters) encoded.sort()
  return encoded.join('\n')
}

function permute(rows: Cell[][], order: readonly number[]): Cell[][] {
  return rows.map((row) => order.map((index) => row[index] ?? null))
}

/** Every order of `width` columns, identity first; only the identity beyond the cap. */
export function columnOrders(width: number): number[][] {
  const identity = Array.from({ length: width }, (_, i) => i)
  if (width > MAX_PERMUTED_WIDTH) return [identity]
  const orders: number[][] = []
  const build = (prefix: number[], rest: number[]) => {
    if (rest.length === 0) orders.push(prefix)
    rest.forEach((item, i) => build([...prefix, item], [...rest.slice(0, i), ...rest.slice(i + 1)]))
  }
  build([], identity)
  return orders
}

/** What the engine said, or why it said nothing. */
export type AskResult =
  | { readonly ok: true; readonly response: ChatResponse }
  | { readonly ok: false; readonly error: string }

/** Sorts one answered question into correct, wrong, abstained (including refusals) or error. */
export function classifyAnswer(
  result: AskResult,
  gold: readonly (readonly unknown[])[],
  options: CompareOptions,
): Outcome {
  if (!result.ok) return 'error'
  const { response } = result
  if (response.abstained || response.refusal !== undefined) return 'abstained'
  return matchesGold(gold, response.rows, options) ? 'correct' : 'wrong'
}
