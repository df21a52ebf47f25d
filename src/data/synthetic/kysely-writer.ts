import { type Kysely, sql } from 'kysely'
import type { Database } from '../schema.js'
import { type Batch, type Row, TABLE_ORDER, TABLES, type TableName } from './tables.js'

/**
 * Writes batches through Kysely with one `insert … select … from unnest($1::t[], …)` statement per
 * table and chunk: one parameter per column however many rows, which suits PGlite (a single
 * connection, where per-row statements are slow) and pg alike. Array-typed columns travel as
 * array literals in a text array and are cast back in the select list.
 */
const CHUNK = 20_000

export async function insertBatch(db: Kysely<Database>, batch: Batch): Promise<void> {
  for (const table of TABLE_ORDER) {
    const rows = batch[table]
    for (let i = 0; i < rows.length; i += CHUNK)
      await insertRows(db, table, rows.slice(i, i + CHUNK))
  }
}

async function insertRows(
  db: Kysely<Database>,
  table: TableName,
  rows: readonly Row[],
): Promise<void> {
  const { columns, types } = TABLES[table]
  const arrays = columns.map((_, c) => rows.map((row) => row[c] ?? null))
  const params = arrays.map((values, c) => {
    const type = types[c] ?? 'text'
    const element = type.endsWith('[]') ? 'text' : type
    return sql`${values}::${sql.raw(element)}[]`
  })
  const aliases = columns.map((_, c) => `c${c}`)
  const select = aliases.map((alias, c) => {
    const type = types[c] ?? 'text'
    return type.endsWith('[]') ? sql`${sql.ref(alias)}::${sql.raw(type)}` : sql.ref(alias)
  })
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    select ${sql.join(select)} from unnest(${sql.join(params)}) as t(${sql.join(aliases.map((a) => sql.ref(a)))})`.execute(
    db,
  )
}
