import type { Lexicon } from '../lexicon.js'
import type {
  Assumption,
  GroupBy,
  OrderField,
  PeoplePlan,
  PersonField,
  PersonFilter,
  PostFilter,
} from '../plan.js'
import { foldDiacritics } from '../normalise.js'
import { omit } from '../omit.js'
import { chooseMeasure, type MeasureChoice } from './measure.js'
import { mergeFilterParts } from './merge-filters.js'
import type { Reading } from './reading.js'
import { applyPeriod, isNotWorking } from './times.js'
import type { ResolvedUnits } from './units.js'

export interface PlanDraft<P> {
  readonly plan: P
  readonly problems: string[]
}

/**
 * A plan about people from what the question says: conditions (units, posts, attributes,
 * time), then the measure. Working staff are meant unless a status or a past period says
 * otherwise.
 */
export function buildPeoplePlan(
  reading: Reading,
  units: ResolvedUnits,
  lexicon: Lexicon,
  now: string,
): PlanDraft<PeoplePlan> {
  const choice = chooseMeasure(reading, units, lexicon)
  const shareParts = new Set(choice.sharePart ?? [])
  const merged = mergeFilterParts(reading.filters.filter((p) => !shareParts.has(p)))
  const problems = [...choice.problems, ...units.problems]
  let filter: PersonFilter = merged.filter
  let groupBy = choice.groupBy
  const bothSexes = merged.conflicts.includes('sex') && groupBy === undefined
  if (bothSexes) {
    // "nam và nữ": both sexes, one row each.
    filter = omit(filter, 'sex')
    groupBy = [{ by: 'sex' }]
  }
  // "Nữ trên 50 tuổi và nam trên 55 tuổi": a condition for each sex is not one condition.
  const conflicts = merged.conflicts.filter((c) => !(bothSexes && c === 'sex'))
  if (conflicts.length > 0) problems.push(`conflicting ${conflicts.join(', ')}`)
  filter = withoutGroupedAttributes(filter, groupBy)
  // "Vụ X có bao nhiêu công chức, bao nhiêu viên chức?", "… bao nhiêu thạc sĩ, bao nhiêu tiến
  // sĩ?": a count asked of each value named is a row for each.
  const counts = reading.measures.filter((m) => m.word === 'count').length
  const each = (['staffCategories', 'degrees'] as const).find((k) => (filter[k]?.length ?? 0) >= 2)
  if (counts >= 2 && groupBy === undefined && each !== undefined)
    groupBy = [{ by: each === 'degrees' ? 'degree' : 'staff_category' }]
  if (units.subtrees.length > 0) filter = { ...filter, unitIds: [...units.subtrees] }
  filter = withPosts(filter, reading, units, problems)
  const timed = applyPeriod(reading, filter, now, groupBy)
  problems.push(...timed.problems)
  filter = timed.filter
  if (filter.statuses === undefined) filter = { ...filter, statuses: ['working'] }
  let measure = measureOf(choice, reading, filter)
  // "What share of current staff will reach retirement age within the next 5 years?": the
  // retirement (or the end of term) asked is what the share counts, among everyone.
  if (measure.kind === 'share' && Object.keys(measure.part).length === 0) {
    const dated = (['retirement', 'termEnd'] as const).find((k) => filter[k] !== undefined)
    if (dated !== undefined) {
      measure = { kind: 'share', part: { [dated]: filter[dated] } }
      filter = omit(filter, dated)
    }
  }
  problems.push(...shareOfNothing(measure))
  // "Tuổi trung bình của những người nghỉ hưu năm 2025": their age when they left, or now?
  if (measure.kind === 'avg' && measure.of === 'age' && isNotWorking(filter.statuses))
    problems.push('the age of people who left, at leaving or now')
  if (measure.kind === 'count' || measure.kind === 'share')
    problems.push(...unusedFields(reading, filter, groupBy).map((f) => `the ${f} asked, not used`))
  // "Số người trong quy hoạch theo từng chức danh": the posts they are planned for, which the
  // breakdown by the post they hold now would not say.
  if (filter.planning !== undefined && groupBy?.some((g) => g.by === 'post_title') === true)
    problems.push('a breakdown of a planning pool by post')
  const plan = assemble(filter, measure, { ...choice, groupBy })
  // "Số người có hệ số lương cao nhất": how many people share the highest value, which neither
  // the person listed first nor the value itself answers.
  const counted = reading.spanWords.some((w) => COUNT_NOUNS.has(foldDiacritics(w)))
  const extreme =
    (measure.kind === 'list' && plan.limit !== undefined) ||
    measure.kind === 'min' ||
    measure.kind === 'max'
  if (counted && extreme && groupBy === undefined)
    problems.push('a count of the people at an extreme')
  const assumptions = assumptionsOf(reading, plan)
  return { plan: assumptions.length === 0 ? plan : { ...plan, assumptions }, problems }
}

/**
 * "Tỷ lệ ở Cục Viễn thông": a share of what, the question does not say (it would be 100 % of
 * everyone). A follow-up ("tỷ lệ đó ở …") takes the previous share's part instead.
 */
