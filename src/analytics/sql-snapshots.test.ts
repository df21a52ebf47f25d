import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from 'kysely'
import { describe, expect, it } from 'vitest'
import type { Database } from '../data/schema.js'
import { buildAgePyramidQuery } from './age-pyramid.js'
import { buildDrillDownQuery } from './data-quality/drill-down.js'
import { buildUnitIndexQuery } from './data-quality/unit-index.js'
import { buildFlowsQuery } from './flows.js'
import { buildHeadcountQuery } from './headcount.js'
import { buildEndingTermsQuery, buildVacanciesQuery } from './leadership-lists.js'
import { buildLeadershipQuery } from './leadership.js'
import { HEADCOUNT_GROUPS } from './params.js'
import { buildQualificationsQuery } from './qualifications.js'
import type { AnalyticsScope } from './scope.js'
import { buildTenureQuery } from './tenure.js'

/**
 * The SQL of every analytics query, checked in under __sql__/ so that a change of SQL shows in
 * review. After an intended change: `vitest run --project unit -u src/analytics`.
 */
const db = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
})
const scope: AnalyticsScope = {
  unit: { id: 22, code: 'CVT', name: 'Cục Viễn thông' },
  paths: ['/1/22/'],
  focus: { id: 22, depth: 1 },
}
const asOf = '2026-11-24'

/** One clause a line, then the parameters, so that a diff points at the clause that changed. */
export function formatSql(query: { sql: string; parameters: readonly unknown[] }): string {
  const text = query.sql.replace(
    / (from|where|group by|order by|inner join|left join|union all|limit|select) /g,
    '\n$1 ',
  )
  return `${text}\n-- parameters: ${JSON.stringify(query.parameters)}\n`
}

const queries: Record<string, { compile(): { sql: string; parameters: readonly unknown[] } }> = {
  ...Object.fromEntries(
    HEADCOUNT_GROUPS.map((g) => [`headcount-${g}`, buildHeadcountQuery(db, scope, asOf, g)]),
  ),
  'age-pyramid': buildAgePyramidQuery(db, scope, asOf),
  qualifications: buildQualificationsQuery(db, scope, asOf),
  tenure: buildTenureQuery(db, scope, asOf),
  flows: buildFlowsQuery(db, scope, 2010, 2026),
  'leadership-levels': buildLeadershipQuery(db, scope, asOf, 12),
  'leadership-vacancies': buildVacanciesQuery(db, scope, asOf),
  'leadership-ending-terms': buildEndingTermsQuery(db, scope, asOf, 12),
  'data-quality-units': buildUnitIndexQuery(db, scope, asOf),
  'data-quality-records': buildDrillDownQuery(db, scope, asOf, {
    withNationalId: true,
    limit: 200,
  }),
}

describe('the SQL of the analytics queries', () => {
  it.each(Object.keys(queries))('%s matches its checked-in file', async (name) => {
    const query = queries[name]
    if (query === undefined) throw new Error(name)
    await expect(formatSql(query.compile())).toMatchFileSnapshot(`__sql__/${name}.sql`)
  })
})
