import { type Kysely, sql } from 'kysely'
import type { Account, Database, RoleName } from './schema.js'

export interface NewAccount {
  readonly username: string
  readonly displayName: string
  readonly passwordHash: string
  readonly roles: readonly RoleName[]
  readonly scopeUnitIds: readonly number[]
  readonly personId: number | null
}

export async function insertAccount(db: Kysely<Database>, account: NewAccount): Promise<Account> {
  return db
    .insertInto('accounts')
    .values({
      username: account.username,
      display_name: account.displayName,
      password_hash: account.passwordHash,
      roles: sql`${sql.val(account.roles)}::text[]`,
      scope_unit_ids: sql`${sql.val(account.scopeUnitIds)}::integer[]`,
      person_id: account.personId,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function findAccountByUsername(
  db: Kysely<Database>,
  username: string,
): Promise<Account | undefined> {
  return db
    .selectFrom('accounts')
    .selectAll()
    .where(sql<string>`lower(username)`, '=', username.trim().toLowerCase())
    .executeTakeFirst()
}

export async function findAccountById(
  db: Kysely<Database>,
  id: number,
): Promise<Account | undefined> {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function recordFailedLogin(
  db: Kysely<Database>,
  id: number,
  lockAfter: number,
  lockMinutes: number,
): Promise<void> {
  await db
    .updateTable('accounts')
    .set((eb) => ({
      failed_logins: eb('failed_logins', '+', 1),
      locked_until: sql`case when failed_logins + 1 >= ${lockAfter}
        then now() + make_interval(mins => ${lockMinutes}) else locked_until end`,
    }))
    .where('id', '=', id)
    .execute()
}

export async function recordSuccessfulLogin(db: Kysely<Database>, id: number): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ failed_logins: 0, locked_until: null, last_login_at: sql`now()` })
    .where('id', '=', id)
    .execute()
}

export async function listAccounts(db: Kysely<Database>) {
  return db
    .selectFrom('accounts')
    .select([
      'id',
      'username',
      'display_name',
      'roles',
      'scope_unit_ids',
      'person_id',
      'active',
      'last_login_at',
    ])
    .orderBy('id')
    .execute()
}
