import { type Kysely, sql } from 'kysely'

/**
 * The `chat` schema: the only relations chat SQL may read, whichever engine wrote it. Each view
 * is `security_invoker`, so it is read with the reader role's own privileges and row-level
 * security — a view can never show more than its tables would. Basic views are granted to both
 * reader roles; views of sensitive personal data (national ID, ethnicity, religion, Party,
 * discipline) only to the sensitive one.
 */
const BASIC_VIEWS: Record<string, string> = {
  units: `
    select u.id, u.code, u.name, u.short_name, u.kind, u.is_public_service, u.parent_id, u.depth,
           u.path, top.id as top_unit_id, top.name as top_unit_name
    from public.units u
    left join public.units top
      on top.depth = 1 and u.path like top.path || '%'
    where u.valid_to is null`,
  people: `
    select p.id, p.full_name, p.name_search, p.sex, p.birth_date,
           extract(year from p.birth_date)::integer as birth_year,
           public.hr_age_years(p.birth_date, current_date) as age,
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
  appointments: `
    select a.id, a.person_id, lp.id as post_id, lp.unit_id, lp.title as post_title,
           lp.level as post_level, lp.is_head, a.kind, a.start_date, a.term_end, a.end_date,
           a.end_reason
    from public.appointments a
    join public.leadership_posts lp on lp.id = a.post_id`,
  posts: `
    select lp.id, lp.unit_id, u.name as unit_name, lp.title, lp.level, lp.is_head, lp.seats,
           lp.allowance_coefficient
    from public.leadership_posts lp
    join public.units u on u.id = lp.unit_id`,
  evaluations: `select e.person_id, e.year, e.level, e.score from public.evaluations e`,
  planning: `
    select pe.person_id, pe.post_id, lp.title as post_title, lp.level as post_level,
           lp.unit_id as post_unit_id, pe.period_start, pe.period_end, pe.added_on,
           pe.removed_on, (pe.removed_on is null) as active
    from public.planning_entries pe
    join public.leadership_posts lp on lp.id = pe.post_id`,
  trainings: `select t.person_id, t.kind, t.level, t.completed_on from public.trainings t`,
  awards: `select w.person_id, w.year, w.kind from public.awards w`,
  movements: `
    select p.id as person_id, p.unit_id, 'in'::text as direction,
           coalesce(p.join_reason, 'recruited') as reason, p.joined_ministry as event_date,
           extract(year from p.joined_ministry)::integer as year
    from public.people p where p.joined_ministry is not null
    union all
    select p.id, p.unit_id, 'out', p.status, p.status_date,
           extract(year from p.status_date)::integer
    from public.people p where p.status <> 'working' and p.status_date is not null`,
  quotas: `
    select q.unit_id, q.year, q.staff_category, q.quota from public.headcount_quotas q`,
  ranks: `select code, name, salary_group, staff_category, grade from public.ranks`,
}

const SENSITIVE_VIEWS: Record<string, string> = {
  people_private: `
    select p.id as person_id, p.national_id, p.ethnicity, p.religion,
           (pm.person_id is not null) as is_party_member, pm.joined_on as party_joined_on
    from public.people p
    left join public.party_membership pm on pm.person_id = p.id`,
  disciplines: `
    select d.person_id, d.form, d.authority, d.decided_on, d.effective_until
    from public.disciplines d`,
}

export async function up(db: Kysely<any>): Promise<void> {
  const run = async (statement: string) => {
    await sql.raw(statement).execute(db)
  }
  // One current appointment per person: lets the people view's joins be dropped by the planner
  // when a query does not use the post columns.
  await run(
    'create unique index appointments_current_key on appointments (person_id) where end_date is null',
  )
  await run('create schema chat')
  await run('grant usage on schema chat to hrm_reader_basic, hrm_reader_sensitive')
  for (const [name, body] of Object.entries(BASIC_VIEWS)) {
    await run(`create view chat.${name} with (security_invoker = true) as ${body}`)
    await run(`grant select on chat.${name} to hrm_reader_basic, hrm_reader_sensitive`)
  }
  for (const [name, body] of Object.entries(SENSITIVE_VIEWS)) {
    await run(`create view chat.${name} with (security_invoker = true) as ${body}`)
    await run(`grant select on chat.${name} to hrm_reader_sensitive`)
  }
}
