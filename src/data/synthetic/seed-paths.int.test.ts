import { Kysely, PostgresDialect, sql } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPglite } from '../db.js'
import { migrateToLatest } from '../migrate.js'
import type { Database } from '../schema.js'
import { tableChecksums } from './checksum.js'
import { bulkSeedServer, seedMinistry } from './index.js'
import { TABLE_ORDER } from './tables.js'

/**
 * Same options, same rows: twice through Kysely into PGlite, and once through COPY into a
 * PostgreSQL server when one is reachable (TEST_DATABASE_URL, or the local server of the
 * development machines); without a server that comparison is skipped.
 */
const OPTIONS = { seed: 7, people: 1500, asOf: '2026-11-24' } as const
const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** One in-memory database per test file, migrated; swap for the shared template later. */
async function openTestDb(): Promise<Kysely<Database>> {
  const pglite = await openPglite(undefined)
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) })
  await migrateToLatest(db)
  return db
}

async function emptySeededTables(db: Kysely<Database>): Promise<void> {
  await sql.raw(`truncate ${TABLE_ORDER.join(', ')} restart identity cascade`).execute(db)
  await db.deleteFrom('app_meta').where('key', '=', 'seed').execute()
}

async function serverReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

let db: Kysely<Database>
let first: Record<string, string>

beforeAll(async () => {
  db = await openTestDb()
  await seedMinistry(db, OPTIONS)
  first = await tableChecksums(db)
})

afterAll(async () => {
  await db?.destroy()
})

describe('seeding is deterministic', () => {
  it('writes the same rows again for the same options, and other rows for another seed', async () => {
    await emptySeededTables(db)
    await seedMinistry(db, OPTIONS)
    expect(await tableChecksums(db)).toEqual(first)
    await emptySeededTables(db)
    await seedMinistry(db, { ...OPTIONS, seed: 8 })
    const other = await tableChecksums(db)
    expect(other.people).not.toBe(first.people)
    expect(other.units).toBe(first.units)
  })
})

describe.runIf(await serverReachable(SERVER_URL))('the COPY path into a PostgreSQL server', () => {
  const name = `hrm_seed_test_${process.pid}`
  const url = new URL(SERVER_URL)
  url.pathname = `/${name}`
  const admin = () => new pg.Client({ connectionString: SERVER_URL })

  beforeAll(async () => {
    const client = admin()
    await client.connect()
    await client.query(`drop database if exists ${name}`)
    await client.query(`create database ${name}`)
    await client.end()
    const server = new Kysely<Database>({
      dialect: new PostgresDialect({
        pool: new pg.Pool({ connectionString: url.toString(), max: 1 }),
      }),
    })
    await migrateToLatest(server)
    await server.destroy()
  })

  afterAll(async () => {
    const client = admin()
    await client.connect()
    await client.query(`drop database if exists ${name} with (force)`)
    await client.end()
  })

  it('writes exactly the rows the Kysely path writes', async () => {
    const report = await bulkSeedServer(url.toString(), { ...OPTIONS, connections: 2 })
    expect(report.people).toBe(OPTIONS.people)
    const server = new Kysely<Database>({
      dialect: new PostgresDialect({
        pool: new pg.Pool({ connectionString: url.toString(), max: 1 }),
      }),
    })
    try {
      expect(await tableChecksums(server)).toEqual(first)
      await expect(bulkSeedServer(url.toString(), OPTIONS)).rejects.toThrow(/empty/)
    } finally {
      await server.destroy()
    }
  })
})
