import fs from 'node:fs/promises'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { vector } from '@electric-sql/pglite/vector'
import { Kysely, PostgresDialect } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import pg from 'pg'
import type { Config } from '../config.js'
import { AppError } from '../errors.js'
import { acquireDirLock, type DirLock } from './dir-lock.js'
import type { Database } from './schema.js'

/** Type OIDs whose text form both engines must turn into the same JavaScript value. */
const OID = { int8: 20, numeric: 1700, date: 1082 } as const

/**
 * `count(*)` is bigint: pg hands it back as a string and PGlite as a number; numerics come back
 * as strings from both. We want numbers everywhere (our counts and coefficients fit in a double),
 * and calendar dates as 'YYYY-MM-DD' strings, because a JavaScript Date at local midnight shifts
 * the day in some time zones.
 */
const parseNumber = (value: string): number => Number(value)
const keepText = (value: string): string => value

export const pgliteExtensions = { vector, pg_trgm, unaccent }

export const pgliteParsers = {
  [OID.int8]: parseNumber,
  [OID.numeric]: parseNumber,
  [OID.date]: keepText,
}

/** Where the embedded database keeps its files inside `DATA_DIR`. */
export function pgdataDir(dataDir: string): string {
  return path.join(dataDir, 'pgdata')
}

export interface OpenDbOptions {
  /** Open this PGlite folder instead of `DATA_DIR/pgdata` (used to build a new database aside). */
  readonly pgliteDir?: string
  /**
   * A lock on `DATA_DIR` this process already holds (while it builds a new database aside);
   * the returned database takes it over and releases it when destroyed.
   */
  readonly lock?: DirLock
}

/**
 * Opens the database named by the configuration: PGlite in `DATA_DIR` by default, a PostgreSQL
 * server when `DATABASE_URL` is set. `db.destroy()` closes it and releases the folder's lock.
 */
export async function createDb(
  config: Config,
  options: OpenDbOptions = {},
): Promise<Kysely<Database>> {
  if (config.databaseUrl !== undefined) return openServer(config.databaseUrl, config.dbPoolSize)
  return openEmbedded(config.dataDir, options)
}

async function openEmbedded(dataDir: string, options: OpenDbOptions): Promise<Kysely<Database>> {
  const dir = options.pgliteDir ?? pgdataDir(dataDir)
  await ensureWritableDir(dataDir)
  const lock = options.lock ?? acquireDirLock(dataDir)
  try {
    const pglite = await openPglite(dir)
    return new Kysely<Database>({ dialect: new LockReleasingDialect(pglite, lock) })
  } catch (error) {
    await lock?.release()
    throw error
  }
}

/** Opens (or creates) a PGlite folder, turning its low-level failures into one plain sentence. */
export async function openPglite(dir: string | undefined): Promise<PGlite> {
  try {
    const pglite = await PGlite.create({
      dataDir: dir,
      extensions: pgliteExtensions,
      parsers: pgliteParsers,
    })
    await pglite.query('select 1')
    return pglite
  } catch (error) {
    throw new AppError(
      'DB_CORRUPT',
      `The embedded database in ${dir ?? '(memory)'} could not be opened; its files look damaged ` +
        `(${describe(error)}). Restore a backup with "npm run cli -- restore <file>", ` +
        'or move the folder away to start with a new database.',
      { cause: error },
    )
  }
}

/** Creates `dir` if needed and checks this user may read and write it. */
export async function ensureWritableDir(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir, { recursive: true })
    await fs.access(dir, fs.constants.R_OK | fs.constants.W_OK | fs.constants.X_OK)
  } catch (error) {
    throw new AppError(
      'CONFIG_INVALID',
      `DATA_DIR ${dir} cannot be read and written by this user (${describe(error)}): ` +
        'fix its permissions or set DATA_DIR to another folder.',
      { cause: error },
    )
  }
}

class LockReleasingDialect extends PGliteDialect {
  readonly #pglite: PGlite
  readonly #lock: DirLock | undefined

  constructor(pglite: PGlite, lock: DirLock | undefined) {
    super(pglite)
    this.#pglite = pglite
    this.#lock = lock
  }

  override createDriver() {
    const driver = super.createDriver()
    const destroy = driver.destroy.bind(driver)
    const pglite = this.#pglite
    const lock = this.#lock
    driver.destroy = async () => {
      try {
        if (!pglite.closed) await destroy()
      } finally {
        await lock?.release()
      }
    }
    return driver
  }
}

/** A Kysely over a pg pool with the shared type parsers; fails with one sentence if unreachable. */
export async function openServer(url: string, poolSize: number): Promise<Kysely<Database>> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5000,
    types: { getTypeParser: serverTypeParser },
  })
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on('error', () => undefined)
  try {
    const client = await pool.connect()
    client.release()
  } catch (error) {
    await pool.end().catch(() => undefined)
    throw new AppError('DB_UNREACHABLE', describeConnectError(url, error), { cause: error })
  }
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
}

function serverTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  if (oid === OID.int8 || oid === OID.numeric) return parseNumber
  if (oid === OID.date) return keepText
  return pg.types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown
}

function describeConnectError(url: string, error: unknown): string {
  const where = redactUrl(url)
  const code = (error as { code?: string }).code
  if (code === 'ECONNREFUSED' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH')
    return `Cannot reach the PostgreSQL server at ${where} (${code}): start it, or check the host and port in DATABASE_URL.`
  if (code === 'ENOTFOUND')
    return `The host in DATABASE_URL (${where}) does not resolve: check its spelling.`
  if (code === '3D000')
    return `The database named in DATABASE_URL (${where}) does not exist: create it (createdb) or fix the name.`
  if (code === '28P01' || code === '28000')
    return `The PostgreSQL server at ${where} refused the user or password in DATABASE_URL.`
  return `Cannot connect to the PostgreSQL server at ${where}: ${describe(error)}`
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password !== '') parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(unparsable URL)'
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name
  return String(error)
}
