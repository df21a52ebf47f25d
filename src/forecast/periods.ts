/**
 * The forecast's periods: calendar years, the first from `from` to 31 December (a part of a
 * year unless `from` is 1 January), so that counts line up with quotas, which are per year.
 */
export interface Period {
  readonly year: number
  /** First day covered, 'YYYY-MM-DD'. */
  readonly start: string
  /** Last day covered, 'YYYY-MM-DD'. */
  readonly end: string
  /** Share of the year covered: 1 for full years. */
  readonly fraction: number
}

const DAY_MS = 86_400_000

export function periodsFrom(from: string, horizon: number): Period[] {
  const first = Number(from.slice(0, 4))
  return Array.from({ length: horizon }, (_, i) => {
    const year = first + i
    const start = i === 0 ? from : `${year}-01-01`
    const end = `${year}-12-31`
    const days = (Date.parse(end) - Date.parse(start)) / DAY_MS + 1
    const inYear = (Date.parse(`${year + 1}-01-01`) - Date.parse(`${year}-01-01`)) / DAY_MS
    return { year, start, end, fraction: days / inYear }
  })
}

/** The day before an ISO date. */
export function dayBefore(date: string): string {
  return new Date(Date.parse(date) - DAY_MS).toISOString().slice(0, 10)
}
