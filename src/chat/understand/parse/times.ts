import type { DateRange, GroupBy, PersonFilter } from '../plan.js'
import type { Period } from '../tags.js'
import { addMonths } from '../entities/calendar.js'
import type { Reading } from './reading.js'

/**
 * "Sắp nghỉ hưu" without a span: retiring within the next 6 months, the time before the
 * retirement date by which the written notice of retirement is issued. The answer states the
 * window and invites another.
 */
export const RETIREMENT_SOON_MONTHS = 6

export interface TimedFilter {
  readonly filter: PersonFilter
  readonly problems: string[]
}

const NOT_WORKING = ['retired', 'transferred_out', 'resigned', 'dismissed', 'deceased'] as const

/**
 * Gives the question's time span its meaning from the topic: the statutory retirement date
 * (coming years) or the date people retired (past years), the end of appointment terms, the
 * year of an evaluation or an award, or the date people left. "Còn … nữa" counts from today.
 */
export function applyPeriod(
  reading: Reading,
  filter: PersonFilter,
  now: string,
  groupBy: readonly GroupBy[] | undefined,
): TimedFilter {
  const problems: string[] = []
  if (reading.periods.length > 1) problems.push('more than one time span')
  const period = reading.periods[0]
  const soon = period === undefined && reading.topics.includes('retirement_soon')
  const range = soon
    ? { from: now, to: addMonths(now, RETIREMENT_SOON_MONTHS) }
    : period === undefined
      ? undefined
      : fromToday(period.range, reading, now)
  const topics = new Set(reading.topics)
  const byYear = groupBy?.some((g) => g.by === 'retirement_year' || g.by === 'term_end_year')
  let out: PersonFilter = { ...filter }
  let used = false
  if (topics.has('retirement')) {
    if (range === undefined) {
      if (byYear !== true) problems.push('retirement without a time span')
      else out = { ...out, retirement: { from: now } }
    } else if (
      isPast(range, now) ||
      period?.shape === 'past' ||
      out.statuses?.includes('retired') === true
    ) {
      // Retired people: the other ways of leaving named beside it would be dropped.
      if (out.statuses?.some((s) => s !== 'retired' && s !== 'working') === true)
        problems.push('retirement beside other ways of leaving')
      out = { ...out, statuses: ['retired'], statusDate: range }
    } else out = { ...out, retirement: range }
    used = true
  } else if (topics.has('term_end')) {
    if (range === undefined) {
      if (byYear !== true) problems.push('term end without a time span')
      else out = { ...out, termEnd: { from: now } }
    } else out = { ...out, termEnd: range }
    out = { ...out, post: out.post ?? {} }
    used = true
  } else if (topics.has('joined') && range !== undefined) {
    // Only reached for people still working (see isMovementQuestion): when they joined.
    out = { ...out, joinedMinistry: range }
    used = true
  } else if (range !== undefined && isNotWorking(out.statuses)) {
    // "Năm sau có bao nhiêu người thôi việc?": who will leave is not on record; "0" would be
    // an answer to a question about the past.
    if (range.from !== undefined && range.from >= now) problems.push('people leaving in the future')
    out = { ...out, statusDate: range }
    used = true
  }
  const year = yearOf(period)
  if (out.award !== undefined && year !== undefined) {
    out = { ...out, award: { ...out.award, year } }
    used = true
  }
  const evaluation = evaluationOf(reading, period, groupBy, problems)
  if (evaluation !== undefined) {
    out = { ...out, evaluation }
    used = true
  }
  if (period !== undefined && !used) problems.push('a time span the question does not attach')
  return { filter: out, problems }
}

function evaluationOf(
  reading: Reading,
  period: Period | undefined,
  groupBy: readonly GroupBy[] | undefined,
  problems: string[],
): PersonFilter['evaluation'] {
  const levels = [...new Set(reading.evaluations.flatMap((e) => e.levels))]
  const byLevel = groupBy?.some((g) => g.by === 'evaluation_level') === true
  const byYear = groupBy?.some((g) => g.by === 'evaluation_year') === true
  if (levels.length === 0 && !byLevel && !byYear) return undefined
  const year = yearOf(period)
  if (byYear) {
    // "… qua các năm", "từ 2021 đến 2025 theo từng năm": every year evaluated, or those named.
    const years = period === undefined ? undefined : period.years
    return {
      ...(years === undefined ? {} : { years }),
      ...(levels.length === 0 ? {} : { levels }),
    }
  }
  // "Hoàn thành xuất sắc cả ba năm 2023–2025": the level in each year of the span.
  if (reading.flags.everyYear) {
    const { min, max } = period?.years ?? {}
    if (levels.length > 0 && min !== undefined && max !== undefined && min < max)
      return { years: { min, max }, levels, everyYear: true }
    problems.push('every year of a span that is not one')
    return undefined
  }
  if (year === undefined) {
    problems.push('an evaluation without a single year')
    return undefined
  }
  return levels.length === 0 ? { year } : { year, levels }
}

function yearOf(period: Period | undefined): number | undefined {
  const { min, max } = period?.years ?? {}
  return min !== undefined && min === max ? min : undefined
}

/**
 * "Năm nay còn bao nhiêu người nữa…", "năm nay ai sắp nghỉ hưu": the part of the span from today
 * on ("sắp", about to, is ahead of today).
 */
function fromToday(range: DateRange, reading: Reading, now: string): DateRange {
  if (!reading.flags.remaining && !reading.topics.includes('retirement_soon')) return range
  return range.from === undefined || range.from < now ? { ...range, from: now } : range
}

function isPast(range: DateRange, now: string): boolean {
  return range.to !== undefined && range.to < now
}

export function isNotWorking(statuses: readonly string[] | undefined): boolean {
  return (
    statuses !== undefined &&
    statuses.length > 0 &&
    statuses.every((s) => (NOT_WORKING as readonly string[]).includes(s))
  )
}
