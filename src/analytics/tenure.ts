import { type Kysely, sql } from 'kysely'
import type { Database } from '../data/schema.js'
import { workforceOf } from './common.js'
import type { AnalyticsScope } from './scope.js'

/** Bands of 5 years of service, the last open-ended; a missing start date is "unknown". */
export const TENURE_BAND_STARTS = [0, 5, 10, 15, 20, 25, 30] as const
const LAST = TENURE_BAND_STARTS[TENURE_BAND_STARTS.length - 1] ?? 30
type Measure = 'ministry' | 'stateService'

/** Completed years in the ministry and in state service on `asOf`, banded, in one pass. */
export function buildTenureQuery(db: Kysely<Database>, scope: AnalyticsScope, asOf: string) {
  const years = (column: 'p.joined_ministry' | 'p.joined_state_service') =>
    sql<number | null>`public.hr_age_years(${sql.ref(column)}, ${asOf}::date)`
  const banded = (measure: Measure, column: 'w.ministry' | 'w.state_service') => [
    sql<Measure>`${measure}::text`.as('measure'),
    sql<number | null>`least(${sql.ref(column)} / 5 * 5, ${LAST})`.as('band'),
    sql<number>`count(*)::integer`.as('people'),
    sql<number>`coalesce(sum(${sql.ref(column)}), 0)::integer`.as('years_sum'),
  ]
  return db
    .with('w', () =>
      workforceOf(db, scope, asOf).select([
        years('p.joined_ministry').as('ministry'),
        years('p.joined_state_service').as('state_service'),
      ]),
    )
    .selectFrom('w')
    .select(banded('ministry', 'w.ministry'))
    .groupBy(sql`2`)
    .unionAll((eb) =>
      eb
        .selectFrom('w')
        .select(banded('stateService', 'w.state_service'))
        .groupBy(sql`2`),
    )
}

interface TenureRow {
  measure: Measure
  band: number | null
  people: number
  years_sum: number
}

function bandsOf(rows: readonly TenureRow[], measure: Measure) {
  const mine = rows.filter((r) => r.measure === measure)
  const count = (band: number | null) => mine.find((r) => r.band === band)?.people ?? 0
  const known = mine.filter((r) => r.band !== null)
  const people = known.reduce((sum, r) => sum + r.people, 0)
  const years = known.reduce((sum, r) => sum + r.years_sum, 0)
  return {
    averageYears: people === 0 ? null : Math.round((years / people) * 10) / 10,
    unknown: count(null),
    bands: TENURE_BAND_STARTS.map((start) => ({
      band: start === LAST ? `từ ${LAST} năm` : `${start}–${start + 4} năm`,
      from: start,
      to: start === LAST ? null : start + 4,
      people: count(start),
    })),
  }
}

export async function tenure(db: Kysely<Database>, scope: AnalyticsScope, asOf: string) {
  const rows = (await buildTenureQuery(db, scope, asOf).execute()) as TenureRow[]
  const ministry = bandsOf(rows, 'ministry')
  const total = ministry.unknown + ministry.bands.reduce((sum, b) => sum + b.people, 0)
  return { total, inMinistry: ministry, inStateService: bandsOf(rows, 'stateService') }
}
