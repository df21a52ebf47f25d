import type { MovementsPlan, PersonFilter, QuotasPlan } from '../plan.js'
import type { Period, Topic } from '../tags.js'
import { listOfPeople, severalUnits, wholeYears } from './event-plans.js'
import { combined, firstNumber } from './measure.js'
import { mergeFilterParts } from './merge-filters.js'
import type { PlanDraft } from './people-plan.js'
import type { Reading } from './reading.js'
import { isNotWorking } from './times.js'
import type { ResolvedUnits } from './units.js'

const MOVEMENT_TOPICS: readonly Topic[] = [
  'joined',
  'recruited',
  'transferred_in',
  'left',
  'movement',
]

/**
 * Whether the question is about joins and exits rather than about people now: a movement word
 * ("tuyển dụng", "biến động", "rời khỏi"), or people who left (retired, resigned…) counted year
 * by year in the past.
 */
export function isMovementQuestion(reading: Reading, now: string): boolean {
  // "Vào Bộ trước năm 2000 mà vẫn đang công tác": people working now, by when they joined.
  if (joinedAndWorking(reading)) return false
  if (reading.topics.some((t) => MOVEMENT_TOPICS.includes(t))) return true
  const to = reading.periods[0]?.range.to
  const past = to !== undefined && to < now
  // "Năm 2025 có bao nhiêu người nghỉ hưu và bao nhiêu người thôi việc?": exits of several kinds
  // in a past year are counted as exits, each of its kind.
  const statuses = mergeFilterParts(reading.filters).filter.statuses
  if (reading.topics.includes('retirement') && isNotWorking(statuses) && past) return true
  if (!reading.groups.includes('year')) return false
  // "Số người nghỉ việc theo từng năm": a status people left with happened in the past, so
  // each year is a year of exits. Retirement may be statutory and ahead: it needs a past period.
  if (isNotWorking(mergeFilterParts(reading.filters).filter.statuses))
    return to === undefined || past
  return reading.topics.includes('retirement') && past
}

/** A question of when people joined the ministry, about those still working. */
export function joinedAndWorking(reading: Reading): boolean {
  const statuses = mergeFilterParts(reading.filters).filter.statuses ?? []
  return (
    reading.topics.includes('joined') &&
    reading.topics.every((t) => t === 'joined') &&
    statuses.length > 0 &&
    statuses.every((s) => s === 'working')
  )
}

/** Whether the question names joins or exits of some kind ("nghỉ hưu", "departures"). */
export function namesMovementKind(reading: Reading): boolean {
  return (
    reading.topics.some((t) => MOVEMENT_TOPICS.includes(t) || t === 'retirement') ||
    isNotWorking(mergeFilterParts(reading.filters).filter.statuses)
  )
}

/** The joins or exits a question names: their direction, and the reasons when it names some. */
export function movementKind(reading: Reading): {
  direction: MovementsPlan['direction']
  reasons: MovementsPlan['reasons']
} {
  const { filter } = mergeFilterParts(reading.filters)
  const topics = new Set(reading.topics)
  const inbound = topics.has('joined') || topics.has('recruited') || topics.has('transferred_in')
  const outbound = topics.has('left') || isNotWorking(filter.statuses) || topics.has('retirement')
  const direction =
    topics.has('movement') || (inbound && outbound) ? 'both' : inbound ? 'in' : 'out'
  return { direction, reasons: movementReasons(topics, filter, direction) }
}

export function buildMovementsPlan(
  reading: Reading,
  units: ResolvedUnits,
): PlanDraft<MovementsPlan> {
  const problems = [...units.problems]
  const { filter } = mergeFilterParts(reading.filters)
  const { direction, reasons } = movementKind(reading)
  const period = reading.periods[0]
  if (reading.periods.length > 1) problems.push('more than one time span')
  if (period?.shape === 'ahead') problems.push('joins or exits in the future')
  // "Trung bình mỗi năm có bao nhiêu người nghỉ hưu": joins and exits are counted, not averaged.
  const measured = reading.measures.filter((m) => m.word === 'avg' || m.word === 'share')
  if (measured.length > 0) problems.push('an average or a share of joins and exits')
  // "Những ai ở Vụ Pháp chế vào Bộ từ năm 2020?": who joined, in the order they did.
  const list = listOfPeople(reading)
  if (list !== undefined && reading.groups.length > 0) problems.push('a list in a breakdown')
  // Joins and exits are events of everyone they happened to: "vẫn đang công tác" cannot be held.
  if (filter.statuses?.includes('working') === true)
    problems.push('people still working in a question of joins and exits')
  const extra = Object.keys(filter).filter((k) => k !== 'statuses' && k !== 'sex')
  if (extra.length > 0) problems.push(`conditions joins and exits do not have: ${extra.join(', ')}`)
  if (units.posts.length > 0 || reading.posts.length > 0)
    problems.push('a post in a movement question')
  problems.push(...severalUnits(reading, units))
  const groupBy: NonNullable<MovementsPlan['groupBy']> = []
  // "So sánh số người tuyển dụng năm 2023 và năm 2024": the years compared, one row each.
  const yearsCompared =
    reading.flags.compare && units.subtrees.length <= 1 && period?.years.min !== period?.years.max
  if (reading.groups.includes('year') || yearsCompared) groupBy.push('year')
  // "Số người nghỉ hưu và thôi việc theo từng năm": two reasons named side by side are compared,
  // each with its own rows, as "vào và ra" is by direction; "nghỉ hưu hoặc thôi việc" is one.
  const severalReasons = (reasons?.length ?? 0) > 1 && reading.flags.conjunction
  if (reading.groups.includes('reason') || (severalReasons && !combined(reading)))
    groupBy.push('reason')
  // "Biến động … theo lý do: tuyển dụng, chuyển đến, nghỉ hưu, thôi việc": the reasons named,
  // each with its rows (a reason says its direction); without reasons, in and out apart.
  if (direction === 'both' && reasons !== undefined) {
    if (!groupBy.includes('reason')) groupBy.push('reason')
  } else if (direction === 'both' || reading.groups.includes('direction')) groupBy.push('direction')
  // "Số người được tuyển dụng theo đơn vị", "Đơn vị nào tuyển dụng nhiều nhất?"
  if (reading.groups.includes('unit') || reading.measures.some((m) => m.word === 'which'))
    groupBy.unshift('unit')
  if (reading.measures.some((m) => m.word === 'which_kind'))
    problems.push('joins and exits by units of one kind')
  if (reading.groups.some((g) => !MOVEMENT_KEYS.has(g)))
    problems.push('a breakdown joins and exits do not have')
  if (groupBy.includes('unit') && groupBy.length > 2)
    problems.push('joins and exits broken down three ways')
  const ranking = rankGroups(reading, groupBy, problems)
  const plan: MovementsPlan = {
    subject: 'movements',
    direction,
    ...movementTime(period),
    ...(reasons === undefined ? {} : { reasons }),
    ...(units.subtrees.length > 0 ? { unitIds: [...units.subtrees] } : {}),
    ...(filter.sex === undefined ? {} : { sex: filter.sex }),
    ...(list === undefined ? {} : { list }),
    ...(groupBy.length === 0 || list !== undefined ? {} : { groupBy: groupBy.slice(0, 2) }),
    ...ranking,
  }
  return { plan, problems }
}

