import { sql } from 'kysely'
import type { ReaderTransaction } from '../../data/gate.js'
import type { StaffCategory } from '../../data/schema.js'
import type { GroupMapping } from '../forecast-units.js'
import { groupsCte } from '../sql-fragments.js'

/**
 * Approved headcount (biên chế, `headcount_quotas`) per forecast group, category and year.
 * A year after the last approved one carries that last year's quota forward (stated in the
 * answer as the year the quota comes from); a year before the first has none.
 */
export interface QuotaRow {
  readonly group: number
  readonly category: StaffCategory
  readonly year: number
  readonly quota: number
}

export interface Quota {
  readonly quota: number
  /** The year of the approved quota used (earlier than the year asked when carried forward). */
  readonly fromYear: number
}

export async function sumQuotas(
  trx: ReaderTransaction,
  mapping: GroupMapping,
  lastYear: number,
): Promise<QuotaRow[]> {
  const result = await sql<QuotaRow>`
    with ${groupsCte(mapping)}
    select grp.g as "group", q.staff_category as category, q.year, sum(q.quota)::int as quota
    from headcount_quotas q join grp on grp.u = q.unit_id
    where q.year <= ${lastYear}::int
    group by 1, 2, 3`.execute(trx)
  return result.rows
}

export type QuotaLookup = (group: number, category: StaffCategory, year: number) => Quota | null

export function quotaLookup(rows: readonly QuotaRow[]): QuotaLookup {
  const byKey = new Map<string, QuotaRow[]>()
  for (const row of rows) {
    const key = `${row.group}:${row.category}`
    byKey.set(key, [...(byKey.get(key) ?? []), row])
  }
  for (const list of byKey.values()) list.sort((a, b) => a.year - b.year)
  return (group, category, year) => {
    const list = byKey.get(`${group}:${category}`) ?? []
    const known = list.filter((r) => r.year <= year).at(-1)
    return known === undefined ? null : { quota: known.quota, fromYear: known.year }
  }
}

/**
 * The quota of several lines together. A line with no quota row at all (a category a unit has
 * no biên chế for, projected only because people of it joined lately) adds nothing; null when
 * no line has a quota.
 */
export function addQuotas(quotas: readonly (Quota | null)[]): Quota | null {
  let quota = 0
  let fromYear = Infinity
  for (const q of quotas) {
    if (q === null) continue
    quota += q.quota
    fromYear = Math.min(fromYear, q.fromYear)
  }
  return fromYear === Infinity ? null : { quota, fromYear }
}
