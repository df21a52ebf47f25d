import {
  type AliasedExpression,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SelectQueryBuilder,
  sql,
  type SqlBool,
} from 'kysely'
import { type GroupBy, type PeoplePlan, SENSITIVE_GROUP_KEYS } from '../understand/plan.js'
import type { ChatViews, EvaluationsView, PeoplePrivateView, UnitsView } from './chat-view-types.js'
import { columnLabel } from './column-labels.js'
import type { CompileContext, PeopleExpressions, PeopleScope } from './compile-context.js'
import { groupColumn } from './compile-groups.js'
import { measureColumn, measureExpression } from './compile-measures.js'
import { personConditions } from './compile-person-filters.js'
import { compilePeopleList } from './compile-people-list.js'
import { subtreePattern } from './unit-pattern.js'

type Builder = Kysely<ChatViews>
type Measured = Exclude<PeoplePlan['measure'], { kind: 'list' }>
type UnitExpressions = ExpressionBuilder<PeopleScope & { g: UnitsView }, 'p' | 'g'>
type LevelExpressions = ExpressionBuilder<PeopleScope & { e: EvaluationsView }, 'p' | 'e'>
type PrivateExpressions = ExpressionBuilder<PeopleScope & { pp: PeoplePrivateView }, 'p' | 'pp'>
type UnitKey = Extract<GroupBy, { by: 'unit' }>

function startPeople(db: Builder, plan: PeoplePlan, ctx: CompileContext) {
  let query = peopleSource(db, ctx)
  for (const condition of personConditions(plan.filters, ctx)) query = query.where(condition)
  return query
}

/**
 * chat.people, or for a count, share or age that head counts answer, those counts: every column
 * such a plan reads has the same name and values there, and the measure adds up `people`
 * instead of counting rows (compile-measures.ts).
 */
function peopleSource(db: Builder, ctx: CompileContext) {
  const people = db.selectFrom('chat.people as p')
  switch (ctx.fromCounts) {
    case undefined:
      return people
    case 'people_counts':
      return db.selectFrom('chat.people_counts as p') as unknown as typeof people
    case 'birth_counts':
      return db.selectFrom('chat.birth_counts as p') as unknown as typeof people
  }
}

/**
 * The holders of a post, ranked and cut ("the youngest Trưởng phòng"): found first, then ranked.
 * Asked for the first rows in birth order, PostgreSQL walks everyone by birth date expecting to
 * meet a holder soon; at 2,000,000 people it met the youngest of 1,521 Trưởng phòng after
 * 372,000 people (1 s). A materialised WITH query is planned on its own, from the posts.
 */
function holdersFirst(db: Builder, plan: PeoplePlan, base: ReturnType<typeof startPeople>) {
  const ranked = plan.order !== undefined && plan.order.by !== 'measure'
  if (plan.filters.post === undefined || !ranked || plan.limit === undefined) return base
  return db
    .with(
      (name) => name('holders').materialized(),
      () => base.selectAll('p'),
    )
    .selectFrom('holders as p') as unknown as typeof base
}

/** The head counts a plan can be answered from, for this reader; none if it needs people. */
export function countsFor(plan: PeoplePlan, ctx: CompileContext): CompileContext['fromCounts'] {
  if (ctx.headCounts === 'ministry' && answers(BIRTH_COUNTS, plan)) return 'birth_counts'
  if (ctx.headCounts !== undefined && answers(PEOPLE_COUNTS, plan)) return 'people_counts'
  return undefined
}

interface Counts {
  readonly filters: ReadonlySet<string>
  readonly keys: ReadonlySet<string>
  /** Numeric measures (averages, extremes) it can compute, besides counts and shares. */
  readonly numeric: ReadonlySet<string>
}

/** chat.people_counts: units and the attributes of a person's record. */
const PEOPLE_COUNTS: Counts = {
  filters: new Set<keyof PeoplePlan['filters']>([
    'unitIds',
    'publicService',
    'statuses',
    'sex',
    'rankCodes',
    'rankGrade',
    'staffCategories',
    'degrees',
    'academicTitles',
    'politicalTheory',
    'stateManagement',
    'without',
    'lacks',
  ]),
  keys: new Set<GroupBy['by']>([
    'unit',
    'sex',
    'status',
    'staff_category',
    'rank',
    'degree',
    'academic_title',
    'political_theory',
    'state_management',
  ]),
  numeric: new Set(),
}

