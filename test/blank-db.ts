import { Kysely } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import { openPglite } from '../src/data/db.js'
import { migrateToLatest } from '../src/data/migrate.js'
import type { Database } from '../src/data/schema.js'

/**
 * A migrated, empty in-memory PGlite for tests that build their own small world (a unit or two,
 * a handful of people made by hand). Close it with `db.destroy()`.
 */
export async function openBlankDb(): Promise<Kysely<Database>> {
  const db = new Kysely<Database>({ dialect: new PGliteDialect(await openPglite(undefined)) })
  await migrateToLatest(db)
  return db
}
