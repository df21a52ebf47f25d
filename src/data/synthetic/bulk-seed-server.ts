import pg from 'pg'
import { AppError } from '../../errors.js'
import { copyBatch } from './copy-writer.js'
import { type GeneratedBatch, generateMinistry } from './generator.js'
import { planMinistry } from './plan.js'
import {
  COUNT_EXISTING_SQL,
  countRows,
  notEmptyError,
  notMigratedError,
  ANALYZE_SQL,
  RESET_SEQUENCES_SQL,
  type SeedOptions,
  type SeedReport,
  seedMeta,
  UPSERT_META_SQL,
  validateOptions,
} from './seed-common.js'

export interface BulkSeedOptions extends SeedOptions {
  /** Connections writing batches in parallel (1 or 2); generation itself is single-threaded. */
  readonly connections?: 1 | 2
}

const BATCH_ROWS = 200_000

/**
 * Writes the synthetic ministry into a migrated, empty PostgreSQL server database with COPY FROM
 * STDIN, for national-scale volumes (millions of people). Units and posts go first; then
 * batches of people flow to one or two connections, each COPY streamed with backpressure, while
 * the next batch is generated; the planning pools, which refer to everyone, go last. Nothing is
 * dropped or recreated. The same options give the same rows as `seedMinistry`.
 */
export async function bulkSeedServer(
  databaseUrl: string,
  options: BulkSeedOptions,
): Promise<SeedReport> {
  const started = performance.now()
  const valid = validateOptions(options)
  const clients = await connect(databaseUrl, options.connections ?? 2)
  try {
    const [first] = clients as [pg.Client, ...pg.Client[]]
    await assertEmpty(first)
    const byTable: Record<string, number> = {}
    const msByTable = new Map<string, number>()
    let rows = 0
    const write = async (client: pg.Client, item: GeneratedBatch) => {
      await copyBatch(client, item.batch, msByTable)
      rows += countRows(byTable, item.batch)
      options.onProgress?.(item.people, valid.people)
    }
    const batches = generateMinistry(planMinistry(valid.seed, valid.people, valid.asOf), BATCH_ROWS)
    const structure = batches.next()
    if (!structure.done) await write(first, structure.value)
    const last = await writeInParallel(clients, batches, write)
    if (last !== null) await write(first, last)
    for (const statement of RESET_SEQUENCES_SQL) await first.query(statement)
    await first.query(ANALYZE_SQL)
    await first.query(UPSERT_META_SQL, [seedMeta({ ...valid, asOfText: options.asOf })])
    const ms = Math.round(performance.now() - started)
    return {
      people: valid.people,
      rows,
      byTable,
      ms,
      msByTable: Object.fromEntries([...msByTable].map(([t, v]) => [t, Math.round(v)])),
    }
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)))
  }
}

/**
 * Hands the batches of people to whichever connection is free (the next batch is generated
 * while the others stream) and returns the final batch, to be written once they are all done.
 */
async function writeInParallel(
  clients: readonly pg.Client[],
  batches: Iterator<GeneratedBatch>,
  write: (client: pg.Client, item: GeneratedBatch) => Promise<void>,
): Promise<GeneratedBatch | null> {
  let last: GeneratedBatch | null = null
  const worker = async (client: pg.Client) => {
    for (let next = batches.next(); next.done !== true; next = batches.next()) {
      if (next.value.phase === 'final') {
        last = next.value
        return
      }
      await write(client, next.value)
    }
  }
  await Promise.all(clients.map(worker))
  return last
}

async function connect(url: string, count: number): Promise<pg.Client[]> {
  const clients: pg.Client[] = []
  try {
    for (let i = 0; i < Math.max(1, Math.min(2, count)); i++) {
      const client = new pg.Client({ connectionString: url })
      client.on('error', () => undefined)
      await client.connect()
      clients.push(client)
    }
    return clients
  } catch (error) {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)))
    throw new AppError(
      'DB_UNREACHABLE',
      `Cannot connect to the PostgreSQL server for seeding: ${(error as Error).message}`,
      { cause: error },
    )
  }
}

async function assertEmpty(client: pg.Client): Promise<void> {
  let n: number
  try {
    const result = await client.query<{ n: string }>(COUNT_EXISTING_SQL)
    n = Number(result.rows[0]?.n ?? 0)
  } catch (error) {
    throw notMigratedError(error)
  }
  if (n > 0) throw notEmptyError(n)
}