/** chat.birth_counts: the whole ministry by birth and retirement dates. */
const BIRTH_COUNTS: Counts = {
  filters: new Set<keyof PeoplePlan['filters']>([
    'statuses',
    'sex',
    'age',
    'birthYear',
    'retirement',
  ]),
  keys: new Set<GroupBy['by']>(['sex', 'status', 'age_band', 'birth_year', 'retirement_year']),
  numeric: new Set<string>(['age']),
}

/** A measure whose every condition and breakdown the counts hold. */
function answers(counts: Counts, plan: PeoplePlan): boolean {
  const measure = plan.measure
  if (measure.kind === 'list') return false
  if (measure.kind !== 'count' && measure.kind !== 'share' && !counts.numeric.has(measure.of))
    return false
  const filters = measure.kind === 'share' ? [plan.filters, measure.part] : [plan.filters]
  const held = (filter: PeoplePlan['filters']) =>
    Object.entries(filter).every(([key, value]) => value === undefined || counts.filters.has(key))
  return filters.every(held) && (plan.groupBy ?? []).every((k) => counts.keys.has(k.by))
}

/** A plan about people: a list, or a count, average, share or extreme, overall or per group. */
export function compilePeoplePlan(db: Builder, plan: PeoplePlan, context: CompileContext) {
  const fromCounts = countsFor(plan, context)
  const ctx = fromCounts === undefined ? context : { ...context, fromCounts }
  const measure = plan.measure
  const base = startPeople(db, plan, ctx)
  if (measure.kind === 'list')
    return compilePeopleList(holdersFirst(db, plan, base), plan, measure, ctx)
  const keys = plan.groupBy ?? []
  if (keys.length === 0) return base.select((eb) => [measureColumn(eb, measure, ctx)])
  const joinedUnit = keys.find((k): k is UnitKey => k.by === 'unit' && isJoinedUnit(k))
  if (keys.some((k) => isPrivateKey(k.by))) return compilePrivateGroups(base, plan, keys, ctx)
  if (joinedUnit !== undefined) {
    const query = base
      .innerJoin('chat.units as g', (join) =>
        join.on((eb) => unitJoin(eb, joinedUnit, plan.filters.unitIds, ctx)),
      )
      .select((eb) => [
        ...keys.map((k) =>
          k === joinedUnit ? eb.ref('g.name').as(unitLabel(ctx)) : plainKey(eb, k, ctx),
        ),
        measureColumn(eb, measure, ctx),
      ])
    return finishGroups(query, plan, keys, measure, ctx)
  }
  if (keys.some((k) => k.by === 'evaluation_year')) return compileYearlyEvaluations(db, plan, ctx)
  const year = plan.filters.evaluation?.year
  if (keys.some((k) => k.by === 'evaluation_level')) {
    if (year === undefined) throw new RangeError('A breakdown by evaluation level needs a year')
    // The join on that year's evaluation already keeps only the people rated that year; the
    // filter's EXISTS on the same rows would read them twice (unless it also names levels).
    const rated =
      plan.filters.evaluation?.levels === undefined
        ? startPeople(db, { ...plan, filters: withoutEvaluation(plan.filters) }, ctx)
        : base
    const query = rated
      .innerJoin('chat.evaluations as e', (join) =>
        join.onRef('e.person_id', '=', 'p.id').on('e.year', '=', year),
      )
      .select((eb) => [
        ...keys.map((k) =>
          k.by === 'evaluation_level' ? levelKey(eb, ctx) : plainKey(eb, k, ctx),
        ),
        measureColumn(eb, measure, ctx),
      ])
    return finishGroups(query, plan, keys, measure, ctx)
  }
  const query = base.select((eb) => [
    ...keys.map((k) => plainKey(eb, k, ctx)),
    measureColumn(eb, measure, ctx),
  ])
  return finishGroups(query, plan, keys, measure, ctx)
}

