import type { AppointmentsPlan, DisciplinesPlan, PersonField } from '../plan.js'
import { combined, folded, WHO_ASKED } from './measure.js'
import { mergeFilterParts } from './merge-filters.js'
import { listFields, type PlanDraft } from './people-plan.js'
import type { Reading } from './reading.js'
import type { ResolvedUnits } from './units.js'

/**
 * Discipline decisions: how many decisions ("bao nhiêu quyết định kỷ luật"), how many people,
 * or who, with the form, dates asked for. Everyone counts unless the question says working or
 * asks for measures still in effect.
 */
export function buildDisciplinesPlan(
  reading: Reading,
  units: ResolvedUnits,
): PlanDraft<DisciplinesPlan> {
  const problems = [...units.problems]
  const facets = new Set(reading.disciplines.map((d) => d.facet))
  const forms = [...new Set(reading.disciplines.flatMap((d) => d.forms))]
  const { filter } = mergeFilterParts(reading.filters)
  const extra = Object.keys(filter).filter(
    (k) => k !== 'statuses' && k !== 'sex' && k !== 'staffCategories',
  )
  if (extra.length > 0) problems.push(`conditions disciplines do not have: ${extra.join(', ')}`)
  const working = filter.statuses?.length === 1 && filter.statuses[0] === 'working'
  if (filter.statuses !== undefined && !working) problems.push('a status other than working')
  if (reading.periods.length > 1) problems.push('more than one time span')
  const listed =
    reading.measures.some((m) => m.word === 'list') &&
    !reading.measures.some((m) => m.word === 'count')
  const fields = (['form', 'decided_on', 'effective_until'] as const).filter((f) => facets.has(f))
  // "Số quyết định kỷ luật theo từng năm từ 2021 đến 2025": a count per year of the decision.
  const yearly = !listed && reading.groups.length === 1 && reading.groups[0] === 'year'
  problems.push(...severalUnits(reading, units))
  const plan: DisciplinesPlan = {
    subject: 'disciplines',
    measure: listed ? 'list' : facets.has('decisions') ? 'count_decisions' : 'count_people',
    ...(forms.length > 0 ? { forms } : {}),
    ...(reading.periods[0] === undefined ? {} : { decided: reading.periods[0].range }),
    ...(facets.has('in_effect') ? { inEffect: true } : {}),
    ...(units.subtrees.length > 0 ? { unitIds: [...units.subtrees] } : {}),
    // A measure still in effect binds people still working: "đang bị kỷ luật", "công chức
    // đang trong thời hạn kỷ luật" are of the current staff, not of those dismissed.
    ...(working || facets.has('in_effect') ? { workingOnly: true } : {}),
    ...(filter.sex === undefined ? {} : { sex: filter.sex }),
    ...(filter.staffCategories === undefined ? {} : { staffCategories: filter.staffCategories }),
    ...(listed && fields.length > 0 ? { fields } : {}),
    ...(yearly ? { groupBy: 'year' as const } : {}),
  }
  if (reading.groups.length > 0 && !yearly) problems.push('a breakdown of disciplines')
  return { plan, problems }
}

/** Appointments to leadership posts (bổ nhiệm lần đầu, bổ nhiệm lại), per year when asked. */
export function buildAppointmentsPlan(
  reading: Reading,
  units: ResolvedUnits,
): PlanDraft<AppointmentsPlan> {
  const problems = [...units.problems]
  const kinds = [...new Set(reading.appointments.flatMap((k) => k ?? []))]
  if (reading.filters.length > 0) problems.push('conditions appointments do not have')
  if (reading.groups.some((g) => g !== 'year')) problems.push('a breakdown of appointments')
  // "Ai được bổ nhiệm lần đầu năm 2026?": the people appointed, in the order they were.
  const list = listOfPeople(reading)
  if (list !== undefined && reading.groups.length > 0) problems.push('a list in a breakdown')
  // The plan counts whole years: "12 tháng qua" or "quý 3" would silently become a year. A
  // span ending today ("từ đầu năm đến nay") is its year: no appointment is dated ahead.
  if (reading.periods.some((p) => !wholeYears(p.range, p.shape === 'past')))
    problems.push('a span of appointments that is not whole years')
  if (reading.periods.length > 1) problems.push('more than one time span')
  // "Bổ nhiệm lần đầu Phó Vụ trưởng": appointments to that post; a post of a named unit
  // ("Cục trưởng Cục Viễn thông") or two posts at once are not read.
  const posts = reading.posts.map((p) => p.tag.post)
  if (posts.length > 1 || units.posts.length > 0 || posts.some((p) => p.unitIds !== undefined))
    problems.push('a post of appointments the plan does not read')
  const { titles, levels } = posts[0] ?? {}
  const post = {
    ...(titles === undefined ? {} : { titles: [...titles] }),
    ...(levels === undefined ? {} : { levels: [...levels] }),
  }
  problems.push(...severalUnits(reading, units))
  const plan: AppointmentsPlan = {
    subject: 'appointments',
    years: reading.periods[0]?.years ?? {},
    ...(kinds.length > 0 ? { kinds } : {}),
    ...(Object.keys(post).length > 0 ? { post } : {}),
    ...(units.subtrees.length > 0 ? { unitIds: [...units.subtrees] } : {}),
    ...(list === undefined ? {} : { list }),
    ...(reading.groups.includes('year') && list === undefined ? { groupBy: 'year' as const } : {}),
  }
  return { plan, problems }
}

/** The span is whole calendar years (or, `endsToday`, ends on today in its last year). */
export function wholeYears(
  range: { readonly from?: string; readonly to?: string },
  endsToday: boolean,
): boolean {
  return (
    (range.from === undefined || range.from.endsWith('-01-01')) &&
    (range.to === undefined || endsToday || range.to.endsWith('-12-31'))
  )
}

/**
 * Events of several units named side by side ("so sánh … của Cục A và Cục B") are asked one unit
 * at a time, which these plans do not break down by; their sum would answer something else.
 */
export function severalUnits(reading: Reading, units: ResolvedUnits): string[] {
  return units.subtrees.length > 1 && !combined(reading)
    ? ['events of several units side by side']
    : []
}

/**
 * The people an event question asks for by "ai", "danh sách", "which people", with the facts of
 * them it names; undefined when it asks only how many. "Bao nhiêu người …, là những ai?" is
 * answered by the list, whose rows are the count.
 */
export function listOfPeople(reading: Reading): PersonField[] | undefined {
  const lists = reading.measures.filter((m) => m.word === 'list')
  const counted = reading.measures.some((m) => m.word === 'count')
  const who = lists.some((m) => WHO_ASKED.has(folded(reading.spanWords[m.span])))
  if (lists.length === 0 || (counted && !who)) return undefined
  return listFields(reading)
}
