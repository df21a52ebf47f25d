import type { Expression, SqlBool } from 'kysely'
import type { Bounds, DateRange, IntRange, PersonFilter, PostFilter } from '../understand/plan.js'
import type { CompileContext, PeopleExpressions } from './compile-context.js'
import { dayValue } from './sql-literal.js'
import { serviceYearsExpression } from './person-expressions.js'
import { sensitiveConditions } from './compile-sensitive-filters.js'
import { subtreePattern } from './unit-pattern.js'

export type Condition = (eb: PeopleExpressions) => Expression<SqlBool>

/** Each filter of the plan as one condition on `p` (chat.people); all of them must hold. */
export function personConditions(filter: PersonFilter, ctx: CompileContext): Condition[] {
  const out: Condition[] = []
  if (filter.unitIds !== undefined) out.push(subtreeCondition(filter.unitIds, ctx))
  if (filter.personIds !== undefined) {
    const ids = filter.personIds
    out.push((eb) => eb('p.id', 'in', ids))
  }
  if (filter.publicService !== undefined) {
    const publicService = filter.publicService
    out.push((eb) =>
      eb(
        'p.unit_id',
        'in',
        eb
          .selectFrom('chat.units as u')
          .select('u.id')
          .where('u.is_public_service', '=', publicService),
      ),
    )
  }
  pushIn(out, 'p.status', filter.statuses)
  if (filter.sex !== undefined) {
    const sex = filter.sex
    out.push((eb) => eb('p.sex', '=', sex))
  }
  pushIn(out, 'p.rank_code', filter.rankCodes)
  pushIn(out, 'p.staff_category', filter.staffCategories)
  pushIn(out, 'p.highest_degree', filter.degrees)
  pushIn(out, 'p.academic_title', filter.academicTitles)
  pushIn(out, 'p.political_theory', filter.politicalTheory)
  pushIn(out, 'p.state_management', filter.stateManagement)
  const without = filter.without ?? {}
  pushNoneOf(out, 'p.highest_degree', without.degrees)
  pushNoneOf(out, 'p.political_theory', without.politicalTheory)
  pushNoneOf(out, 'p.state_management', without.stateManagement)
  for (const attribute of filter.lacks ?? []) {
    const column = LACKED[attribute]
    out.push((eb) => eb(column, 'is', null))
  }
  out.push(...birthDateRange(ageBirthDates(filter.age, ctx.now)))
  out.push(...birthDateRange(birthYearDates(filter.birthYear)))
  out.push(...intRange((eb) => eb.ref('p.rank_grade'), filter.rankGrade))
  out.push(...bounds((eb) => eb.ref('p.salary_coefficient'), filter.salaryCoefficient))
  out.push(...intRange((eb) => serviceYearsExpression(eb, 'state', ctx.now), filter.serviceYears))
  out.push(
    ...intRange((eb) => serviceYearsExpression(eb, 'ministry', ctx.now), filter.ministryYears),
  )
  pushIn(out, 'p.home_town', filter.homeTowns)
  out.push(...bounds((eb) => eb.ref('p.salary_step'), filter.salaryStep))
  if (filter.post !== undefined) out.push(...postConditions(filter.post))
  if (filter.noPost === true) out.push((eb) => eb('p.post_title', 'is', null))
  out.push(...dateRange('p.retirement_date', filter.retirement))
  out.push(...dateRange('p.post_term_end', filter.termEnd))
  out.push(...dateRange('p.joined_ministry', filter.joinedMinistry))
  out.push(...dateRange('p.status_date', filter.statusDate))
  out.push(...historyConditions(filter))
  out.push(...sensitiveConditions(filter))
  return out
}

const LACKED = {
  political_theory: 'p.political_theory',
  state_management: 'p.state_management',
  academic_title: 'p.academic_title',
} as const

type ListColumn =
  | 'p.status'
  | 'p.rank_code'
  | 'p.staff_category'
  | 'p.highest_degree'
  | 'p.academic_title'
  | 'p.political_theory'
  | 'p.state_management'
  | 'p.home_town'
  | 'p.post_title'

function pushIn(out: Condition[], column: ListColumn, values: readonly string[] | undefined) {
  if (values === undefined || values.length === 0) return
  const list = [...values]
  out.push(list.length === 1 ? (eb) => eb(column, '=', list[0]!) : (eb) => eb(column, 'in', list))
}

