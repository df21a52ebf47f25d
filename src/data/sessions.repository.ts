import { createHash, randomBytes } from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import type { Database } from './schema.js'

/** Only the SHA-256 of a token is stored; the token itself exists in the client alone. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export async function createSession(
  db: Kysely<Database>,
  accountId: number,
  kind: 'browser' | 'api',
  ttlMs: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(Date.now() + ttlMs)
  await db
    .insertInto('sessions')
    .values({ token_hash: hashToken(token), account_id: accountId, kind, expires_at: expiresAt })
    .execute()
  return { token, expiresAt }
}

/** The account of a live session, touching its last-seen time; undefined when unknown or expired. */
export async function findSessionAccountId(
  db: Kysely<Database>,
  token: string,
): Promise<number | undefined> {
  const row = await db
    .updateTable('sessions')
    .set({ last_seen_at: sql`now()` })
    .where('token_hash', '=', hashToken(token))
    .where('expires_at', '>', sql<Date>`now()`)
    .returning('account_id')
    .executeTakeFirst()
  return row?.account_id
}

export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute()
}

export async function deleteExpiredSessions(db: Kysely<Database>): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where('expires_at', '<=', sql<Date>`now()`)
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}
