import type { Period } from '../tags.js'

/** Calendar arithmetic on 'YYYY-MM-DD' days, in UTC so that no time zone shifts a day. */
export function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${pad(month)}-${pad(day)}`
}

/** The same day `months` later (or earlier), clamped to the end of a shorter month. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  const last = Number(lastDayOfMonth(year, month).slice(8))
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`
}

export function yearPeriod(year: number): Period {
  return {
    range: { from: `${year}-01-01`, to: `${year}-12-31` },
    years: { min: year, max: year },
    shape: 'point',
  }
}

export function yearsPeriod(from: number, to: number): Period {
  return {
    range: { from: `${from}-01-01`, to: `${to}-12-31` },
    years: { min: from, max: to },
    shape: 'span',
  }
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** English month names, January first. */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]
