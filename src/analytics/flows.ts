import { type Kysely, sql } from 'kysely'
import type { Database, PersonStatus } from '../data/schema.js'
import { peopleOf } from './common.js'
import { ENTRY_LABELS, EXIT_LABELS } from './labels.js'
import type { AnalyticsScope } from './scope.js'

type EntryReason = keyof typeof ENTRY_LABELS
type ExitReason = Exclude<PersonStatus, 'working'>

/**
 * Entries into the ministry by year and reason (`joined_ministry`, `join_reason`) and exits by
 * year and kind (`status_date`, `status`). A person counts under the unit of their record, which
 * for those who left is the unit they left from; moves between units inside the ministry are
 * neither.
 */
export function buildFlowsQuery(
  db: Kysely<Database>,
  scope: AnalyticsScope,
  from: number,
  to: number,
) {
  const start = `${from}-01-01`
  const end = `${to}-12-31`
  const inflows = peopleOf(db, scope)
    .select([
      sql<'in' | 'out'>`'in'::text`.as('direction'),
      sql<number>`extract(year from p.joined_ministry)::integer`.as('year'),
      sql<string>`coalesce(p.join_reason, 'unknown')`.as('reason'),
      sql<number>`count(*)::integer`.as('people'),
    ])
    .where('p.joined_ministry', '>=', start)
    .where('p.joined_ministry', '<=', end)
    .groupBy(sql`2, 3`)
  const outflows = peopleOf(db, scope)
    .select([
      sql<'in' | 'out'>`'out'::text`.as('direction'),
      sql<number>`extract(year from p.status_date)::integer`.as('year'),
      sql<string>`p.status`.as('reason'),
      sql<number>`count(*)::integer`.as('people'),
    ])
    .where('p.status', '<>', 'working')
    .where('p.status_date', '>=', start)
    .where('p.status_date', '<=', end)
    .groupBy(sql`2, 3`)
  return db
    .selectFrom(() => inflows.unionAll(outflows).as('f'))
    .selectAll()
    .orderBy('f.year')
    .orderBy('f.direction')
    .orderBy('f.reason')
}

interface FlowRow {
  direction: 'in' | 'out'
  year: number
  reason: string
  people: number
}

function tally<K extends string>(rows: readonly FlowRow[], keys: readonly K[]) {
  const byReason = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>
  for (const row of rows) byReason[row.reason as K] = (byReason[row.reason as K] ?? 0) + row.people
  return { total: rows.reduce((sum, r) => sum + r.people, 0), byReason }
}

export async function flows(db: Kysely<Database>, scope: AnalyticsScope, from: number, to: number) {
  const rows = (await buildFlowsQuery(db, scope, from, to).execute()) as FlowRow[]
  const entryKeys = Object.keys(ENTRY_LABELS) as EntryReason[]
  const exitKeys = Object.keys(EXIT_LABELS) as ExitReason[]
  const years = Array.from({ length: to - from + 1 }, (_, i) => {
    const year = from + i
    const inflow = tally(
      rows.filter((r) => r.year === year && r.direction === 'in'),
      entryKeys,
    )
    const outflow = tally(
      rows.filter((r) => r.year === year && r.direction === 'out'),
      exitKeys,
    )
    return { year, inflow, outflow, net: inflow.total - outflow.total }
  })
  return {
    reasons: { inflow: ENTRY_LABELS, outflow: EXIT_LABELS },
    years,
    totals: {
      inflow: years.reduce((sum, y) => sum + y.inflow.total, 0),
      outflow: years.reduce((sum, y) => sum + y.outflow.total, 0),
    },
  }
}
