import type { StoredTurn } from '../../conversations.repository.js'
import type { Lexicon } from '../lexicon.js'
import { omit } from '../omit.js'
import { yearPeriod } from '../entities/calendar.js'
import {
  type DateRange,
  type IntRange,
  type MovementsPlan,
  type PeoplePlan,
  type PersonFilter,
  type QueryPlan,
  queryPlanSchema,
} from '../plan.js'
import type { Period, Topic } from '../tags.js'
import { chooseMeasure, folded } from './measure.js'
import { mergeFilterParts } from './merge-filters.js'
import { movementKind, movementTime, namesMovementKind, rankGroups } from './other-plans.js'
import { isNotWorking } from './times.js'
import { listFields, type PlanDraft, shareOfNothing } from './people-plan.js'
import { askedFacts } from './person.js'
import type { Reading } from './reading.js'
import type { ResolvedUnits } from './units.js'

/** The plan of the last answered data question of the conversation, if this engine wrote it. */
export function previousPlan(history: readonly StoredTurn[]): QueryPlan | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const turn = history[i]!
    if (turn.kind !== 'data' || turn.abstained) continue
    const parsed = queryPlanSchema.safeParse(turn.plan)
    return parsed.success ? parsed.data : undefined
  }
  return undefined
}

/**
 * "Năm 2027 có bao nhiêu người nghỉ hưu?" then "Còn năm sau đó?": the year next to the one the
 * previous question was about becomes this question's time. Without one year to count from,
 * the words cannot be read (counting from today would answer another question).
 */
export function withShiftedYear(reading: Reading, previous: QueryPlan | undefined): Reading {
  const [shift, ...more] = reading.yearShifts
  if (shift === undefined) return reading
  const base = previous === undefined ? undefined : yearOfPlan(previous)
  if (base === undefined || more.length > 0 || reading.periods.length > 0)
    return {
      ...reading,
      problems: [...reading.problems, 'a year counted from no year named before'],
    }
  return { ...reading, periods: [...reading.periods, yearPeriod(base + shift)] }
}

/** The one calendar year a plan is about, if it is about exactly one. */
function yearOfPlan(plan: QueryPlan): number | undefined {
  switch (plan.subject) {
    case 'people': {
      const { retirement, termEnd, statusDate, evaluation, award } = plan.filters
      const dated = [retirement, termEnd, statusDate].map(wholeYear).find((y) => y !== undefined)
      return dated ?? evaluation?.year ?? singleYear(evaluation?.years) ?? award?.year
    }
    case 'movements':
      return plan.dates === undefined ? singleYear(plan.years) : undefined
    case 'appointments':
    case 'quotas':
      return singleYear(plan.years)
    case 'disciplines':
      return wholeYear(plan.decided)
  }
}

function singleYear(range: IntRange | undefined): number | undefined {
  return range?.min !== undefined && range.min === range.max ? range.min : undefined
}

function wholeYear(range: DateRange | undefined): number | undefined {
  const year = range?.from?.slice(0, 4)
  return year !== undefined && range?.from === `${year}-01-01` && range.to === `${year}-12-31`
    ? Number(year)
    : undefined
}

/**
 * "Tỷ lệ nữ ở PTIT?" then "So sánh với VINATOM", "Compare that with VINATOM", or "Compare PTIT
 * with VINATOM": the measure just answered, for the units side by side. Undefined when the
 * question is not such a comparison.
 */
