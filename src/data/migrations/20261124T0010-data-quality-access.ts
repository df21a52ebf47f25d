import { type Kysely, sql } from 'kysely'

/**
 * What the data-quality index needs from the reader roles, and no more.
 *
 * - `update_requests`: a reader sees which people in scope have a request (id, person, status,
 *   date) — never the proposed values, since `changes` may hold ethnicity or religion. A row is
 *   visible exactly when its person is.
 * - `hr_person_checks`: for each person in scope, whether the sensitive fields the index
 *   requires are empty and whether the national ID contradicts sex or birth year, as flags.
 *   Leaders and planners (the basic reader) may count these faults but not read the values, so
 *   the view runs with its owner's privileges (no security_invoker) and applies the scope of
 *   the `people_in_scope` policy itself; `security_barrier` keeps a caller's own conditions from
 *   being evaluated before that filter.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const run = async (statement: string) => {
    await sql.raw(statement).execute(db)
  }
  for (const role of ['hrm_reader_basic', 'hrm_reader_sensitive']) {
    await run(`grant select (id, person_id, status, created_at) on update_requests to ${role}`)
  }
  await run('alter table update_requests enable row level security')
  await run(`create policy update_requests_in_scope on update_requests for select
      to hrm_reader_basic, hrm_reader_sensitive
      using (exists (select 1 from public.people p where p.id = update_requests.person_id))`)

  // National ID (CCCD): digits 1–3 province, digit 4 century and sex (0/1 a man/woman born in
  // the 1900s, 2/3 in the 2000s, +2 per later century), digits 5–6 the birth year modulo 100.
  await run(`create view public.hr_person_checks with (security_barrier) as
      select p.id as person_id, p.unit_id,
             (p.ethnicity is null or btrim(p.ethnicity) = '') as ethnicity_missing,
             (p.religion is null or btrim(p.religion) = '') as religion_missing,
             case
               when substr(p.national_id, 4, 1)
                    <> ((extract(year from p.birth_date)::integer / 100 - 19) * 2
                        + case when p.sex = 'female' then 1 else 0 end)::text
                 then 'century_sex_digit'
               when substr(p.national_id, 5, 2)
                    <> lpad((extract(year from p.birth_date)::integer % 100)::text, 2, '0')
                 then 'birth_year_digits'
             end as national_id_fault
      from public.people p
      where p.unit_id in (select public.hr_scope_units())
         or p.id = (select public.hr_scope_person())`)
  await run('grant select on public.hr_person_checks to hrm_reader_basic, hrm_reader_sensitive')
}
