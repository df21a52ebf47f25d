import type { Expression, SelectQueryBuilder } from 'kysely'
import type { PeoplePlan, PersonField } from '../understand/plan.js'
import type { CompileContext, PeopleExpressions, PeopleScope } from './compile-context.js'
import { postSince, selectField } from './person-expressions.js'

/** Rows a list answer returns at most; the executor caps again. */
export const LIST_LIMIT = 200

type ListMeasure = Extract<PeoplePlan['measure'], { kind: 'list' }>

/**
 * A list of people: the asked fields, in the asked order (oldest first, earliest term end…)
 * with the id as the tie-break, or by name.
 */
export function compilePeopleList(
  query: SelectQueryBuilder<PeopleScope, 'p', object>,
  plan: PeoplePlan,
  measure: ListMeasure,
  ctx: CompileContext,
) {
  const fields: readonly PersonField[] = measure.fields
  let list = query.select((eb) => fields.map((f) => selectField(eb, f, ctx)))
  const order = plan.order
  const by = order?.by
  if (order !== undefined && by !== undefined && by !== 'measure')
    list = list.orderBy((eb) => orderExpression(eb, by), order.dir)
  else list = list.orderBy('p.full_name')
  return list.orderBy('p.id').limit(plan.limit ?? LIST_LIMIT)
}

type ListOrder = Exclude<NonNullable<PeoplePlan['order']>['by'], 'measure'>

function orderExpression(eb: PeopleExpressions, by: ListOrder): Expression<unknown> {
  switch (by) {
    case 'birth_date':
      return eb.ref('p.birth_date')
    case 'salary_coefficient':
      return eb.ref('p.salary_coefficient')
    case 'retirement_date':
      return eb.ref('p.retirement_date')
    case 'term_end':
      return eb.ref('p.post_term_end')
    case 'post_since':
      return postSince(eb)
    case 'joined_state_service':
      return eb.ref('p.joined_state_service')
    case 'joined_ministry':
      return eb.ref('p.joined_ministry')
  }
}
