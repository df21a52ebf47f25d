import { Kysely } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import pg from 'pg'
import { openPglite, openServer, redactUrl } from '../src/data/db.js'
import { migrateToLatest } from '../src/data/migrate.js'
import type { Database } from '../src/data/schema.js'
import { createLocalEmbedder, ingestStarterCorpus } from '../src/chat/regulations/index.js'
import { seedMinistry } from '../src/data/synthetic/index.js'
import { TEST_SEED, withDatabase } from '../test/template.js'

/** The server database the evaluation builds and drops; never one that holds real data. */
export const EVAL_DATABASE = 'hrm_eval'

export interface EvalDb {
  readonly db: Kysely<Database>
  readonly engine: 'pglite' | 'postgres'
  /** Closes the database and, on a server, drops it. */
  close(): Promise<void>
}

export interface OpenEvalDbOptions {
  /** A PostgreSQL server to build `hrm_eval` on; in-memory PGlite when absent. */
  readonly databaseUrl?: string
  readonly log: (line: string) => void
}

/**
 * Builds the database every test starts from (the same migrations and the same synthetic
 * ministry: seed 20250301, 6,300 people, as of 2026-11-24, and the starter regulations), so that the evaluation's numbers are
 * those of the fixture the gold SQL was checked against.
 */
export async function openEvalDb(options: OpenEvalDbOptions): Promise<EvalDb> {
  const { databaseUrl, log } = options
  if (databaseUrl === undefined || databaseUrl === '') {
    log('Building the synthetic ministry in an in-memory PGlite…')
    const pglite = await openPglite(undefined)
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) })
    await migrateAndSeed(db, log)
    return { db, engine: 'pglite', close: () => db.destroy() }
  }
  log(`Building the synthetic ministry in database ${EVAL_DATABASE} at ${redactUrl(databaseUrl)}…`)
  await adminQuery(databaseUrl, `drop database if exists ${EVAL_DATABASE}`)
  await adminQuery(databaseUrl, `create database ${EVAL_DATABASE}`)
  const db = await openServer(withDatabase(databaseUrl, EVAL_DATABASE), 4)
  const close = async () => {
    await db.destroy()
    await adminQuery(databaseUrl, `drop database if exists ${EVAL_DATABASE}`)
  }
  try {
    await migrateAndSeed(db, log)
  } catch (error) {
    await close()
    throw error
  }
  return { db, engine: 'postgres', close }
}

async function migrateAndSeed(db: Kysely<Database>, log: (line: string) => void): Promise<void> {
  const started = performance.now()
  await migrateToLatest(db)
  log(`  schema migrated (${seconds(started)})`)
  let logged = 0
  const report = await seedMinistry(db, {
    ...TEST_SEED,
    onProgress: (done, total) => {
      // About one line a quarter: enough to show it is alive without flooding the terminal.
      if (done === logged || (done < total && done - logged < total / 4)) return
      logged = done
      log(`  seeded ${done} of ${total} people (${seconds(started)})`)
    },
  })
  log(`  ${report.rows} rows written (${seconds(started)})`)
  const corpus = await ingestStarterCorpus(db, { embedder: createLocalEmbedder() })
  log(`  ${corpus.loaded.length} starter regulations loaded (${seconds(started)})`)
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`
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