/** None of the values: another one, or none recorded (NOT IN alone would drop the nulls). */
function pushNoneOf(out: Condition[], column: ListColumn, values: readonly string[] | undefined) {
  if (values === undefined || values.length === 0) return
  const list = [...values]
  out.push((eb) => eb.or([eb(column, 'is', null), eb(column, 'not in', list)]))
}

function subtreeCondition(unitIds: readonly number[], ctx: CompileContext): Condition {
  const paths = unitIds.map((id) => subtreePattern(id, ctx))
  return (eb) =>
    paths.length === 1
      ? eb('p.unit_path', 'like', paths[0]!)
      : eb.or(paths.map((path) => eb('p.unit_path', 'like', path)))
}

function postConditions(post: PostFilter): Condition[] {
  const out: Condition[] = []
  if (post.titles === undefined && post.levels === undefined && post.unitIds === undefined)
    out.push((eb) => eb('p.post_title', 'is not', null))
  pushIn(out, 'p.post_title', post.titles)
  const units = post.unitIds
  if (units !== undefined)
    out.push((eb) =>
      units.length === 1 ? eb('p.post_unit_id', '=', units[0]!) : eb('p.post_unit_id', 'in', units),
    )
  const levels = post.levels
  if (levels !== undefined)
    out.push((eb) =>
      levels.length === 1 ? eb('p.post_level', '=', levels[0]!) : eb('p.post_level', 'in', levels),
    )
  return out
}

type Operand = (eb: PeopleExpressions) => Expression<number | null>

function intRange(operand: Operand, range: IntRange | undefined): Condition[] {
  if (range === undefined) return []
  const { min, max } = range
  if (min !== undefined && max !== undefined)
    return min === max
      ? [(eb) => eb(operand(eb), '=', min)]
      : [(eb) => eb.between(operand(eb), min, max)]
  if (min !== undefined) return [(eb) => eb(operand(eb), '>=', min)]
  if (max !== undefined) return [(eb) => eb(operand(eb), '<=', max)]
  return []
}

function bounds(operand: Operand, limits: Bounds | undefined): Condition[] {
  if (limits === undefined) return []
  const out: Condition[] = []
  const { gt, gte, lt, lte } = limits
  if (gte !== undefined && lte !== undefined && gte === lte)
    return [(eb) => eb(operand(eb), '=', gte)]
  if (gt !== undefined) out.push((eb) => eb(operand(eb), '>', gt))
  if (gte !== undefined) out.push((eb) => eb(operand(eb), '>=', gte))
  if (lt !== undefined) out.push((eb) => eb(operand(eb), '<', lt))
  if (lte !== undefined) out.push((eb) => eb(operand(eb), '<=', lte))
  return out
}

/**
 * Ages and birth years as bounds on the birth date itself. A plain date compared with a literal
 * is leakproof, so under row-level security it can use the birth-date index and costs no function
 * call per person; `hr_age_years` on every row took seconds at national scale. Inclusive bounds,
 * 'YYYY-MM-DD'.
 */
interface BirthDates {
  readonly from?: string
  readonly to?: string
}

/**
 * hr_age_years(b, at) >= n  ⇔  b <= at − n years, where "− n years" keeps the month and day and
 * turns 29 February into 28 February in a common year, as PostgreSQL's date − interval does.
 * So age ≤ n ⇔ age < n + 1 ⇔ b > at − (n + 1) years ⇔ b ≥ (at − (n + 1) years) + 1 day.
 */
export function ageBirthDates(range: IntRange | undefined, now: string): BirthDates | undefined {
  if (range === undefined) return undefined
  const { min, max } = range
  return {
    ...(max === undefined ? {} : { from: nextDay(yearsBefore(now, max + 1)) }),
    ...(min === undefined ? {} : { to: yearsBefore(now, min) }),
  }
}

function birthYearDates(range: IntRange | undefined): BirthDates | undefined {
  if (range === undefined) return undefined
  const { min, max } = range
  return {
    ...(min === undefined ? {} : { from: `${yearText(min)}-01-01` }),
    ...(max === undefined ? {} : { to: `${yearText(max)}-12-31` }),
  }
}

function birthDateRange(range: BirthDates | undefined): Condition[] {
  if (range === undefined) return []
  const from = range.from === undefined ? undefined : dayValue(range.from)
  const to = range.to === undefined ? undefined : dayValue(range.to)
  if (from !== undefined && to !== undefined)
    return [(eb) => eb.between(eb.ref('p.birth_date'), from, to)]
  if (from !== undefined) return [(eb) => eb('p.birth_date', '>=', from)]
  if (to !== undefined) return [(eb) => eb('p.birth_date', '<=', to)]
  return []
}

