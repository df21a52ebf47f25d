import { type Kysely, sql } from 'kysely'

/**
 * The scoped policies lose their whole-ministry branch. Since 20261207T0018 a reader of the
 * whole ministry reads as a role of its own with a policy that admits every row, so
 * `(select hr_scope_all()) or …` in the policies of the scoped readers was never true for them;
 * but PostgreSQL had to plan for it. An OR with a parameter rules out using the unit's index
 * for the people of a unit: at 2,000,000 people the discipline list of one agency (14,000
 * people) scanned the whole table (700 ms) instead of its units' index entries (120 ms). Who
 * sees what is unchanged.
 */
const PEOPLE = `unit_id = any ((select public.hr_scope_unit_list())::integer[])
    or id = (select public.hr_scope_person())`
const OF_PERSON = (table: string) =>
  `exists (select 1 from public.people p where p.id = ${table}.person_id)`

export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(`alter policy people_in_scope on people using (${PEOPLE})`).execute(db)
  for (const table of await personTables(db))
    await sql
      .raw(`alter policy ${table}_in_scope on ${table} using (${OF_PERSON(table)})`)
      .execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  const all = '(select public.hr_scope_all())'
  await sql.raw(`alter policy people_in_scope on people using (${all} or ${PEOPLE})`).execute(db)
  for (const table of await personTables(db))
    await sql
      .raw(`alter policy ${table}_in_scope on ${table} using (${all} or ${OF_PERSON(table)})`)
      .execute(db)
}

/** Tables whose rows belong to a person and whose policy follows that person's (`<table>_in_scope`). */
async function personTables(db: Kysely<any>): Promise<string[]> {
  const { rows } = await sql<{ table: string }>`
    select tablename as table from pg_policies
    where schemaname = 'public' and policyname = tablename || '_in_scope'
      and tablename not in ('people', 'people_counts')
    order by tablename`.execute(db)
  return rows.map((r) => r.table)
}
