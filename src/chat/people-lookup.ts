import { type Kysely, type RawBuilder, sql } from 'kysely'
import type { Principal } from '../access/index.js'
import { withPrincipal } from '../data/gate.js'
import type { Database } from '../data/schema.js'

export interface PersonMatch {
  readonly id: number
  readonly fullName: string
  readonly unitName: string
  readonly sex: string
  readonly score: number
}

/**
 * People whose name resembles `name`, with or without diacritics, among those the asker may see:
 * a name outside the scope is not found, so the lookup cannot confirm that somebody exists
 * elsewhere. In three steps, each only when the one before found nobody, so that the common
 * case stays fast at any size: the exact name (diacritics and case folded); names containing it
 * ("Tuấn Hậu"); then names of similar spelling (pg_trgm similarity) that share the given name,
 * the last word, which a typing slip rarely leaves out.
 */
export async function findPeopleByName(
  db: Kysely<Database>,
  principal: Principal,
  name: string,
  limit = 5,
): Promise<PersonMatch[]> {
  const wanted = name.trim().replace(/\s+/g, ' ')
  if (wanted === '' || principal.tier === 'none') return []
  const escape = (text: string) => text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)
  const given = wanted.split(' ').at(-1) ?? wanted
  return withPrincipal(db, principal, async (trx) => {
    const folded = sql`public.hr_unaccent(lower(${wanted}))`
    // Raw SQL: pg_trgm's similarity over the chat view, which Kysely's types do not describe.
    const find = async (condition: RawBuilder<unknown>) => {
      const rows = await sql<{
        id: number
        full_name: string
        unit_name: string
        sex: string
        score: number
      }>`
        select id, full_name, unit_name, sex, similarity(name_search, ${folded}) as score
        from chat.people
        where ${condition}
        order by score desc, id
        limit ${limit}`.execute(trx)
      return rows.rows.map((r) => ({
        id: r.id,
        fullName: r.full_name,
        unitName: r.unit_name,
        sex: r.sex,
        score: r.score,
      }))
    }
    const exact = await find(sql`name_search = ${folded}`)
    if (exact.length > 0) return exact
    const containing = await find(
      sql`name_search like public.hr_unaccent(${`%${escape(wanted)}%`})`,
    )
    if (containing.length > 0) return containing
    return find(
      sql`name_search % ${folded} and name_search like public.hr_unaccent(${`%${escape(given)}`})`,
    )
  })
}
