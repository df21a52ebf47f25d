import { type Kysely, type RawBuilder, sql } from 'kysely'
import type { Database } from '../../data/schema.js'
import { workforceOf } from '../common.js'
import { retirementDate } from '../leadership.js'
import type { AnalyticsScope } from '../scope.js'
import {
  EMAIL_PATTERN,
  PHONE_PATTERN,
  REQUIRED_FIELDS,
  SENSITIVE_REQUIRED_FIELDS,
  STALENESS_BANDS,
} from './rules.js'

/** Flags of the `hr_person_checks` view (migration 0010): sensitive fields as booleans only. */
interface PersonChecksView {
  person_id: number
  unit_id: number
  ethnicity_missing: boolean
  religion_missing: boolean
  national_id_fault: 'century_sex_digit' | 'birth_year_digits' | null
}

const TEXT_FIELDS = new Set(['phone', 'email', 'birth_place', 'home_town', 'residence'])
const HISTORY_FIELDS = [
  ['rank_code', 'rank_code'],
  ['salary_step', 'salary_step'],
  ['salary_coefficient', 'coefficient'],
  ['above_frame_percent', 'above_frame_percent'],
] as const

function missingCheck(field: (typeof REQUIRED_FIELDS)[number]): RawBuilder<string | null> {
  if ((SENSITIVE_REQUIRED_FIELDS as readonly string[]).includes(field)) {
    return sql`case when ${sql.ref(`q.${field}_missing`)} then ${field} end`
  }
  const column = sql.ref(`p.${field}`)
  const empty = TEXT_FIELDS.has(field)
    ? sql`nullif(btrim(${column}), '') is null`
    : sql`${column} is null`
  return sql`case when ${empty} then ${field} end`
}

/**
 * Working past the statutory retirement date is valid only under the exceptions of
 * rules.ts: a woman Deputy Minister under 60 (Decree 83/2022), or a doctoral-level viên chức
 * without a leadership post within 60 months of the date (Decree 50/2022). Written as SQL
 * because it reads the person's posts on `asOf` in the same pass.
 */
function pastRetirementCheck(asOf: string): RawBuilder<string | null> {
  const holds = (level: RawBuilder<unknown>) => sql`exists (
      select 1 from appointments a join leadership_posts lp on lp.id = a.post_id
      where a.person_id = p.id and ${level} and a.start_date <= ${asOf}
        and (a.end_date is null or a.end_date > ${asOf}))`
  return sql`case when rd.retirement_date < ${asOf}::date and not (
      (p.sex = 'female' and ${holds(sql`lp.level = 2`)}
        and public.hr_age_years(p.birth_date, ${asOf}::date) < 60)
      or (p.staff_category = 'vien_chuc'
        and (p.highest_degree = 'tien_si' or p.academic_title is not null)
        and not ${holds(sql`true`)}
        and ${asOf}::date <= (rd.retirement_date + interval '60 months')::date)
    ) then 'status' end`
}

function invalidChecks(asOf: string): RawBuilder<string | null>[] {
  return [
    sql`case when q.national_id_fault is not null then 'national_id' end`,
    sql`case when p.phone !~ ${PHONE_PATTERN} then 'phone' end`,
    sql`case when p.email !~ ${EMAIL_PATTERN} then 'email' end`,
    ...HISTORY_FIELDS.map(
      ([field, historyColumn]) =>
        sql<string | null>`case when rh.person_id is not null
          and ${sql.ref(`rh.${historyColumn}`)} is distinct from ${sql.ref(`p.${field}`)}
          then ${field} end`,
    ),
    pastRetirementCheck(asOf),
  ]
}

function fieldArray(checks: RawBuilder<string | null>[]) {
  return sql<string[]>`array_remove(array[${sql.join(checks)}]::text[], null)`
}

/** Whole months from the last update to `asOf` (negative if updated later). */
function monthsSinceUpdate(asOf: string) {
  return sql<number>`(extract(year from age(${asOf}::date, p.updated_at::date)) * 12
    + extract(month from age(${asOf}::date, p.updated_at::date)))::integer`
}

/** The credit of a record's staleness band (rules.ts), highest band first. */
export function freshnessCredit(months: RawBuilder<number>) {
  const bands = [...STALENESS_BANDS].reverse()
  const whens = bands.map((b) => sql`when ${months} >= ${b.fromMonths} then ${b.credit}::numeric`)
  return sql<number>`case ${sql.join(whens, sql` `)} else 1::numeric end`
}

/**
 * One row per working person of the scope on `asOf`: the required fields that are empty, the
 * fields whose values are invalid, months since the last update and pending update requests.
 */
export function buildPersonChecks(db: Kysely<Database>, scope: AnalyticsScope, asOf: string) {
  return (
    workforceOf(db, scope, asOf)
      .innerJoin(sql<PersonChecksView>`public.hr_person_checks`.as('q'), 'q.person_id', 'p.id')
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('rank_history as h')
            .select(['h.person_id', 'h.rank_code', 'h.salary_step', 'h.coefficient'])
            .select('h.above_frame_percent')
            .whereRef('h.person_id', '=', 'p.id')
            .orderBy('h.valid_from', 'desc')
            .orderBy('h.id', 'desc')
            .limit(1)
            .as('rh'),
        (join) => join.onTrue(),
      )
      // The statutory date, computed once and only from age 55 on (the youngest statutory age):
      // the rule is costly enough per row to matter over a whole ministry.
      .leftJoinLateral(
        () =>
          db
            .selectNoFrom(
              sql<
                string | null
              >`case when p.birth_date <= (${asOf}::date - interval '55 years')::date
              then ${retirementDate} end`.as('retirement_date'),
            )
            .as('rd'),
        (join) => join.onTrue(),
      )
      .select([
        'p.id as person_id',
        'p.unit_id',
        fieldArray(REQUIRED_FIELDS.map(missingCheck)).as('missing_fields'),
        fieldArray(invalidChecks(asOf)).as('invalid_fields'),
        monthsSinceUpdate(asOf).as('months_since_update'),
        sql<number>`(select count(*) from update_requests r
        where r.person_id = p.id and r.status = 'pending')::integer`.as('pending_requests'),
        // What the drill-down shows beside the fields at fault.
        'q.national_id_fault',
        'rd.retirement_date',
        'rh.rank_code as history_rank_code',
        'rh.salary_step as history_salary_step',
        'rh.coefficient as history_coefficient',
        'rh.above_frame_percent as history_above_frame_percent',
      ])
  )
}