export function compareWithPrevious(
  reading: Reading,
  previous: QueryPlan | undefined,
  units: ResolvedUnits,
): PlanDraft<PeoplePlan> | undefined {
  if (!reading.flags.compare || previous?.subject !== 'people') return undefined
  const { measure, filters } = previous
  if (measure.kind === 'list' || previous.groupBy !== undefined) return undefined
  const before = filters.unitIds ?? []
  const named = units.subtrees
  const compared = named.length >= 2 ? named : before.length === 1 ? [...before, ...named] : []
  if (named.length === 0 || new Set(compared).size !== compared.length || compared.length < 2)
    return undefined
  // Only the measure itself may be named again ("so sánh tỷ lệ này với …").
  if (reading.measures.some((m) => m.word !== measure.kind)) return undefined
  const asksMore =
    reading.filters.length + reading.groups.length + reading.posts.length + reading.periods.length
  if (asksMore > 0 || units.posts.length > 0) return undefined
  const plan: PeoplePlan = {
    ...omit(previous, 'order', 'limit'),
    filters: { ...filters, unitIds: [...compared] },
    groupBy: [{ by: 'unit', parentId: null, unitIds: [...compared] }],
  }
  return { plan, problems: [...units.problems] }
}

/**
 * Whether the question continues the previous one: it says so ("trong số đó", "còn … thì
 * sao", "what about", "of them", "ông ấy"), or it names no people of its own ("Ai lớn tuổi
 * nhất?", "năm 2025?", "theo đơn vị", "tính riêng nữ").
 */
export function isFollowUp(reading: Reading, previous?: QueryPlan): boolean {
  if (reading.followups.length > 0) return true
  return (
    reading.units.length === 0 &&
    (reading.filters.length === 0 ||
      picksFromList(reading, previous) ||
      narrowsUnitCount(reading, previous)) &&
    reading.posts.length === 0 &&
    reading.topics.length === 0 &&
    reading.persons.length === 0 &&
    reading.evaluations.length === 0 &&
    reading.disciplines.length === 0 &&
    reading.appointments.length === 0 &&
    !reading.flags.self &&
    !reading.flags.home
  )
}

/**
 * "Báo VnExpress có bao nhiêu người?" then "How many are women?": a bare count of a condition
 * right after a count in a unit counts within it; counting the whole ministry instead would
 * answer a question nobody asked in that conversation.
 */
function narrowsUnitCount(reading: Reading, previous: QueryPlan | undefined): boolean {
  return (
    previous?.subject === 'people' &&
    previous.measure.kind === 'count' &&
    previous.groupBy === undefined &&
    previous.filters.unitIds !== undefined &&
    !reading.flags.ministry &&
    reading.measures.length > 0 &&
    reading.measures.every((m) => m.word === 'count') &&
    reading.groups.length === 0 &&
    reading.periods.length === 0
  )
}

/**
 * "Liệt kê các Cục trưởng" then "Những ai là nữ?": a "who" over a list of people just shown
 * picks among them; alone it would list every woman of the ministry, which nobody asks.
 */
function picksFromList(reading: Reading, previous: QueryPlan | undefined): boolean {
  return (
    previous?.subject === 'people' &&
    previous.measure.kind === 'list' &&
    previous.filters.personIds === undefined &&
    reading.measures.length > 0 &&
    reading.measures.every((m) => m.word === 'list') &&
    reading.groups.length === 0 &&
    reading.periods.length === 0
  )
}

/**
 * The previous plan changed by the follow-up: conditions it names replace the same conditions
 * of the previous plan or are added; a time replaces the previous time; a measure, an order or
 * a breakdown replaces the previous one.
 */
/** "bao nhiêu" without a noun of people after it: how much, of the statistic asked before. */
const BARE_HOW_MUCH = new Set(['bao nhieu', 'la bao nhieu', 'how much', 'bang bao nhieu'])

