import { type Kysely, sql } from 'kysely'
import type { Database } from '../data/schema.js'
import { share, workforceOf } from './common.js'
import {
  ACADEMIC_TITLE_VI,
  DEGREE_VI,
  NONE_LABEL,
  POLITICAL_THEORY_VI,
  STATE_MANAGEMENT_VI,
} from './labels.js'
import type { AnalyticsScope } from './scope.js'

/** Each dimension of qualification: the column it reads and its levels, lowest first. */
const DIMENSIONS = {
  degrees: { column: 'p.highest_degree', labels: DEGREE_VI },
  academicTitles: { column: 'p.academic_title', labels: ACADEMIC_TITLE_VI },
  politicalTheory: { column: 'p.political_theory', labels: POLITICAL_THEORY_VI },
  stateManagement: { column: 'p.state_management', labels: STATE_MANAGEMENT_VI },
} as const
type Dimension = keyof typeof DIMENSIONS

const NONE = 'none'

function levelsOf(dimension: Dimension): string[] {
  return [...Object.keys(DIMENSIONS[dimension].labels), NONE]
}

/** One row: the working headcount and, per dimension and level, how many hold it (FILTER). */
export function buildQualificationsQuery(
  db: Kysely<Database>,
  scope: AnalyticsScope,
  asOf: string,
) {
  const counts = (Object.keys(DIMENSIONS) as Dimension[]).flatMap((dimension) =>
    levelsOf(dimension).map((level) => {
      const column = sql.ref(DIMENSIONS[dimension].column)
      const condition = level === NONE ? sql`${column} is null` : sql`${column} = ${level}`
      return sql<number>`(count(*) filter (where ${condition}))::integer`.as(
        `${dimension}__${level}`,
      )
    }),
  )
  return workforceOf(db, scope, asOf).select([
    sql<number>`count(*)::integer`.as('total'),
    ...counts,
  ])
}

export async function qualifications(db: Kysely<Database>, scope: AnalyticsScope, asOf: string) {
  const row = (await buildQualificationsQuery(db, scope, asOf).executeTakeFirstOrThrow()) as Record<
    string,
    number
  >
  const total = row.total ?? 0
  const breakdown = (dimension: Dimension) =>
    levelsOf(dimension).map((level) => {
      const count = row[`${dimension}__${level}`] ?? 0
      const labels: Record<string, string> = DIMENSIONS[dimension].labels
      return { key: level, label: labels[level] ?? NONE_LABEL, count, share: share(count, total) }
    })
  return {
    total,
    degrees: breakdown('degrees'),
    academicTitles: breakdown('academicTitles'),
    politicalTheory: breakdown('politicalTheory'),
    stateManagement: breakdown('stateManagement'),
  }
}
