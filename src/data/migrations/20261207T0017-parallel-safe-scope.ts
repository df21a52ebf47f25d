import { type Kysely, sql } from 'kysely'

/**
 * The people policy tested the unit with `unit_id in (select hr_scope_units())`: a hashed
 * sub-plan, which PostgreSQL never runs in a parallel worker, so every read of people by a
 * reader ran in one process. At 2,000,000 people a ministry-wide average scanned 1.6 million
 * index entries alone (404 ms; 212 ms with two workers). The same test against an array
 * computed once per query (an init-plan, handed to the workers as a parameter) admits parallel
 * plans, and lets the unit's index answer a unit-scoped reader's test. Who sees what is
 * unchanged: the same three settings, read the same way.
 */
const UNIT_LIST = `create or replace function public.hr_scope_unit_list() returns integer[]
    language sql stable parallel safe as $$
    select string_to_array(nullif(current_setting('hrm.scope_units', true), ''), ',')::integer[] $$`

const NEW_SCOPE = `(select public.hr_scope_all())
    or unit_id = any ((select public.hr_scope_unit_list())::integer[])
    or id = (select public.hr_scope_person())`

const OLD_SCOPE = `(select public.hr_scope_all())
    or unit_id in (select public.hr_scope_units())
    or id = (select public.hr_scope_person())`

export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(UNIT_LIST).execute(db)
  await sql.raw(`alter policy people_in_scope on people using (${NEW_SCOPE})`).execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`alter policy people_in_scope on people using (${OLD_SCOPE})`).execute(db)
  await sql`drop function public.hr_scope_unit_list()`.execute(db)
}
