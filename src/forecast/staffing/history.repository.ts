import { sql } from 'kysely'
import type { ReaderTransaction } from '../../data/gate.js'
import type { StaffCategory } from '../../data/schema.js'
import type { GroupMapping } from '../forecast-units.js'
import { groupOf, staysCte } from '../sql-fragments.js'

/**
 * What the staffing model learns from, aggregated in the database per forecast group, staff
 * category and calendar year (see sql-fragments.ts for how presence is reconstructed):
 * - exposure: people present on 1 January, by 5-year age band (age reached that year), and how
 *   many of them left the ministry that year for a reason other than retirement (resigned,
 *   transferred out, dismissed, deceased);
 * - moves: changes of unit inside the ministry that cross from one group to another;
 * - entries: people who joined the ministry that year (recruited, transferred in, appointed or
 *   contracted), by the group of their first unit, with their ages summed.
 */
export const OTHER_EXITS = ['resigned', 'transferred_out', 'dismissed', 'deceased'] as const

export interface ExposureRow {
  readonly group: number
  readonly category: StaffCategory
  readonly band: number
  readonly year: number
  readonly n: number
  readonly exits: number
}

export interface MoveRow {
  readonly fromGroup: number
  readonly toGroup: number
  readonly category: StaffCategory
  readonly year: number
  readonly n: number
}

export interface EntryRow {
  readonly group: number
  readonly category: StaffCategory
  readonly year: number
  readonly n: number
  readonly ageSum: number
}

export interface HistoryQuery {
  readonly mapping: GroupMapping
  readonly fromYear: number
  readonly toYear: number
}

/**
 * One pass over the window's work history (a single scan under row-level security): who was
 * present on each 1 January (`present`, as stays: first and last years covered), and who arrived
 * in a unit each year (`arrival`: a stay starting in the window, with the unit of the stay that
 * ended the day before — none for someone joining the ministry).
 */
export async function countHistory(
  trx: ReaderTransaction,
  q: HistoryQuery,
): Promise<{ exposure: ExposureRow[]; moves: MoveRow[]; entries: EntryRow[] }> {
  const { fromYear, toYear, mapping } = q
  const result = await sql<HistoryRow>`
    with ${staysCte(fromYear, toYear, OTHER_EXITS)},
    present as (
      select ${groupOf(mapping, sql`unit_id`)} as g, category, birth_year,
        greatest(first_year, ${fromYear}::int) as first_year,
        least(last_year, ${toYear}::int) as last_year, exit_year, count(*)::int as n
      from stays
      group by 1, 2, 3, 4, 5, 6),
    arrivals as (
      select ${groupOf(mapping, sql`previous.unit_id`)} as from_g,
        ${groupOf(mapping, sql`s.unit_id`)} as to_g, s.category,
        extract(year from s.start_date)::int as year, count(*)::int as n,
        sum(extract(year from s.start_date)::int - s.birth_year)::int as age_sum
      from stays s
      left join stays previous
        on previous.person_id = s.person_id and previous.end_date = s.start_date - 1
      where s.start_date >= make_date(${fromYear}::int, 1, 1)
      group by 1, 2, 3, 4)
    select 'present' as kind, g as "group", null::int as "fromGroup", category,
      birth_year as "birthYear", first_year as "firstYear", last_year as "lastYear",
      exit_year as "exitYear", null::int as year, n, null::int as "ageSum"
    from present where g is not null and first_year <= last_year
    union all
    select 'arrival', to_g, from_g, category, null, null, null, null, year, n, age_sum
    from arrivals where to_g is not null and (from_g is null or from_g <> to_g)`.execute(trx)
  return splitHistory(result.rows)
}

interface HistoryRow {
  readonly kind: 'present' | 'arrival'
  readonly group: number
  readonly fromGroup: number | null
  readonly category: StaffCategory
  readonly birthYear: number
  readonly firstYear: number
  readonly lastYear: number
  readonly exitYear: number | null
  readonly year: number
  readonly n: number
  readonly ageSum: number
}

function splitHistory(rows: readonly HistoryRow[]) {
  const moves: MoveRow[] = []
  const entries: EntryRow[] = []
  for (const r of rows) {
    if (r.kind !== 'arrival') continue
    const { group, category, year, n } = r
    if (r.fromGroup === null) entries.push({ group, category, year, n, ageSum: r.ageSum })
    else moves.push({ fromGroup: r.fromGroup, toGroup: group, category, year, n })
  }
  return { exposure: expandStays(rows.filter((r) => r.kind === 'present')), moves, entries }
}

/** Stays → people present on each 1 January by age band, and those who left that year. */
function expandStays(rows: readonly HistoryRow[]): ExposureRow[] {
  const cells = new Map<string, { -readonly [K in keyof ExposureRow]: ExposureRow[K] }>()
  for (const r of rows) {
    for (let year = r.firstYear; year <= r.lastYear; year++) {
      const band = Math.min(60, Math.max(20, Math.floor((year - r.birthYear) / 5) * 5))
      const key = `${r.group}|${r.category}|${band}|${year}`
      const cell = cells.get(key) ?? {
        group: r.group,
        category: r.category,
        band,
        year,
        n: 0,
        exits: 0,
      }
      cell.n += r.n
      if (r.exitYear === year) cell.exits += r.n
      cells.set(key, cell)
    }
  }
  return [...cells.values()]
}
