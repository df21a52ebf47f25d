import { type Kysely, sql } from 'kysely'

/**
 * Head counts kept beside the people table: how many people of each unit share a status, sex,
 * staff category, rank, degree, academic title, political-theory and state-management level.
 * A ministry-wide count, share or breakdown over these attributes then adds up a few hundred
 * thousand counts instead of reading every person: at 2,000,000 people a count of the 1.6
 * million working people scanned a 150 MB index (165 ms with two workers), over the 200 ms
 * target as soon as a share or a breakdown was asked; the same answers from the counts read
 * 210,000 rows.
 *
 * The counts are exact and live: statement-level triggers add the rows a statement inserts and
 * subtract the rows it deletes, an update doing both, in the same transaction. A count that falls
 * to zero stays in the table with 0 and the view leaves it out, so no change ever scans the table.
 *
 * Row-level security: a row belongs to its unit, so a reader sees the counts of the units they
 * see people of. Nothing is shown to a reader whose scope is their own record (an employee): a
 * unit's count is about their colleagues. The chat compiler reads the counts only for readers
 * with a scope of units or the whole ministry, and only for questions whose every condition and
 * breakdown is one of these attributes; everything else reads chat.people as before.
 */
const KEYS = [
  'unit_id',
  'status',
  'sex',
  'staff_category',
  'rank_code',
  'highest_degree',
  'academic_title',
  'political_theory',
  'state_management',
] as const

const keys = KEYS.join(', ')

/** Adds (sign 1) or subtracts (sign -1) the people of a transition table. */
const apply = (rows: string, sign: 1 | -1) => `
    insert into public.people_counts as c (${keys}, people)
    select ${keys}, ${sign} * count(*)::integer from ${rows} group by ${keys}
    on conflict (${keys}) do update set people = c.people + excluded.people`

const TRIGGER_FUNCTIONS = {
  people_counts_inserted: apply('inserted', 1),
  people_counts_deleted: apply('deleted', -1),
  people_counts_updated: `${apply('deleted', -1)};${apply('inserted', 1)}`,
}

const VIEW = `
    create view chat.people_counts with (security_invoker = true) as
    select c.unit_id, u.name as unit_name, u.path as unit_path, c.status, c.sex,
           c.staff_category, c.rank_code, r.name as rank_name, r.grade as rank_grade,
           r.salary_group, c.highest_degree, c.academic_title, c.political_theory,
           c.state_management, c.people
    from public.people_counts c
    join public.units u on u.id = c.unit_id
    left join public.ranks r on r.code = c.rank_code
    where c.people > 0`

export async function up(db: Kysely<any>): Promise<void> {
  const run = (statement: string) => sql.raw(statement).execute(db)
  await run(`create table people_counts (
      unit_id integer not null references units (id),
      status text not null,
      sex text not null,
      staff_category text not null,
      rank_code text,
      highest_degree text,
      academic_title text,
      political_theory text,
      state_management text,
      people integer not null,
      constraint people_counts_key unique nulls not distinct (${keys})
    )`)
  // The functions run with their owner's rights: whoever may change people keeps the counts,
  // without a grant on the table of counts.
  for (const [name, body] of Object.entries(TRIGGER_FUNCTIONS))
    await run(`create function public.${name}() returns trigger
        language plpgsql security definer set search_path = public, pg_temp as $$
        begin ${body}; return null; end $$`)
  await run(`create trigger people_counts_on_insert after insert on people
      referencing new table as inserted
      for each statement execute function public.people_counts_inserted()`)
  await run(`create trigger people_counts_on_delete after delete on people
      referencing old table as deleted
      for each statement execute function public.people_counts_deleted()`)
  await run(`create trigger people_counts_on_update after update on people
      referencing old table as deleted new table as inserted
      for each statement execute function public.people_counts_updated()`)
  await run(`insert into people_counts (${keys}, people)
      select ${keys}, count(*) from people group by ${keys}`)

  await run('alter table people_counts enable row level security')
  await run(`create policy people_counts_in_scope on people_counts for select
      to hrm_reader_basic, hrm_reader_sensitive
      using ((select public.hr_scope_all())
        or unit_id = any ((select public.hr_scope_unit_list())::integer[]))`)
  await run(`create policy people_counts_whole_ministry on people_counts for select
      to hrm_reader_all_basic, hrm_reader_all_sensitive using (true)`)
  await run('grant select on people_counts to hrm_reader_basic, hrm_reader_sensitive')
  await run(VIEW)
  await run('grant select on chat.people_counts to hrm_reader_basic, hrm_reader_sensitive')
  await run('analyze people_counts')
}

export async function down(db: Kysely<any>): Promise<void> {
  const run = (statement: string) => sql.raw(statement).execute(db)
  await run('drop view chat.people_counts')
  for (const event of ['insert', 'delete', 'update'])
    await run(`drop trigger people_counts_on_${event} on people`)
  for (const name of Object.keys(TRIGGER_FUNCTIONS)) await run(`drop function public.${name}()`)
  await run('drop table people_counts')
}
