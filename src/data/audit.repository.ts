import { type Kysely, sql } from 'kysely'
import type { Principal } from '../access/index.js'
import type { Database } from './schema.js'

export interface AuditEntry {
  readonly action: string
  readonly targetTable?: string
  readonly targetIds?: readonly (string | number)[]
  readonly sql?: string
  readonly rowCount?: number
  readonly details?: Record<string, unknown>
}

/**
 * Appends one entry to the audit log. The database assigns its id and chains its hash; nobody,
 * the application included, can change or delete it afterwards.
 */
export async function recordAudit(
  db: Kysely<Database>,
  who: Pick<Principal, 'accountId' | 'username'> | null,
  entry: AuditEntry,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      account_id: who?.accountId ?? null,
      username: who?.username ?? null,
      action: entry.action,
      target_table: entry.targetTable ?? null,
      target_ids: entry.targetIds?.map(String) ?? null,
      sql_text: entry.sql ?? null,
      row_count: entry.rowCount ?? null,
      details: entry.details === undefined ? null : JSON.stringify(entry.details),
    })
    .execute()
}

export interface ChainCheck {
  readonly rows: number
  /** The first row whose hash or link does not match, or null when the chain is whole. */
  readonly firstBrokenId: number | null
}

/** Recomputes every hash of the audit log and checks each row's link to the one before. */
export async function verifyAuditChain(db: Kysely<Database>): Promise<ChainCheck> {
  // Raw SQL: a window over the whole table with the database's own hash function, so the check
  // uses exactly the definition the inserting trigger used.
  const broken = await sql<{ id: number }>`
    select id from (
      select a.id, a.hash, a.prev_hash,
             lag(a.hash) over (order by a.id) as previous,
             public.hr_audit_hash(a.prev_hash, a) as recomputed
      from audit_log a
    ) chain
    where hash <> recomputed
       or prev_hash <> coalesce(previous, decode(repeat('00', 32), 'hex'))
    order by id
    limit 1`.execute(db)
  const count = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return { rows: count.n, firstBrokenId: broken.rows[0]?.id ?? null }
}
