/**
 * The tables the generator writes, each with its columns in the order rows carry them and the
 * PostgreSQL type of each column. Both writers (batched `unnest` inserts through Kysely and
 * COPY through pg-copy-streams) take rows in this one shape, so both paths write the same values.
 */
export type Value = string | number | boolean | null
export type Row = Value[]

interface TableSpec {
  readonly columns: readonly string[]
  readonly types: readonly string[]
}

const spec = (pairs: string): TableSpec => {
  const parts = pairs
    .trim()
    .split(/\s*,\s*/)
    .map((pair) => pair.split(':'))
  return { columns: parts.map(([c]) => c ?? ''), types: parts.map(([, t]) => t ?? 'text') }
}

export const TABLES = {
  units: spec(`id:int4, code:text, name:text, short_name:text, abbreviations:text[], kind:text,
    is_public_service:bool, parent_id:int4, path:text, depth:int4, sort_order:int4,
    valid_from:date, valid_to:date, created_at:timestamptz`),
  leadership_posts: spec(
    'id:int4, unit_id:int4, title:text, level:int4, is_head:bool, seats:int4, allowance_coefficient:numeric',
  ),
  people: spec(`id:int4, national_id:text, full_name:text, birth_date:date, birth_precision:text,
    sex:text, ethnicity:text, religion:text, birth_place:text, home_town:text, residence:text,
    phone:text, email:text, staff_category:text, status:text, status_date:date, status_reason:text,
    unit_id:int4, joined_state_service:date, joined_ministry:date, join_reason:text, rank_code:text,
    salary_step:int4, salary_coefficient:numeric, above_frame_percent:int4, step_since:date,
    highest_degree:text, field_of_study:text, academic_title:text, political_theory:text,
    state_management:text, version:int4, created_at:timestamptz, updated_at:timestamptz`),
  rank_history:
    spec(`id:int4, person_id:int4, rank_code:text, salary_step:int4, coefficient:numeric,
    above_frame_percent:int4, valid_from:date, valid_to:date, reason:text, decision_number:text`),
  appointments: spec(`id:int4, person_id:int4, post_id:int4, kind:text, start_date:date,
    term_end:date, end_date:date, end_reason:text, decision_number:text`),
  evaluations: spec('id:int4, person_id:int4, year:int4, level:text, score:numeric'),
  disciplines: spec(`id:int4, person_id:int4, form:text, authority:text, decided_on:date,
    effective_until:date, reason:text, decision_number:text`),
  awards: spec(
    'id:int4, person_id:int4, year:int4, kind:text, decided_on:date, decision_number:text',
  ),
  education: spec(`id:int4, person_id:int4, level:text, field:text, institution:text, country:text,
    graduated_year:int4`),
  academic_titles: spec('id:int4, person_id:int4, title:text, conferred_year:int4'),
  trainings: spec(
    'id:int4, person_id:int4, kind:text, level:text, institution:text, completed_on:date',
  ),
  work_history: spec(`id:int4, person_id:int4, unit_id:int4, organization:text, position:text,
    start_date:date, end_date:date`),
  party_membership: spec('person_id:int4, joined_on:date, official_on:date'),
  health: spec('id:int4, person_id:int4, checked_on:date, status:text, notes:text'),
  headcount_quotas: spec(
    'id:int4, unit_id:int4, year:int4, staff_category:text, quota:int4, decision_number:text',
  ),
  planning_entries: spec(`id:int4, person_id:int4, post_id:int4, period_start:int4, period_end:int4,
    added_on:date, removed_on:date, removal_reason:text, decision_number:text`),
} as const satisfies Record<string, TableSpec>

export type TableName = keyof typeof TABLES

/** Write order: a table comes after every table its foreign keys point to. */
export const TABLE_ORDER: readonly TableName[] = [
  'units',
  'leadership_posts',
  'people',
  'rank_history',
  'appointments',
  'evaluations',
  'disciplines',
  'awards',
  'education',
  'academic_titles',
  'trainings',
  'work_history',
  'party_membership',
  'health',
  'headcount_quotas',
  'planning_entries',
]

/** Tables whose `id` comes from a sequence (serial or identity) that must follow explicit ids. */
export const TABLES_WITH_ID: readonly TableName[] = TABLE_ORDER.filter(
  (t) => t !== 'party_membership',
)

/** Rows of each table produced by one step of the generator. */
export type Batch = Record<TableName, Row[]>

export function emptyBatch(): Batch {
  const batch = {} as Batch
  for (const table of TABLE_ORDER) batch[table] = []
  return batch
}

export function batchSize(batch: Batch): number {
  let total = 0
  for (const table of TABLE_ORDER) total += batch[table].length
  return total
}

/** A PostgreSQL array literal of text values: '{"a","b"}'. */
export function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`
}
