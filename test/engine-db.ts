import { randomBytes } from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import { openServer } from '../src/data/db.js'
import { migrateToLatest } from '../src/data/migrate.js'
import type { Database } from '../src/data/schema.js'
import { openBlankDb } from './blank-db.js'
import { withDatabase } from './template.js'

export interface EngineDb {
  readonly db: Kysely<Database>
  readonly engine: 'pglite' | 'postgres'
  /** Closes the database (and drops it, on a server). */
  readonly close: () => Promise<void>
}

/**
 * A migrated, empty database on the engine the test run targets: in-memory PGlite by default, a
 * new database on the server named by DATABASE_URL when it is set (dropped on close), so that
 * the same hand-made fixtures run on both.
 */
export async function openBlankEngineDb(): Promise<EngineDb> {
  const url = process.env.DATABASE_URL
  if (url === undefined || url === '') {
    const db = await openBlankDb()
    return { db, engine: 'pglite', close: () => db.destroy() }
  }
  const name = `hrm_blank_${randomBytes(6).toString('hex')}`
  const admin = await openServer(url, 1)
  await sql.raw(`create database ${name}`).execute(admin)
  const db = await openServer(withDatabase(url, name), 4)
  await migrateToLatest(db)
  return {
    db,
    engine: 'postgres',
    close: async () => {
      await db.destroy()
      await sql.raw(`drop database if exists ${name} with (force)`).execute(admin)
      await admin.destroy()
    },
  }
}
