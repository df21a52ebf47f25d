import { type Kysely, sql } from 'kysely'
import type { Database } from '../schema.js'
import { TABLE_ORDER } from './tables.js'

/**
 * An md5 of every row of each table the generator writes, in id order, computed by the database
 * itself: equal checksums mean equal rows, whichever way they were written. Timestamps are
 * rendered in UTC so that the session's time zone does not matter.
 */
export async function tableChecksums(db: Kysely<Database>): Promise<Record<string, string>> {
  return db.connection().execute(async (conn) => {
    await sql`set time zone 'UTC'`.execute(conn)
    const result: Record<string, string> = {}
    for (const table of TABLE_ORDER) {
      const order = table === 'party_membership' ? 'person_id' : 'id'
      const { rows } = await sql<{
        md5: string
      }>`select md5(coalesce(string_agg(t::text, E'\\n' order by t.${sql.ref(order)}), '')) as md5 from ${sql.table(table)} t`.execute(
        conn,
      )
      result[table] = rows[0]?.md5 ?? ''
    }
    return result
  })
}