function yearsBefore(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const year = y - years
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const dayOfMonth = m === 2 && d === 29 && !leap ? 28 : d
  return `${yearText(year)}-${pad(m)}-${pad(dayOfMonth)}`
}

function nextDay(day: string): string {
  const next = new Date(dayValue(day).getTime() + 86_400_000)
  return next.toISOString().slice(0, 10)
}

function yearText(year: number): string {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Year ${year}`)
  return String(year).padStart(4, '0')
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

type DateColumn = 'p.retirement_date' | 'p.post_term_end' | 'p.joined_ministry' | 'p.status_date'

function dateRange(column: DateColumn, range: DateRange | undefined): Condition[] {
  if (range === undefined) return []
  const from = range.from === undefined ? undefined : dayValue(range.from)
  const to = range.to === undefined ? undefined : dayValue(range.to)
  if (from !== undefined && to !== undefined) return [(eb) => eb.between(eb.ref(column), from, to)]
  if (from !== undefined) return [(eb) => eb(column, '>=', from)]
  if (to !== undefined) return [(eb) => eb(column, '<=', to)]
  return []
}

/** Evaluations and planning are histories: a person matches when one of their rows does. */
function historyConditions(filter: PersonFilter): Condition[] {
  const out: Condition[] = []
  const evaluation = filter.evaluation
  const { min: first, max: last } = evaluation?.years ?? {}
  if (evaluation?.everyYear === true && first !== undefined && last !== undefined)
    // Rated at one of the levels in each year: as many distinct years as the span has.
    out.push((eb) => {
      let query = eb
        .selectFrom('chat.evaluations as e')
        .select((e) => e.fn.count('e.year').distinct().as('years'))
        .whereRef('e.person_id', '=', 'p.id')
        .where('e.year', '>=', first)
        .where('e.year', '<=', last)
      const levels = evaluation.levels
      if (levels !== undefined)
        query = query.where((e) =>
          levels.length === 1 ? e('e.level', '=', levels[0]!) : e('e.level', 'in', levels),
        )
      return eb(query, '=', last - first + 1)
    })
  else if (evaluation !== undefined)
    out.push((eb) => {
      let query = eb
        .selectFrom('chat.evaluations as e')
        .select('e.person_id')
        .whereRef('e.person_id', '=', 'p.id')
      const { year, years } = evaluation
      if (year !== undefined) query = query.where('e.year', '=', year)
      if (years?.min !== undefined) query = query.where('e.year', '>=', years.min)
      if (years?.max !== undefined) query = query.where('e.year', '<=', years.max)
      const levels = evaluation.levels
      if (levels !== undefined)
        query = query.where((e) =>
          levels.length === 1 ? e('e.level', '=', levels[0]!) : e('e.level', 'in', levels),
        )
      return eb.exists(query)
    })
  const award = filter.award
  if (award !== undefined)
    out.push((eb) => {
      let query = eb
        .selectFrom('chat.awards as w')
        .select('w.person_id')
        .whereRef('w.person_id', '=', 'p.id')
      if (award.kind !== undefined) query = query.where('w.kind', '=', award.kind)
      if (award.year !== undefined) query = query.where('w.year', '=', award.year)
      return eb.exists(query)
    })
  const training = filter.training
  if (training !== undefined)
    out.push((eb) =>
      eb.exists(
        eb
          .selectFrom('chat.trainings as t')
          .select('t.person_id')
          .whereRef('t.person_id', '=', 'p.id')
          .where('t.kind', '=', training.kind)
          .where('t.level', '=', training.level),
      ),
    )
  const planning = filter.planning
  if (planning !== undefined)
    out.push((eb) => {
      let pool = eb
        .selectFrom('chat.planning as pl')
        .select('pl.person_id')
        .whereRef('pl.person_id', '=', 'p.id')
        .where('pl.active', '=', true)
      if (planning.titles !== undefined) pool = pool.where('pl.post_title', 'in', planning.titles)
      if (planning.levels !== undefined) pool = pool.where('pl.post_level', 'in', planning.levels)
      if (planning.unitIds !== undefined)
        pool = pool.where('pl.post_unit_id', 'in', planning.unitIds)
      return eb.exists(pool)
    })
  return out
}
