import type { Kysely } from 'kysely'
import { canSeeNationalId, type Principal } from '../../access/index.js'
import { recordAudit } from '../../data/audit.repository.js'
import type { Database } from '../../data/schema.js'
import { readScoped } from '../common.js'
import { drillDown } from './drill-down.js'
import { DATA_QUALITY_RULES, DATA_QUALITY_WEIGHTS, type DataQualityComponent } from './rules.js'
import { unitIndexes } from './unit-index.js'

type UnitIndex = Awaited<ReturnType<typeof unitIndexes>>[number]

/** The scope's index: each component weighted by the units' people, then the same formula. */
export function overallIndex(units: readonly UnitIndex[]) {
  const people = units.reduce((sum, u) => sum + u.people, 0)
  const names = Object.keys(DATA_QUALITY_WEIGHTS) as DataQualityComponent[]
  const components = Object.fromEntries(
    names.map((name) => {
      const weighted = units.reduce((sum, u) => sum + u.components[name] * u.people, 0)
      return [name, people === 0 ? 0 : Math.round((weighted / people) * 1000) / 1000]
    }),
  ) as Record<DataQualityComponent, number>
  const index = names.reduce((sum, name) => sum + DATA_QUALITY_WEIGHTS[name] * components[name], 0)
  return { people, index: Math.round(index * 1000) / 10, components }
}

/** Every unit of the caller's scope (or of `unit`), worst first, and the scope as a whole. */
export async function dataQualityIndex(
  db: Kysely<Database>,
  principal: Principal,
  query: { unit: string | undefined; asOf: string },
) {
  const { scope, result: units } = await readScoped(db, principal, query.unit, (trx, s) =>
    unitIndexes(trx, s, query.asOf),
  )
  return {
    asOf: query.asOf,
    unit: scope.unit,
    rules: DATA_QUALITY_RULES,
    overall: overallIndex(units),
    units,
  }
}

/**
 * The faulty records of a unit's subtree, with the fields at fault. Listing named people is
 * reading their records, so it is written to the audit log.
 */
export async function dataQualityDrillDown(
  db: Kysely<Database>,
  principal: Principal,
  query: { unit: string; asOf: string; limit: number },
) {
  const withNationalId = canSeeNationalId(principal)
  const { scope, result } = await readScoped(db, principal, query.unit, async (trx, s) => ({
    units: await unitIndexes(trx, s, query.asOf),
    ...(await drillDown(trx, s, query.asOf, { withNationalId, limit: query.limit })),
  }))
  await recordAudit(db, principal, {
    action: 'analytics.data_quality.records',
    targetTable: 'people',
    targetIds: result.records.map((r) => r.personId),
    rowCount: result.records.length,
    details: { unit: scope.unit?.code, asOf: query.asOf, nationalId: withNationalId },
  })
  return {
    asOf: query.asOf,
    unit: scope.unit,
    rules: DATA_QUALITY_RULES,
    overall: overallIndex(result.units),
    units: result.units,
    total: result.total,
    limit: query.limit,
    records: result.records,
  }
}
