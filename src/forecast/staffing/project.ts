import type { StaffCategory } from '../../data/schema.js'
import type { ForecastUnit } from '../forecast-units.js'
import type { Period } from '../periods.js'
import type { Scenario } from '../scenario.js'
import type { StockCell } from '../stock.repository.js'
import { cellKey, type FittedModel } from './exit-model.js'
import { planGroup } from './group-plan.js'
import { addQuotas, type QuotaLookup } from './quotas.js'
import { createRandom } from './random.js'
import { drawYearShocks, type GroupResult, simulateGroup } from './simulate.js'
import { addFlows, addRuns, type LinePoint, summariseLine } from './summary.js'

/**
 * Projects every unit × category of a forecast from its stock on the start date, the fitted
 * model and the hiring assumption, then summarises each line, each unit (its categories added run
 * by run) and the whole forecast. Each unit × category draws from its own stream keyed by
 * (seed, unit id, category), so a unit's figures do not depend on what else is projected.
 */
export const CATEGORIES: readonly StaffCategory[] = [
  'can_bo',
  'cong_chuc',
  'vien_chuc',
  'nguoi_lao_dong',
]

export type Hiring =
  | { readonly mode: 'trend' }
  | { readonly mode: 'none' }
  | { readonly mode: 'planned'; readonly perYear: number }

export interface ProjectionInput {
  readonly units: readonly ForecastUnit[]
  readonly stock: readonly StockCell[]
  readonly model: FittedModel
  readonly quotas: QuotaLookup
  readonly periods: readonly Period[]
  readonly scenario: Scenario
  readonly hiring: Hiring
  readonly runs: number
  readonly seed: number
  readonly categories: readonly StaffCategory[]
}

export interface Line {
  readonly unit: ForecastUnit
  readonly category: StaffCategory | 'all'
  readonly start: number
  readonly points: LinePoint[]
}

export interface Projection {
  readonly lines: Line[]
  readonly units: Line[]
  readonly total: Omit<Line, 'unit'>
  readonly cells: number
}

export function project(input: ProjectionInput): Projection {
  const pairs = groupsToProject(input)
  return summariseAll(input, simulateAll(input, pairs))
}

function simulateAll(
  input: ProjectionInput,
  pairs: readonly [ForecastUnit, StaffCategory][],
): GroupResult[] {
  const { periods, runs, model } = input
  const entries = entriesPerPeriod(input, pairs)
  const shocks = drawYearShocks(
    createRandom([input.seed, -1]),
    runs,
    periods.length,
    model.yearShape,
  )
  const stockOf = new Map<string, StockCell[]>()
  for (const s of input.stock) {
    const key = cellKey(s.group, s.category ?? 'can_bo')
    stockOf.set(key, [...(stockOf.get(key) ?? []), s])
  }
  return pairs.map(([unit, category], i) => {
    const plan = planGroup({
      group: unit.id,
      category,
      stock: stockOf.get(cellKey(unit.id, category)) ?? [],
      model,
      scenario: input.scenario,
      periods,
      entries: entries[i] ?? [],
      plannedEntries: input.hiring.mode !== 'trend',
    })
    const random = createRandom([input.seed, unit.id, CATEGORIES.indexOf(category)])
    return simulateGroup(plan, random, runs, shocks)
  })
}

/** Each line, each unit (its categories added run by run), and the whole forecast. */
function summariseAll(input: ProjectionInput, results: readonly GroupResult[]): Projection {
  const { periods, runs } = input
  const summarise = (list: readonly GroupResult[]) => {
    const headcount = addRuns(
      list.map((r) => r.headcount),
      periods.length * runs,
    )
    const flows = addFlows(
      list.map((r) => r.flows),
      periods.length,
    )
    const quota = (year: number) =>
      addQuotas(list.map((r) => input.quotas(r.plan.group, r.plan.category, year)))
    return {
      start: list.reduce((a, r) => a + r.start, 0),
      points: summariseLine(headcount, flows, periods, runs, quota),
    }
  }
  const unitOf = new Map(input.units.map((u) => [u.id, u]))
  const lines = results.flatMap((r) => {
    const unit = unitOf.get(r.plan.group)
    return unit === undefined ? [] : [{ unit, category: r.plan.category, ...summarise([r]) }]
  })
  const units = input.units.map((unit) => ({
    unit,
    category: 'all' as const,
    ...summarise(results.filter((r) => r.plan.group === unit.id)),
  }))
  const total = { category: 'all' as const, ...summarise(results) }
  return { lines, units, total, cells: results.reduce((a, r) => a + r.plan.cells, 0) }
}

/** Unit × category pairs that have staff now or a history of newcomers. */
function groupsToProject(input: ProjectionInput): [ForecastUnit, StaffCategory][] {
  const pairs: [ForecastUnit, StaffCategory][] = []
  for (const unit of input.units) {
    for (const category of input.categories) {
      const key = cellKey(unit.id, category)
      const staffed = input.stock.some(
        (s) => s.group === unit.id && s.category === category && s.n > 0,
      )
      const inflow = (input.model.entries.get(key) ?? 0) + (input.model.movesIn.get(key) ?? 0)
      if (staffed || inflow > 0) pairs.push([unit, category])
    }
  }
  return pairs
}

/**
 * Entries per period of each pair: the historical mean (trend), none, or a planned yearly number
 * for the whole forecast shared in proportion to the historical means (or to the staff when the
 * history has no entry at all). A part-year gets its fraction.
 */
function entriesPerPeriod(
  input: ProjectionInput,
  pairs: readonly [ForecastUnit, StaffCategory][],
): number[][] {
  const trend = pairs.map(([u, c]) => input.model.entries.get(cellKey(u.id, c)) ?? 0)
  const staff = pairs.map(([u, c]) =>
    input.stock.filter((s) => s.group === u.id && s.category === c).reduce((a, s) => a + s.n, 0),
  )
  const hiring = input.hiring
  const weights = trend.some((t) => t > 0) ? trend : staff
  const totalWeight = weights.reduce((a, b) => a + b, 0)
  return pairs.map((_, i) => {
    const yearly =
      hiring.mode === 'trend'
        ? (trend[i] ?? 0)
        : hiring.mode === 'none'
          ? 0
          : totalWeight > 0
            ? (hiring.perYear * (weights[i] ?? 0)) / totalWeight
            : 0
    return input.periods.map((p) => yearly * p.fraction)
  })
}
