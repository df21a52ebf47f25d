/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC), which is what the generator
 * computes with; dates become 'YYYY-MM-DD' only when rows are written. Integer civil-date
 * conversions (H. Hinnant's algorithms) avoid Date objects on the hot path.
 */
export type Day = number

export function dayFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

export interface Civil {
  readonly year: number
  readonly month: number
  readonly day: number
}

export function civilFromDay(value: Day): Civil {
  const z = value + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

export function yearOf(value: Day): number {
  return civilFromDay(value).year
}

export function daysInMonth(year: number, month: number): number {
  return (
    dayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    dayFromCivil(year, month, 1)
  )
}

/** Adds calendar months, keeping the day of month where it exists (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(value: Day, months: number): Day {
  const { year, month, day } = civilFromDay(value)
  const index = year * 12 + (month - 1) + months
  const y = Math.floor(index / 12)
  const m = index - y * 12 + 1
  return dayFromCivil(y, m, Math.min(day, daysInMonth(y, m)))
}

export function addYears(value: Day, years: number): Day {
  return addMonths(value, years * 12)
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: Day, to: Day): number {
  const a = civilFromDay(from)
  const b = civilFromDay(to)
  const months = (b.year - a.year) * 12 + (b.month - a.month)
  return b.day < a.day ? months - 1 : months
}

/** Age in whole years on `at` of someone born on `birth`. */
export function ageOn(birth: Day, at: Day): number {
  return Math.floor(monthsBetween(birth, at) / 12)
}

export function isoDate(value: Day): string {
  const { year, month, day } = civilFromDay(value)
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
}

export function parseIsoDate(value: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (match === null) throw new RangeError(`Expected a date as YYYY-MM-DD: ${value}`)
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    throw new RangeError(`Not a calendar date: ${value}`)
  return dayFromCivil(year, month, day)
}

/** A timestamp at a day plus seconds, as ISO 8601 UTC text ('2026-05-04T08:15:00.000Z'). */
export function isoTimestamp(value: Day, seconds: number): string {
  return `${isoDate(value)}T${two(Math.floor(seconds / 3600) % 24)}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}.000Z`
}

function two(value: number): string {
  return value < 10 ? `0${value}` : String(value)
}
