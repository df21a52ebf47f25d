import type { StaffCategory } from '../schema.js'
import { type Day, dayFromCivil, yearOf } from './dates.js'
import type { PersonDraft } from './person-types.js'
import { Stream, streamFor } from './prng.js'

/**
 * Approved headcount (biên chế) per unit, year and staff category, 2010 to five years after
 * asOf: a little above the staff actually working on 1 January until 2025, then cut by 4% a year
 * toward the 20% reduction of Decree 178/2024 — faster than staff leave, so some units end up
 * over their quota and others, with a generous margin, under it.
 */
export interface QuotaRow {
  readonly year: number
  readonly category: StaffCategory
  readonly quota: number
  readonly decision: string
}

export function unitQuotas(
  seed: number,
  unitIndex: number,
  people: readonly PersonDraft[],
  asOf: Day,
): QuotaRow[] {
  const random = streamFor(seed, Stream.Quotas, unitIndex)
  const categories = [...new Set(people.map((p) => p.category))].sort()
  const lastYear = yearOf(asOf) + 5
  const rows: QuotaRow[] = []
  for (const category of categories) {
    const staff = people.filter((p) => p.category === category)
    const margin = 1.02 + random.next() * 0.08
    let base = 0
    for (let year = 2010; year <= lastYear; year++) {
      const onJan1 = dayFromCivil(Math.min(year, yearOf(asOf)), 1, 1)
      const working = year > yearOf(asOf) ? countWorking(staff, asOf) : countWorking(staff, onJan1)
      const quota =
        year <= 2025
          ? Math.ceil(working * (margin + (random.next() - 0.5) * 0.02))
          : Math.round(base * (1 - 0.04 * (year - 2025)))
      if (year === 2025) base = quota
      rows.push({
        year,
        category,
        quota: Math.max(quota, 0),
        decision: `${random.int(100, 2999)}/QĐ-BKHCN`,
      })
    }
  }
  return rows
}

function countWorking(staff: readonly PersonDraft[], day: Day): number {
  let n = 0
  for (const p of staff) {
    const joined = p.joinedMinistry ?? p.joinedState
    const exit = p.demography.exit
    if (joined <= day && (exit === null || exit > day)) n++
  }
  return n
}
