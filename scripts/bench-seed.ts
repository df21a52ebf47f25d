/**
 * Seeding benchmark. By default seeds the ministry (6,300 people) into a fresh in-memory PGlite
 * through seedMinistry. With --server, (re)creates the database named by DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/hrm_bench) through the server's `postgres` database,
 * migrates it and seeds --people N through the COPY path, then prints rows/s per table and in
 * total and the peak RSS of this process (flat in N when generation streams), and drops it.
 *
 *   npm run bench:seed
 *   npm run bench:seed -- --server --people 2000000 [--connections 1|2] [--keep]
 */
import { parseArgs } from 'node:util'
import { Kysely, PostgresDialect } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import pg from 'pg'
import { loadConfig } from '../src/config.js'
import { openPglite, redactUrl } from '../src/data/db.js'
import { migrateToLatest } from '../src/data/migrate.js'
import type { Database } from '../src/data/schema.js'
import { bulkSeedServer, seedMinistry, type SeedReport } from '../src/data/synthetic/index.js'

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/hrm_bench'

const { values } = parseArgs({
  options: {
    server: { type: 'boolean', default: false },
    people: { type: 'string' },
    seed: { type: 'string', default: '20250301' },
    'as-of': { type: 'string', default: '2026-11-24' },
    connections: { type: 'string', default: '2' },
    keep: { type: 'boolean', default: false },
  },
})
const seed = Number(values.seed)
const people = Number(values.people ?? (values.server ? 2_000_000 : 6300))
const asOf = values['as-of']
const progress = (done: number, total: number) => {
  process.stdout.write(`\r  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} people`)
}

const report = values.server ? await benchServer() : await benchPglite()
printReport(report)

async function benchPglite(): Promise<SeedReport> {
  console.log(`PGlite (in memory): ${people} people, seed ${seed}, asOf ${asOf}`)
  const db = new Kysely<Database>({ dialect: new PGliteDialect(await openPglite(undefined)) })
  try {
    await migrateToLatest(db)
    return await seedMinistry(db, { seed, people, asOf, onProgress: progress })
  } finally {
    await db.destroy()
  }
}

async function benchServer(): Promise<SeedReport> {
  const url = new URL(loadConfig().databaseUrl ?? DEFAULT_URL)
  const name = decodeURIComponent(url.pathname.slice(1))
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unexpected database name "${name}"`)
  console.log(
    `PostgreSQL ${redactUrl(url.toString())}: ${people} people, seed ${seed}, asOf ${asOf}`,
  )
  await admin(url, [`drop database if exists ${name} with (force)`, `create database ${name}`])
  try {
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({
        pool: new pg.Pool({ connectionString: url.toString(), max: 1 }),
      }),
    })
    await migrateToLatest(db)
    await db.destroy()
    const connections = values.connections === '1' ? 1 : 2
    return await bulkSeedServer(url.toString(), {
      seed,
      people,
      asOf,
      connections,
      onProgress: progress,
    })
  } finally {
    if (!values.keep) await admin(url, [`drop database if exists ${name} with (force)`])
  }
}

async function admin(url: URL, statements: readonly string[]): Promise<void> {
  const target = new URL(url.toString())
  target.pathname = '/postgres'
  const client = new pg.Client({ connectionString: target.toString() })
  await client.connect()
  try {
    for (const statement of statements) await client.query(statement)
  } finally {
    await client.end()
  }
}

function printReport(r: SeedReport): void {
  const perSecond = (rows: number, ms: number) => Math.round((rows / Math.max(ms, 1)) * 1000)
  console.log('\n')
  console.table(
    Object.entries(r.byTable).map(([table, rows]) => {
      const ms = r.msByTable?.[table]
      return ms === undefined ? { table, rows } : { table, rows, ms, 'rows/s': perSecond(rows, ms) }
    }),
  )
  const rss = Math.round(process.resourceUsage().maxRSS / 1024)
  console.log(
    `people ${r.people.toLocaleString('en')}  rows ${r.rows.toLocaleString('en')}  ` +
      `${r.ms.toLocaleString('en')} ms  ${perSecond(r.rows, r.ms).toLocaleString('en')} rows/s  ` +
      `peak RSS ${rss} MB`,
  )
}
