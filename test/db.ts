import fs from 'node:fs'
import { randomBytes } from 'node:crypto'
import { PGlite } from '@electric-sql/pglite'
import { Kysely } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import pg from 'pg'
import { inject } from 'vitest'
import { openServer, pgliteExtensions, pgliteParsers } from '../src/data/db.js'
import type { Database } from '../src/data/schema.js'
import { withDatabase } from './template.js'

export interface TestDb {
  readonly db: Kysely<Database>
  readonly engine: 'pglite' | 'postgres'
  /** Closes the database and, on a server, drops the copy. */
  close(): Promise<void>
}

/**
 * A private copy of the seeded test template for one test file: a PGlite loaded from the
 * template's dump, or a server database cloned from the template database.
 */
export async function openTestDb(): Promise<TestDb> {
  const template = inject('hrmTemplate')
  if (template.engine === 'pglite') {
    const dump = new Blob([fs.readFileSync(template.file)])
    const pglite = await PGlite.create({
      loadDataDir: dump,
      extensions: pgliteExtensions,
      parsers: pgliteParsers,
    })
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) })
    return { db, engine: 'pglite', close: () => db.destroy() }
  }
  const name = `hrm_test_${randomBytes(6).toString('hex')}`
  await adminQuery(template.url, `create database ${name} template ${template.database}`)
  const db = await openServer(withDatabase(template.url, name), 4)
  return {
    db,
    engine: 'postgres',
    close: async () => {
      await db.destroy()
      await adminQuery(template.url, `drop database if exists ${name}`)
    },
  }
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}
