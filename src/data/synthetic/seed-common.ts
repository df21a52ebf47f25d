import { AppError } from '../../errors.js'
import { type Day, parseIsoDate } from './dates.js'
import { type Batch, TABLE_ORDER, TABLES_WITH_ID } from './tables.js'

/** Options and report shared by both ways of seeding, and the SQL both run around the rows. */
export interface SeedOptions {
  readonly seed: number
  /** Exactly this many people are generated (working and former staff together). */
  readonly people: number
  /** The "today" of the synthetic data, 'YYYY-MM-DD'. */
  readonly asOf: string
  readonly onProgress?: (done: number, total: number) => void
}

export interface SeedReport {
  readonly people: number
  readonly rows: number
  readonly byTable: Record<string, number>
  readonly ms: number
  /** Time spent writing each table (COPY path only; tables are written in turn per batch). */
  readonly msByTable?: Record<string, number>
}

/** Bumped whenever the generator's output changes for the same options. */
export const GENERATOR_VERSION = 1

export interface ValidOptions {
  readonly seed: number
  readonly people: number
  readonly asOf: Day
}

export function validateOptions(options: SeedOptions): ValidOptions {
  if (!Number.isSafeInteger(options.seed))
    throw new AppError('VALIDATION', `seed must be an integer, got ${options.seed}`)
  if (!Number.isInteger(options.people) || options.people < 1 || options.people > 5_000_000)
    throw new AppError(
      'VALIDATION',
      `people must be an integer from 1 to 5,000,000, got ${options.people}`,
    )
  let asOf: Day
  try {
    asOf = parseIsoDate(options.asOf)
  } catch {
    throw new AppError('VALIDATION', `asOf must be a date as YYYY-MM-DD, got "${options.asOf}"`)
  }
  if (asOf < parseIsoDate('2015-01-01') || asOf > parseIsoDate('2099-12-31'))
    throw new AppError('VALIDATION', `asOf must lie between 2015 and 2099, got ${options.asOf}`)
  return { seed: options.seed, people: options.people, asOf }
}

/** Adds a batch's row counts to a running count per table. */
export function countRows(byTable: Record<string, number>, batch: Batch): number {
  let rows = 0
  for (const table of TABLE_ORDER) {
    const n = batch[table].length
    if (n > 0) byTable[table] = (byTable[table] ?? 0) + n
    rows += n
  }
  return rows
}

export const COUNT_EXISTING_SQL =
  'select (select count(*) from units) + (select count(*) from people) as n'

export function notEmptyError(n: number): AppError {
  return new AppError(
    'CONFLICT',
    `The database already holds ${n} units and people: the synthetic ministry is written only ` +
      'into a freshly migrated, empty database. Use a new database (or an empty data directory).',
  )
}

export function notMigratedError(cause: unknown): AppError {
  return new AppError(
    'DB_ERROR',
    'The database has no personnel tables: run the migrations (migrateToLatest) before seeding.',
    { cause },
  )
}

/** Moves every id sequence past the explicit ids, so later inserts do not collide. */
export const RESET_SEQUENCES_SQL = TABLES_WITH_ID.map(
  (t) =>
    `select setval(pg_get_serial_sequence('${t}', 'id'), coalesce(max(id), 0) + 1, false) from ${t}`,
)

/**
 * Fresh planner statistics after a bulk load: PGlite has no autovacuum, and the chat executor's
 * cost bound reads the planner's estimates, which are wrong until the tables are analysed.
 */
export const ANALYZE_SQL = 'analyze'

export function seedMeta(options: ValidOptions & { asOfText: string }): string {
  return JSON.stringify({
    seed: options.seed,
    people: options.people,
    asOf: options.asOfText,
    generatedAt: new Date().toISOString(),
    version: GENERATOR_VERSION,
  })
}

export const UPSERT_META_SQL =
  "insert into app_meta (key, value) values ('seed', $1::jsonb) " +
  'on conflict (key) do update set value = excluded.value, updated_at = now()'
