import type { AliasedExpression, Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely'
import type { MovementsPlan } from '../understand/plan.js'
import type { ChatViews, MovementsView } from './chat-view-types.js'
import { type ColumnKey, columnLabel } from './column-labels.js'
import type { CompileContext, PeopleExpressions } from './compile-context.js'
import { LIST_LIMIT } from './compile-people-list.js'
import { selectField } from './person-expressions.js'
import { dayValue } from './sql-literal.js'
import { subtreePattern } from './unit-pattern.js'

type MovementExpressions = ExpressionBuilder<ChatViews & { m: MovementsView }, 'm'>

const KEY_COLUMNS = { year: 'm.year', reason: 'm.reason', direction: 'm.direction' } as const

/**
 * Joins and exits (chat.movements: one 'in' row per person who joined, one 'out' row per
 * person who left, with the reason), counted overall or per year, reason or direction. The
 * unit is the row's own; sex comes from the person's record. A list names each person, in the
 * order of the events, with the asked fields of their record (the builder joined with the
 * person is the people builder's: its fields read only `p`).
 */
export function compileMovementsPlan(
  db: Kysely<ChatViews>,
  plan: MovementsPlan,
  ctx: CompileContext,
) {
  let query = db.selectFrom('chat.movements as m')
  if (plan.direction !== 'both') query = query.where('m.direction', '=', plan.direction)
  const reasons = plan.reasons
  if (reasons !== undefined)
    query = query.where((eb) =>
      reasons.length === 1 ? eb('m.reason', '=', reasons[0]!) : eb('m.reason', 'in', reasons),
    )
  const years = yearCondition(plan)
  if (years !== undefined) query = query.where(years)
  const { from, to } = plan.dates ?? {}
  if (from !== undefined) query = query.where('m.event_date', '>=', dayValue(from))
  if (to !== undefined) query = query.where('m.event_date', '<=', dayValue(to))
  const paths = (plan.unitIds ?? []).map((id) => subtreePattern(id, ctx))
  // The unit of a join or an exit is on its row: the units of the subtree, a few hundred, are
  // matched by id, where joining each row's person to read their path cost an index probe per
  // row (0.6 s for one department's exits over six years at national scale).
  const inUnits =
    paths.length === 0
      ? query
      : query.where('m.unit_id', 'in', (eb) =>
          eb
            .selectFrom('chat.units as u')
            .select('u.id')
            .where((u) => u.or(paths.map((path) => u('u.path', 'like', path)))),
        )
  const sex = plan.sex
  if (plan.list !== undefined) {
    const fields = plan.list
    const people = inUnits.innerJoin('chat.people as p', 'p.id', 'm.person_id')
    return (sex === undefined ? people : people.where('p.sex', '=', sex))
      .select((eb) => fields.map((f) => selectField(eb as PeopleExpressions, f, ctx)))
      .orderBy('m.event_date')
      .orderBy('p.full_name')
      .orderBy('p.id')
      .limit(LIST_LIMIT)
  }
  const scoped =
    sex === undefined
      ? inUnits
      : inUnits.innerJoin('chat.people as p', 'p.id', 'm.person_id').where('p.sex', '=', sex)
  const keys = plan.groupBy ?? []
  const selected = scoped.select((eb) => [
    ...keys.map((key) => keyColumn(eb, key, ctx)),
    eb.fn.countAll().as(columnLabel('people', ctx.language)),
  ])
  const columns = keys.map((key) => KEY_COLUMNS[key])
  if (columns.length === 0) return selected
  return columns.reduce((q, column) => q.orderBy(column), selected.groupBy(columns))
}

/**
 * Years as bounds on the event's date (`year` is the year of `event_date`, never null): a date
 * compared with a literal is leakproof, so under row-level security it can use an index on the
 * date, where extract(year …) ran on every person's record first.
 */
function yearCondition(
  plan: MovementsPlan,
): ((eb: MovementExpressions) => Expression<SqlBool>) | undefined {
  const { min, max } = plan.years
  const from = min === undefined ? undefined : dayValue(`${yearText(min)}-01-01`)
  const to = max === undefined ? undefined : dayValue(`${yearText(max)}-12-31`)
  if (from !== undefined && to !== undefined) return (eb) => eb.between('m.event_date', from, to)
  if (from !== undefined) return (eb) => eb('m.event_date', '>=', from)
  if (to !== undefined) return (eb) => eb('m.event_date', '<=', to)
  return undefined
}

function yearText(year: number): string {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Year ${year}`)
  return String(year).padStart(4, '0')
}

function keyColumn(
  eb: MovementExpressions,
  key: NonNullable<MovementsPlan['groupBy']>[number],
  ctx: CompileContext,
): AliasedExpression<unknown, string> {
  const labels: Record<typeof key, ColumnKey> = {
    year: 'year',
    reason: 'reason',
    direction: 'direction',
  }
  return eb.ref(KEY_COLUMNS[key]).as(columnLabel(labels[key], ctx.language))
}