/**
 * A breakdown by ethnicity or religion joins each person's private record (chat.people_private,
 * sensitive). The join sits in the top-level FROM, so the executor counts the people behind each
 * row and withholds the rows about fewer than k of them (k-anonymity.ts).
 */
function compilePrivateGroups(
  base: ReturnType<typeof startPeople>,
  plan: PeoplePlan,
  keys: readonly GroupBy[],
  ctx: CompileContext,
) {
  const measure = plan.measure as Measured
  if (keys.some((k) => k.by === 'evaluation_level'))
    throw new RangeError('A breakdown by evaluation level and a private attribute')
  const joined = base.innerJoin('chat.people_private as pp', 'pp.person_id', 'p.id')
  const privateKey = (eb: PrivateExpressions, by: GroupBy['by']) =>
    eb
      .ref(by === 'ethnicity' ? 'pp.ethnicity' : 'pp.religion')
      .as(columnLabel(by as 'ethnicity' | 'religion', ctx.language))
  const joinedUnit = keys.find((k): k is UnitKey => k.by === 'unit' && isJoinedUnit(k))
  if (joinedUnit !== undefined) {
    const query = joined
      .innerJoin('chat.units as g', (join) =>
        join.on((eb) => unitJoin(eb, joinedUnit, plan.filters.unitIds, ctx)),
      )
      .select((eb) => [
        ...keys.map((k) =>
          k === joinedUnit
            ? eb.ref('g.name').as(unitLabel(ctx))
            : isPrivateKey(k.by)
              ? privateKey(eb, k.by)
              : plainKey(eb, k, ctx),
        ),
        measureColumn(eb, measure, ctx),
      ])
    return finishGroups(query, plan, keys, measure, ctx)
  }
  const query = joined.select((eb) => [
    ...keys.map((k) => (isPrivateKey(k.by) ? privateKey(eb, k.by) : plainKey(eb, k, ctx))),
    measureColumn(eb, measure, ctx),
  ])
  return finishGroups(query, plan, keys, measure, ctx)
}

/**
 * "Số người xếp loại xuất sắc qua các năm": each year's evaluations of the people asked about,
 * at the levels asked, one row a year. A person has one evaluation a year, so the rows joined
 * are the people counted; the filter's EXISTS on the same rows is left out.
 */
function compileYearlyEvaluations(db: Builder, plan: PeoplePlan, ctx: CompileContext) {
  const measure = plan.measure as Measured
  const keys = plan.groupBy ?? []
  const { year, years, levels } = plan.filters.evaluation ?? {}
  const rated = startPeople(db, { ...plan, filters: withoutEvaluation(plan.filters) }, ctx)
  const query = rated
    .innerJoin('chat.evaluations as e', (join) => {
      let on = join.onRef('e.person_id', '=', 'p.id')
      if (year !== undefined) on = on.on('e.year', '=', year)
      if (years?.min !== undefined) on = on.on('e.year', '>=', years.min)
      if (years?.max !== undefined) on = on.on('e.year', '<=', years.max)
      if (levels !== undefined) on = on.on('e.level', 'in', levels)
      return on
    })
    .select((eb) => [
      ...keys.map((k) =>
        k.by === 'evaluation_year'
          ? eb.ref('e.year').as(columnLabel('evaluation_year', ctx.language))
          : k.by === 'evaluation_level'
            ? levelKey(eb, ctx)
            : plainKey(eb, k, ctx),
      ),
      measureColumn(eb, measure, ctx),
    ])
  return finishGroups(query, plan, keys, measure, ctx)
}

function isPrivateKey(by: GroupBy['by']): boolean {
  return (SENSITIVE_GROUP_KEYS as readonly string[]).includes(by)
}

function withoutEvaluation(filters: PeoplePlan['filters']): PeoplePlan['filters'] {
  const copy = { ...filters }
  delete copy.evaluation
  return copy
}

/**
 * Top-level units, compared units and units of a kind are joined; units under a named one are
 * the person's own.
 */
function isJoinedUnit(key: UnitKey): boolean {
  return key.parentId === null || key.unitIds !== undefined || key.kind !== undefined
}

