import type { BirthPrecision, Sex } from '../schema.js'
import { roadmapAgeMonths, statutoryRetirement } from '../../forecast/retirement.js'
import {
  civilFromDay,
  type Day,
  dayFromCivil,
  daysInMonth,
  isoDate,
  parseIsoDate,
} from './dates.js'
import type { Random } from './prng.js'

/**
 * The statutory retirement date as a day number, always through `statutoryRetirement()` (Decree
 * 135/2020/NĐ-CP), so that the synthetic ministry obeys the one rule the product forecasts with.
 */
export function retirementDay(sex: Sex, birth: Day, precision: BirthPrecision): Day {
  return parseIsoDate(statutoryRetirement(sex, isoDate(birth), precision).retirementDate)
}

/**
 * A birth date (random day of its month) whose statutory retirement falls on or just before
 * `target`: the latest birth month that works. Roadmap cohorts skip some retirement months, so
 * the result can be a few months before the target.
 */
export function birthRetiringBy(
  random: Random,
  sex: Sex,
  target: Day,
): { birth: Day; retirement: Day } {
  const { year, month } = civilFromDay(target)
  let index = year * 12 + (month - 1) - roadmapAgeMonths(sex, year) + 1
  for (let i = 0; i < 12; i++, index--) {
    const y = Math.floor(index / 12)
    const m = index - y * 12 + 1
    const birth = dayFromCivil(y, m, random.int(1, daysInMonth(y, m)))
    const retirement = retirementDay(sex, birth, 'day')
    if (retirement <= target) return { birth, retirement }
  }
  throw new RangeError(`No birth date retires by ${isoDate(target)}`)
}