export function applyFollowUp(
  previous: QueryPlan,
  reading: Reading,
  units: ResolvedUnits,
  lexicon: Lexicon,
): PlanDraft<QueryPlan> {
  const problems = [...units.problems]
  const period = reading.periods[0]
  switch (previous.subject) {
    case 'people':
      return followPeople(previous, reading, units, lexicon, problems)
    case 'quotas': {
      // "Biên chế công chức năm 2027?" then "Còn viên chức?": the staff category replaced.
      const { filter } = mergeFilterParts(reading.filters)
      const plan = { ...previous }
      if (units.subtrees.length > 0) plan.unitIds = [...units.subtrees]
      if (period !== undefined) plan.years = period.years
      if (filter.staffCategories !== undefined) plan.staffCategories = filter.staffCategories
      // "Tổng biên chế năm 2027?" then "Chia theo loại cán bộ": the same quota, per category.
      if (reading.groups.includes('staff_category')) plan.groupBy = 'staff_category'
      else if (reading.groups.includes('year') && plan.years.min !== plan.years.max)
        plan.groupBy = 'year'
      if (reading.groups.some((g) => g !== 'staff_category' && g !== 'year'))
        problems.push('a breakdown of quotas')
      const extra = Object.keys(filter).filter((k) => k !== 'staffCategories')
      if (extra.length > 0 || reading.posts.length > 0)
        problems.push('a condition a headcount quota does not have')
      return { plan, problems }
    }
    case 'movements':
      return followMovements(previous, reading, units, problems)
    case 'appointments': {
      const plan = { ...previous }
      if (units.subtrees.length > 0) plan.unitIds = [...units.subtrees]
      if (period !== undefined) plan.years = period.years
      if (reading.groups.includes('year')) plan.groupBy = 'year'
      // "Bổ nhiệm lần đầu năm 2025?" then "Còn bổ nhiệm lại?": the kind named replaces the last.
      const kinds = [...new Set(reading.appointments.flatMap((k) => k ?? []))]
      if (kinds.length > 0) plan.kinds = kinds
      problems.push(...unplacedConditions(reading))
      return { plan, problems }
    }
    case 'disciplines': {
      problems.push(...unplacedConditions(reading))
      const plan = { ...previous }
      if (units.subtrees.length > 0) plan.unitIds = [...units.subtrees]
      if (period !== undefined) plan.decided = period.range
      // "… bao nhiêu quyết định khiển trách?" then "Còn hình thức cảnh cáo?": the form replaced.
      const forms = [...new Set(reading.disciplines.flatMap((d) => d.forms))]
      if (forms.length > 0) plan.forms = forms
      return { plan, problems }
    }
  }
}

function followMovements(
  previous: MovementsPlan,
  reading: Reading,
  units: ResolvedUnits,
  problems: string[],
): PlanDraft<MovementsPlan> {
  const period = reading.periods[0]
  // "6 tháng đầu năm 2026" then "Còn năm 2025?": the new time replaces days and years alike.
  let plan: MovementsPlan =
    period === undefined ? { ...previous } : { ...omit(previous, 'dates'), ...movementTime(period) }
  // "Số người được tuyển dụng mỗi năm" then "Còn nghỉ hưu thì sao?": the joins or exits named
  // replace the ones counted before; keeping those would repeat the last answer.
  if (namesMovementKind(reading)) {
    const { direction, reasons } = movementKind(reading)
    const kept = (plan.groupBy ?? []).filter((g) => g !== 'direction')
    const groupBy = direction === 'both' ? [...kept, 'direction' as const] : kept
    plan = {
      ...omit(plan, 'reasons', 'groupBy'),
      direction,
      ...(reasons === undefined ? {} : { reasons }),
      ...(groupBy.length === 0 ? {} : { groupBy: groupBy.slice(0, 2) }),
    }
  }
  if (units.subtrees.length > 0) plan.unitIds = [...units.subtrees]
  // "Break that down by year.", "… by reason", "theo đơn vị thì sao?": the same joins or exits,
  // a row per year, reason or unit.
  for (const key of ['year', 'reason', 'unit'] as const)
    if (reading.groups.includes(key) && plan.groupBy?.includes(key) !== true)
      plan.groupBy = [key, ...(plan.groupBy ?? [])].slice(0, 2)
  if (reading.groups.some((g) => g !== 'year' && g !== 'reason' && g !== 'unit'))
    problems.push('a breakdown joins and exits do not have')
  // "Đơn vị nào nhiều nhất?": the groups ranked.
  if (reading.measures.some((m) => m.word === 'which') && plan.groupBy === undefined)
    plan.groupBy = ['unit']
  if (reading.extremes.length > 0)
    plan = { ...omit(plan, 'order', 'limit'), ...rankGroups(reading, plan.groupBy ?? [], problems) }
  // "Còn nữ?": joins and exits know the person's sex; the statuses people left with are the
  // kind of exit, read above.
  const { filter } = mergeFilterParts(reading.filters)
  if (filter.sex !== undefined) plan.sex = filter.sex
  const placed = (key: string) =>
    key === 'sex' || (key === 'statuses' && isNotWorking(filter.statuses))
  if (Object.keys(filter).some((k) => !placed(k)) || reading.posts.length > 0)
    problems.push('a condition on people the previous question had no place for')
  return { plan, problems }
}

