import {
  DEGREES,
  EVALUATION_LEVELS,
  POLITICAL_THEORY,
  STATE_MANAGEMENT,
  type PersonFilter,
} from '../plan.js'
import type { Reading } from './reading.js'

type Modifier = 'at_least' | 'at_most' | 'equivalent'

/** Attributes with an order, lowest first, that "trở lên" / "trở xuống" widen. */
const ORDERED: readonly ['degrees' | 'politicalTheory' | 'stateManagement', readonly string[]][] = [
  ['degrees', DEGREES],
  ['politicalTheory', POLITICAL_THEORY],
  ['stateManagement', STATE_MANAGEMENT],
]

/** Evaluation levels from the lowest to the highest. */
const EVALUATION_LEVELS_ASCENDING = [...EVALUATION_LEVELS].reverse()

/**
 * Applies "trở lên" / "trở xuống" / "và tương đương" to the attribute named just before it
 * (span `index - 1`). Returns false when there is nothing it can widen.
 */
export function applyModifier(reading: Reading, modifier: Modifier, index: number): boolean {
  const evaluation = reading.evaluations.at(-1)
  if (evaluation?.span === index - 1 && evaluation.levels.length === 1) {
    const widened = widen(EVALUATION_LEVELS_ASCENDING, evaluation.levels[0]!, modifier)
    if (widened === undefined) return false
    evaluation.levels = widened
    return true
  }
  const part = reading.filters.at(-1)
  if (part === undefined || part.span !== index - 1) return false
  // "Chưa có bằng thạc sĩ trở lên": the negated level already counts from the one named up.
  if (part.filter.without !== undefined) return modifier === 'at_least'
  const filter = widenFilter(part.filter, part.grade, modifier)
  if (filter === undefined) return false
  reading.filters[reading.filters.length - 1] = { filter, span: part.span }
  return true
}

function widenFilter(
  filter: PersonFilter,
  grade: number | undefined,
  modifier: Modifier,
): PersonFilter | undefined {
  if (grade !== undefined) {
    // Grade 1 is the most senior: "trở lên" means a grade number at most this one.
    if (modifier === 'at_least') return { rankGrade: { max: grade } }
    if (modifier === 'at_most') return { rankGrade: { min: grade } }
    return { rankGrade: { min: grade, max: grade } }
  }
  for (const [key, ascending] of ORDERED) {
    const values = filter[key]
    if (values?.length !== 1 || Object.keys(filter).length !== 1) continue
    const widened = widen(ascending, values[0]!, modifier)
    if (widened === undefined) return undefined
    const out: PersonFilter = { [key]: widened }
    return out
  }
  return undefined
}

/**
 * "Chưa có trình độ lý luận chính trị cao cấp": a single level of an ordered attribute, negated,
 * is not having that level or any above it (a doctor holds a master's degree too).
 */
export function negateLevel(filter: PersonFilter): PersonFilter | undefined {
  for (const [key, ascending] of ORDERED) {
    const values = filter[key]
    if (values?.length !== 1 || Object.keys(filter).length !== 1) continue
    const from = widen(ascending, values[0]!, 'at_least')
    return from === undefined ? undefined : { without: { [key]: from } }
  }
  return undefined
}

/** The values from `value` up (or down) in an ascending list; "equivalent" is not a widening. */
function widen<T extends string>(
  ascending: readonly T[],
  value: string,
  modifier: Modifier,
): T[] | undefined {
  const at = ascending.indexOf(value as T)
  if (at < 0 || modifier === 'equivalent') return undefined
  return modifier === 'at_least' ? ascending.slice(at) : ascending.slice(0, at + 1)
}
