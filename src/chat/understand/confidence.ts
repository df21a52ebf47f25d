import type { Token } from './normalise.js'
import { isFunctionWord } from './vocabulary/fillers.js'

/** Below this the engine abstains. */
export const CONFIDENCE_THRESHOLD = 0.7

const PER_UNEXPLAINED_WORD = 0.25
const PER_PROBLEM = 0.35

/**
 * How sure the parse is: every word of the question should be explained by some entity or
 * known filler; each word that is not, and each thing the parse had to set aside or guess,
 * lowers it. One unexplained function word ("từng", "theo") is tolerated; an unexplained
 * content word ("trẻ", "muộn", "vegetarians") is a condition the plan would silently drop, so
 * it counts as a problem too and the engine declines.
 */
export function confidenceOf(unexplained: readonly Token[], problems: readonly string[]): number {
  const content = unexplained.filter((t) => !isFunctionWord(t)).length
  const score =
    1 - PER_UNEXPLAINED_WORD * unexplained.length - PER_PROBLEM * (problems.length + content)
  return Math.round(Math.max(0, score) * 100) / 100
}
