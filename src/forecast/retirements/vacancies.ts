import type { Period } from '../periods.js'
import type { Scenario } from '../scenario.js'
import type { SeatRow } from './posts.repository.js'

/**
 * Leadership posts that fall vacant within the horizon, and when. A holder leaves the post at
 * retirement — the statutory date; for a woman in a level ≤ 2 post at 60 when `lateWomenLeaders`
 * is on, or when she is already past her statutory date (Decree 83/2022) — if that comes before
 * the end of the term or less than two years after it (the post is then normally extended to
 * retirement, Decree 138/2020 Art. 53). Otherwise the term's end is the date the seat falls
 * vacant unless the holder is reappointed. Seats nobody holds are vacant now. Early retirement
 * (Decree 178) is a probability, not a date: it is not listed here.
 */
export type VacancyReason = 'retirement' | 'term_end' | 'term_expired' | 'vacant_now'

export interface Vacancy {
  readonly post: { readonly id: number; readonly title: string; readonly level: number }
  readonly unit: { readonly id: number; readonly code: string; readonly name: string }
  readonly holder: { readonly personId: number; readonly fullName: string } | null
  readonly reason: VacancyReason
  /** Last day the seat is held ('YYYY-MM-DD'); the start date for seats vacant now. */
  readonly lastDay: string
  readonly termEnd: string | null
  readonly retirementDate: string | null
}

const EXTEND_TO_RETIREMENT_MONTHS = 24

export function findVacancies(
  rows: readonly SeatRow[],
  scenario: Scenario,
  periods: readonly Period[],
): Vacancy[] {
  const from = periods[0]?.start ?? ''
  const lastDay = periods[periods.length - 1]?.end ?? from
  const result: Vacancy[] = []
  const seen = new Set<number>()
  for (const row of rows) {
    const base = {
      post: { id: row.postId, title: row.title, level: row.level },
      unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
    }
    if (!seen.has(row.postId)) {
      seen.add(row.postId)
      for (let k = row.holders; k < row.seats; k++)
        result.push({
          ...base,
          holder: null,
          reason: 'vacant_now',
          lastDay: from,
          termEnd: null,
          retirementDate: null,
        })
    }
    if (row.personId === null || row.fullName === null) continue
    const retirementDate = retirementOf(row, scenario, from)
    const leaving = leavingOf(retirementDate, row.termEnd, from, lastDay)
    if (leaving !== null)
      result.push({
        ...base,
        holder: { personId: row.personId, fullName: row.fullName },
        ...leaving,
        termEnd: row.termEnd,
        retirementDate,
      })
  }
  return result.sort((a, b) => a.lastDay.localeCompare(b.lastDay) || a.post.level - b.post.level)
}

function retirementOf(row: SeatRow, scenario: Scenario, from: string): string | null {
  if (row.statutory === null) return null
  const decree83 = row.sex === 'female' && row.level <= 2 && row.age60 !== null
  if (row.statutory < from)
    return decree83 && row.age60 !== null && row.age60 >= from ? row.age60 : from
  if (decree83 && scenario.lateWomenLeaders && row.age60 !== null && row.age60 > row.statutory)
    return row.age60
  return row.statutory
}

function leavingOf(
  retirement: string | null,
  termEnd: string | null,
  from: string,
  lastDay: string,
): { reason: VacancyReason; lastDay: string } | null {
  const extended =
    termEnd === null ||
    retirement === null ||
    monthsBetween(termEnd, retirement) < EXTEND_TO_RETIREMENT_MONTHS
  if (retirement !== null && retirement <= lastDay && extended)
    return { reason: 'retirement', lastDay: retirement }
  if (termEnd !== null && termEnd < from) return { reason: 'term_expired', lastDay: from }
  if (termEnd !== null && termEnd <= lastDay) return { reason: 'term_end', lastDay: termEnd }
  return null
}

/** Whole months from a to b (negative when b is earlier). */
function monthsBetween(a: string, b: string): number {
  const months = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7))
  return months(b) - months(a)
}
