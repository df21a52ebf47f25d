import { type Kysely, sql } from 'kysely'
import type { Database } from '../data/schema.js'
import { heldOn, monthsAfter, retirementDate } from './leadership.js'
import { type AnalyticsScope, inScopePaths } from './scope.js'

/** Posts of the scope with fewer holders on `asOf` than seats. */
export function buildVacanciesQuery(db: Kysely<Database>, scope: AnalyticsScope, asOf: string) {
  return db
    .with('occ', (qb) =>
      qb
        .selectFrom('appointments as a')
        .innerJoin('people as p', 'p.id', 'a.person_id')
        .where((eb) => heldOn(eb, asOf))
        .select(['a.post_id', sql<number>`count(*)::integer`.as('filled')])
        .groupBy('a.post_id'),
    )
    .selectFrom('leadership_posts as lp')
    .innerJoin('units as u', 'u.id', 'lp.unit_id')
    .leftJoin('occ', 'occ.post_id', 'lp.id')
    .where((eb) => inScopePaths(eb, 'u.path', scope))
    .where('u.valid_to', 'is', null)
    .where(sql<boolean>`coalesce(occ.filled, 0) < lp.seats`)
    .select([
      'lp.id as post_id',
      'lp.title',
      'lp.level',
      'lp.seats',
      sql<number>`coalesce(occ.filled, 0)::integer`.as('filled'),
      'u.code as unit_code',
      'u.name as unit_name',
    ])
    .orderBy('lp.level')
    .orderBy('u.path')
}

/**
 * Holders whose 5-year term ends, or who reach statutory retirement, within the horizon: the
 * seats that will need a decision (reappointment, extension or a new appointment).
 */
export function buildEndingTermsQuery(
  db: Kysely<Database>,
  scope: AnalyticsScope,
  asOf: string,
  horizonMonths: number,
) {
  const horizonEnd = monthsAfter(asOf, horizonMonths)
  return db
    .selectFrom('appointments as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .innerJoin('leadership_posts as lp', 'lp.id', 'a.post_id')
    .innerJoin('units as u', 'u.id', 'lp.unit_id')
    .where((eb) => heldOn(eb, asOf))
    .where((eb) => inScopePaths(eb, 'u.path', scope))
    .where((eb) =>
      eb.or([eb('a.term_end', '<=', horizonEnd), eb(retirementDate, '<=', horizonEnd)]),
    )
    .select([
      'a.person_id',
      'p.full_name',
      'lp.id as post_id',
      'lp.title',
      'lp.level',
      'u.code as unit_code',
      'u.name as unit_name',
      'a.kind',
      'a.term_end',
      retirementDate.as('retirement_date'),
    ])
    .orderBy(sql`least(a.term_end, ${retirementDate})`)
    .orderBy('a.person_id')
}

export async function leadershipLists(
  db: Kysely<Database>,
  scope: AnalyticsScope,
  asOf: string,
  horizonMonths: number,
) {
  const [vacancies, ending] = await Promise.all([
    buildVacanciesQuery(db, scope, asOf).execute(),
    buildEndingTermsQuery(db, scope, asOf, horizonMonths).execute(),
  ])
  return {
    vacancies: vacancies.map((v) => ({
      postId: v.post_id,
      title: v.title,
      level: v.level,
      unit: { code: v.unit_code, name: v.unit_name },
      seats: v.seats,
      filled: v.filled,
      vacant: v.seats - v.filled,
    })),
    endingWithinHorizon: ending.map((e) => ({
      personId: e.person_id,
      fullName: e.full_name,
      postId: e.post_id,
      title: e.title,
      level: e.level,
      unit: { code: e.unit_code, name: e.unit_name },
      kind: e.kind,
      termEnd: e.term_end,
      retirementDate: e.retirement_date,
      reason: e.retirement_date <= e.term_end ? 'retirement' : 'term_end',
    })),
  }
}
