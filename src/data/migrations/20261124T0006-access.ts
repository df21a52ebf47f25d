import { type Kysely, sql } from 'kysely'

/**
 * Permissions enforced by PostgreSQL itself. Every read of personnel data runs, inside a
 * transaction, as one of two NOLOGIN reader roles:
 *   hrm_reader_basic      leaders and planners: basic fields only, no national ID;
 *   hrm_reader_sensitive  HR staff, and an employee reading their own record.
 * Which rows they see is decided by row-level security from two per-transaction settings,
 * `hrm.scope_units` (unit ids, comma-separated) and `hrm.scope_person` (one person id).
 * With neither set, a reader sees no person at all.
 */
const PERSON_TABLES = [
  'rank_history',
  'appointments',
  'planning_entries',
  'evaluations',
  'awards',
  'education',
  'academic_titles',
  'trainings',
  'work_history',
]
const SENSITIVE_PERSON_TABLES = ['disciplines', 'party_membership', 'health']
const REFERENCE_TABLES = [
  'units',
  'salary_groups',
  'ranks',
  'job_positions',
  'leadership_posts',
  'headcount_quotas',
  'regulation_documents',
  'regulation_chunks',
]
/** People columns a basic reader may select: everything but the national ID and sensitive data. */
const BASIC_PEOPLE_COLUMNS = [
  'id',
  'full_name',
  'name_search',
  'birth_date',
  'birth_precision',
  'sex',
  'birth_place',
  'home_town',
  'residence',
  'phone',
  'email',
  'staff_category',
  'status',
  'status_date',
  'status_reason',
  'unit_id',
  'job_position_id',
  'joined_state_service',
  'joined_ministry',
  'join_reason',
  'rank_code',
  'salary_step',
  'salary_coefficient',
  'above_frame_percent',
  'step_since',
  'highest_degree',
  'field_of_study',
  'academic_title',
  'political_theory',
  'state_management',
  'version',
  'created_at',
  'updated_at',
]

export async function up(db: Kysely<any>): Promise<void> {
  const run = async (statement: string) => {
    await sql.raw(statement).execute(db)
  }
  for (const role of ['hrm_reader_basic', 'hrm_reader_sensitive']) {
    await run(`do $$ begin
        if not exists (select 1 from pg_roles where rolname = '${role}') then
          create role ${role} nologin noinherit;
        end if;
        -- A login role that is not a superuser must be a member to SET ROLE to it.
        if not (select rolsuper from pg_roles where rolname = current_user) then
          execute format('grant ${role} to %I', current_user);
        end if;
      end $$`)
    await run(`grant usage on schema public to ${role}`)
    await run(`grant select on ${[...REFERENCE_TABLES, ...PERSON_TABLES].join(', ')} to ${role}`)
  }
  await run(`grant select (${BASIC_PEOPLE_COLUMNS.join(', ')}) on people to hrm_reader_basic`)
  await run(`grant select on people, ${SENSITIVE_PERSON_TABLES.join(', ')} to hrm_reader_sensitive`)

  await run(`create function public.hr_scope_units() returns setof integer
      language sql stable parallel safe as $$
      select unnest(string_to_array(nullif(current_setting('hrm.scope_units', true), ''), ',')::integer[]) $$`)
  await run(`create function public.hr_scope_person() returns integer
      language sql stable parallel safe as $$
      select nullif(current_setting('hrm.scope_person', true), '')::integer $$`)

  await run('alter table people enable row level security')
  // The sub-selects are evaluated once per query (an InitPlan / hashed SubPlan), not per row.
  await run(`create policy people_in_scope on people for select
      to hrm_reader_basic, hrm_reader_sensitive
      using (unit_id in (select public.hr_scope_units()) or id = (select public.hr_scope_person()))`)
  for (const table of [...PERSON_TABLES, ...SENSITIVE_PERSON_TABLES]) {
    await run(`alter table ${table} enable row level security`)
    // The people sub-query is itself filtered by people's policy: a row is visible exactly when
    // its person is.
    await run(`create policy ${table}_in_scope on ${table} for select
        to hrm_reader_basic, hrm_reader_sensitive
        using (exists (select 1 from public.people p where p.id = ${table}.person_id))`)
  }

  // set_config('role', …) or set_config('hrm.scope_units', …) inside a query would undo the
  // settings above; only the application's own login role may call it.
  await run('revoke execute on function pg_catalog.set_config(text, text, boolean) from public')
  await run(`do $$ begin
      if not (select rolsuper from pg_roles where rolname = current_user) then
        execute format('grant execute on function pg_catalog.set_config(text, text, boolean) to %I', current_user);
      end if;
    end $$`)
}
