import { type Kysely, sql } from 'kysely'
import { makePrincipal, type Principal, type Role, seesWholeMinistry } from '../src/access/index.js'
import type {
  Database,
  DisciplineForm,
  EvaluationLevel,
  NewPerson,
  UnitKind,
} from '../src/data/schema.js'
import { findRootUnit, findUnitsByIds, subtreeUnitIds } from '../src/data/units.repository.js'

/**
 * Small worlds made by hand for database tests: a few units, people and histories, with every
 * field a test does not care about given a plausible default. Each function takes `db` first and
 * returns what later calls need (ids, paths).
 */
export interface UnitRef {
  readonly id: number
  readonly code: string
  readonly name: string
  readonly path: string
  readonly depth: number
}

export async function createUnit(
  db: Kysely<Database>,
  unit: { code: string; name: string; parent?: UnitRef; kind?: UnitKind; shortName?: string },
): Promise<UnitRef> {
  const depth = unit.parent === undefined ? 0 : unit.parent.depth + 1
  const { id } = await db
    .insertInto('units')
    .values({
      code: unit.code,
      name: unit.name,
      short_name: unit.shortName ?? null,
      kind: unit.kind ?? (unit.parent === undefined ? 'bo' : 'cuc'),
      parent_id: unit.parent?.id ?? null,
      // The materialised path needs the id; a placeholder keeps the unique constraint happy.
      path: `pending:${unit.code}`,
      depth,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const path = `${unit.parent?.path ?? '/'}${id}/`
  await db.updateTable('units').set({ path }).where('id', '=', id).execute()
  return { id, code: unit.code, name: unit.name, path, depth }
}

export type PersonFields = Partial<NewPerson> & { fullName: string; unitId: number }

/** A working civil servant born in 1980 unless told otherwise; the national ID is derived. */
export async function createPerson(db: Kysely<Database>, person: PersonFields): Promise<number> {
  const { fullName, unitId, ...rest } = person
  const { n } = await db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  const { id } = await db
    .insertInto('people')
    .values({
      national_id: String(1_000_000_000 + Number(n) * 7 + 1).padStart(12, '0'),
      full_name: fullName,
      unit_id: unitId,
      birth_date: '1980-05-15',
      sex: 'male',
      staff_category: 'cong_chuc',
      ethnicity: 'Kinh',
      ...rest,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function createPost(
  db: Kysely<Database>,
  post: { unitId: number; title: string; level: number; isHead?: boolean },
): Promise<number> {
  const { id } = await db
    .insertInto('leadership_posts')
    .values({
      unit_id: post.unitId,
      title: post.title,
      level: post.level,
      is_head: post.isHead ?? post.level % 2 === 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function appoint(
  db: Kysely<Database>,
  appointment: { personId: number; postId: number; startDate?: string },
): Promise<void> {
  const start = appointment.startDate ?? '2023-01-01'
  const termEnd = `${Number(start.slice(0, 4)) + 5}${start.slice(4)}`
  await db
    .insertInto('appointments')
    .values({
      person_id: appointment.personId,
      post_id: appointment.postId,
      kind: 'first',
      start_date: start,
      term_end: termEnd,
    })
    .execute()
}

export async function createEvaluation(
  db: Kysely<Database>,
  evaluation: { personId: number; year: number; level: EvaluationLevel },
): Promise<void> {
  await db
    .insertInto('evaluations')
    .values({ person_id: evaluation.personId, year: evaluation.year, level: evaluation.level })
    .execute()
}

export async function createDiscipline(
  db: Kysely<Database>,
  discipline: { personId: number; form: DisciplineForm; decidedOn?: string },
): Promise<void> {
  await db
    .insertInto('disciplines')
    .values({
      person_id: discipline.personId,
      form: discipline.form,
      decided_on: discipline.decidedOn ?? '2025-03-01',
    })
    .execute()
}

export async function createPartyMembership(
  db: Kysely<Database>,
  membership: { personId: number; joinedOn?: string },
): Promise<void> {
  await db
    .insertInto('party_membership')
    .values({ person_id: membership.personId, joined_on: membership.joinedOn ?? '2005-09-02' })
    .execute()
}

/**
 * Many people at once (one statement), for tests that need the planner to see a realistic
 * table; statistics are refreshed so its estimates are those of a seeded database.
 */
export async function createPeopleInBulk(
  db: Kysely<Database>,
  bulk: { unitIds: readonly number[]; count: number; namePrefix?: string },
): Promise<void> {
  const units = sql.raw(`array[${bulk.unitIds.map(Number).join(',')}]`)
  await sql`insert into people (national_id, full_name, birth_date, sex, staff_category, ethnicity, unit_id)
    select lpad((900000000 + g)::text, 12, '0'), ${bulk.namePrefix ?? 'Người số'} || ' ' || g,
           date '1965-01-01' + (g * 37 % 12000), case when g % 2 = 0 then 'male' else 'female' end,
           'cong_chuc', case when g % 9 = 0 then 'Tày' else 'Kinh' end,
           (${units})[1 + g % ${bulk.unitIds.length}]
    from generate_series(1, ${bulk.count}) as g`.execute(db)
  await sql`analyze`.execute(db)
}

/**
 * The principal of an account with one role (and 'employee', as real accounts have), scoped like
 * the auth module scopes it: the whole ministry for ministry_hr and planner, the given subtrees
 * for leader and unit_hr, nothing but their own record otherwise.
 */
export async function principalFor(
  db: Kysely<Database>,
  account: { role: Role; personId?: number | null; rootUnitIds?: readonly number[] },
): Promise<Principal> {
  const roles: Role[] =
    account.role === 'employee' || account.role === 'admin'
      ? [account.role]
      : [account.role, 'employee']
  const roots = seesWholeMinistry(roles)
    ? [(await findRootUnit(db)).id]
    : account.role === 'leader' || account.role === 'unit_hr'
      ? [...(account.rootUnitIds ?? [])]
      : []
  const [unitIds, rootUnits] = await Promise.all([
    subtreeUnitIds(db, roots),
    findUnitsByIds(db, roots),
  ])
  return makePrincipal({
    accountId: 0,
    username: `test.${account.role}`,
    displayName: `Test ${account.role}`,
    roles,
    personId: account.personId ?? null,
    scope: {
      wholeMinistry: seesWholeMinistry(roles),
      rootUnitIds: roots,
      unitIds,
      rootNames: rootUnits.map((u) => u.name),
    },
  })
}
