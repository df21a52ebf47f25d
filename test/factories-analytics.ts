import { type Kysely, sql } from 'kysely'
import type { Principal, Role } from '../src/access/index.js'
import { createAccount } from '../src/auth/accounts.service.js'
import { loadPrincipal } from '../src/auth/principal.service.js'
import type {
  Database,
  DisciplineForm,
  EvaluationLevel,
  NewPerson,
  UnitKind,
} from '../src/data/schema.js'

/**
 * Hand-built worlds for analytics and candidate tests on a blank database (test/blank-db.ts):
 * units with materialised paths, posts, people with complete, valid records by default, and
 * their histories. Each helper inserts one thing and returns what the next one needs.
 */
export interface UnitHandle {
  readonly id: number
  readonly code: string
  readonly path: string
  readonly depth: number
}

export async function createUnit(
  db: Kysely<Database>,
  input: { code: string; name: string; kind?: UnitKind; parent?: UnitHandle },
): Promise<UnitHandle> {
  const depth = input.parent === undefined ? 0 : input.parent.depth + 1
  const { id } = await db
    .insertInto('units')
    .values({
      code: input.code,
      name: input.name,
      kind: input.kind ?? (depth === 0 ? 'bo' : depth === 1 ? 'vu' : 'phong'),
      parent_id: input.parent?.id ?? null,
      path: `pending:${input.code}`,
      depth,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const path = `${input.parent?.path ?? '/'}${id}/`
  await db.updateTable('units').set({ path }).where('id', '=', id).execute()
  return { id, code: input.code, path, depth }
}

export async function createPost(
  db: Kysely<Database>,
  input: { unit: UnitHandle; title: string; level: number; seats?: number },
): Promise<number> {
  const { id } = await db
    .insertInto('leadership_posts')
    .values({
      unit_id: input.unit.id,
      title: input.title,
      level: input.level,
      is_head: input.level % 2 === 1,
      seats: input.seats ?? 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

let serial = 0

/** A national ID whose century/sex digit and year digits agree with the person. */
export function validNationalId(sex: 'male' | 'female', birthDate: string): string {
  const year = Number(birthDate.slice(0, 4))
  const digit = (Math.floor(year / 100) - 19) * 2 + (sex === 'female' ? 1 : 0)
  serial += 1
  return `001${digit}${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`
}

export async function createPerson(
  db: Kysely<Database>,
  unit: UnitHandle,
  overrides: Partial<NewPerson> = {},
): Promise<number> {
  const sex = overrides.sex ?? 'male'
  const birthDate = overrides.birth_date ?? '1980-03-15'
  const { id } = await db
    .insertInto('people')
    .values({
      national_id: validNationalId(sex, birthDate),
      full_name: `Nguyễn Văn ${++serial}`,
      birth_date: birthDate,
      sex,
      ethnicity: 'Kinh',
      religion: 'Không',
      birth_place: 'Hà Nội',
      home_town: 'Hà Nội',
      residence: 'Hà Nội',
      phone: '0912345678',
      email: `person${serial}@mst.gov.vn`,
      staff_category: 'cong_chuc',
      unit_id: unit.id,
      joined_state_service: '2005-01-01',
      joined_ministry: '2005-01-01',
      join_reason: 'recruited',
      rank_code: '01.002',
      salary_step: 3,
      salary_coefficient: 5.08,
      highest_degree: 'thac_si',
      political_theory: 'cao_cap',
      state_management: 'chuyen_vien_chinh',
      updated_at: sql`'2026-10-01T00:00:00Z'::timestamptz`,
      ...overrides,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function appoint(
  db: Kysely<Database>,
  personId: number,
  postId: number,
  input: { start: string; end?: string; kind?: 'first' | 'reappointment' | 'acting' },
): Promise<void> {
  const termEnd = await sql<{
    d: string
  }>`select (${input.start}::date + interval '5 years' - interval '1 day')::date::text as d`.execute(
    db,
  )
  await db
    .insertInto('appointments')
    .values({
      person_id: personId,
      post_id: postId,
      kind: input.kind ?? 'first',
      start_date: input.start,
      term_end: termEnd.rows[0]?.d ?? input.start,
      end_date: input.end ?? null,
    })
    .execute()
}

export async function plan(
  db: Kysely<Database>,
  personId: number,
  postId: number,
  input: { addedOn?: string; removedOn?: string } = {},
): Promise<void> {
  await db
    .insertInto('planning_entries')
    .values({
      person_id: personId,
      post_id: postId,
      period_start: 2026,
      period_end: 2031,
      added_on: input.addedOn ?? '2020-01-01',
      removed_on: input.removedOn ?? null,
    })
    .execute()
}

export async function evaluate(
  db: Kysely<Database>,
  personId: number,
  levels: Record<number, EvaluationLevel>,
): Promise<void> {
  await db
    .insertInto('evaluations')
    .values(
      Object.entries(levels).map(([year, level]) => ({
        person_id: personId,
        year: Number(year),
        level,
      })),
    )
    .execute()
}

export async function discipline(
  db: Kysely<Database>,
  personId: number,
  form: DisciplineForm,
  decidedOn: string,
): Promise<void> {
  await db
    .insertInto('disciplines')
    .values({ person_id: personId, form, decided_on: decidedOn })
    .execute()
}

/** An account with `roles`, scoped to `unit` (a code) when the role needs one. */
export async function accountFor(
  db: Kysely<Database>,
  username: string,
  roles: Role[],
  unit?: string,
): Promise<Principal> {
  const account = await createAccount(db, {
    username,
    password: 'factory-password-1',
    roles,
    ...(unit === undefined ? {} : { unit }),
  })
  return loadPrincipal(db, account.id)
}
