import fs from 'node:fs/promises'
import path from 'node:path'
import type { Kysely } from 'kysely'
import { createDemoAccounts, type DemoAccount } from './auth/demo-accounts.js'
import type { Config } from './config.js'
import { createDb, ensureWritableDir, pgdataDir } from './data/db.js'
import { acquireDirLock, type DirLock } from './data/dir-lock.js'
import { isEmptyDatabase, migrateToLatest } from './data/migrate.js'
import type { Database } from './data/schema.js'
import { seedMinistry } from './data/synthetic/index.js'
import { ingestStarterCorpus } from './chat/regulations/index.js'
import { createEmbedder } from './chat/embedder.js'

export interface ReadyDatabase {
  readonly db: Kysely<Database>
  /** Whether this start created and seeded the database. */
  readonly created: boolean
  /** The demo accounts made on creation, with their one-time passwords. */
  readonly demoAccounts: readonly DemoAccount[]
}

export interface BootstrapOptions {
  readonly log: (line: string) => void
  /** The "today" of the synthetic data; the current date by default. */
  readonly asOf?: string
}

/**
 * Opens the database ready for use. On an empty embedded data directory the new database is
 * built aside (migrated, seeded, demo accounts) and only then moved into place, so an
 * interrupted first start leaves nothing half-written; a populated directory is just opened
 * and migrated. On a server, an empty database is migrated and seeded in one transaction.
 */
export async function openReadyDatabase(
  config: Config,
  options: BootstrapOptions,
): Promise<ReadyDatabase> {
  if (config.engine === 'postgres') return openServerDatabase(config, options)
  await ensureWritableDir(config.dataDir)
  const lock = acquireDirLock(config.dataDir)
  try {
    const dir = pgdataDir(config.dataDir)
    if (await hasDatabaseFiles(dir)) {
      const db = await createDb(config, { lock })
      await migrateToLatest(db)
      return { db, created: false, demoAccounts: [] }
    }
    const demoAccounts = await buildAside(config, dir, lock, options)
    const db = await createDb(config, { lock })
    return { db, created: true, demoAccounts }
  } catch (error) {
    await lock.release()
    throw error
  }
}

async function buildAside(
  config: Config,
  dir: string,
  lock: DirLock,
  options: BootstrapOptions,
): Promise<DemoAccount[]> {
  const partial = `${dir}.partial`
  await fs.rm(partial, { recursive: true, force: true })
  const db = await createDb(config, { pgliteDir: partial, lock: detached(lock) })
  let accounts: DemoAccount[]
  try {
    accounts = await migrateAndSeed(db, config, options)
  } finally {
    await db.destroy()
  }
  await fs.rm(dir, { recursive: true, force: true })
  await fs.rename(partial, dir)
  return accounts
}

async function openServerDatabase(
  config: Config,
  options: BootstrapOptions,
): Promise<ReadyDatabase> {
  const db = await createDb(config)
  try {
    const empty = await isEmptyDatabase(db)
    await migrateToLatest(db)
    const unseeded =
      empty || (await db.selectFrom('people').select('id').limit(1).execute()).length === 0
    if (!unseeded) return { db, created: false, demoAccounts: [] }
    const demoAccounts = await db
      .transaction()
      .execute((trx) => migrateAndSeed(trx, config, options))
    return { db, created: true, demoAccounts }
  } catch (error) {
    await db.destroy()
    throw error
  }
}

async function migrateAndSeed(
  db: Kysely<Database>,
  config: Config,
  options: BootstrapOptions,
): Promise<DemoAccount[]> {
  await migrateToLatest(db)
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10)
  options.log(`Tạo dữ liệu mẫu: ${config.seed.people.toLocaleString('vi-VN')} hồ sơ…`)
  const report = await seedMinistry(db, {
    seed: config.seed.seed,
    people: config.seed.people,
    asOf,
  })
  options.log(
    `  xong: ${report.rows.toLocaleString('vi-VN')} dòng trong ${(report.ms / 1000).toFixed(1)} s`,
  )
  const corpus = await ingestStarterCorpus(db, { embedder: createEmbedder(config) })
  options.log(`Nạp ${corpus.loaded.length} văn bản quy định mẫu.`)
  return createDemoAccounts(db)
}

async function hasDatabaseFiles(dir: string): Promise<boolean> {
  try {
    return (await fs.readdir(dir)).length > 0
  } catch {
    return false
  }
}

/** The same lock, handed to a temporary database that must not release it when closed. */
function detached(lock: DirLock): DirLock {
  return { path: path.resolve(lock.path), release: () => Promise.resolve() }
}
