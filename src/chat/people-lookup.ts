import { type Kysely, sql } from 'kysely'
import type { Principal } from '../access/index.js'
import { withPrincipal } from '../data/gate.js'
import type { Database } from '../data/schema.js'

export interface PersonMatch {
  readonly id: number
  readonly fullName: string
  readonly unitName: string
  readonly score: number
}

/**
 * People whose name resembles `name`, with or without diacritics (trigram similarity on the
 * diacritic-free shadow), among those the asker may see: a name outside the scope is not found,
 * so the lookup cannot confirm that somebody exists elsewhere.
 */
export async function findPeopleByName(
  db: Kysely<Database>,
  principal: Principal,
  name: string,
  limit = 5,
): Promise<PersonMatch[]> {
  const wanted = name.trim()
  if (wanted === '' || principal.tier === 'none') return []
  const pattern = `%${wanted.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  return withPrincipal(db, principal, async (trx) => {
    // Raw SQL: pg_trgm's similarity over the chat view, which Kysely's types do not describe.
    const rows = await sql<{ id: number; full_name: string; unit_name: string; score: number }>`
      select id, full_name, unit_name,
             similarity(name_search, public.hr_unaccent(lower(${wanted}))) as score
      from chat.people
      where name_search % public.hr_unaccent(lower(${wanted}))
         or name_search like public.hr_unaccent(${pattern})
      order by score desc, id
      limit ${limit}`.execute(trx)
    return rows.rows.map((r) => ({
      id: r.id,
      fullName: r.full_name,
      unitName: r.unit_name,
      score: r.score,
    }))
  })
}
