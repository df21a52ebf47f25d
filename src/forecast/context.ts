import type { Kysely } from 'kysely'
import { type Principal, requireCapability } from '../access/index.js'
import type { Database } from '../data/schema.js'
import { AppError } from '../errors.js'
import {
  type ForecastUnit,
  forecastUnitsOf,
  type GroupMapping,
  groupMapping,
  type UnitNode,
  unitsUnder,
} from './forecast-units.js'
import { type Period, periodsFrom } from './periods.js'
import { birthYearsAround, retirementTable, type RetirementRow } from './retirement-table.js'
import { listAllUnits, resolveAnchors } from './scope.js'

/** What both forecasts settle before reading anyone: who asks about which units, and when. */
export interface ForecastContext {
  readonly from: string
  /** Whether the forecast starts today, when the live status and unit fields are the stock. */
  readonly current: boolean
  readonly periods: readonly Period[]
  readonly lastDay: string
  readonly units: readonly UnitNode[]
  readonly anchors: readonly UnitNode[]
  readonly lines: readonly ForecastUnit[]
  /** Depth at which units are grouped (the anchors' children). */
  readonly depth: number
  /** Units under the anchors → their line. */
  readonly local: GroupMapping
  readonly table: readonly RetirementRow[]
}

export interface ContextQuery {
  readonly from?: string
  readonly horizon: number
  readonly unit?: string
}

export async function prepareForecast(
  db: Kysely<Database>,
  principal: Principal,
  query: ContextQuery,
  today: string,
): Promise<ForecastContext> {
  requireCapability(principal, 'forecast:read')
  const from = query.from ?? today
  if (from > today)
    throw new AppError('VALIDATION', `from: must not be after today (${today})`, {
      vi: `Dữ liệu không hợp lệ — from: không được sau ngày hôm nay (${today})`,
    })
  const units = await listAllUnits(db)
  const anchors = await resolveAnchors(db, principal, units, query.unit)
  const depth = (anchors[0]?.depth ?? 0) + 1
  const periods = periodsFrom(from, query.horizon)
  const [firstBirth, lastBirth] = birthYearsAround(from)
  return {
    from,
    current: from === today,
    periods,
    lastDay: periods[periods.length - 1]?.end ?? from,
    units,
    anchors,
    lines: forecastUnitsOf(units, anchors),
    depth,
    local: groupMapping(unitsUnder(units, anchors), depth),
    table: retirementTable(firstBirth, lastBirth),
  }
}

/** The anchors as the answer names them. */
export function describeAnchors(context: ForecastContext) {
  return context.anchors.map((a) => ({ id: a.id, code: a.code, name: a.name }))
}
