import { type Kysely, sql } from 'kysely'

/**
 * Looking a person up by name starts with the exact, diacritic-free name; at national scale the
 * trigram index alone answers that slowly, because common surnames share most trigrams.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index people_name_search_idx on people (name_search)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index people_name_search_idx`.execute(db)
}
