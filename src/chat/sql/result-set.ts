import { sql } from 'kysely'
import type { ReaderTransaction } from '../../data/gate.js'
import { AppError } from '../../errors.js'

export interface ResultSet {
  readonly columns: string[]
  readonly rows: unknown[][]
}

/**
 * Runs a query and returns its columns in order and its rows as arrays. The query layer hands
 * back rows as objects keyed by column name, which loses repeated names (`select p.id, e.id`) and
 * says nothing about the columns of an empty result; so the names are read first from a one-row
 * probe, and the rows are then fetched under positional aliases c0, c1, ….
 */
export async function readResultSet(trx: ReaderTransaction, query: string): Promise<ResultSet> {
  const columns = await readColumnNames(trx, query)
  if (columns.length === 0) {
    const result = await sql.raw(query).execute(trx)
    return { columns, rows: result.rows.map(() => []) }
  }
  const aliases = columns.map((_, index) => `c${index}`)
  const result = await sql
    .raw<Record<string, unknown>>(`select * from (\n${query}\n) as r(${aliases.join(', ')})`)
    .execute(trx)
  return { columns, rows: result.rows.map((row) => aliases.map((alias) => row[alias])) }
}

/**
 * The query's column names, repeats included: `limit 0` keeps the query from running, and the
 * outer join yields one row of nulls whose JSON form lists every name in order.
 */
async function readColumnNames(trx: ReaderTransaction, query: string): Promise<string[]> {
  const probe = `select row_to_json(h)::text as header from (
      select r.* from (select 1) as one
      left join (select * from (\n${query}\n) as r limit 0) as r on true
    ) as h`
  const result = await sql.raw<{ header: string }>(probe).execute(trx)
  const header = result.rows[0]?.header
  if (header === undefined) throw new AppError('DB_ERROR', 'The column probe returned no row.')
  return parseNullRecordKeys(header)
}

const NULL_MEMBER = /"((?:[^"\\]|\\.)*)":null/y

/** The keys of a JSON object whose values are all null, in order and with repeats. */
export function parseNullRecordKeys(json: string): string[] {
  const keys: string[] = []
  let at = 1
  if (!json.startsWith('{') || !json.endsWith('}'))
    throw new AppError('DB_ERROR', `Unexpected column probe: ${json.slice(0, 80)}`)
  while (at < json.length - 1) {
    NULL_MEMBER.lastIndex = at
    const match = NULL_MEMBER.exec(json)
    if (match === null)
      throw new AppError('DB_ERROR', `Unexpected column probe: ${json.slice(0, 80)}`)
    keys.push(JSON.parse(`"${match[1] ?? ''}"`) as string)
    at = NULL_MEMBER.lastIndex
    if (json[at] === ',') at += 1
  }
  return keys
}
