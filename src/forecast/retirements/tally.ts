import { expectedExits } from '../expected-exits.js'
import type { Period } from '../periods.js'
import { type Scenario, scheduleOf, STATUTORY } from '../scenario.js'
import type { StockCell } from '../stock.repository.js'

/**
 * Retirements per year, summed over the stock's cells: under the statutory rule alone and
 * under the scenario (expected values: a share extending or leaving early makes fractions).
 * Grouped by any of unit, rank and leadership post; the year is always a dimension.
 */
export const DIMENSIONS = ['unit', 'rank', 'post'] as const
export type Dimension = (typeof DIMENSIONS)[number]

export interface YearCount {
  readonly year: number
  /** Retiring at the statutory date (Decree 135/2020) with no exception. */
  readonly statutory: number
  /** Under the scenario: retiring on schedule or at the end of an extension. */
  readonly retiring: number
  /** Under the scenario: leaving early (Decree 178/2024). */
  readonly early: number
  /** retiring + early. */
  readonly total: number
}

export interface Tally {
  readonly key: Readonly<Partial<Record<Dimension, string | number | null>>>
  readonly total: number
  readonly statutoryTotal: number
  readonly years: YearCount[]
}

export function tallyRetirements(
  cells: readonly StockCell[],
  dimensions: readonly Dimension[],
  scenario: Scenario,
  periods: readonly Period[],
): { totals: Tally; groups: Tally[] } {
  const fromYear = periods[0]?.year ?? 0
  const sums = new Map<
    string,
    { key: Tally['key']; statutory: number[]; retiring: number[]; early: number[] }
  >()
  const all = {
    key: {},
    statutory: zeros(periods),
    retiring: zeros(periods),
    early: zeros(periods),
  }
  for (const cell of cells) {
    const plain = expectedExits(scheduleOf(cell, STATUTORY, fromYear), STATUTORY, periods)
    const actual = expectedExits(scheduleOf(cell, scenario, fromYear), scenario, periods)
    const key = keyOf(cell, dimensions)
    const id = JSON.stringify(key)
    const sum = sums.get(id) ?? {
      key,
      statutory: zeros(periods),
      retiring: zeros(periods),
      early: zeros(periods),
    }
    for (const target of dimensions.length > 0 ? [sum, all] : [all]) {
      periods.forEach((_, i) => {
        target.statutory[i] = (target.statutory[i] ?? 0) + cell.n * (plain.retired[i] ?? 0)
        target.retiring[i] = (target.retiring[i] ?? 0) + cell.n * (actual.retired[i] ?? 0)
        target.early[i] = (target.early[i] ?? 0) + cell.n * (actual.early[i] ?? 0)
      })
    }
    if (dimensions.length > 0) sums.set(id, sum)
  }
  const groups = [...sums.values()].map((s) => toTally(s, periods)).filter((t) => t.total > 0)
  return { totals: toTally(all, periods), groups }
}

function keyOf(cell: StockCell, dimensions: readonly Dimension[]): Tally['key'] {
  const key: Partial<Record<Dimension, string | number | null>> = {}
  for (const d of dimensions) {
    if (d === 'unit') key.unit = cell.group
    if (d === 'rank') key.rank = cell.rank
    if (d === 'post') key.post = cell.post
  }
  return key
}

function toTally(
  sum: { key: Tally['key']; statutory: number[]; retiring: number[]; early: number[] },
  periods: readonly Period[],
): Tally {
  const years = periods.map((p, i) => {
    const retiring = round1(sum.retiring[i] ?? 0)
    const early = round1(sum.early[i] ?? 0)
    return {
      year: p.year,
      statutory: round1(sum.statutory[i] ?? 0),
      retiring,
      early,
      total: round1(retiring + early),
    }
  })
  return {
    key: sum.key,
    total: round1(years.reduce((a, y) => a + y.total, 0)),
    statutoryTotal: round1(years.reduce((a, y) => a + y.statutory, 0)),
    years,
  }
}

function zeros(periods: readonly Period[]): number[] {
  return periods.map(() => 0)
}

function round1(value: number): number {
  return Math.round(value * 10) / 10
}