/** Conditions on people that a follow-up of an event or quota question would silently drop. */
function unplacedConditions(reading: Reading): string[] {
  return reading.filters.length > 0 || reading.posts.length > 0
    ? ['a condition on people the previous question had no place for']
    : []
}

function followPeople(
  previous: PeoplePlan,
  reading: Reading,
  units: ResolvedUnits,
  lexicon: Lexicon,
  problems: string[],
): PlanDraft<PeoplePlan> {
  // "What post does X hold?" then "What is his political theory level?": a fact of the same
  // person, named as a field, a topic or a key alone.
  if (
    previous.filters.personIds !== undefined &&
    reading.fields.length + reading.topics.length + reading.bareKeys.length > 0
  ) {
    const fields = askedFacts(reading, problems)
    return { plan: { ...previous, measure: { kind: 'list', fields } }, problems }
  }
  // "Cục X có bao nhiêu người …?" then "Chia theo đơn vị": the units of Cục X, not the ministry's.
  const only = previous.filters.unitIds
  const around =
    units.subtrees.length === 0 && only?.length === 1 ? { ...units, subtrees: [...only] } : units
  // "Số người nghỉ hưu năm 2027?" then "Break it down by quarter.": the date the last question
  // was about is the one its years and quarters are of.
  const dated: Topic[] = []
  if (previous.filters.retirement !== undefined) dated.push('retirement')
  else if (previous.filters.termEnd !== undefined) dated.push('term_end')
  // "Từ 2021 đến 2025 có bao nhiêu người thôi việc?" then "Năm nào nhiều nhất?": the year they left.
  else if (previous.filters.statusDate !== undefined) dated.push('left')
  const choice = chooseMeasure(
    reading.topics.length === 0 ? { ...reading, topics: dated } : reading,
    around,
    lexicon,
  )
  const shared = new Set(choice.sharePart ?? [])
  const delta = mergeFilterParts(reading.filters.filter((p) => !shared.has(p))).filter
  let filters: PersonFilter = withUnits({ ...previous.filters, ...delta }, previous, units)
  // "… LLCT cao cấp?" then "Còn trung cấp?": the level said alone replaces the last one.
  const level = reading.levels[0]
  if (level !== undefined && previous.filters.politicalTheory !== undefined)
    filters = { ...filters, politicalTheory: level }
  if (reading.posts.length > 0) filters = { ...filters, post: reading.posts[0]!.tag.post }
  if (period(reading) !== undefined)
    filters = withPeriod(filters, period(reading)!, reading.topics, problems)
  let plan: PeoplePlan = { ...previous, filters, measure: sameYear(previous, filters) }
  // "Đơn vị nào đông người nhất?" then "Còn ít nhất?", "And which has the fewest?": the same
  // ranking, turned.
  const turned = reading.extremes[0]
  const onlyTurned =
    turned !== undefined &&
    previous.order?.by === 'measure' &&
    reading.measures.every((m) => m.word === 'list' || m.word === 'which') &&
    reading.fields.length + reading.orders.length + reading.groups.length === 0 &&
    Object.keys(delta).length === 0
  if (onlyTurned && previous.order !== undefined)
    return { plan: { ...plan, order: { ...previous.order, dir: turned } }, problems }
  // "Tuổi bình quân …?" then "Riêng công chức thì bao nhiêu?": a bare "bao nhiêu", with no
  // people named to count, asks the same statistic again.
  const sameStatistic =
    previous.measure.kind !== 'count' &&
    previous.measure.kind !== 'list' &&
    !reading.flags.noun &&
    reading.measures.length > 0 &&
    reading.measures.every(
      (m) => m.word === 'count' && BARE_HOW_MUCH.has(folded(reading.spanWords[m.span])),
    )
  const asked =
    (!sameStatistic &&
      reading.measures.some((m) => m.word !== 'which' && m.word !== 'which_kind')) ||
    reading.extremes.length > 0 ||
    reading.orders.length > 0
  // "Tỷ lệ nữ của toàn Bộ" then "Tỷ lệ đó ở Cục Viễn thông?": the same share, elsewhere.
  const sameShare =
    choice.measure !== 'list' &&
    choice.measure.kind === 'share' &&
    Object.keys(choice.measure.part).length === 0 &&
    previous.measure.kind === 'share'
  if (asked) {
    const fromCount = sameShare ? undefined : countAsShare(previous, choice.measure)
    if (fromCount !== undefined) return { plan: { ...plan, ...fromCount }, problems }
    // "Sắp xếp theo ngày sinh" after a list: the same columns, in that order.
    const resorted =
      choice.measure === 'list' &&
      previous.measure.kind === 'list' &&
      reading.fields.length === 0 &&
      reading.orders.length > 0 &&
      reading.orders.every((o) => o.sort === true)
    const measure =
      sameShare || resorted
        ? previous.measure
        : choice.measure === 'list'
          ? { kind: 'list' as const, fields: listFields(reading) }
          : choice.measure
    const rest = omit(plan, 'groupBy', 'order', 'limit')
    const groupBy = choice.groupBy ?? (measure.kind === 'list' ? undefined : previous.groupBy)
    plan = {
      ...rest,
      measure,
      ...(groupBy === undefined ? {} : { groupBy }),
      ...(choice.order === undefined ? {} : { order: choice.order }),
      ...(choice.limit === undefined ? {} : { limit: choice.limit }),
    }
  } else if (reading.groups.length > 0 && choice.groupBy !== undefined) {
    const measure = plan.measure.kind === 'list' ? { kind: 'count' as const } : plan.measure
    plan = { ...omit(plan, 'order', 'limit'), measure, groupBy: choice.groupBy }
  } else if (plan.measure.kind === 'list' && reading.fields.length + reading.topics.length > 0) {
    // "Ai là Cục trưởng …?" then "Ông ấy sinh ngày nào?": the same people, with the fact asked.
    const fields = askedFacts(reading, problems)
    plan = { ...plan, measure: { kind: 'list', fields: ['full_name', ...fields] } }
  }
  plan = amongAll(plan, previous)
  if (JSON.stringify(plan) === JSON.stringify(previous))
    problems.push('a follow-up that changes nothing in the previous question')
  return {
    plan,
    problems: [
      ...problems,
      ...choice.problems.filter((p) => !p.startsWith('no count')),
      ...shareOfNothing(plan.measure),
    ],
  }
}

