import { type Kysely, sql } from 'kysely'
import type { AppointmentsPlan, DisciplinesPlan } from '../understand/plan.js'
import type { ChatViews } from './chat-view-types.js'
import { type ColumnKey, columnLabel } from './column-labels.js'
import type { CompileContext, PeopleExpressions } from './compile-context.js'
import { LIST_LIMIT } from './compile-people-list.js'
import { selectField } from './person-expressions.js'
import { dayValue } from './sql-literal.js'
import { subtreePattern } from './unit-pattern.js'

/**
 * Discipline decisions (a sensitive view): how many decisions, how many people, or who with
 * the asked details. Everyone they concern counts unless the question says working staff.
 */
export function compileDisciplinesPlan(
  db: Kysely<ChatViews>,
  plan: DisciplinesPlan,
  ctx: CompileContext,
) {
  const label = (key: ColumnKey) => columnLabel(key, ctx.language)
  let query = db
    .selectFrom('chat.disciplines as d')
    .innerJoin('chat.people as p', 'p.id', 'd.person_id')
  const forms = plan.forms
  if (forms !== undefined)
    query = query.where((eb) =>
      forms.length === 1 ? eb('d.form', '=', forms[0]!) : eb('d.form', 'in', forms),
    )
  const { from, to } = plan.decided ?? {}
  if (from !== undefined) query = query.where('d.decided_on', '>=', dayValue(from))
  if (to !== undefined) query = query.where('d.decided_on', '<=', dayValue(to))
  if (plan.inEffect === true) query = query.where('d.effective_until', '>=', dayValue(ctx.now))
  if (plan.workingOnly === true) query = query.where('p.status', '=', 'working')
  const { sex, staffCategories } = plan
  if (sex !== undefined) query = query.where('p.sex', '=', sex)
  if (staffCategories !== undefined)
    query = query.where((eb) =>
      staffCategories.length === 1
        ? eb('p.staff_category', '=', staffCategories[0]!)
        : eb('p.staff_category', 'in', staffCategories),
    )
  const paths = (plan.unitIds ?? []).map((id) => subtreePattern(id, ctx))
  if (paths.length > 0)
    query = query.where((eb) => eb.or(paths.map((path) => eb('p.unit_path', 'like', path))))
  if (plan.measure !== 'list' && plan.groupBy === 'year')
    return query
      .select((eb) => [
        eb
          .cast(eb.fn('date_part', [eb.val('year'), eb.ref('d.decided_on')]), 'integer')
          .as(label('year')),
        plan.measure === 'count_decisions'
          ? eb.fn.countAll().as(label('decisions'))
          : eb.fn.count('d.person_id').distinct().as(label('people')),
      ])
      .groupBy(sql.lit(1))
      .orderBy(sql.lit(1))
  if (plan.measure === 'count_decisions')
    return query.select((eb) => eb.fn.countAll().as(label('decisions')))
  if (plan.measure === 'count_people')
    return query.select((eb) => eb.fn.count('d.person_id').distinct().as(label('people')))
  const fields = plan.fields ?? []
  return query
    .select((eb) => [
      eb.ref('p.full_name').as(label('full_name')),
      ...fields.map((f) => eb.ref(`d.${f}`).as(label(f))),
    ])
    .orderBy('p.full_name')
    .orderBy('d.decided_on')
    .orderBy('p.id')
    .limit(LIST_LIMIT)
}

/**
 * Appointments to leadership posts, counted overall or per year of their start, or the people
 * appointed in the order of their appointments.
 */
export function compileAppointmentsPlan(
  db: Kysely<ChatViews>,
  plan: AppointmentsPlan,
  ctx: CompileContext,
) {
  let query = db.selectFrom('chat.appointments as a')
  const kinds = plan.kinds
  if (kinds !== undefined)
    query = query.where((eb) =>
      kinds.length === 1 ? eb('a.kind', '=', kinds[0]!) : eb('a.kind', 'in', kinds),
    )
  const titles = plan.post?.titles
  if (titles !== undefined)
    query = query.where((eb) =>
      titles.length === 1 ? eb('a.post_title', '=', titles[0]!) : eb('a.post_title', 'in', titles),
    )
  const levels = plan.post?.levels
  if (levels !== undefined)
    query = query.where((eb) =>
      levels.length === 1 ? eb('a.post_level', '=', levels[0]!) : eb('a.post_level', 'in', levels),
    )
  const { min, max } = plan.years
  if (min !== undefined) query = query.where('a.start_date', '>=', dayValue(`${min}-01-01`))
  if (max !== undefined) query = query.where('a.start_date', '<=', dayValue(`${max}-12-31`))
  const paths = (plan.unitIds ?? []).map((id) => subtreePattern(id, ctx))
  const scoped =
    paths.length === 0
      ? query
      : query
          .innerJoin('chat.units as u', 'u.id', 'a.unit_id')
          .where((eb) => eb.or(paths.map((path) => eb('u.path', 'like', path))))
  const fields = plan.list
  if (fields !== undefined)
    return scoped
      .innerJoin('chat.people as p', 'p.id', 'a.person_id')
      .select((eb) => fields.map((f) => selectField(eb as PeopleExpressions, f, ctx)))
      .orderBy('a.start_date')
      .orderBy('p.full_name')
      .orderBy('p.id')
      .limit(LIST_LIMIT)
  const count = columnLabel('appointments', ctx.language)
  if (plan.groupBy === undefined) return scoped.select((eb) => eb.fn.countAll().as(count))
  return scoped
    .select((eb) => [
      eb
        .cast(eb.fn('date_part', [eb.val('year'), eb.ref('a.start_date')]), 'integer')
        .as(columnLabel('year', ctx.language)),
      eb.fn.countAll().as(count),
    ])
    .groupBy(sql.lit(1))
    .orderBy(sql.lit(1))
}
