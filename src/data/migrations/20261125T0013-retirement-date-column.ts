import { type Kysely, sql } from 'kysely'

/**
 * Each person's statutory retirement date, stored. Under row-level security a condition on an
 * expression of the person's columns cannot use an index (the policy is checked first, and the
 * functions in the expression are not leakproof), so "who retires in 2027" computed the rule for
 * every person: seconds at national scale. A plain column compared with leakproof date operators
 * can use its index. The database computes the column from the one SQL rule; nothing writes it.
 */
/** chat.people as 20261124T0011 left it: the rule computed in the view. */
const VIEW_WITH_RULE = `create or replace view chat.people with (security_invoker = true) as
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
           public.hr_retirement_date(p.birth_date, p.birth_precision, p.sex) as retirement_date,
           lp.title as post_title, lp.level as post_level, lp.unit_id as post_unit_id,
           a.start_date as post_start, a.term_end as post_term_end
    from public.people p
    join public.units u on u.id = p.unit_id
    left join public.ranks r on r.code = p.rank_code
    left join public.appointments a on a.person_id = p.id and a.end_date is null
    left join public.leadership_posts lp on lp.id = a.post_id`

const RULE_EXPRESSION =
  'public.hr_retirement_date(p.birth_date, p.birth_precision, p.sex) as retirement_date'
if (!VIEW_WITH_RULE.includes(RULE_EXPRESSION)) throw new Error('chat.people: rule column not found')
const VIEW_WITH_COLUMN = VIEW_WITH_RULE.replace(RULE_EXPRESSION, 'p.retirement_date')

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `alter table people add column retirement_date date
       generated always as (public.hr_retirement_date(birth_date, birth_precision, sex)) stored`,
    'create index people_retirement_idx on people (retirement_date)',
    'grant select (retirement_date) on people to hrm_reader_basic',
    VIEW_WITH_COLUMN,
  ]) {
    await sql.raw(statement).execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(VIEW_WITH_RULE).execute(db)
  await sql.raw('alter table people drop column retirement_date').execute(db)
}
