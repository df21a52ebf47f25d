import type { Kysely } from 'kysely'
import { withPrincipal } from '../../data/gate.js'
import type { Database } from '../../data/schema.js'
import { AppError } from '../../errors.js'
import { forecastUnitsOf, groupMapping, type UnitNode } from '../forecast-units.js'
import { periodsFrom } from '../periods.js'
import { birthYearsAround, retirementTable } from '../retirement-table.js'
import { STATUTORY } from '../scenario.js'
import { listAllUnits, modelReader } from '../scope.js'
import { tuneForAggregates } from '../sql-fragments.js'
import { countStock } from '../stock.repository.js'
import { type ExposureRow } from './history.repository.js'
import { fitModel } from './exit-model.js'
import { readHistory } from './history.service.js'
import { CATEGORIES, type Line, project } from './project.js'
import { type Score, scoreLines } from './backtest-score.js'

/**
 * The staffing model against history. For each fitting year T the model is fitted on T−4…T
 * only, projects every top-level unit × staff category from its reconstructed headcount on
 * 1 January T+1 (hiring at the fitted trend, statutory retirement), and each year-end T+1…T+3
 * is compared with the headcount reconstructed from the records (sql-fragments.ts) — beside the
 * naive forecast "same as at the end of T".
 */
export interface BacktestOptions {
  readonly fitYears: readonly number[]
  readonly horizon: number
  readonly runs: number
  readonly seed: number
  /** Years of history each fit uses. */
  readonly window: number
}

export const BACKTEST_DEFAULTS: BacktestOptions = {
  fitYears: [2018, 2019, 2020, 2021, 2022],
  horizon: 3,
  runs: 1000,
  seed: 1,
  window: 5,
}

export interface BacktestRow {
  readonly fitYear: number
  /** Years ahead: 1 = the end of T+1. */
  readonly ahead: number
  readonly model: Score
  readonly naive: Score
}

export interface Backtest {
  readonly options: BacktestOptions
  readonly rows: BacktestRow[]
}

export async function runBacktest(
  db: Kysely<Database>,
  options: BacktestOptions = BACKTEST_DEFAULTS,
): Promise<Backtest> {
  const units = await listAllUnits(db)
  const root = units.find((u) => u.parent_id === null)
  if (root === undefined)
    throw new AppError('NOT_FOUND', 'The database has no units yet: run "npm run cli -- seed".', {
      vi: 'Cơ sở dữ liệu chưa có đơn vị nào: hãy chạy "npm run cli -- seed".',
    })
  const first = Math.min(...options.fitYears) - options.window + 1
  const last = Math.max(...options.fitYears) + options.horizon + 1
  const history = await readHistory(db, units, 1, first, last)
  const rows: BacktestRow[] = []
  for (const fitYear of options.fitYears) {
    const lines = await projectFrom(db, units, root, history, fitYear, options)
    for (let ahead = 1; ahead <= options.horizon; ahead++) {
      const actual = headcountOn(history.exposure, fitYear + ahead + 1)
      rows.push({ fitYear, ahead, ...scoreLines(lines, actual, ahead - 1) })
    }
  }
  return { options, rows }
}

async function projectFrom(
  db: Kysely<Database>,
  units: readonly UnitNode[],
  root: UnitNode,
  history: Awaited<ReturnType<typeof readHistory>>,
  fitYear: number,
  options: BacktestOptions,
): Promise<Line[]> {
  const from = `${fitYear + 1}-01-01`
  const mapping = groupMapping(units, 1)
  const table = retirementTable(...birthYearsAround(from))
  const stock = await withPrincipal(db, modelReader(units), async (trx) => {
    await tuneForAggregates(trx)
    const by = { category: true, birthYear: true }
    return countStock(trx, { date: from, current: false, mapping, table, by })
  })
  const projection = project({
    units: forecastUnitsOf(units, [root]),
    stock,
    model: fitModel(history, fitYear - options.window + 1, fitYear),
    quotas: () => null,
    periods: periodsFrom(from, options.horizon),
    scenario: STATUTORY,
    hiring: { mode: 'trend' },
    runs: options.runs,
    seed: options.seed,
    categories: CATEGORIES,
  })
  return projection.lines
}

/** Headcount per `${group}:${category}` on 1 January of `year` (= the end of the year before). */
function headcountOn(exposure: readonly ExposureRow[], year: number): Map<string, number> {
  const counts = new Map<string, number>()
  for (const r of exposure) {
    if (r.year !== year) continue
    const key = `${r.group}:${r.category}`
    counts.set(key, (counts.get(key) ?? 0) + r.n)
  }
  return counts
}
