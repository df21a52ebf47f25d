import { type Kysely, sql } from 'kysely'

/**
 * Head counts kept beside the people table, so that a ministry-wide count, share or breakdown
 * adds up counts instead of reading every person. At 2,000,000 people a count of the 1.6 million
 * working people scanned a 150 MB index (165 ms with two workers), over the 200 ms target as soon
 * as a share, an average age or a breakdown was asked.
 * - people_counts: how many people of each unit share a status, sex, staff category, rank,
 *   degree, academic title, political-theory and state-management level (210,000 rows for the
 *   working people there);
 * - birth_counts: how many people of the whole ministry share a status, sex, birth date and
 *   retirement date (29,000 rows for the working people): ages, age bands and retirements.
 *
 * The counts are exact and live: statement-level triggers add the rows a statement inserts and
 * subtract the rows it deletes, an update doing both, in the same transaction. A count that falls
 * to zero stays in the table with 0 and the view leaves it out, so no change ever scans the table.
 *
 * Row-level security: a row of people_counts belongs to its unit, so a reader sees the counts of
 * the units they see people of, and a reader whose scope is their own record (an employee) sees
 * none: a unit's count is about their colleagues. birth_counts has no unit: only the readers of
 * the whole ministry may read it at all. The chat compiler reads the counts only for those who
 * see them whole, and only for questions whose every condition and breakdown they hold;
 * everything else reads chat.people as before.
 */
interface Tally {
  readonly table: string
  readonly keys: readonly string[]
  /** Column definitions, in the order of `keys`. */
  readonly columns: string
  /** The chat view over the table, its rows that count anyone. */
  readonly view: string
  /** Readers of units see the rows of their units; otherwise only whole-ministry readers. */
  readonly byUnit: boolean
}

const TALLIES: readonly Tally[] = [
  {
    table: 'people_counts',
    keys: [
      'unit_id',
      'status',
      'sex',
      'staff_category',
      'rank_code',
      'highest_degree',
      'academic_title',
      'political_theory',
      'state_management',
    ],
    columns: `unit_id integer not null references units (id), status text not null,
      sex text not null, staff_category text not null, rank_code text, highest_degree text,
      academic_title text, political_theory text, state_management text`,
    view: `
      select c.unit_id, u.name as unit_name, u.path as unit_path, c.status, c.sex,
             c.staff_category, c.rank_code, r.name as rank_name, r.grade as rank_grade,
             r.salary_group, c.highest_degree, c.academic_title, c.political_theory,
             c.state_management, c.people
      from public.people_counts c
      join public.units u on u.id = c.unit_id
      left join public.ranks r on r.code = c.rank_code
      where c.people > 0`,
    byUnit: true,
  },
  {
    table: 'birth_counts',
    keys: ['status', 'sex', 'birth_date', 'retirement_date'],
    columns: `status text not null, sex text not null, birth_date date not null,
      retirement_date date`,
    view: `
      select c.status, c.sex, c.birth_date, extract(year from c.birth_date)::integer as birth_year,
             c.retirement_date, c.people
      from public.birth_counts c
      where c.people > 0`,
    byUnit: false,
  },
]

const ALL_READERS = 'hrm_reader_basic, hrm_reader_sensitive'
const WHOLE_MINISTRY_READERS = 'hrm_reader_all_basic, hrm_reader_all_sensitive'

/** Adds (sign 1) or subtracts (sign -1) the people of a transition table. */
function apply(tally: Tally, rows: string, sign: 1 | -1): string {
  const keys = tally.keys.join(', ')
  return `
    insert into public.${tally.table} as c (${keys}, people)
    select ${keys}, ${sign} * count(*)::integer from ${rows} group by ${keys}
    on conflict (${keys}) do update set people = c.people + excluded.people`
}

function triggerFunctions(tally: Tally): Record<string, string> {
  return {
    [`${tally.table}_inserted`]: apply(tally, 'inserted', 1),
    [`${tally.table}_deleted`]: apply(tally, 'deleted', -1),
    [`${tally.table}_updated`]: `${apply(tally, 'deleted', -1)};${apply(tally, 'inserted', 1)}`,
  }
}

const TRIGGERS = [
  ['insert', 'inserted', 'referencing new table as inserted'],
  ['delete', 'deleted', 'referencing old table as deleted'],
  ['update', 'updated', 'referencing old table as deleted new table as inserted'],
] as const

export async function up(db: Kysely<any>): Promise<void> {
  const run = (statement: string) => sql.raw(statement).execute(db)
  for (const tally of TALLIES) {
    const { table } = tally
    const keys = tally.keys.join(', ')
    await run(`create table ${table} (${tally.columns}, people integer not null,
        constraint ${table}_key unique nulls not distinct (${keys}))`)
    // The functions run with their owner's rights: whoever may change people keeps the counts,
    // without a grant on the table of counts.
    for (const [name, body] of Object.entries(triggerFunctions(tally)))
      await run(`create function public.${name}() returns trigger
          language plpgsql security definer set search_path = public, pg_temp as $$
          begin ${body}; return null; end $$`)
    for (const [event, suffix, transition] of TRIGGERS)
      await run(`create trigger ${table}_on_${event} after ${event} on people ${transition}
          for each statement execute function public.${table}_${suffix}()`)
    await run(`insert into ${table} (${keys}, people)
        select ${keys}, count(*) from people group by ${keys}`)

    await run(`alter table ${table} enable row level security`)
    if (tally.byUnit)
      await run(`create policy ${table}_in_scope on ${table} for select to ${ALL_READERS}
          using (unit_id = any ((select public.hr_scope_unit_list())::integer[]))`)
    await run(`create policy ${table}_whole_ministry on ${table} for select
        to ${WHOLE_MINISTRY_READERS} using (true)`)
    const readers = tally.byUnit ? ALL_READERS : WHOLE_MINISTRY_READERS
    await run(`grant select on ${table} to ${readers}`)
    await run(`create view chat.${table} with (security_invoker = true) as ${tally.view}`)
    await run(`grant select on chat.${table} to ${readers}`)
    await run(`analyze ${table}`)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const run = (statement: string) => sql.raw(statement).execute(db)
  for (const tally of [...TALLIES].reverse()) {
    await run(`drop view chat.${tally.table}`)
    for (const [event] of TRIGGERS) await run(`drop trigger ${tally.table}_on_${event} on people`)
    for (const name of Object.keys(triggerFunctions(tally)))
      await run(`drop function public.${name}()`)
    await run(`drop table ${tally.table}`)
  }
}