function unitLabel(ctx: CompileContext): string {
  return columnLabel('unit', ctx.language)
}

function plainKey(
  eb: PeopleExpressions,
  key: GroupBy,
  ctx: CompileContext,
): AliasedExpression<unknown, string> {
  if (key.by === 'unit') return eb.ref('p.unit_name').as(unitLabel(ctx))
  const column = groupColumn(key.by, ctx)
  return column.expression(eb).as(columnLabel(column.label, ctx.language))
}

function levelKey(eb: LevelExpressions, ctx: CompileContext): AliasedExpression<unknown, string> {
  return eb.ref('e.level').as(columnLabel('evaluation_level', ctx.language))
}

/**
 * The unit `g` a person is counted under: the top-level unit whose subtree holds them, one of
 * the compared units, or the unit of the asked kind above them.
 */
function unitJoin(
  eb: UnitExpressions,
  key: UnitKey,
  within: readonly number[] | undefined,
  ctx: CompileContext,
): Expression<SqlBool> {
  const inSubtree = eb(
    'p.unit_path',
    'like',
    eb.fn<string>('concat', [eb.ref('g.path'), eb.val('%')]),
  )
  const units = key.unitIds
  if (units !== undefined) return eb.and([eb('g.id', 'in', [...units]), inSubtree])
  if (key.kind !== undefined)
    return eb.and([eb('g.kind', '=', key.kind), ...nearUnits(eb, within, ctx), inSubtree])
  return eb.and([eb('g.depth', '=', 1), inSubtree])
}

/**
 * "Phòng nào trong Cục đông người nhất?": only units inside the ones the question is about, or
 * above them, can hold their people. Said on the units alone, it keeps PostgreSQL from testing
 * every division of the ministry against every row (7.6 million LIKE tests at national scale).
 */
function nearUnits(
  eb: UnitExpressions,
  within: readonly number[] | undefined,
  ctx: CompileContext,
): Expression<SqlBool>[] {
  if (within === undefined || within.length === 0) return []
  const near = within.flatMap((id) => {
    const pattern = subtreePattern(id, ctx)
    const path = pattern.slice(0, -1)
    return [
      eb('g.path', 'like', pattern),
      eb(eb.val(path), 'like', eb.fn<string>('concat', [eb.ref('g.path'), eb.val('%')])),
    ]
  })
  return [eb.or(near)]
}

/**
 * Groups by the key columns (by position: a key can be a long expression), then orders: by the
 * measure when the question asks for the most or least, by the key when it is a year or a band,
 * by the largest group otherwise.
 */
function finishGroups<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  plan: PeoplePlan,
  keys: readonly GroupBy[],
  measure: Measured,
  ctx: CompileContext,
) {
  const positions = keys.map((_, i) => sql.lit(i + 1))
  const measurePosition = sql.lit(keys.length + 1)
  let grouped = query.groupBy(positions)
  const order = plan.order
  const byKey = keys.every((k) => isOrderedKey(k.by))
  // Every query here selects from chat.people as p, which is all the measure reads.
  const exact = (eb: unknown) => measureExpression(eb as PeopleExpressions, measure, ctx, true)
  if (order?.by === 'measure' && measure.kind !== 'count')
    grouped = grouped.orderBy((eb) => exact(eb), order.dir)
  else if (order?.by === 'measure') grouped = grouped.orderBy(measurePosition, order.dir)
  else if (!byKey && measure.kind === 'count') grouped = grouped.orderBy(measurePosition, 'desc')
  grouped = positions.reduce((q, p) => q.orderBy(p), grouped)
  return plan.limit === undefined ? grouped : grouped.limit(plan.limit)
}

const ORDERED_KEYS: ReadonlySet<GroupBy['by']> = new Set([
  'age_band',
  'retirement_year',
  'term_end_year',
  'retirement_quarter',
  'term_end_quarter',
  'birth_year',
  'birth_decade',
  'evaluation_year',
  'status_year',
  'salary_step',
])

function isOrderedKey(by: GroupBy['by']): boolean {
  return ORDERED_KEYS.has(by)
}
