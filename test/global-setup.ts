import fs from 'node:fs'
import path from 'node:path'
import { Kysely } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { openPglite, openServer } from '../src/data/db.js'
import { migrateToLatest } from '../src/data/migrate.js'
import type { Database } from '../src/data/schema.js'
import { createLocalEmbedder, ingestStarterCorpus } from '../src/chat/regulations/index.js'
import { seedMinistry } from '../src/data/synthetic/index.js'
import {
  serverTemplateName,
  templateCacheDir,
  templateKey,
  TEST_SEED,
  withDatabase,
} from './template.js'

declare module 'vitest' {
  export interface ProvidedContext {
    hrmTemplate:
      { engine: 'pglite'; file: string } | { engine: 'postgres'; url: string; database: string }
  }
}

/**
 * Builds the test template once per run (and caches it across runs until the schema or the
 * generator changes): migrated, seeded with the synthetic ministry. Each test file then gets a
 * private copy — a PGlite loaded from the dump, or a server database cloned from the template.
 */
export default async function setup(project: TestProject): Promise<void> {
  const root = process.cwd()
  const key = templateKey(root)
  const url = process.env.DATABASE_URL
  if (url !== undefined && url !== '') {
    const database = serverTemplateName(key)
    await ensureServerTemplate(url, database)
    project.provide('hrmTemplate', { engine: 'postgres', url, database })
    return
  }
  project.provide('hrmTemplate', { engine: 'pglite', file: await ensurePgliteTemplate(root) })
}

/** The cached PGlite dump of the test template, built first when the cache has none. */
export async function ensurePgliteTemplate(root: string): Promise<string> {
  const file = path.join(templateCacheDir(root), `template-${templateKey(root)}.tar.gz`)
  if (!fs.existsSync(file)) await buildPgliteTemplate(file)
  return file
}

async function seedInto(db: Kysely<Database>): Promise<void> {
  await migrateToLatest(db)
  await db.transaction().execute((trx) => seedMinistry(trx, TEST_SEED))
  await ingestStarterCorpus(db, { embedder: createLocalEmbedder() })
}

async function buildPgliteTemplate(file: string): Promise<void> {
  const pglite = await openPglite(undefined)
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) })
  await seedInto(db)
  const dump = await pglite.dumpDataDir('gzip')
  await db.destroy()
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(`${file}.partial`, Buffer.from(await dump.arrayBuffer()))
  fs.renameSync(`${file}.partial`, file)
}

async function ensureServerTemplate(url: string, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') })
  await admin.connect()
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [database])
    if (exists.rowCount === 1) return
    await admin.query(`create database ${database}_building`).catch(async () => {
      await admin.query(`drop database if exists ${database}_building`)
      await admin.query(`create database ${database}_building`)
    })
    const db = await openServer(withDatabase(url, `${database}_building`), 2)
    try {
      await seedInto(db)
    } finally {
      await db.destroy()
    }
    await admin.query(`alter database ${database}_building rename to ${database}`)
  } finally {
    await admin.end()
  }
}
