import { daysInMonth } from '../retirement.js'
import type { Scenario } from '../scenario.js'
import type { RetireeRow } from './retirees.repository.js'

/**
 * Who retires within the horizon, one row per person, with the date and its legal basis. Only
 * the exceptions that fix a date are applied (Decree 83/2022 with `lateWomenLeaders`, and the
 * extensions people are already in); a Decree 50/2022 extension is a share, so eligible people
 * are flagged with the date they could extend to, and Decree 178 early leaving is not a date.
 */
export type RetirementBasis = 'statutory' | 'decree_83_2022' | 'extension_ends' | 'overdue'

export interface Retiree {
  readonly id: number
  readonly fullName: string
  readonly unit: { readonly id: number; readonly code: string; readonly name: string }
  readonly rankCode: string | null
  readonly post: string | null
  readonly retirementDate: string
  readonly basis: RetirementBasis
  /** Under `doctoralExtension`, the latest date an eligible person could extend to. */
  readonly mayExtendTo: string | null
}

export function toRetirees(
  rows: readonly RetireeRow[],
  scenario: Scenario,
  from: string,
  lastDay: string,
): Retiree[] {
  return rows.flatMap((row) => {
    const { date, basis } = effectiveRetirement(row, scenario, from)
    if (date > lastDay) return []
    const extension = scenario.doctoralExtension
    const mayExtendTo =
      row.doctoral && basis === 'statutory' && extension !== null
        ? monthEndAfter(row.statutory, extension.years * 12)
        : null
    return [
      {
        id: row.id,
        fullName: row.fullName,
        unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
        rankCode: row.rankCode,
        post: row.post,
        retirementDate: date,
        basis,
        mayExtendTo,
      },
    ]
  })
}

function effectiveRetirement(row: RetireeRow, scenario: Scenario, from: string) {
  const womanLeader = row.sex === 'female' && (row.postLevel ?? 99) <= 2
  if (row.statutory < from) {
    const end = row.doctoral ? monthEndAfter(row.statutory, 60) : womanLeader ? row.age60 : null
    return end !== null && end >= from
      ? { date: end, basis: 'extension_ends' as const }
      : { date: from, basis: 'overdue' as const }
  }
  if (womanLeader && scenario.lateWomenLeaders && row.age60 > row.statutory)
    return { date: row.age60, basis: 'decree_83_2022' as const }
  return { date: row.statutory, basis: 'statutory' as const }
}

function monthEndAfter(date: string, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return `${year}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`
}
