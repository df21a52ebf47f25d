/**
 * Calendar dates as the ministry lives them: "today" is the date in Vietnam (UTC+7), whatever
 * the server's time zone, so that a question asked at 06:30 on 1 January is about the new year.
 */
const VIETNAM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** 'YYYY-MM-DD' of an instant in Vietnam. */
export function vietnamDate(instant: Date): string {
  return VIETNAM_DATE.format(instant)
}

/** dd/mm/yyyy, the way dates are written in Vietnam, from 'YYYY-MM-DD' or a Date. */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined) return ''
  const iso = typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10)
  const [y, m, d] = iso.split('-')
  return y === undefined || m === undefined || d === undefined ? iso : `${d}/${m}/${y}`
}
