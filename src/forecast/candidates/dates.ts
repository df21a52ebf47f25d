/** Calendar arithmetic on 'YYYY-MM-DD' strings, by month as the appointment rules count. */
function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number)
  return [y ?? 0, m ?? 1, d ?? 1]
}

/** Months from `from` to `to` counted by calendar month, ignoring days (Guidance 06-HD/BTCTW). */
export function calendarMonthsBetween(from: string, to: string): number {
  const [fy, fm] = parts(from)
  const [ty, tm] = parts(to)
  return (ty - fy) * 12 + (tm - fm)
}

/** Whole months elapsed from `from` to `to` (a month counts once its day is reached). */
export function completedMonthsBetween(from: string, to: string): number {
  const [, , fd] = parts(from)
  const [, , td] = parts(to)
  return calendarMonthsBetween(from, to) - (td < fd ? 1 : 0)
}

/** `iso` plus `months`, the day kept or moved back to the month's last day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso)
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const day = Math.min(d, last)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function yearOf(iso: string): number {
  return parts(iso)[0]
}
