import { type Kysely, sql } from 'kysely'
import type { Database } from '../../data/schema.js'
import type { AnalyticsScope } from '../scope.js'
import { buildPersonChecks } from './checks.js'
import { STALENESS_BANDS, VALIDITY_RULES, type ValidityField } from './rules.js'

/**
 * The records that lower a unit's index, with the fields at fault: most faults first, and the
 * total before the limit (a window count). Values are shown only where the caller may read
 * them: the national ID to HR roles, sensitive fields (ethnicity, religion) to nobody — for
 * those the drill-down says only that they are empty.
 */
export function buildDrillDownQuery(
  db: Kysely<Database>,
  scope: AnalyticsScope,
  asOf: string,
  options: { withNationalId: boolean; limit: number },
) {
  const faults = sql<number>`cardinality(c.missing_fields) + cardinality(c.invalid_fields)`
  const aging = STALENESS_BANDS[1]?.fromMonths ?? 12
  return db
    .with(
      (cte) => cte('c').materialized(),
      () => buildPersonChecks(db, scope, asOf),
    )
    .selectFrom('c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .selectAll('c')
    .select([
      'p.full_name',
      'p.phone',
      'p.email',
      'p.rank_code',
      'p.salary_step',
      'p.salary_coefficient',
      'p.above_frame_percent',
      sql<string>`to_char(p.updated_at at time zone 'UTC', 'YYYY-MM-DD')`.as('updated_on'),
      'u.code as unit_code',
      'u.name as unit_name',
      sql<number>`count(*) over ()`.as('total'),
    ])
    .$if(options.withNationalId, (qb) => qb.select('p.national_id'))
    .where((eb) =>
      eb.or([
        eb(faults, '>', 0),
        eb('c.pending_requests', '>', 0),
        eb('c.months_since_update', '>=', aging),
      ]),
    )
    .orderBy(faults, 'desc')
    .orderBy('c.months_since_update', 'desc')
    .orderBy('c.person_id')
    .limit(options.limit)
}

type DrillRow = Awaited<ReturnType<ReturnType<typeof buildDrillDownQuery>['execute']>>[number] & {
  national_id?: string
}

function invalidValue(row: DrillRow, field: ValidityField): Record<string, unknown> {
  switch (field) {
    case 'national_id':
      return {
        fault: row.national_id_fault,
        ...(row.national_id === undefined ? {} : { value: row.national_id }),
      }
    case 'phone':
      return { value: row.phone }
    case 'email':
      return { value: row.email }
    case 'rank_code':
      return { value: row.rank_code, latestHistory: row.history_rank_code }
    case 'salary_step':
      return { value: row.salary_step, latestHistory: row.history_salary_step }
    case 'salary_coefficient':
      return { value: row.salary_coefficient, latestHistory: row.history_coefficient }
    case 'above_frame_percent':
      return { value: row.above_frame_percent, latestHistory: row.history_above_frame_percent }
    case 'status':
      return { value: 'working', retirementDate: row.retirement_date }
  }
}

function bandOf(months: number): string {
  return [...STALENESS_BANDS].reverse().find((b) => months >= b.fromMonths)?.band ?? 'fresh'
}

export function describeRecord(row: DrillRow) {
  return {
    personId: row.person_id,
    fullName: row.full_name,
    unit: { code: row.unit_code, name: row.unit_name },
    missing: row.missing_fields,
    invalid: row.invalid_fields.map((field) => ({
      field,
      rule: VALIDITY_RULES[field as ValidityField],
      ...invalidValue(row, field as ValidityField),
    })),
    staleness: {
      band: bandOf(row.months_since_update),
      monthsSinceUpdate: row.months_since_update,
      updatedOn: row.updated_on,
    },
    pendingRequests: row.pending_requests,
  }
}

export async function drillDown(
  db: Kysely<Database>,
  scope: AnalyticsScope,
  asOf: string,
  options: { withNationalId: boolean; limit: number },
) {
  const rows = (await buildDrillDownQuery(db, scope, asOf, options).execute()) as DrillRow[]
  return { total: rows[0]?.total ?? 0, records: rows.map(describeRecord) }
}