const MOVEMENT_KEYS: ReadonlySet<string> = new Set(['year', 'reason', 'direction', 'unit'])

/**
 * "Năm nào có nhiều người nghỉ hưu nhất?", "đơn vị nào tuyển dụng nhiều nhất": the groups
 * ordered by their count, the first (or the first few) kept; "từ cao xuống thấp" keeps all.
 */
export function rankGroups(
  reading: Reading,
  groupBy: readonly string[],
  problems: string[],
): Pick<MovementsPlan, 'order' | 'limit'> {
  const extreme = reading.extremes[0]
  if (extreme === undefined) return {}
  if (groupBy.length !== 1) {
    problems.push('the most or fewest joins or exits of no one breakdown')
    return {}
  }
  const sorted = reading.sortOrders.length === reading.extremes.length
  const limit = firstNumber(reading)
  return { order: extreme, ...(sorted && limit === undefined ? {} : { limit: limit ?? 1 }) }
}

/**
 * When the joins or exits happened: whole years by their numbers; part of a year ("quý 1/2026",
 * "6 tháng đầu năm 2026") or a span counted back from today by its days.
 */
export function movementTime(period: Period | undefined): Pick<MovementsPlan, 'years' | 'dates'> {
  if (period === undefined) return { years: {} }
  const dated =
    period.shape === 'past' || period.shape === 'ahead' || !wholeYears(period.range, false)
  return dated ? { years: {}, dates: period.range } : { years: period.years }
}

function movementReasons(
  topics: ReadonlySet<Topic>,
  filter: PersonFilter,
  direction: MovementsPlan['direction'],
): MovementsPlan['reasons'] {
  const joined: NonNullable<MovementsPlan['reasons']> = []
  if (topics.has('recruited')) joined.push('recruited')
  if (topics.has('transferred_in')) joined.push('transferred_in')
  const left: NonNullable<MovementsPlan['reasons']> =
    filter.statuses?.filter((s) => s !== 'working') ?? []
  if (topics.has('retirement') && !left.includes('retired')) left.push('retired')
  // "Được tuyển dụng vào Bộ": the way of joining named is the one counted. Both ways: only
  // when ways of joining and of leaving are both named ("chuyển đến và chuyển đi").
  const reasons =
    direction === 'in'
      ? joined
      : direction === 'out'
        ? left
        : joined.length > 0 && left.length > 0
          ? [...joined, ...left]
          : []
  return reasons.length === 0 ? undefined : reasons
}

/** Approved headcount (biên chế): a year (this one unless named) or each year of a span. */
export function buildQuotasPlan(
  reading: Reading,
  units: ResolvedUnits,
  now: string,
): PlanDraft<QuotasPlan> {
  const problems = [...units.problems]
  const { filter } = mergeFilterParts(reading.filters)
  const period = reading.periods[0]
  if (reading.periods.length > 1) problems.push('more than one time span')
  const thisYear = Number(now.slice(0, 4))
  const years = period?.years ?? { min: thisYear, max: thisYear }
  const perYear = reading.groups.includes('year')
  // "Biên chế năm 2027 của toàn Bộ theo loại cán bộ": the quota of each staff category.
  const perCategory = reading.groups.includes('staff_category')
  if (perYear && perCategory) problems.push('a breakdown of quotas by two keys')
  if (!perYear && years.min !== years.max) problems.push('a headcount quota over several years')
  const extra = Object.keys(filter).filter((k) => k !== 'staffCategories' && k !== 'statuses')
  if (extra.length > 0) problems.push(`conditions quotas do not have: ${extra.join(', ')}`)
  if (reading.groups.some((g) => g !== 'year' && g !== 'staff_category'))
    problems.push('a breakdown of quotas')
  const plan: QuotasPlan = {
    subject: 'quotas',
    years,
    ...(units.subtrees.length > 0 ? { unitIds: [...units.subtrees] } : {}),
    ...(filter.staffCategories === undefined ? {} : { staffCategories: filter.staffCategories }),
    ...(perYear ? { groupBy: 'year' as const } : {}),
    ...(perCategory && !perYear ? { groupBy: 'staff_category' as const } : {}),
  }
  return { plan, problems }
}