/**
 * "Tỷ lệ xuất sắc năm 2025?" then "Còn năm 2023?": the year of the people evaluated changes, and
 * so does the year of the level the share counts.
 */
function sameYear(previous: PeoplePlan, filters: PersonFilter): PeoplePlan['measure'] {
  const measure = previous.measure
  const year = filters.evaluation?.year
  if (measure.kind !== 'share' || measure.part.evaluation === undefined || year === undefined)
    return measure
  return { ...measure, part: { ...measure.part, evaluation: { ...measure.part.evaluation, year } } }
}

/**
 * "Vụ Pháp chế có bao nhiêu nữ?" then "Còn tỷ lệ nữ?": the share of women among everyone the
 * last question counted in, not among the women themselves (100 %).
 */
function amongAll(plan: PeoplePlan, previous: PeoplePlan): PeoplePlan {
  if (plan.measure.kind !== 'share') return plan
  const filters: Record<string, unknown> = { ...plan.filters }
  const part: Record<string, unknown> = plan.measure.part
  const same = (key: string) => JSON.stringify(filters[key]) === JSON.stringify(part[key])
  const inherited = Object.keys(part).filter((key) => key in previous.filters && same(key))
  if (inherited.length === 0) return plan
  for (const key of inherited) delete filters[key]
  return { ...plan, filters }
}

