import { once } from 'node:events'
import fs from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import { type Kysely, type QueryResult, type RawBuilder, sql } from 'kysely'
import type { Database } from '../schema.js'
import { listTables, type TableInfo } from './tables.js'

export const BACKUP_FORMAT = 'hrm-backup'
export const BACKUP_VERSION = 1
const PAGE = 2000

export interface BackupHeader {
  readonly format: typeof BACKUP_FORMAT
  readonly version: number
  readonly createdAt: string
  readonly migrations: readonly string[]
  readonly tables: readonly { name: string; columns: readonly string[] }[]
}

export interface BackupSummary {
  readonly rows: number
  readonly byTable: Record<string, number>
}

/**
 * A logical backup: gzip of JSON lines — one header, then `{"t": table, "r": row}` per row —
 * that either engine can restore (an embedded database can move to a server this way).
 * Read in one repeatable-read, read-only transaction so that every table is from the same moment.
 */
export async function* backupLines(
  db: Kysely<Database>,
  summary: { rows: number; byTable: Record<string, number> },
): AsyncGenerator<string> {
  const trx = await db.startTransaction().setIsolationLevel('repeatable read').execute()
  try {
    await sql`set transaction read only`.execute(trx)
    const tables = await listTables(trx)
    const migrations = await trx
      .selectFrom('kysely_migration' as never)
      .select('name' as never)
      .orderBy('name' as never)
      .execute()
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      migrations: migrations.map((m) => (m as { name: string }).name),
      tables: tables.map((t) => ({ name: t.name, columns: t.columns })),
    }
    yield `${JSON.stringify(header)}\n`
    for (const table of tables) {
      for await (const line of tableLines(trx, table)) {
        summary.rows++
        summary.byTable[table.name] = (summary.byTable[table.name] ?? 0) + 1
        yield line
      }
    }
    await trx.commit().execute()
  } catch (error) {
    await trx.rollback().execute()
    throw error
  }
}

async function* tableLines(db: Kysely<Database>, table: TableInfo): AsyncGenerator<string> {
  const columnList = sql.raw(table.columns.map((c) => `"${c}"`).join(', '))
  // Keyset paging where the key is a single id (most tables, and all the large ones).
  const keyed = table.orderBy === '"id"' || table.orderBy === 'id'
  let after: number | null = null
  for (let offset = 0; ; offset += PAGE) {
    const where: RawBuilder<unknown> = keyed && after !== null ? sql`where id > ${after}` : sql``
    const paging = keyed ? sql`limit ${PAGE}` : sql`limit ${PAGE} offset ${offset}`
    // Raw SQL: row_to_json gives every type (bytea, arrays, vectors, timestamps) a text form
    // that json_populate_recordset reads back, on both engines.
    const page: QueryResult<{ j: string; k: number | null }> = await sql<{
      j: string
      k: number | null
    }>`
      select row_to_json(x)::text as j, ${keyed ? sql`x.id` : sql`null`} as k
      from (select ${columnList} from ${sql.table(table.name)} ${where}
            order by ${sql.raw(table.orderBy)} ${paging}) x`.execute(db)
    for (const row of page.rows) yield `{"t":${JSON.stringify(table.name)},"r":${row.j}}\n`
    if (page.rows.length < PAGE) return
    after = page.rows[page.rows.length - 1]?.k ?? after
  }
}

/** Writes a backup to `file`, via a temporary name, so a failed backup never looks complete. */
export async function writeBackupFile(db: Kysely<Database>, file: string): Promise<BackupSummary> {
  const summary = { rows: 0, byTable: {} as Record<string, number> }
  const partial = `${file}.partial`
  try {
    await pipeline(
      Readable.from(backupLines(db, summary)),
      createGzip(),
      fs.createWriteStream(partial),
    )
    fs.renameSync(partial, file)
  } catch (error) {
    fs.rmSync(partial, { force: true })
    throw error
  }
  return summary
}

/** Streams a backup into any writable (an HTTP response, for instance). */
export async function writeBackupTo(
  db: Kysely<Database>,
  out: NodeJS.WritableStream,
): Promise<BackupSummary> {
  const summary = { rows: 0, byTable: {} as Record<string, number> }
  const gzip = createGzip()
  gzip.pipe(out)
  for await (const line of backupLines(db, summary)) {
    if (!gzip.write(line)) await once(gzip, 'drain')
  }
  gzip.end()
  await once(gzip, 'end')
  return summary
}
