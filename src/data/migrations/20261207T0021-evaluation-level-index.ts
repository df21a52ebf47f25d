import { type Kysely, sql } from 'kysely'

/**
 * Evaluations by year and level. "Ai ở Cục X không hoàn thành nhiệm vụ năm 2025?" reads the few
 * people rated at one level; with only (year, person_id) indexed, every rating of that year was
 * read and most thrown away (1.5 million rows at 2,000,000 people, 225 ms for one agency).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index evaluations_year_level_idx on evaluations (year, level, person_id)`.execute(
    db,
  )
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index evaluations_year_level_idx`.execute(db)
}
