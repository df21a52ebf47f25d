import type { Kysely } from 'kysely'
import {
  isRole,
  makePrincipal,
  type Principal,
  type Role,
  seesWholeMinistry,
  usesUnitScope,
} from '../access/index.js'
import { AppError } from '../errors.js'
import { findAccountById } from '../data/accounts.repository.js'
import type { Account, Database } from '../data/schema.js'
import { findRootUnit, findUnitsByIds, subtreeUnitIds } from '../data/units.repository.js'

/** Builds the principal of an account: its roles, and its scope expanded to every unit id. */
export async function loadPrincipal(db: Kysely<Database>, accountId: number): Promise<Principal> {
  const account = await findAccountById(db, accountId)
  if (account === undefined || !account.active) {
    throw new AppError('UNAUTHENTICATED', 'This account no longer exists or has been disabled.', {
      vi: 'Tài khoản không còn tồn tại hoặc đã bị khóa.',
    })
  }
  return principalOf(db, account)
}

export async function principalOf(db: Kysely<Database>, account: Account): Promise<Principal> {
  const roles = account.roles.filter(isRole)
  const roots = await scopeRoots(db, account, roles)
  const wholeMinistry = seesWholeMinistry(roles)
  const [unitIds, rootUnits] = await Promise.all([
    subtreeUnitIds(db, roots),
    findUnitsByIds(db, roots),
  ])
  return makePrincipal({
    accountId: account.id,
    username: account.username,
    displayName: account.display_name,
    roles,
    personId: account.person_id,
    scope: Object.freeze({
      wholeMinistry,
      rootUnitIds: roots,
      unitIds,
      rootNames: rootUnits.map((u) => u.name),
    }),
  })
}

async function scopeRoots(
  db: Kysely<Database>,
  account: Account,
  roles: readonly Role[],
): Promise<number[]> {
  if (seesWholeMinistry(roles)) return [(await findRootUnit(db)).id]
  if (!usesUnitScope(roles)) return []
  if (account.scope_unit_ids.length > 0) return [...account.scope_unit_ids]
  if (account.person_id === null) return []
  // A leader or unit HR officer without an explicit scope manages their own unit.
  const person = await db
    .selectFrom('people')
    .select('unit_id')
    .where('id', '=', account.person_id)
    .executeTakeFirst()
  return person === undefined ? [] : [person.unit_id]
}
