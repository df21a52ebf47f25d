/**
 * The databases of the forecast and chat benchmarks: an in-memory PGlite seeded with the synthetic
 * ministry, or a dedicated server database seeded once with the bulk COPY loader and reused
 * while it holds the expected number of people (brought up to the latest migration first).
 */
import { Kysely, sql } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import pg from 'pg'
import { loadConfig } from '../src/config.js'
import { openPglite, openServer } from '../src/data/db.js'
import { migrateToLatest } from '../src/data/migrate.js'
import type { Database } from '../src/data/schema.js'
import { bulkSeedServer, seedMinistry } from '../src/data/synthetic/index.js'

export interface BenchDb {
  readonly db: Kysely<Database>
  readonly engine: string
  readonly note: string
}

interface Seeding {
  readonly people: number
  readonly seed: number
  readonly asOf: string
}

export async function openBenchPglite(options: Seeding): Promise<BenchDb> {
  const started = performance.now()
  const db = new Kysely<Database>({ dialect: new PGliteDialect(await openPglite(undefined)) })
  await migrateToLatest(db)
  await seedMinistry(db, options)
  await sql`analyze`.execute(db)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  return { db, engine: 'PGlite (in memory)', note: `(seeded in ${seconds} s)` }
}

/** The server database both benchmarks seed once and share. */
export const BENCH_DATABASE = 'hrm_bench'

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres'

export async function openBenchServer(options: Seeding & { database: string }): Promise<BenchDb> {
  const base = loadConfig().databaseUrl ?? LOCAL_SERVER
  const url = withDatabase(base, options.database)
  const present = await countPeople(base, options.database)
  let note = `(reused ${options.database}: ${present.toLocaleString('en')} people)`
  if (present !== options.people) {
    note = await seedServer(base, url, options)
  }
  const db = await openServer(url, 4)
  // A reused database gets the migrations added since it was seeded (none: a quick no-op).
  await migrateToLatest(db)
  // The memory the server caches tables in decides whether a national-scale scan reads from
  // its buffers or copies from the operating system's cache: printed with every result.
  const server = await sql<{ v: string; buffers: string; workers: string }>`select
      current_setting('server_version') as v,
      current_setting('shared_buffers') as buffers,
      current_setting('max_parallel_workers_per_gather') as workers`.execute(db)
  const { v = '', buffers = '?', workers = '?' } = server.rows[0] ?? {}
  const settings = `shared_buffers ${buffers}, ${workers} parallel workers per query`
  return { db, engine: `PostgreSQL ${v} (${options.database}; ${settings})`, note }
}

async function seedServer(base: string, url: string, options: Seeding & { database: string }) {
  const started = performance.now()
  await admin(base, `drop database if exists ${options.database}`)
  await admin(base, `create database ${options.database}`)
  const db = await openServer(url, 2)
  try {
    await migrateToLatest(db)
  } finally {
    await db.destroy()
  }
  let shown = 0
  const report = await bulkSeedServer(url, {
    ...options,
    onProgress: (done, total) => {
      if (done - shown < total / 20 && done !== total) return
      shown = done
      console.log(`  seeding ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`)
    },
  })
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  await client.query('vacuum analyze')
  await client.end()
  const minutes = ((performance.now() - started) / 60_000).toFixed(1)
  return `(seeded ${options.database} once: ${report.rows.toLocaleString('en')} rows in ${minutes} min)`
}

async function countPeople(base: string, database: string): Promise<number> {
  const exists = await admin(base, 'select 1 from pg_database where datname = $1', [database])
  if (exists === 0) return -1
  const client = new pg.Client({ connectionString: withDatabase(base, database) })
  await client.connect()
  try {
    const result = await client.query<{ n: string }>('select count(*) as n from people')
    return Number(result.rows[0]?.n ?? 0)
  } catch {
    return -1
  } finally {
    await client.end()
  }
}

async function admin(base: string, statement: string, params: unknown[] = []): Promise<number> {
  const client = new pg.Client({ connectionString: withDatabase(base, 'postgres') })
  await client.connect()
  try {
    return (await client.query(statement, params)).rowCount ?? 0
  } finally {
    await client.end()
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}
