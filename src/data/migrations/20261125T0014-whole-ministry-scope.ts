import { type Kysely, sql } from 'kysely'

/**
 * A reader whose scope is the whole ministry (the ministry's HR office, planners) sees every
 * person; the gate says so once, in `hrm.scope_all`, beside the list of units. The policies test
 * that flag first: it is an InitPlan evaluated once per query, so for such a reader a history
 * row no longer costs a look-up of its person's policy, which at national scale made
 * ministry-wide questions about evaluations or trainings take seconds. For everyone else the
 * policies are unchanged. Like the other settings it is written only by the gate: set_config is
 * revoked from the reader roles and the chat guard admits nothing but SELECT.
 */
const PEOPLE_SCOPE =
  'unit_id in (select public.hr_scope_units()) or id = (select public.hr_scope_person())'

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create function public.hr_scope_all() returns boolean
      language sql stable parallel safe as $$
      select coalesce(current_setting('hrm.scope_all', true), '') = 'on' $$`.execute(db)
  await sql
    .raw(
      `alter policy people_in_scope on people using ((select public.hr_scope_all()) or ${PEOPLE_SCOPE})`,
    )
    .execute(db)
  for (const table of await personTables(db)) {
    await sql
      .raw(
        `alter policy ${table}_in_scope on ${table} using ((select public.hr_scope_all())
           or exists (select 1 from public.people p where p.id = ${table}.person_id))`,
      )
      .execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`alter policy people_in_scope on people using (${PEOPLE_SCOPE})`).execute(db)
  for (const table of await personTables(db)) {
    await sql
      .raw(
        `alter policy ${table}_in_scope on ${table}
           using (exists (select 1 from public.people p where p.id = ${table}.person_id))`,
      )
      .execute(db)
  }
  await sql`drop function public.hr_scope_all()`.execute(db)
}

/** Tables whose rows belong to a person and whose policy follows that person's (`<table>_in_scope`). */
async function personTables(db: Kysely<any>): Promise<string[]> {
  const { rows } = await sql<{ table: string }>`
    select tablename as table from pg_policies
    where schemaname = 'public' and policyname = tablename || '_in_scope' and tablename <> 'people'
    order by tablename`.execute(db)
  return rows.map((r) => r.table)
}
