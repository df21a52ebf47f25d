import {
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SelectQueryBuilder,
  type SqlBool,
  sql,
} from 'kysely'
import type { MovementsPlan } from '../understand/plan.js'
import type { ChatViews, MovementsView, UnitsView } from './chat-view-types.js'
import { type ColumnKey, columnLabel } from './column-labels.js'
import type { CompileContext, PeopleExpressions } from './compile-context.js'
import { LIST_LIMIT } from './compile-people-list.js'
import { selectField } from './person-expressions.js'
import { dayValue } from './sql-literal.js'
import { subtreePattern } from './unit-pattern.js'

type MovementExpressions = ExpressionBuilder<ChatViews & { m: MovementsView }, 'm'>
type GroupExpressions = ExpressionBuilder<
  ChatViews & { m: MovementsView; mu: UnitsView; g: UnitsView },
  'm' | 'mu' | 'g'
>
type Key = NonNullable<MovementsPlan['groupBy']>[number]

const KEY_COLUMNS = { year: 'm.year', reason: 'm.reason', direction: 'm.direction' } as const
const KEY_LABELS: Record<Key, ColumnKey> = {
  year: 'year',
  reason: 'reason',
  direction: 'direction',
  unit: 'unit',
}

/**
 * Joins and exits (chat.movements: one 'in' row per person who joined, one 'out' row per
 * person who left, with the reason), counted overall or per year, reason, direction or unit.
 * The unit is the row's own; sex comes from the person's record. A list names each person, in
 * the order of the events, with the asked fields of their record (the builder joined with the
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
  const count = columnLabel('people', ctx.language)
  if (keys.length === 0) return scoped.select((eb) => eb.fn.countAll().as(count))
  const joined = keys.includes('unit')
    ? withUnit(scoped, plan.unitIds?.length === 1)
    : // No unit key reads `mu` or `g`: the query without them selects and groups the same.
      (scoped as unknown as ReturnType<typeof withUnit>)
  const positions = keys.map((_, i) => sql.lit(i + 1))
  let grouped = joined
    .select((eb) => [...keys.map((key) => keyColumn(eb, key, ctx)), eb.fn.countAll().as(count)])
    .groupBy(positions)
  // "Đơn vị nào tuyển dụng nhiều nhất": the groups by their count; units, largest first.
  const byCount = plan.order ?? (keys.includes('unit') ? 'desc' : undefined)
  if (byCount !== undefined) grouped = grouped.orderBy(sql.lit(keys.length + 1), byCount)
  grouped = positions.reduce((q, p) => q.orderBy(p), grouped)
  return plan.limit === undefined ? grouped : grouped.limit(plan.limit)
}

/**
 * The unit `g` each join or exit is counted in: its own unit, under the one unit asked about,
 * or the top-level unit whose subtree holds it.
 */
function withUnit(
  query: SelectQueryBuilder<ChatViews & { m: MovementsView }, 'm', object>,
  own: boolean,
) {
  return query
    .innerJoin('chat.units as mu', 'mu.id', 'm.unit_id')
    .innerJoin('chat.units as g', (join) =>
      own
        ? join.onRef('g.id', '=', 'mu.id')
        : join
            .on('g.depth', '=', 1)
            .on((eb) =>
              eb('mu.path', 'like', eb.fn<string>('concat', [eb.ref('g.path'), eb.val('%')])),
            ),
    )
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

function keyColumn(eb: GroupExpressions, key: Key, ctx: CompileContext) {
  const label = columnLabel(KEY_LABELS[key], ctx.language)
  return key === 'unit' ? eb.ref('g.name').as(label) : eb.ref(KEY_COLUMNS[key]).as(label)
}
