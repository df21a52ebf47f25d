import fs from 'node:fs'
import readline from 'node:readline'
import { createGunzip } from 'node:zlib'
import { type Kysely, sql } from 'kysely'
import { AppError } from '../../errors.js'
import { verifyAuditChain } from '../audit.repository.js'
import { migrations } from '../migrations/index.js'
import type { Database } from '../schema.js'
import { listTables, type TableInfo } from './tables.js'
import { BACKUP_FORMAT, type BackupHeader, type BackupSummary } from './write-backup.js'

const BATCH = 1000

/**
 * Loads a backup file into a freshly migrated, empty database, all in one transaction: either
 * every row is restored and the audit log's hash chain checks out, or nothing is written.
 */
export async function restoreBackupFile(
  db: Kysely<Database>,
  file: string,
): Promise<BackupSummary> {
  const lines = openLines(file)
  const first = await lines.next()
  const header = parseHeader(first.done === true ? undefined : first.value, file)
  const known = new Set(Object.keys(migrations))
  const newer = header.migrations.filter((m) => !known.has(m))
  if (newer.length > 0) {
    throw new AppError(
      'BAD_REQUEST',
      `The backup comes from a newer version of this program (migration ${newer[0]}): upgrade first.`,
    )
  }
  return db.transaction().execute(async (trx) => {
    const tables = new Map((await listTables(trx)).map((t) => [t.name, t]))
    await clearReferenceRows(trx, [...tables.keys()])
    await sql`alter table audit_log disable trigger audit_log_chain`.execute(trx)
    const summary = await loadRows(trx, lines, tables, header)
    await sql`alter table audit_log enable trigger audit_log_chain`.execute(trx)
    await resetSequences(trx)
    // Planner statistics for the restored rows (PGlite has no autovacuum to make them).
    await sql`analyze`.execute(trx)
    const chain = await verifyAuditChain(trx)
    if (chain.firstBrokenId !== null) {
      throw new AppError(
        'BAD_REQUEST',
        `The backup's audit log fails its hash-chain check at entry ${chain.firstBrokenId}: the file was altered. Nothing was restored.`,
      )
    }
    return summary
  })
}

async function* openLines(file: string): AsyncGenerator<string> {
  let stream: fs.ReadStream
  try {
    fs.accessSync(file, fs.constants.R_OK)
    stream = fs.createReadStream(file)
  } catch (error) {
    throw new AppError(
      'BAD_REQUEST',
      `Cannot read the backup file ${file}: ${(error as Error).message}`,
    )
  }
  const gunzip = stream.pipe(createGunzip())
  const rl = readline.createInterface({ input: gunzip, crlfDelay: Infinity })
  try {
    for await (const line of rl) if (line.trim() !== '') yield line
  } catch (error) {
    throw new AppError(
      'BAD_REQUEST',
      `${file} is not a readable backup (${(error as Error).message}). Nothing was restored.`,
    )
  }
}

function parseHeader(line: string | undefined, file: string): BackupHeader {
  try {
    const header = JSON.parse(line ?? '') as BackupHeader
    if (header.format === BACKUP_FORMAT && Array.isArray(header.migrations)) return header
  } catch {
    // fall through to the one message below
  }
  throw new AppError(
    'BAD_REQUEST',
    `${file} is not a backup made by "npm run cli -- backup". Nothing was restored.`,
  )
}

/** A fresh database holds only what the migrations inserted (reference tables); the backup has those too. */
async function clearReferenceRows(trx: Kysely<Database>, tables: string[]): Promise<void> {
  for (const table of [...tables].reverse()) {
    if (table === 'audit_log') continue
    await sql`delete from ${sql.table(table)}`.execute(trx)
  }
}

async function loadRows(
  trx: Kysely<Database>,
  lines: AsyncGenerator<string>,
  tables: Map<string, TableInfo>,
  header: BackupHeader,
): Promise<BackupSummary> {
  const summary = { rows: 0, byTable: {} as Record<string, number> }
  const columnsOf = new Map(header.tables.map((t) => [t.name, t.columns]))
  let current: string | undefined
  let batch: string[] = []
  const flush = async () => {
    if (current === undefined || batch.length === 0) return
    const target = tables.get(current)
    if (target === undefined)
      throw new AppError(
        'BAD_REQUEST',
        `The backup has a table this version does not know: ${current}.`,
      )
    const wanted = new Set(columnsOf.get(current) ?? target.columns)
    const columns = target.columns.filter((c) => wanted.has(c))
    await insertBatch(trx, current, columns, batch)
    summary.rows += batch.length
    summary.byTable[current] = (summary.byTable[current] ?? 0) + batch.length
    batch = []
  }
  for await (const line of lines) {
    const { t, rowJson } = splitLine(line)
    if (t !== current || batch.length >= BATCH) await flush()
    current = t
    batch.push(rowJson)
  }
  await flush()
  return summary
}

function splitLine(line: string): { t: string; rowJson: string } {
  const match = /^\{"t":("(?:[^"\\]|\\.)*"),"r":(.*)\}$/.exec(line)
  if (match?.[1] === undefined || match[2] === undefined) {
    throw new AppError(
      'BAD_REQUEST',
      'The backup file is damaged (a line is not a table row). Nothing was restored.',
    )
  }
  return { t: JSON.parse(match[1]) as string, rowJson: match[2] }
}

async function insertBatch(
  trx: Kysely<Database>,
  table: string,
  columns: string[],
  rows: string[],
): Promise<void> {
  const list = sql.raw(columns.map((c) => `"${c}"`).join(', '))
  // Raw SQL: json_populate_recordset converts each JSON value to the column's own type.
  await sql`insert into ${sql.table(table)} (${list})
    select ${list} from json_populate_recordset(null::${sql.table(table)}, ${`[${rows.join(',')}]`}::json)`.execute(
    trx,
  )
}

/** Moves every serial and identity sequence past the highest restored id. */
async function resetSequences(trx: Kysely<Database>): Promise<void> {
  const sequences = await sql<{ table_name: string; column_name: string; seq: string }>`
    select c.table_name, c.column_name, pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) as seq
    from information_schema.columns c
    where c.table_schema = 'public'
      and pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) is not null`.execute(trx)
  for (const s of sequences.rows) {
    const max = sql`(select max(${sql.ref(s.column_name)}) from ${sql.table(s.table_name)})`
    await sql`select setval(${s.seq}, coalesce(${max}, 1), ${max} is not null)`.execute(trx)
  }
}
