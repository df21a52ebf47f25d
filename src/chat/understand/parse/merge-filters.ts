import type { PersonFilter } from '../plan.js'

/** A filter named by one span of the question; `grade` when it names a rank. */
export interface FilterPart {
  readonly filter: PersonFilter
  readonly span: number
  readonly grade?: number
  /** An age reached within a year ("tròn 60 tuổi"), until the year makes it a birth year. */
  readonly turning?: boolean
}

export interface MergedFilters {
  readonly filter: PersonFilter
  /** Attributes named with two different values that cannot both hold ("nam" and "nữ"). */
  readonly conflicts: (keyof PersonFilter)[]
}

/**
 * All conditions together. Values of one list attribute are alternatives ("công chức và viên
 * chức" is either); different attributes must all hold.
 */
export function mergeFilterParts(parts: readonly FilterPart[]): MergedFilters {
  const out: Record<string, unknown> = {}
  const conflicts: (keyof PersonFilter)[] = []
  for (const { filter } of parts) {
    for (const [key, value] of Object.entries(filter) as [keyof PersonFilter, unknown][]) {
      const existing = out[key]
      if (existing === undefined) out[key] = value
      else if (Array.isArray(existing) && Array.isArray(value))
        out[key] = combineValues(existing as unknown[], value as unknown[])
      else if (isNarrowing(value, existing)) out[key] = value
      else if (areOpenBounds(existing, value))
        out[key] = { ...(existing as object), ...(value as object) }
      else if (!isNarrowing(existing, value)) conflicts.push(key)
    }
  }
  const filter: PersonFilter = out
  return { filter, conflicts }
}

/**
 * Two lists of values of one attribute: alternatives ("công chức và viên chức") are both kept;
 * a general word next to one of its kinds ("học hàm giáo sư", "có học hàm" and "giáo sư") is
 * narrowed to that kind.
 */
function combineValues(a: readonly unknown[], b: readonly unknown[]): unknown[] {
  if (a.every((v) => b.includes(v))) return [...a]
  if (b.every((v) => a.includes(v))) return [...b]
  return [...new Set<unknown>([...a, ...b])]
}

/**
 * Whether `specific` says all that `general` says and maybe more: "được khen thưởng" (any award)
 * and "bằng khen" (an award of that kind) are one condition, the second.
 */
function isNarrowing(specific: unknown, general: unknown): boolean {
  if (JSON.stringify(specific) === JSON.stringify(general)) return true
  if (!isRecord(specific) || !isRecord(general)) return false
  return Object.entries(general).every(
    ([k, v]) => JSON.stringify(specific[k]) === JSON.stringify(v),
  )
}

const LOWER = ['min', 'gt', 'gte']
const UPPER = ['max', 'lt', 'lte']

/**
 * "Trên 40 tuổi và dưới 50 tuổi": a lower and an upper bound of one number are one range.
 * Two lower bounds (or two upper ones) still conflict, and so do bounds that leave nothing
 * between them ("dưới 30 tuổi và trên 55 tuổi" is two groups, not one).
 */
function areOpenBounds(a: unknown, b: unknown): boolean {
  if (!isRecord(a) || !isRecord(b)) return false
  const both: Record<string, unknown> = { ...a, ...b }
  const keys = [...Object.keys(a), ...Object.keys(b)]
  if (!keys.every((k) => LOWER.includes(k) || UPPER.includes(k))) return false
  const lower = keys.filter((k) => LOWER.includes(k))
  const upper = keys.filter((k) => UPPER.includes(k))
  if (lower.length !== 1 || upper.length !== 1) return false
  const from = both[lower[0]!]
  const to = both[upper[0]!]
  return typeof from === 'number' && typeof to === 'number' && from < to
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
