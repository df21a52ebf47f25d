import {
  type AliasableExpression,
  type AliasedExpression,
  type Expression,
  sql,
  type SqlBool,
} from 'kysely'
import type { Measure, NumericField } from '../understand/plan.js'
import { type ColumnKey, columnLabel } from './column-labels.js'
import type { CompileContext, PeopleExpressions } from './compile-context.js'
import { personConditions } from './compile-person-filters.js'
import { ageExpression, serviceYearsExpression } from './person-expressions.js'

/** The aggregate a measure computes (every measure but a list), as one named column. */
export function measureColumn(
  eb: PeopleExpressions,
  measure: Exclude<Measure, { kind: 'list' }>,
  ctx: CompileContext,
): AliasedExpression<unknown, string> {
  return measureExpression(eb, measure, ctx).as(columnLabel(measureLabel(measure), ctx.language))
}

export function measureLabel(measure: Exclude<Measure, { kind: 'list' }>): ColumnKey {
  switch (measure.kind) {
    case 'count':
      return 'people'
    case 'share':
      return 'share'
    case 'avg':
    case 'min':
    case 'max':
      return `${measure.kind}_${measure.of}`
  }
}

/**
 * The measure, rounded to 2 decimals for display; `exact` leaves it unrounded, for ordering by it
 * (two units at 41.588 and 41.592 both show 41.59 but must not tie).
 */
export function measureExpression(
  eb: PeopleExpressions,
  measure: Exclude<Measure, { kind: 'list' }>,
  ctx: CompileContext,
  exact = false,
): AliasableExpression<unknown> {
  const round = (value: AliasableExpression<unknown>): AliasableExpression<unknown> =>
    exact ? value : eb.fn('round', [value, eb.val(2)])
  switch (measure.kind) {
    case 'count':
      return headCount(eb, ctx)
    case 'avg':
      return round(
        ctx.fromCounts === undefined
          ? eb.fn.avg(numericField(eb, measure.of, ctx))
          : weightedAverage(numericField(eb, measure.of, ctx), headCount(eb, ctx)),
      )
    case 'min':
      return eb.fn.min(numericField(eb, measure.of, ctx))
    case 'max':
      return eb.fn.max(numericField(eb, measure.of, ctx))
    case 'share': {
      const part = eb.and(personConditions(measure.part, ctx).map((c) => c(eb)))
      return round(percentOf(headCount(eb, ctx, part), headCount(eb, ctx)))
    }
  }
}

function numericField(
  eb: PeopleExpressions,
  field: NumericField,
  ctx: CompileContext,
): Expression<number> {
  if (field === 'age') return ageExpression(eb, ctx.now)
  if (field === 'service_years') return serviceYearsExpression(eb, 'state', ctx.now)
  if (field === 'ministry_years') return serviceYearsExpression(eb, 'ministry', ctx.now)
  return eb.ref(
    field === 'salary_step' ? 'p.salary_step' : 'p.salary_coefficient',
  ) as Expression<number>
}

/**
 * How many people the rows stand for, or those of them that meet `where`: one a row of
 * chat.people, `people` a row of chat.people_counts (0, not null, when no row does).
 */
function headCount(
  eb: PeopleExpressions,
  ctx: CompileContext,
  where?: Expression<SqlBool>,
): AliasableExpression<number> {
  if (ctx.fromCounts === undefined)
    return where === undefined
      ? eb.fn.countAll<number>()
      : eb.fn.countAll<number>().filterWhere(where)
  const people = eb.fn.sum<number>(sql.ref('p.people'))
  return eb.fn.coalesce(where === undefined ? people : people.filterWhere(where), eb.val(0))
}

/** The average over the people a head count stands for: Σ value × people / Σ people. */
function weightedAverage(
  value: Expression<number>,
  people: Expression<unknown>,
): AliasableExpression<number> {
  return sql<number>`1.0 * sum(${value} * p.people) / nullif(${people}, 0)`
}

/**
 * 100 × part / total as a decimal. Kysely has no builder for NULLIF, which keeps an empty set
 * from dividing by zero; this is the one raw SQL fragment of the compiler.
 */
function percentOf(
  part: Expression<unknown>,
  total: Expression<unknown>,
): AliasableExpression<number> {
  return sql<number>`100.0 * ${part} / nullif(${total}, 0)`
}
