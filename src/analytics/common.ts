import { vietnamDate } from '../dates.js'
import { type ExpressionBuilder, type Kysely, sql } from 'kysely'
import { type Principal, requireCapability } from '../access/index.js'
import { withPrincipal } from '../data/gate.js'
import type { Database } from '../data/schema.js'
import { type AnalyticsScope, inScopePaths, resolveScope } from './scope.js'

type PeopleEb = ExpressionBuilder<
  Database & { p: Database['people']; u: Database['units'] },
  'p' | 'u'
>

/**
 * Working on `asOf`: in the ministry by then, and still working or left after it. Unit, rank
 * and qualifications are the current values of the record; `asOf` moves who counts and ages.
 */
export function workingOn(eb: PeopleEb, asOf: string) {
  return eb.and([
    eb.or([eb('p.joined_ministry', 'is', null), eb('p.joined_ministry', '<=', asOf)]),
    eb.or([eb('p.status', '=', 'working'), eb('p.status_date', '>', asOf)]),
  ])
}

/** People of the scope (joined to their unit as `u`), before row-level security narrows them. */
export function peopleOf(db: Kysely<Database>, scope: AnalyticsScope) {
  return db
    .selectFrom('people as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .where((eb) => inScopePaths(eb, 'u.path', scope))
}

/** The working people of the scope on `asOf`. */
export function workforceOf(db: Kysely<Database>, scope: AnalyticsScope, asOf: string) {
  return peopleOf(db, scope).where((eb) => workingOn(eb, asOf))
}

/** Completed years of age on `asOf` (the SQL function shared with the chat views). */
export function ageOn(asOf: string) {
  return sql<number>`public.hr_age_years(p.birth_date, ${asOf}::date)`
}

/** The caller's scope and a read under their reader role: how every measure is computed. */
export async function readScoped<T>(
  db: Kysely<Database>,
  principal: Principal,
  unit: string | undefined,
  read: (trx: Kysely<Database>, scope: AnalyticsScope) => Promise<T>,
): Promise<{ scope: AnalyticsScope; result: T }> {
  requireCapability(principal, 'analytics:read')
  const scope = await resolveScope(db, principal, unit)
  const result = await withPrincipal(db, principal, (trx) => read(trx, scope))
  return { scope, result }
}

export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000
}

/** The calendar day of an instant, in Vietnam (see src/dates.ts). */
export function isoDay(date: Date): string {
  return vietnamDate(date)
}
