import { type Kysely, sql } from 'kysely'

/**
 * What ministry-wide chat questions paid at national scale (2,000,000 people):
 *
 * - `hr_age_years` was declared immutable but called age(timestamptz, timestamptz) — a date
 *   argument resolves to that stable overload — so PostgreSQL refused to inline it and ran the
 *   SQL function once per person: about 2 µs each, 3.5 s for the average age of the ministry.
 *   Comparing the two dates as timestamps (no time zone) gives the same whole years, is truly
 *   immutable, and is inlined: the expression is then evaluated in place.
 * - chat.people joined units, ranks, the current appointment and its post for every query, even
 *   one that reads none of their columns. PostgreSQL drops an unused LEFT JOIN only when a
 *   unique index without a predicate proves the join cannot add rows; the partial unique index
 *   on current appointments (`where end_date is null`) does not count, and the units join was an
 *   inner join. The current appointment is now found through a stored column that holds the
 *   person only while the appointment is open, under a plain unique index, and units is joined
 *   with LEFT JOIN (people.unit_id is NOT NULL and references units, so no row changes).
 *   A count of the ministry's working people no longer hashes 1.6M rows against two tables.
 * - Indexes for the question shapes that read a table end to end. Under row-level security an
 *   index-only scan is possible when the index holds every column the query and the policy read
 *   (people: id and unit_id; histories: person_id), so these carry them:
 *   working people by id (ministry-wide questions; merge joins with histories) and by unit
 *   (a unit's subtree), with the columns questions most often count and the one the view's
 *   removed joins still name (rank_code: PostgreSQL 15 keeps it in the scan's output);
 *   joins and exits by date (chat.movements); evaluations by year; trainings by kind and
 *   level; awards by year and kind. "Average age of the ministry" reads a 144 MB index instead
 *   of the 700 MB table, "professors in VINATOM" a few thousand index entries instead of every
 *   person, "joins and exits per year since 2022" two index ranges instead of two table scans,
 *   "the oldest person in Cục Viễn thông" a few thousand index entries instead of 150,000 rows.
 *
 * Row-level security is untouched: the view is still security_invoker over the same tables, and
 * removing a join removes only a table whose columns the query does not read.
 */
const PEOPLE_VIEW = (units: string, appointment: string) => `
    create or replace view chat.people with (security_invoker = true) as
    select p.id, p.full_name, p.name_search, p.sex, p.birth_date,
           extract(year from p.birth_date)::integer as birth_year,
           public.hr_age_years(p.birth_date, public.hr_today()) as age,
           p.staff_category, p.status, p.status_date, p.status_reason,
           p.unit_id, u.name as unit_name, u.path as unit_path,
           p.rank_code, r.name as rank_name, r.grade as rank_grade, r.salary_group,
           p.salary_step, p.salary_coefficient, p.above_frame_percent,
           p.highest_degree, p.field_of_study, p.academic_title, p.political_theory,
           p.state_management, p.home_town, p.joined_state_service, p.joined_ministry,
           p.join_reason,
           p.retirement_date,
           lp.title as post_title, lp.level as post_level, lp.unit_id as post_unit_id,
           a.start_date as post_start, a.term_end as post_term_end
    from public.people p
    ${units} public.units u on u.id = p.unit_id
    left join public.ranks r on r.code = p.rank_code
    left join public.appointments a on ${appointment}
    left join public.leadership_posts lp on lp.id = a.post_id`

/** What questions about working people most often count or compare; rank_code, see above. */
const PERSON_FACTS = [
  'rank_code',
  'birth_date',
  'sex',
  'staff_category',
  'highest_degree',
  'academic_title',
  'political_theory',
  'state_management',
  'retirement_date',
].join(', ')

const AGE_YEARS = (body: string) => `
    create or replace function public.hr_age_years(birth_date date, at date) returns integer
      language sql immutable strict parallel safe as $$ ${body} $$`

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [
    AGE_YEARS(`select date_part('year', age(at::timestamp, birth_date::timestamp))::integer`),
    `alter table appointments add column current_person_id integer
       generated always as (case when end_date is null then person_id end) stored`,
    'create unique index appointments_current_person_key on appointments (current_person_id)',
    PEOPLE_VIEW('left join', 'a.current_person_id = p.id and a.end_date is null'),
    `create index people_working_key on people (id)
       include (${PERSON_FACTS}, unit_id) where status = 'working'`,
    `create index people_working_unit_idx on people (unit_id)
       include (${PERSON_FACTS}, id, full_name) where status = 'working'`,
    // The oldest or youngest working people, of a unit or with a post: walked in birth order
    // without stepping over the retired (who are older). Not covering on purpose: as the
    // narrowest index of working people it would otherwise be chosen for whole scans, and
    // visiting people in birth order makes a per-person look-up (Party membership) jump
    // around the table: 13 s instead of 3 s for the ministry's share of Party members.
    "create index people_working_birth_idx on people (birth_date) where status = 'working'",
    // chat.movements: who joined, who left, by date.
    `create index people_joined_idx on people (joined_ministry) include (id, unit_id, join_reason)
       where joined_ministry is not null`,
    `create index people_left_idx on people (status_date) include (id, unit_id, status)
       where status <> 'working'`,
    'create index evaluations_year_idx on evaluations (year, person_id) include (level)',
    'create index trainings_kind_idx on trainings (kind, level, person_id)',
    'create index awards_year_idx on awards (year, kind, person_id)',
  ]) {
    await sql.raw(statement).execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const statement of [
    'drop index awards_year_idx',
    'drop index trainings_kind_idx',
    'drop index evaluations_year_idx',
    'drop index people_left_idx',
    'drop index people_working_birth_idx',
    'drop index people_joined_idx',
    'drop index people_working_unit_idx',
    'drop index people_working_key',
    PEOPLE_VIEW('join', 'a.person_id = p.id and a.end_date is null'),
    'alter table appointments drop column current_person_id',
    AGE_YEARS('select extract(year from age(at, birth_date))::integer'),
  ]) {
    await sql.raw(statement).execute(db)
  }
}