/**
 * "Cục X có bao nhiêu người dưới 35 tuổi?" then "Chiếm tỷ lệ bao nhiêu?": the share of the people
 * counted among those of the unit (and status) they were counted in, when one condition set
 * them apart; with several, which one is the share's is not said.
 */
function countAsShare(
  previous: PeoplePlan,
  measure: ReturnType<typeof chooseMeasure>['measure'],
): Pick<PeoplePlan, 'filters' | 'measure'> | undefined {
  if (measure === 'list' || measure.kind !== 'share' || Object.keys(measure.part).length > 0)
    return undefined
  if (previous.measure.kind !== 'count' || previous.groupBy !== undefined) return undefined
  const { unitIds, statuses, publicService, ...conditions } = previous.filters
  if (Object.keys(conditions).length !== 1) return undefined
  return {
    filters: {
      ...(unitIds === undefined ? {} : { unitIds }),
      ...(statuses === undefined ? {} : { statuses }),
      ...(publicService === undefined ? {} : { publicService }),
    },
    measure: { kind: 'share', part: conditions },
  }
}

function period(reading: Reading): Period | undefined {
  return reading.periods[0]
}

/** A unit named in a follow-up takes the place of the previous one, wherever it was used. */
function withUnits(
  filters: PersonFilter,
  previous: PeoplePlan,
  units: ResolvedUnits,
): PersonFilter {
  if (units.posts.length > 0) return { ...omit(filters, 'unitIds'), post: units.posts[0]! }
  if (units.subtrees.length === 0) return filters
  const previousPost = previous.filters.post
  if (previousPost?.unitIds !== undefined && units.subtrees.length === 1)
    return { ...filters, post: { ...previousPost, unitIds: [...units.subtrees] } }
  return { ...filters, unitIds: [...units.subtrees] }
}

/**
 * A time named alone ("năm 2025 thì sao?") replaces the time the previous plan used; with its
 * topic ("ai trong số họ sẽ nghỉ hưu trước năm 2030?") it is a new condition on those people.
 */
function withPeriod(
  filters: PersonFilter,
  next: Period,
  topics: readonly Topic[],
  problems: string[],
): PersonFilter {
  if (topics.includes('retirement') && topics.every((t) => t === 'retirement'))
    return { ...filters, retirement: next.range }
  if (topics.includes('term_end') && topics.every((t) => t === 'term_end'))
    return { ...filters, termEnd: next.range, post: filters.post ?? {} }
  if (filters.retirement !== undefined) return { ...filters, retirement: next.range }
  if (filters.termEnd !== undefined) return { ...filters, termEnd: next.range }
  if (filters.statusDate !== undefined) return { ...filters, statusDate: next.range }
  const year = next.years.min
  if (filters.evaluation !== undefined && year !== undefined && year === next.years.max)
    return { ...filters, evaluation: { ...filters.evaluation, year } }
  // "Năm 2025 có bao nhiêu Chiến sĩ thi đua cơ sở?" then "Còn năm 2024?": the award's year.
  if (filters.award?.year !== undefined && year !== undefined && year === next.years.max)
    return { ...filters, award: { ...filters.award, year } }
  problems.push('a time the previous question had no place for')
  return filters
}
