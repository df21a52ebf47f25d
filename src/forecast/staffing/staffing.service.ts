import type { Kysely } from 'kysely'
import type { Principal } from '../../access/index.js'
import { recordAudit } from '../../data/audit.repository.js'
import { type ReaderTransaction, withPrincipal } from '../../data/gate.js'
import type { Database, StaffCategory } from '../../data/schema.js'
import { describeAnchors, type ForecastContext, prepareForecast } from '../context.js'
import { type StaffingParams, toScenario } from '../params.js'
import { describeScenario } from '../scenario-text.js'
import { tuneForAggregates } from '../sql-fragments.js'
import { countStock } from '../stock.repository.js'
import { describeModel } from './model-text.js'
import { fitStaffingModel } from './history.service.js'
import { CATEGORIES, type Hiring, project, type Projection } from './project.js'
import { quotaLookup, sumQuotas } from './quotas.js'

/**
 * GET /api/forecast/staffing: the stock of the caller's units on the start date (through their
 * own gate), the model fitted on the ministry's history (through the model reader), the
 * quotas, and the seeded simulation; audited with its parameters.
 */
export async function forecastStaffing(
  db: Kysely<Database>,
  principal: Principal,
  params: StaffingParams,
  today: string,
) {
  const context = await prepareForecast(db, principal, params, today)
  const scenario = toScenario(params)
  const categories: readonly StaffCategory[] =
    params.category === undefined ? CATEGORIES : [params.category]
  const fromYear = context.periods[0]?.year ?? 0
  // Two independent read-only transactions: a server runs them side by side.
  const [{ stock, quotas }, model] = await Promise.all([
    withPrincipal(db, principal, (trx) => readStock(trx, context)),
    fitStaffingModel(db, context.units, context.depth, fromYear, params.fitYears),
  ])
  const hiring = hiringOf(params.hiring)
  const projection = project({
    units: context.lines,
    stock: stock.filter((s) => s.category !== null && categories.includes(s.category)),
    model,
    quotas: quotaLookup(quotas),
    periods: context.periods,
    scenario,
    hiring,
    runs: params.runs,
    seed: params.seed,
    categories,
  })
  await recordAudit(db, principal, {
    action: 'forecast.staffing',
    targetTable: 'people',
    rowCount: projection.lines.length,
    details: { params: { ...params }, from: context.from, anchors: describeAnchors(context) },
  })
  return {
    asOf: today,
    from: context.from,
    horizon: context.periods.length,
    periods: context.periods,
    runs: params.runs,
    seed: params.seed,
    anchors: describeAnchors(context),
    scenario: describeScenario(scenario),
    hiring,
    ...byUnit(projection),
    model: describeModel(model, context, principal.scope.wholeMinistry),
    method: { cells: projection.cells, runs: params.runs },
  }
}

/** The caller's stock on the start date and the quotas of their lines, in their own gate. */
async function readStock(trx: ReaderTransaction, context: ForecastContext) {
  await tuneForAggregates(trx)
  const lastYear = context.periods[context.periods.length - 1]?.year ?? 0
  return {
    stock: await countStock(trx, {
      date: context.from,
      current: context.current,
      mapping: context.local,
      table: context.table,
      by: { category: true, birthYear: true },
    }),
    quotas: await sumQuotas(trx, context.local, lastYear),
  }
}

/** The total, then each unit with its categories nested. */
function byUnit(projection: Projection) {
  return {
    total: projection.total,
    units: projection.units.map((u) => ({
      ...u,
      categories: projection.lines
        .filter((l) => l.unit.id === u.unit.id)
        .map((l) => ({ category: l.category, start: l.start, points: l.points })),
    })),
  }
}

function hiringOf(value: string): Hiring {
  if (value === 'trend') return { mode: 'trend' }
  if (value === 'none') return { mode: 'none' }
  return { mode: 'planned', perYear: Number(value) }
}
