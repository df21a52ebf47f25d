import type { AliasableExpression, AliasedExpression, Expression } from 'kysely'
import type { PersonField } from '../understand/plan.js'
import { columnLabel } from './column-labels.js'
import type { CompileContext, PeopleExpressions } from './compile-context.js'
import { dayValue } from './sql-literal.js'

/** Age in whole years on the plan's "today" (the view's `age` column reads the clock instead). */
export function ageExpression(eb: PeopleExpressions, now: string): AliasableExpression<number> {
  return eb.fn<number>('hr_age_years', [eb.ref('p.birth_date'), eb.val(dayValue(now))])
}

/**
 * Length of service in whole years on the plan's "today": since joining the state service
 * (thâm niên công tác) or the ministry. Counted like an age, so "trên 20 năm" is 21 years or more.
 */
export function serviceYearsExpression(
  eb: PeopleExpressions,
  since: 'state' | 'ministry',
  now: string,
): AliasableExpression<number> {
  const column = since === 'state' ? 'p.joined_state_service' : 'p.joined_ministry'
  return eb.fn<number>('hr_age_years', [eb.ref(column), eb.val(dayValue(now))])
}

type PlainColumn =
  | 'p.full_name'
  | 'p.unit_name'
  | 'p.birth_date'
  | 'p.post_title'
  | 'p.post_start'
  | 'p.post_term_end'
  | 'p.rank_name'
  | 'p.salary_step'
  | 'p.salary_coefficient'
  | 'p.retirement_date'
  | 'p.status_date'
  | 'p.joined_ministry'
  | 'p.joined_state_service'
  | 'p.field_of_study'
  | 'p.home_town'
  | 'p.birth_year'
  | 'p.sex'
  | 'p.status'
  | 'p.staff_category'
  | 'p.highest_degree'
  | 'p.academic_title'
  | 'p.political_theory'
  | 'p.state_management'

/** Columns as stored: codes ('female', 'thac_si') stay codes, as the views hold them. */
const PLAIN: Partial<Record<PersonField, PlainColumn>> = {
  full_name: 'p.full_name',
  unit: 'p.unit_name',
  birth_date: 'p.birth_date',
  post: 'p.post_title',
  post_start: 'p.post_start',
  term_end: 'p.post_term_end',
  rank: 'p.rank_name',
  salary_step: 'p.salary_step',
  salary_coefficient: 'p.salary_coefficient',
  retirement_date: 'p.retirement_date',
  status_date: 'p.status_date',
  joined_ministry: 'p.joined_ministry',
  joined_state_service: 'p.joined_state_service',
  field_of_study: 'p.field_of_study',
  home_town: 'p.home_town',
  birth_year: 'p.birth_year',
  sex: 'p.sex',
  status: 'p.status',
  staff_category: 'p.staff_category',
  degree: 'p.highest_degree',
  academic_title: 'p.academic_title',
  political_theory: 'p.political_theory',
  state_management: 'p.state_management',
}

/** The expression of a person field, before it is named. */
export function fieldExpression(
  eb: PeopleExpressions,
  field: PersonField,
  ctx: CompileContext,
): AliasableExpression<unknown> {
  if (field === 'age') return ageExpression(eb, ctx.now)
  if (field === 'service_years') return serviceYearsExpression(eb, 'state', ctx.now)
  if (field === 'ministry_years') return serviceYearsExpression(eb, 'ministry', ctx.now)
  if (field === 'post_since') return postSince(eb) as AliasableExpression<unknown>
  if (field === 'retirement_year' || field === 'term_end_year' || field === 'joined_year') {
    const date =
      field === 'retirement_year'
        ? 'p.retirement_date'
        : field === 'term_end_year'
          ? 'p.post_term_end'
          : 'p.joined_ministry'
    return eb.cast(eb.fn('date_part', [eb.val('year'), eb.ref(date)]), 'integer')
  }
  if (field === 'ethnicity' || field === 'religion') return privateField(eb, field)
  const plain = PLAIN[field]
  if (plain === undefined) throw new RangeError(`No column for ${field}`)
  return eb.ref(plain)
}

/** A person field named by its column label in the question's language. */
export function selectField(
  eb: PeopleExpressions,
  field: PersonField,
  ctx: CompileContext,
): AliasedExpression<unknown, string> {
  return fieldExpression(eb, field, ctx).as(columnLabel(field, ctx.language))
}

/** A sensitive attribute of the person, from their private record (the sensitive tier's view). */
function privateField(
  eb: PeopleExpressions,
  field: 'ethnicity' | 'religion',
): AliasableExpression<unknown> {
  return eb
    .selectFrom('chat.people_private as pp')
    .select(field === 'ethnicity' ? 'pp.ethnicity' : 'pp.religion')
    .whereRef('pp.person_id', '=', 'p.id')
}

/**
 * When the person took their current post: the first appointment to that same post,
 * reappointments included (a reappointment does not restart the time in post).
 */
export function postSince(eb: PeopleExpressions): Expression<unknown> {
  return eb
    .selectFrom('chat.appointments as a')
    .select((a) => a.fn.min('a.start_date').as('since'))
    .whereRef('a.person_id', '=', 'p.id')
    .where('a.post_id', '=', (c) =>
      c
        .selectFrom('chat.appointments as c')
        .select('c.post_id')
        .whereRef('c.person_id', '=', 'p.id')
        .where('c.end_date', 'is', null),
    )
}
