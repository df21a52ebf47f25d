import { type Kysely, sql } from 'kysely'
import type { Database } from '../../data/schema.js'
import type { AnalyticsScope } from '../scope.js'
import { buildPersonChecks, freshnessCredit } from './checks.js'
import {
  DATA_QUALITY_WEIGHTS,
  REQUIRED_FIELDS,
  STALENESS_BANDS,
  VALIDITY_RULES,
  type ValidityField,
} from './rules.js'

const count = (condition: ReturnType<typeof sql>) =>
  sql<number>`(count(*) filter (where ${condition}))::integer`
const VALIDITY_FIELDS = Object.keys(VALIDITY_RULES) as ValidityField[]

function bandCondition(index: number) {
  const band = STALENESS_BANDS[index]
  const next = STALENESS_BANDS[index + 1]
  const from = sql`c.months_since_update >= ${band?.fromMonths ?? 0}`
  return next === undefined ? from : sql`${from} and c.months_since_update < ${next.fromMonths}`
}

/**
 * The index of each unit (its own working people on `asOf`), worst first: the share of complete
 * records, of valid records, the mean freshness credit, the share without pending requests, and
 * how many records each field makes faulty.
 */
export function buildUnitIndexQuery(db: Kysely<Database>, scope: AnalyticsScope, asOf: string) {
  const w = DATA_QUALITY_WEIGHTS
  return db
    .with(
      (cte) => cte('c').materialized(),
      () => buildPersonChecks(db, scope, asOf),
    )
    .selectFrom('c')
    .innerJoin('units as u', 'u.id', 'c.unit_id')
    .select([
      'u.id',
      'u.code',
      'u.name',
      sql<number>`count(*)::integer`.as('people'),
      count(sql`cardinality(c.missing_fields) = 0`).as('complete'),
      count(sql`cardinality(c.invalid_fields) = 0`).as('valid'),
      count(sql`c.pending_requests = 0`).as('without_pending'),
      sql<number>`avg(${freshnessCredit(sql`c.months_since_update`)})`.as('freshness'),
      ...STALENESS_BANDS.map((b, i) => count(bandCondition(i)).as(`band_${b.band}`)),
      ...REQUIRED_FIELDS.map((f) => count(sql`${f} = any(c.missing_fields)`).as(`missing_${f}`)),
      ...VALIDITY_FIELDS.map((f) => count(sql`${f} = any(c.invalid_fields)`).as(`invalid_${f}`)),
    ])
    .select(
      sql<number>`round(100 * (
          ${w.completeness}::numeric * (count(*) filter (where cardinality(c.missing_fields) = 0))::numeric
        + ${w.validity}::numeric * (count(*) filter (where cardinality(c.invalid_fields) = 0))::numeric
        + ${w.pendingRequests}::numeric * (count(*) filter (where c.pending_requests = 0))::numeric
        ) / count(*)
        + 100 * ${w.freshness}::numeric * avg(${freshnessCredit(sql`c.months_since_update`)}), 1)`.as(
        'score',
      ),
    )
    .groupBy(['u.id', 'u.code', 'u.name'])
    .orderBy('score')
    .orderBy('u.code')
}

type UnitIndexRow = Awaited<ReturnType<ReturnType<typeof buildUnitIndexQuery>['execute']>>[number]

function nonZero(row: UnitIndexRow, prefix: string, fields: readonly string[]) {
  const counts = row as unknown as Record<string, number>
  return Object.fromEntries(
    fields.map((f) => [f, counts[`${prefix}${f}`] ?? 0]).filter(([, n]) => n !== 0),
  ) as Record<string, number>
}

const round3 = (x: number) => Math.round(x * 1000) / 1000

/** A unit's row as the API shows it: the index, each component and what made records faulty. */
export function describeUnitIndex(row: UnitIndexRow) {
  const people = row.people
  const components = {
    completeness: round3(row.complete / people),
    validity: round3(row.valid / people),
    freshness: round3(row.freshness),
    pendingRequests: round3(row.without_pending / people),
  }
  return {
    unit: { id: row.id, code: row.code, name: row.name },
    people,
    index: row.score,
    components,
    faultyRecords: {
      incomplete: people - row.complete,
      invalid: people - row.valid,
      withPendingRequests: people - row.without_pending,
    },
    staleness: nonZero(
      row,
      'band_',
      STALENESS_BANDS.map((b) => b.band),
    ),
    missing: nonZero(row, 'missing_', REQUIRED_FIELDS),
    invalid: nonZero(row, 'invalid_', VALIDITY_FIELDS),
  }
}

export async function unitIndexes(db: Kysely<Database>, scope: AnalyticsScope, asOf: string) {
  const rows = await buildUnitIndexQuery(db, scope, asOf).execute()
  return rows.map(describeUnitIndex)
}
