import { type ExpressionBuilder, type Kysely, sql } from 'kysely'
import type { Database } from '../data/schema.js'
import { ageOn, share } from './common.js'
import { POST_LEVEL_LABELS } from './labels.js'
import { type AnalyticsScope, inScopePaths } from './scope.js'

/** Young cadres: under 45 at central level (Regulation 50-QĐ/TW, kept by 377-QĐ/TW). */
export const YOUNG_CADRE_AGE = 45

type AppointmentEb = ExpressionBuilder<
  Database & { a: Database['appointments']; p: Database['people'] },
  'a' | 'p'
>

/** An appointment running on `asOf`, held by someone still working then. */
export function heldOn(eb: AppointmentEb, asOf: string) {
  return eb.and([
    eb('a.start_date', '<=', asOf),
    eb.or([eb('a.end_date', 'is', null), eb('a.end_date', '>', asOf)]),
    eb.or([eb('p.status', '=', 'working'), eb('p.status_date', '>', asOf)]),
  ])
}

/** `asOf` plus a number of months, as a date. */
export function monthsAfter(asOf: string, months: number) {
  return sql<string>`(${asOf}::date + make_interval(months => ${months}))::date`
}

/** Retirement date by the statutory rule in SQL (migration 0005). */
export const retirementDate = sql<string>`public.hr_retirement_date(p.birth_date, p.birth_precision, p.sex)`

/**
 * Seats, holders and their profile per post level, with a total row (ROLLUP): vacant seats,
 * acting holders, women, young cadres, ages, and terms or working lives ending within the
 * horizon.
 */
export function buildLeadershipQuery(
  db: Kysely<Database>,
  scope: AnalyticsScope,
  asOf: string,
  horizonMonths: number,
) {
  const horizonEnd = monthsAfter(asOf, horizonMonths)
  const count = (condition: ReturnType<typeof sql>) =>
    sql<number>`(count(*) filter (where ${condition}))::integer`
  return db
    .with('occ', (qb) =>
      qb
        .selectFrom('appointments as a')
        .innerJoin('people as p', 'p.id', 'a.person_id')
        .where((eb) => heldOn(eb, asOf))
        .select([
          'a.post_id',
          sql<number>`count(*)::integer`.as('filled'),
          count(sql`a.kind = 'acting'`).as('acting'),
          count(sql`p.sex = 'female'`).as('women'),
          count(sql`${ageOn(asOf)} < ${YOUNG_CADRE_AGE}`).as('young'),
          sql<number>`sum(${ageOn(asOf)})::integer`.as('age_sum'),
          sql<number>`min(${ageOn(asOf)})`.as('youngest'),
          sql<number>`max(${ageOn(asOf)})`.as('oldest'),
          count(sql`a.term_end <= ${horizonEnd}`).as('terms_ending'),
          count(sql`${retirementDate} <= ${horizonEnd}`).as('retiring'),
        ])
        .groupBy('a.post_id'),
    )
    .selectFrom('leadership_posts as lp')
    .innerJoin('units as u', 'u.id', 'lp.unit_id')
    .leftJoin('occ', 'occ.post_id', 'lp.id')
    .where((eb) => inScopePaths(eb, 'u.path', scope))
    .where('u.valid_to', 'is', null)
    .select([
      'lp.level',
      sql<number>`count(*)::integer`.as('posts'),
      sql<number>`sum(lp.seats)::integer`.as('seats'),
      sql<number>`coalesce(sum(occ.filled), 0)::integer`.as('filled'),
      sql<number>`sum(greatest(lp.seats - coalesce(occ.filled, 0), 0))::integer`.as('vacant'),
      ...(['acting', 'women', 'young', 'age_sum', 'terms_ending', 'retiring'] as const).map((c) =>
        sql<number>`coalesce(sum(${sql.ref(`occ.${c}`)}), 0)::integer`.as(c),
      ),
      sql<number | null>`min(occ.youngest)`.as('youngest'),
      sql<number | null>`max(occ.oldest)`.as('oldest'),
    ])
    .groupBy(sql`rollup(lp.level)`)
    .orderBy(sql`lp.level nulls last`)
}

type LevelRow = Awaited<ReturnType<ReturnType<typeof buildLeadershipQuery>['execute']>>[number]

function describeLevel(row: LevelRow) {
  return {
    posts: row.posts,
    seats: row.seats,
    filled: row.filled,
    vacant: row.vacant,
    acting: row.acting,
    women: row.women,
    womenShare: share(row.women, row.filled),
    young: row.young,
    youngShare: share(row.young, row.filled),
    averageAge: row.filled === 0 ? null : Math.round((row.age_sum / row.filled) * 10) / 10,
    youngestAge: row.youngest,
    oldestAge: row.oldest,
    termsEnding: row.terms_ending,
    retiring: row.retiring,
  }
}

export async function leadershipByLevel(
  db: Kysely<Database>,
  scope: AnalyticsScope,
  asOf: string,
  horizonMonths: number,
) {
  const rows = await buildLeadershipQuery(db, scope, asOf, horizonMonths).execute()
  const levels = rows
    .filter((r) => r.level !== null)
    .map((r) => ({ level: r.level, label: POST_LEVEL_LABELS[r.level] ?? '', ...describeLevel(r) }))
  const total = rows.find((r) => r.level === null)
  return { levels, totals: total === undefined ? null : describeLevel(total) }
}
