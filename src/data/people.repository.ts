import { type ExpressionBuilder, sql } from 'kysely'
import type { ReaderTransaction } from './gate.js'
import type { Database, PersonStatus, Sex, StaffCategory } from './schema.js'

export interface PeopleFilter {
  /** Units whose people are listed (already expanded to subtrees by the caller). */
  readonly unitIds?: readonly number[]
  /** Part of a name, with or without diacritics. */
  readonly name?: string
  readonly statuses?: readonly PersonStatus[]
  readonly sex?: Sex
  readonly staffCategory?: StaffCategory
  readonly rankCode?: string
  readonly birthYearFrom?: number
  readonly birthYearTo?: number
}

export interface PeoplePage {
  readonly limit: number
  readonly offset: number
}

export interface PersonListItem {
  id: number
  fullName: string
  nationalId?: string
  sex: Sex
  birthDate: string
  birthPrecision: string
  staffCategory: StaffCategory
  status: PersonStatus
  unit: { id: number; code: string; name: string }
  rank: { code: string; name: string } | null
  post: string | null
}

type PeopleEb = ExpressionBuilder<Database & { p: Database['people'] }, 'p'>

function applyFilter(eb: PeopleEb, filter: PeopleFilter) {
  const conditions = []
  if (filter.unitIds !== undefined) conditions.push(eb('p.unit_id', 'in', [...filter.unitIds, -1]))
  if (filter.statuses !== undefined && filter.statuses.length > 0)
    conditions.push(eb('p.status', 'in', [...filter.statuses]))
  if (filter.sex !== undefined) conditions.push(eb('p.sex', '=', filter.sex))
  if (filter.staffCategory !== undefined)
    conditions.push(eb('p.staff_category', '=', filter.staffCategory))
  if (filter.rankCode !== undefined) conditions.push(eb('p.rank_code', '=', filter.rankCode))
  if (filter.birthYearFrom !== undefined)
    conditions.push(eb('p.birth_date', '>=', `${filter.birthYearFrom}-01-01`))
  if (filter.birthYearTo !== undefined)
    conditions.push(eb('p.birth_date', '<=', `${filter.birthYearTo}-12-31`))
  if (filter.name !== undefined && filter.name.trim() !== '') {
    const pattern = `%${escapeLike(filter.name.trim().toLowerCase())}%`
    conditions.push(eb('p.name_search', 'like', sql<string>`public.hr_unaccent(${pattern})`))
  }
  return eb.and(conditions)
}

/**
 * One page of people and the total matching, read under the gate (row-level security applies).
 * `withNationalId` must only be true for principals whose reader role may select it.
 */
export async function findPeople(
  trx: ReaderTransaction,
  filter: PeopleFilter,
  page: PeoplePage,
  withNationalId: boolean,
): Promise<{ items: PersonListItem[]; total: number }> {
  const base = trx.selectFrom('people as p').where((eb) => applyFilter(eb, filter))
  const [{ total }, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    base
      .innerJoin('units as u', 'u.id', 'p.unit_id')
      .leftJoin('ranks as r', 'r.code', 'p.rank_code')
      .select([
        'p.id',
        'p.full_name',
        'p.sex',
        'p.birth_date',
        'p.birth_precision',
        'p.staff_category',
        'p.status',
        'u.id as unit_id',
        'u.code as unit_code',
        'u.name as unit_name',
        'r.code as rank_code',
        'r.name as rank_name',
      ])
      .select((eb) => [
        eb
          .selectFrom('appointments as a')
          .innerJoin('leadership_posts as lp', 'lp.id', 'a.post_id')
          .select('lp.title')
          .whereRef('a.person_id', '=', 'p.id')
          .where('a.end_date', 'is', null)
          .orderBy('lp.level')
          .limit(1)
          .as('post'),
      ])
      .$if(withNationalId, (qb) => qb.select('p.national_id'))
      .orderBy(sql`p.name_search`)
      .orderBy('p.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
  ])
  return { total, items: rows.map((row) => toListItem(row, withNationalId)) }
}

function toListItem(
  row: {
    id: number
    full_name: string
    sex: Sex
    birth_date: string
    birth_precision: string
    staff_category: StaffCategory
    status: PersonStatus
    unit_id: number
    unit_code: string
    unit_name: string
    rank_code: string | null
    rank_name: string | null
    post: string | null
    national_id?: string
  },
  withNationalId: boolean,
): PersonListItem {
  return {
    id: row.id,
    fullName: row.full_name,
    ...(withNationalId && row.national_id !== undefined ? { nationalId: row.national_id } : {}),
    sex: row.sex,
    birthDate: row.birth_date,
    birthPrecision: row.birth_precision,
    staffCategory: row.staff_category,
    status: row.status,
    unit: { id: row.unit_id, code: row.unit_code, name: row.unit_name },
    rank:
      row.rank_code === null ? null : { code: row.rank_code, name: row.rank_name ?? row.rank_code },
    post: row.post,
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}