export function shareOfNothing(measure: PeoplePlan['measure']): string[] {
  return measure.kind === 'share' && Object.keys(measure.part).length === 0
    ? ['a share of nothing named']
    : []
}

/** Nouns that ask how many: "số người …", "số lượng cán bộ …". */
const COUNT_NOUNS = new Set(
  ['số người', 'số lượng người', 'số cán bộ', 'số lượng cán bộ', 'số lượng'].map(foldDiacritics),
)

/** The choices the answer must state: a default retirement window, whose length of service. */
function assumptionsOf(reading: Reading, plan: PeoplePlan): Assumption[] {
  const out: Assumption[] = []
  if (reading.topics.includes('retirement_soon') && reading.periods.length === 0)
    out.push('retirement_soon')
  const measured = plan.measure.kind === 'list' ? undefined : plan.measure
  const of = measured !== undefined && 'of' in measured ? measured.of : undefined
  const fields = plan.measure.kind === 'list' ? plan.measure.fields : []
  if (
    plan.filters.serviceYears !== undefined ||
    of === 'service_years' ||
    plan.order?.by === 'joined_state_service' ||
    fields.includes('service_years')
  )
    out.push('service_state')
  if (
    plan.filters.ministryYears !== undefined ||
    of === 'ministry_years' ||
    plan.order?.by === 'joined_ministry' ||
    fields.includes('ministry_years')
  )
    out.push('service_ministry')
  return out
}

function measureOf(
  choice: MeasureChoice,
  reading: Reading,
  filter: PersonFilter,
): PeoplePlan['measure'] {
  if (choice.measure === 'list') return { kind: 'list', fields: rankedFields(reading, choice) }
  if (choice.measure.kind !== 'share') return choice.measure
  // "tỷ lệ xếp loại xuất sắc năm 2025": among those evaluated that year, those rated so.
  const evaluation = filter.evaluation
  if (evaluation?.levels === undefined) return choice.measure
  return { kind: 'share', part: { ...choice.measure.part, evaluation } }
}

function assemble(
  filter: PersonFilter,
  measure: PeoplePlan['measure'],
  choice: Pick<MeasureChoice, 'groupBy' | 'order' | 'limit'>,
): PeoplePlan {
  const shared = measure.kind === 'share' && filter.evaluation !== undefined
  const filters = shared ? { ...filter, evaluation: omit(filter.evaluation!, 'levels') } : filter
  return {
    subject: 'people',
    filters,
    measure,
    ...(choice.groupBy === undefined ? {} : { groupBy: choice.groupBy }),
    ...(choice.order === undefined ? {} : { order: choice.order }),
    ...(choice.limit === undefined ? {} : { limit: choice.limit }),
  }
}

/**
 * Posts named in the question. Those named after "quy hoạch" are the posts of the planning
 * pool ("quy hoạch Phó Vụ trưởng Vụ Tổ chức cán bộ"), not posts people hold now.
 */
function withPosts(
  filter: PersonFilter,
  reading: Reading,
  units: ResolvedUnits,
  problems: string[],
): PersonFilter {
  const named = [...units.posts, ...reading.posts.map((p) => p.tag.post)]
  const post = combinePosts(named, problems)
  if (post === undefined) return filter
  if (filter.planning !== undefined) return { ...filter, planning: { ...filter.planning, ...post } }
  return { ...filter, post }
}

/**
 * Several posts named: titles are alternatives; a post of a named unit is kept as is. "Cấp
 * trưởng", "cấp phó" beside leaders of a level ("lãnh đạo cấp Vụ, Cục (cấp trưởng và cấp phó)")
 * say which of that level's posts, not every head and deputy of the ministry.
 */
function combinePosts(posts: readonly PostFilter[], problems: string[]): PostFilter | undefined {
  if (posts.length <= 1) return posts[0]
  const titles = [...new Set(posts.flatMap((p) => p.titles ?? []))]
  const roles = posts.filter(isRoleOnly)
  // "Division heads or deputies", "Vụ trưởng và cấp phó": the heads named and their deputies.
  const titledOnly = posts.filter((p) => p.titles !== undefined && p.levels === undefined)
  const deputies = roles.filter((p) => JSON.stringify(p.levels) === JSON.stringify([2, 4, 6]))
  if (
    titledOnly.length > 0 &&
    deputies.length > 0 &&
    titledOnly.length + deputies.length === posts.length &&
    titledOnly.every((p) => p.unitIds === undefined)
  ) {
    const heads = titles.filter((t) => !t.startsWith('Phó '))
    return { titles: [...new Set([...titles, ...heads.map((t) => `Phó ${t}`)])] }
  }
  const leveled = posts.filter((p) => !isRoleOnly(p) && p.levels !== undefined)
  const within = new Set(roles.flatMap((p) => p.levels ?? []))
  const levels =
    roles.length > 0 && leveled.length > 0 && leveled.length + roles.length === posts.length
      ? [...new Set(leveled.flatMap((p) => p.levels ?? []))].filter((l) => within.has(l)).sort()
      : [...new Set(posts.flatMap((p) => p.levels ?? []))].sort()
  const unitIds = [...new Set(posts.flatMap((p) => p.unitIds ?? []))]
  if (titles.length > 0 && levels.length > 0)
    problems.push('posts named both by title and by level')
  return {
    ...(titles.length > 0 ? { titles } : {}),
    ...(levels.length > 0 ? { levels } : {}),
    ...(unitIds.length > 0 ? { unitIds } : {}),
  }
}

