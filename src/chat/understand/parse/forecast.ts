import type { Period } from '../tags.js'
import type { Reading } from './reading.js'

export interface ForecastDetails {
  readonly year?: number
  readonly horizon?: number
  readonly postTitle?: string
}

/** The year, horizon ("trong 5 năm tới") and post a forecasting question names. */
export function forecastDetails(reading: Reading, now: string): ForecastDetails {
  const period: Period | undefined = reading.periods[0]
  const thisYear = Number(now.slice(0, 4))
  const out: { year?: number; horizon?: number; postTitle?: string } = {}
  if (period !== undefined) {
    if (period.shape === 'ahead' || period.shape === 'span' || period.shape === 'before') {
      const last = period.years.max
      if (last !== undefined && last > thisYear) out.horizon = last - thisYear
    } else if (period.years.min !== undefined) out.year = period.years.min
  }
  const titled = [
    ...reading.units.flatMap((u) => (u.post === undefined ? [] : [u.post])),
    ...reading.posts.map((p) => p.tag),
  ]
  const title = titled.find((t) => t.post.titles?.length === 1)?.post.titles?.[0]
  if (title !== undefined) out.postTitle = title
  return out
}
