import type { Token } from './normalise.js'

/** Below this the engine abstains: one unexplained word is tolerated, two are not. */
export const CONFIDENCE_THRESHOLD = 0.7

const PER_UNEXPLAINED_WORD = 0.25
const PER_PROBLEM = 0.35

/**
 * How sure the parse is: every word of the question should be explained by some entity or
 * known filler; each word that is not, and each thing the parse had to set aside or guess,
 * lowers it.
 */
export function confidenceOf(unexplained: readonly Token[], problems: readonly string[]): number {
  const score = 1 - PER_UNEXPLAINED_WORD * unexplained.length - PER_PROBLEM * problems.length
  return Math.round(Math.max(0, score) * 100) / 100
}
