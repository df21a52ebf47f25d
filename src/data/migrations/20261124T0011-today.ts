import { type Kysely, sql } from 'kysely'

/**
 * "Today" for queries about the data: the date pinned for the transaction (`hrm.today`, set by
 * the read gate from the application's clock) or else the server's current date. Questions such
 * as "năm nay" and ages in the chat views then agree with the application's clock, and an
 * evaluation over data frozen at a date gives the same answers on any later day.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `create function public.hr_today() returns date language sql stable parallel safe as $$
       select coalesce(nullif(current_setting('hrm.today', true), '')::date, current_date) $$`,
    `create or replace view chat.people with (security_invoker = true) as
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
    left join public.leadership_posts lp on lp.id = a.post_id`,
  ]) {
    await sql.raw(statement).execute(db)
  }
}
