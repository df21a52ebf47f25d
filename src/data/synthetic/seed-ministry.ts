import { type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from '../schema.js'
import { generateMinistry } from './generator.js'
import { insertBatch } from './kysely-writer.js'
import { planMinistry } from './plan.js'
import {
  ANALYZE_SQL,
  COUNT_EXISTING_SQL,
  countRows,
  notEmptyError,
  notMigratedError,
  RESET_SEQUENCES_SQL,
  type SeedOptions,
  type SeedReport,
  seedMeta,
  validateOptions,
} from './seed-common.js'

const BATCH_ROWS = 50_000

/**
 * Writes the synthetic ministry into `db` (PGlite, pg, or a transaction) with batched `unnest`
 * inserts, in one transaction unless `db` already is one; the database must be migrated and
 * hold no units or people. Generation is streamed: one batch of rows is in memory at a time.
 */
export async function seedMinistry(
  db: Kysely<Database>,
  options: SeedOptions,
): Promise<SeedReport> {
  const started = performance.now()
  const valid = validateOptions(options)
  const run = async (trx: Kysely<Database> | Transaction<Database>) => {
    await assertEmpty(trx)
    const byTable: Record<string, number> = {}
    let rows = 0
    for (const { batch, people } of generateMinistry(
      planMinistry(valid.seed, valid.people, valid.asOf),
      BATCH_ROWS,
    )) {
      await insertBatch(trx, batch)
      rows += countRows(byTable, batch)
      options.onProgress?.(people, valid.people)
    }
    for (const statement of RESET_SEQUENCES_SQL) await sql.raw(statement).execute(trx)
    await sql.raw(ANALYZE_SQL).execute(trx)
    await trx
      .insertInto('app_meta')
      .values({ key: 'seed', value: seedMeta({ ...valid, asOfText: options.asOf }) })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })),
      )
      .execute()
    return { rows, byTable }
  }
  const { rows, byTable } = db.isTransaction ? await run(db) : await db.transaction().execute(run)
  return { people: valid.people, rows, byTable, ms: Math.round(performance.now() - started) }
}

async function assertEmpty(db: Kysely<Database>): Promise<void> {
  let n: number
  try {
    const result = await sql<{ n: number | string }>`${sql.raw(COUNT_EXISTING_SQL)}`.execute(db)
    n = Number(result.rows[0]?.n ?? 0)
  } catch (error) {
    throw notMigratedError(error)
  }
  if (n > 0) throw notEmptyError(n)
}
