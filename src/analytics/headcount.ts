import { type Kysely, sql } from 'kysely'
import type { Database, StaffCategory } from '../data/schema.js'
import { workforceOf } from './common.js'
import { NONE_LABEL, STAFF_CATEGORY_VI } from './labels.js'
import type { HeadcountGroup } from './params.js'
import type { AnalyticsScope } from './scope.js'

export interface HeadcountRow {
  key: string
  label: string
  headcount: number
  female: number
}

const measures = [
  sql<number>`count(*)::integer`.as('headcount'),
  sql<number>`(count(*) filter (where p.sex = 'female'))::integer`.as('female'),
]
type Workforce = ReturnType<typeof workforceOf>

function byUnit(db: Kysely<Database>, base: Workforce, scope: AnalyticsScope) {
  return db
    .with('w', () => base.select(['p.id', 'p.sex', groupUnitId(scope).as('group_id')]))
    .selectFrom('w as p')
    .innerJoin('units as g', 'g.id', 'p.group_id')
    .select(['g.code as key', 'g.name as label', ...measures])
    .groupBy(['g.code', 'g.name', 'g.sort_order', 'g.id'])
    .orderBy('g.sort_order')
    .orderBy('g.id')
}

function byRank(base: Workforce) {
  return base
    .leftJoin('ranks as r', 'r.code', 'p.rank_code')
    .select([
      sql<string>`coalesce(p.rank_code, '')`.as('key'),
      sql<string>`coalesce(r.name, ${NONE_LABEL})`.as('label'),
      ...measures,
    ])
    .groupBy(['p.rank_code', 'r.name', 'r.grade'])
    .orderBy(sql`r.grade nulls last`)
    .orderBy('p.rank_code')
}

/** The highest leadership post held on `asOf` (a person with two counts once). */
function byPost(base: Workforce, asOf: string) {
  return base
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('appointments as a')
          .innerJoin('leadership_posts as lp', 'lp.id', 'a.post_id')
          .select(['lp.title', 'lp.level'])
          .whereRef('a.person_id', '=', 'p.id')
          .where('a.start_date', '<=', asOf)
          .where((w) => w.or([w('a.end_date', 'is', null), w('a.end_date', '>', asOf)]))
          .orderBy('lp.level')
          .limit(1)
          .as('cp'),
      (join) => join.onTrue(),
    )
    .select([
      sql<string>`coalesce(cp.level || ':' || cp.title, '')`.as('key'),
      sql<string>`coalesce(cp.title, 'Không giữ chức vụ lãnh đạo')`.as('label'),
      ...measures,
    ])
    .groupBy(['cp.level', 'cp.title'])
    .orderBy(sql`cp.level nulls last`)
    .orderBy('cp.title')
}

/**
 * Working headcount on `asOf`, by one of: the units one level below the focus unit (a unit's
 * subtree counts under it), staff category, rank (ngạch), or leadership post held on `asOf`.
 */
export function buildHeadcountQuery(
  db: Kysely<Database>,
  scope: AnalyticsScope,
  asOf: string,
  groupBy: HeadcountGroup,
) {
  const base = workforceOf(db, scope, asOf)
  switch (groupBy) {
    case 'unit':
      return byUnit(db, base, scope)
    case 'staff_category':
      return base
        .select(['p.staff_category as key', 'p.staff_category as label', ...measures])
        .groupBy('p.staff_category')
        .orderBy('p.staff_category')
    case 'rank':
      return byRank(base)
    case 'post':
      return byPost(base, asOf)
  }
}

/**
 * The id of the unit one level below the focus that contains `u` (or the focus itself for its
 * own people), read from the materialised path '/1/7/31/': the id at depth d is field d + 2.
 */
function groupUnitId(scope: AnalyticsScope) {
  return sql<number>`coalesce(nullif(split_part(u.path, '/', ${scope.focus.depth + 3}), '')::integer, ${scope.focus.id})`
}

export async function headcount(
  db: Kysely<Database>,
  scope: AnalyticsScope,
  asOf: string,
  groupBy: HeadcountGroup,
) {
  const rows = (await buildHeadcountQuery(db, scope, asOf, groupBy).execute()) as HeadcountRow[]
  const groups = rows.map((row) =>
    groupBy === 'staff_category'
      ? { ...row, label: STAFF_CATEGORY_VI[row.key as StaffCategory] }
      : row,
  )
  const total = groups.reduce((sum, g) => sum + g.headcount, 0)
  return { total, groups }
}
