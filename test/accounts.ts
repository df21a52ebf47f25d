import { type Kysely, sql } from 'kysely'
import type { Principal, Role } from '../src/access/index.js'
import { createAccount } from '../src/auth/accounts.service.js'
import { loadPrincipal } from '../src/auth/principal.service.js'
import type { Database } from '../src/data/schema.js'

export const TEST_PASSWORD = 'test-password-2026'

/** The unit whose leader, HR officer and employee the tests act as, and a unit outside it. */
export const HOME_UNIT = 'CVT'
export const OTHER_UNIT = 'CTSVTD'

export interface RoleAccount {
  readonly username: string
  readonly principal: Principal
}

/**
 * One account per role: the leader, unit HR officer and employee belong to Cục Viễn thông;
 * ministry HR and the planner see the whole ministry; the administrator sees no people.
 */
export async function createRoleAccounts(db: Kysely<Database>): Promise<Record<Role, RoleAccount>> {
  const home = await peopleOf(db, HOME_UNIT)
  const specs: [Role, string[], string | undefined, string | undefined][] = [
    ['employee', ['employee'], home[0], undefined],
    ['leader', ['leader'], home[1], HOME_UNIT],
    ['unit_hr', ['unit_hr'], home[2], HOME_UNIT],
    ['ministry_hr', ['ministry_hr'], undefined, undefined],
    ['planner', ['planner'], undefined, undefined],
    ['admin', ['admin'], undefined, undefined],
  ]
  const result = {} as Record<Role, RoleAccount>
  for (const [role, roles, person, unit] of specs) {
    const username = `test.${role.replace('_', '')}`
    const account = await createAccount(db, {
      username,
      password: TEST_PASSWORD,
      roles: roles as Role[],
      ...(person === undefined ? {} : { person }),
      ...(unit === undefined ? {} : { unit }),
    })
    result[role] = { username, principal: await loadPrincipal(db, account.id) }
  }
  return result
}

/** One principal per role (the accounts of `createRoleAccounts`), for tests that act as each. */
export async function createRolePrincipals(db: Kysely<Database>): Promise<Record<Role, Principal>> {
  const accounts = await createRoleAccounts(db)
  return Object.fromEntries(
    Object.entries(accounts).map(([role, account]) => [role, account.principal]),
  ) as Record<Role, Principal>
}

/** National IDs of the first working people (by id) in a unit's subtree. */
export async function peopleOf(db: Kysely<Database>, unitCode: string): Promise<string[]> {
  const rows = await db
    .selectFrom('people as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .innerJoin('units as top', (join) => join.on('top.code', '=', unitCode))
    .select('p.national_id')
    .where('p.status', '=', 'working')
    .where('u.path', 'like', sql<string>`top.path || '%'`)
    .orderBy('p.id')
    .limit(3)
    .execute()
  return rows.map((r) => r.national_id)
}

/** Ids of a unit's subtree, by the unit's code. */
export async function unitIdOf(db: Kysely<Database>, code: string): Promise<number> {
  const unit = await db
    .selectFrom('units')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow()
  return unit.id
}
