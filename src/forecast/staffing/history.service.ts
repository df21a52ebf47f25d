import type { Kysely } from 'kysely'
import { withPrincipal } from '../../data/gate.js'
import type { Database } from '../../data/schema.js'
import { groupMapping, type UnitNode } from '../forecast-units.js'
import { modelReader } from '../scope.js'
import { fitModel, type FittedModel, type HistoryRows } from './exit-model.js'
import { preferSequentialScans, tuneForAggregates } from '../sql-fragments.js'
import { countHistory } from './history.repository.js'

/**
 * Reads the ministry's history, cut into groups at `depth`, through the gate as the model
 * reader (scope.ts): counts only, never a person's row.
 */
export async function readHistory(
  db: Kysely<Database>,
  units: readonly UnitNode[],
  depth: number,
  fromYear: number,
  toYear: number,
): Promise<HistoryRows> {
  const query = { mapping: groupMapping(units, depth), fromYear, toYear }
  return withPrincipal(db, modelReader(units), async (trx) => {
    await tuneForAggregates(trx)
    await preferSequentialScans(trx)
    return countHistory(trx, query)
  })
}

/** The model fitted on the `years` complete calendar years before `fromYear`. */
export async function fitStaffingModel(
  db: Kysely<Database>,
  units: readonly UnitNode[],
  depth: number,
  fromYear: number,
  years: number,
): Promise<FittedModel> {
  const first = fromYear - years
  const last = fromYear - 1
  return fitModel(await readHistory(db, units, depth, first, last), first, last)
}
