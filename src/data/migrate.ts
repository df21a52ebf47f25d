import { type Kysely, type MigrationResultSet, Migrator, sql } from 'kysely'
import { AppError } from '../errors.js'
import { migrations } from './migrations/index.js'
import type { Database } from './schema.js'

/** Brings the schema up to date; returns the names of the migrations it applied. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  if (await isUpToDate(db)) return []
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
  })
  const result: MigrationResultSet = await migrator.migrateToLatest()
  if (result.error !== undefined) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName
    const message =
      result.error instanceof Error ? result.error.message : JSON.stringify(result.error)
    throw new AppError('DB_ERROR', `Migration ${failed ?? '(unknown)'} failed: ${message}`, {
      cause: result.error,
    })
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}

/** Whether the database has none of our tables yet (a new embedded folder, an empty server DB). */
export async function isEmptyDatabase(db: Kysely<Database>): Promise<boolean> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true })
  return !tables.some((t) => t.name === 'kysely_migration' || t.name === 'people')
}

/**
 * Whether the newest migration is already applied: one query, so that a restart does not pay for
 * the migrator's own bookkeeping (lock table, full listing) when there is nothing to do.
 */
async function isUpToDate(db: Kysely<Database>): Promise<boolean> {
  const latest = Object.keys(migrations).sort().at(-1)
  // to_regclass rather than catching an error: a failed query would abort an open transaction.
  const exists = await sql<{
    t: string | null
  }>`select to_regclass('public.kysely_migration')::text as t`.execute(db)
  if (exists.rows[0]?.t === null) return false
  const row = await sql<{ name: string }>`
    select name from kysely_migration order by name desc limit 1`.execute(db)
  return row.rows[0]?.name === latest
}
