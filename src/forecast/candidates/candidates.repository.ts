import { type ExpressionBuilder, type Kysely } from 'kysely'
import type { Database } from '../../data/schema.js'

/**
 * Reads for appointment candidates. Every function takes the reader transaction of the gate
 * (`withPrincipal`), so row-level security limits the people to the caller's scope.
 */
type Db = Kysely<Database>
export type Eb = ExpressionBuilder<Database & { p: Database['people'] }, 'p'>

export interface PostRow {
  id: number
  title: string
  level: number
  seats: number
  unit_id: number
  unit_code: string
  unit_name: string
  unit_path: string
}

export async function findPost(db: Db, postId: number): Promise<PostRow | undefined> {
  return db
    .selectFrom('leadership_posts as lp')
    .innerJoin('units as u', 'u.id', 'lp.unit_id')
    .select(['lp.id', 'lp.title', 'lp.level', 'lp.seats', 'lp.unit_id'])
    .select(['u.code as unit_code', 'u.name as unit_name', 'u.path as unit_path'])
    .where('lp.id', '=', postId)
    .executeTakeFirst()
}

/** Held on `asOf`: started by then and not ended by then. */
export function heldOn(
  eb: ExpressionBuilder<Database & { a: Database['appointments'] }, 'a'>,
  asOf: string,
) {
  return eb.and([
    eb('a.start_date', '<=', asOf),
    eb.or([eb('a.end_date', 'is', null), eb('a.end_date', '>', asOf)]),
  ])
}

export function workingOn(eb: Eb, asOf: string) {
  return eb.or([eb('p.status', '=', 'working'), eb('p.status_date', '>', asOf)])
}

export const PERSON_COLUMNS = [
  'p.id',
  'p.full_name',
  'p.sex',
  'p.birth_date',
  'p.birth_precision',
  'p.staff_category',
  'p.rank_code',
  'p.highest_degree',
  'p.academic_title',
  'p.political_theory',
  'p.state_management',
] as const

export async function findIncumbents(db: Db, postId: number, asOf: string) {
  return db
    .selectFrom('appointments as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .select(['p.id', 'p.full_name', 'p.sex', 'p.birth_date', 'p.birth_precision'])
    .select(['a.kind', 'a.start_date', 'a.term_end'])
    .where('a.post_id', '=', postId)
    .where((eb) => heldOn(eb, asOf))
    .where((eb) => workingOn(eb, asOf))
    .orderBy('a.start_date')
    .execute()
}

/** Leadership appointments (with the post's level) of the people, up to `asOf`. */
export async function findAppointments(db: Db, ids: readonly number[], asOf: string) {
  return db
    .selectFrom('appointments as a')
    .innerJoin('leadership_posts as lp', 'lp.id', 'a.post_id')
    .innerJoin('units as u', 'u.id', 'lp.unit_id')
    .select(['a.person_id', 'a.post_id', 'a.kind', 'a.start_date', 'a.term_end', 'a.end_date'])
    .select(['lp.title', 'lp.level', 'u.code as unit_code'])
    .where('a.person_id', 'in', [...ids, -1])
    .where('a.start_date', '<=', asOf)
    .orderBy('a.person_id')
    .orderBy('a.start_date')
    .execute()
}

/** Planning entries in force on `asOf`, with the planned post. */
export async function findPlanning(db: Db, ids: readonly number[], asOf: string) {
  return db
    .selectFrom('planning_entries as pe')
    .innerJoin('leadership_posts as lp', 'lp.id', 'pe.post_id')
    .innerJoin('units as u', 'u.id', 'lp.unit_id')
    .select(['pe.person_id', 'pe.post_id', 'pe.period_start', 'pe.period_end', 'pe.added_on'])
    .select(['lp.title', 'lp.level', 'u.code as unit_code', 'u.name as unit_name'])
    .where('pe.person_id', 'in', [...ids, -1])
    .where('pe.added_on', '<=', asOf)
    .where((w) => w.or([w('pe.removed_on', 'is', null), w('pe.removed_on', '>', asOf)]))
    .orderBy('pe.person_id')
    .orderBy('lp.level')
    .execute()
}

export async function findEvaluations(db: Db, ids: readonly number[], lastYear: number) {
  return db
    .selectFrom('evaluations')
    .select(['person_id', 'year', 'level'])
    .where('person_id', 'in', [...ids, -1])
    .where('year', '<=', lastYear)
    .orderBy('year', 'desc')
    .execute()
}

/** Disciplines decided by `asOf`: sensitive, readable only by the sensitive reader role. */
export async function findDisciplines(db: Db, ids: readonly number[], asOf: string) {
  return db
    .selectFrom('disciplines')
    .select(['person_id', 'form', 'authority', 'decided_on', 'effective_until'])
    .where('person_id', 'in', [...ids, -1])
    .where('decided_on', '<=', asOf)
    .orderBy('decided_on')
    .execute()
}