/** "Cấp trưởng", "cấp phó": every head's or every deputy's level, no title or unit. */
function isRoleOnly(post: PostFilter): boolean {
  const levels = JSON.stringify(post.levels ?? [])
  const only = post.titles === undefined && post.unitIds === undefined
  return only && (levels === JSON.stringify([1, 3, 5]) || levels === JSON.stringify([2, 4, 6]))
}

const GROUPED_ATTRIBUTE: Partial<Record<GroupBy['by'], keyof PersonFilter>> = {
  sex: 'sex',
  staff_category: 'staffCategories',
  degree: 'degrees',
  academic_title: 'academicTitles',
  political_theory: 'politicalTheory',
  state_management: 'stateManagement',
  rank: 'rankCodes',
}

/**
 * "theo loại cán bộ (cán bộ, công chức, viên chức, người lao động)": values named next to the
 * key they are broken down by enumerate the groups; they are not a condition.
 */
function withoutGroupedAttributes(
  filter: PersonFilter,
  groupBy: readonly GroupBy[] | undefined,
): PersonFilter {
  const keys = (groupBy ?? []).flatMap((g) => GROUPED_ATTRIBUTE[g.by] ?? [])
  return keys.length === 0 ? filter : omit(filter, ...keys)
}

/** The value a "top N" list is ranked by, shown next to each name; a birth date is not one. */
const RANKED_FIELD: Partial<Record<OrderField, PersonField>> = {
  salary_coefficient: 'salary_coefficient',
  term_end: 'term_end',
  retirement_date: 'retirement_date',
  joined_state_service: 'service_years',
  joined_ministry: 'ministry_years',
}

/** "Top 3 … hệ số lương cao nhất" is each name and its coefficient; "who is…" the name alone. */
function rankedFields(reading: Reading, choice: MeasureChoice): PersonField[] {
  const fields = listFields(reading)
  const ranked = choice.order === undefined ? undefined : RANKED_FIELD[choice.order.by]
  if (ranked === undefined || (choice.limit ?? 1) <= 1) return fields
  return [...new Set([...fields, ranked])]
}

/** A list is who (the full name) and only the facts the question asks for ("kèm ngày sinh"). */
export function listFields(reading: Reading): PersonField[] {
  // "… gồm những ai, làm ở phòng nào?": the unit of each.
  const where = reading.measures.some((m) => m.word === 'which_kind' || m.word === 'which')
    ? ['unit' as const]
    : []
  return [...new Set<PersonField>(['full_name', ...reading.fields.map((f) => f.field), ...where])]
}

/** The condition or breakdown key that puts a person's fact to use in a count. */
const FIELD_USES: Partial<Record<PersonField, (keyof PersonFilter | GroupBy['by'])[]>> = {
  unit: ['unitIds', 'unit'],
  birth_date: ['birthYear', 'age', 'birth_year'],
  birth_year: ['birthYear', 'birth_year'],
  age: ['age', 'birthYear', 'age_band'],
  sex: ['sex'],
  post: ['post', 'noPost', 'post_title', 'planning'],
  term_end: ['termEnd', 'term_end_year'],
  rank: ['rankCodes', 'rankGrade', 'rank'],
  degree: ['degrees', 'degree'],
  academic_title: ['academicTitles', 'academic_title'],
  political_theory: ['politicalTheory', 'political_theory'],
  state_management: ['stateManagement', 'state_management'],
  staff_category: ['staffCategories', 'staff_category'],
  retirement_date: ['retirement', 'retirement_year'],
  status: ['statuses', 'status'],
  status_date: ['statusDate'],
  joined_ministry: ['joinedMinistry'],
  salary_coefficient: ['salaryCoefficient'],
  home_town: ['homeTowns', 'home_town'],
  service_years: ['serviceYears'],
  ministry_years: ['ministryYears'],
  joined_state_service: ['serviceYears'],
  salary_step: ['salaryStep'],
  ethnicity: ['ethnicity', 'ethnicity'],
  religion: ['religion', 'religion'],
}

/**
 * Facts of a person named in a count that no condition or breakdown uses: "có quê quán",
 * "có chuyên ngành" would be counted as if the words were not there.
 */
function unusedFields(
  reading: Reading,
  filter: PersonFilter,
  groupBy: readonly GroupBy[] | undefined,
): PersonField[] {
  const used = new Set<string>([...Object.keys(filter), ...(groupBy ?? []).map((g) => g.by)])
  return reading.fields
    .map((f) => f.field)
    .filter((field) => field !== 'full_name' && !(FIELD_USES[field] ?? []).some((u) => used.has(u)))
}
