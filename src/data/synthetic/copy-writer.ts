import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { type Batch, type Row, TABLE_ORDER, TABLES, type Value } from './tables.js'

/**
 * Writes batches with COPY … FROM STDIN (text format) through pg-copy-streams, one COPY per table
 * and batch. Rows are encoded into chunks of about 256 kB and piped with backpressure, so memory
 * holds one batch, not the table. Time spent per table is added to `msByTable`.
 */
const CHUNK_CHARS = 256 * 1024

export async function copyBatch(
  client: pg.ClientBase,
  batch: Batch,
  msByTable: Map<string, number>,
): Promise<void> {
  for (const table of TABLE_ORDER) {
    const rows = batch[table]
    if (rows.length === 0) continue
    const started = performance.now()
    const columns = TABLES[table].columns.join(', ')
    const stream = client.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN`))
    await pipeline(Readable.from(encodeRows(rows)), stream)
    msByTable.set(table, (msByTable.get(table) ?? 0) + performance.now() - started)
  }
}

function* encodeRows(rows: readonly Row[]): Generator<string> {
  let chunk = ''
  for (const row of rows) {
    chunk += `${row.map(encodeValue).join('\t')}\n`
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk
      chunk = ''
    }
  }
  if (chunk !== '') yield chunk
}

/** COPY text format: \N for null, t/f for booleans, backslash escapes for \, tab, newline, CR. */
export function encodeValue(value: Value): string {
  if (value === null) return '\\N'
  if (typeof value === 'boolean') return value ? 't' : 'f'
  if (typeof value === 'number') return String(value)
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, escapeChar) : value
}

function escapeChar(c: string): string {
  switch (c) {
    case '\\':
      return '\\\\'
    case '\t':
      return '\\t'
    case '\n':
      return '\\n'
    default:
      return '\\r'
  }
}
