import type { Period } from './periods.js'
import { earlyHazard, type Scenario, type Schedule } from './scenario.js'

/** Expected leavers per period for one person of a schedule (they sum to at most 1). */
export interface ExpectedExits {
  /** Retiring at the statutory date, or at the end of an extension. */
  readonly retired: number[]
  /** Leaving early under Decree 178/2024. */
  readonly early: number[]
}

/**
 * The retirement forecast's expectation: a share leaves early each year of the Decree 178
 * window (a part-year is charged its fraction of the yearly rate), the rest retire at the
 * scheduled year, except the share who extend and retire `deferToYear` instead.
 */
export function expectedExits(
  schedule: Schedule,
  scenario: Scenario,
  periods: readonly Period[],
): ExpectedExits {
  const retired = periods.map(() => 0)
  const early = periods.map(() => 0)
  let staying = 1
  let extended = false
  periods.forEach((period, i) => {
    if (staying <= 0) return
    if (!extended && period.year < schedule.retireYear) {
      const rate = earlyHazard(schedule, scenario, period.year)
      const leaving = staying * (1 - (1 - rate) ** period.fraction)
      early[i] = leaving
      staying -= leaving
    } else if (!extended && period.year === schedule.retireYear) {
      const extending = staying * schedule.deferShare
      retired[i] = staying - extending
      staying = extending
      extended = true
    } else if (extended && period.year === schedule.deferToYear) {
      retired[i] = staying
      staying = 0
    }
  })
  return { retired, early }
}
