import type { StaffCategory } from '../../data/schema.js'
import type { EntryRow, ExposureRow, MoveRow } from './history.repository.js'
import { estimatePriorStrength, type Observed, shrink, type Shrunk } from './shrinkage.js'

/**
 * The fitted staffing model: yearly probabilities of leaving for a reason other than retirement
 *
 *   rate(unit g, category c, age a) = m_band(a) × θ̂_c × θ̂_g
 *
 * where m is the ministry's rate per 5-year age band (exits ÷ people present on 1 January, over
 * the fitting window), θ̂_c the staff category's factor and θ̂_g the unit's, both shrunk toward 1
 * by credibility (shrinkage.ts): a small unit gets the ministry's rates, a large one nearly its
 * own. Internal moves out of a unit follow the same pattern (ministry rate × shrunk unit factor,
 * no age profile); moves in and entries to the ministry are yearly means per unit and category.
 */
export const AGE_BANDS = [20, 25, 30, 35, 40, 45, 50, 55, 60] as const

export interface FittedModel {
  readonly window: { readonly fromYear: number; readonly toYear: number }
  /** Ministry yearly other-exit probability per age band (AGE_BANDS order). */
  readonly bandRates: readonly number[]
  readonly categoryFactors: ReadonlyMap<StaffCategory, Shrunk>
  readonly unitFactors: ReadonlyMap<number, Shrunk>
  /** Ministry yearly probability of moving to another group, and each group's shrunk factor. */
  readonly moveRate: number
  readonly moveFactors: ReadonlyMap<number, Shrunk>
  /**
   * Year-to-year swings beyond chance (a restructuring year, a wave of resignations), as the
   * shapes a of Gamma(a, a) multipliers common to all units in a simulated year: estimated like
   * the unit factors, with the window's years as the groups (shrinkage.ts).
   */
  readonly yearShape: { readonly exits: number; readonly entries: number }
  /** Prior strengths k (expected events a prior is worth) of the three shrinkages. */
  readonly priorStrength: {
    readonly unit: number
    readonly category: number
    readonly move: number
  }
  /** Yearly means per `${group}:${category}`. */
  readonly movesIn: ReadonlyMap<string, number>
  readonly entries: ReadonlyMap<string, number>
  /** Mean age at entry per category (ministry-wide); 30 when a category had no entry. */
  readonly entryAge: ReadonlyMap<StaffCategory, number>
}

export interface HistoryRows {
  readonly exposure: readonly ExposureRow[]
  readonly moves: readonly MoveRow[]
  readonly entries: readonly EntryRow[]
}

export function bandIndex(age: number): number {
  return Math.min(AGE_BANDS.length - 1, Math.max(0, Math.floor(age / 5) - 4))
}

export function cellKey(group: number, category: StaffCategory): string {
  return `${group}:${category}`
}

/** Yearly probability that a person of this unit, category and age leaves (not retiring). */
export function exitRate(model: FittedModel, group: number, category: StaffCategory, age: number) {
  const band = model.bandRates[bandIndex(age)] ?? 0
  const c = model.categoryFactors.get(category)?.factor ?? 1
  const g = model.unitFactors.get(group)?.factor ?? 1
  return Math.min(0.95, band * c * g)
}

export function moveRate(model: FittedModel, group: number): number {
  return Math.min(0.95, model.moveRate * (model.moveFactors.get(group)?.factor ?? 1))
}

export function fitModel(rows: HistoryRows, fromYear: number, toYear: number): FittedModel {
  const years = toYear - fromYear + 1
  const exposure = rows.exposure.filter((r) => r.year >= fromYear && r.year <= toYear)
  const bandRates = AGE_BANDS.map((_, i) => {
    const inBand = exposure.filter((r) => bandIndex(r.band) === i)
    const n = sum(inBand.map((r) => r.n))
    return n > 0 ? sum(inBand.map((r) => r.exits)) / n : 0
  })
  const expected = (r: ExposureRow) => r.n * (bandRates[bandIndex(r.band)] ?? 0)
  const category = shrinkAll(exposure, (r) => r.category, expected)
  const unit = shrinkAll(
    exposure,
    (r) => r.group,
    (r) => expected(r) * (category.factors.get(r.category)?.factor ?? 1),
  )
  const moves = rows.moves.filter((r) => r.year >= fromYear && r.year <= toYear)
  const moved = fitMoves(exposure, moves)
  const entries = rows.entries.filter((r) => r.year >= fromYear && r.year <= toYear)
  const perYear = (r: ExposureRow) =>
    expected(r) *
    (category.factors.get(r.category)?.factor ?? 1) *
    (unit.factors.get(r.group)?.factor ?? 1)
  return {
    window: { fromYear, toYear },
    bandRates,
    categoryFactors: category.factors,
    unitFactors: unit.factors,
    moveRate: moved.rate,
    moveFactors: moved.factors,
    yearShape: {
      exits: shrinkAll(exposure, (r) => r.year, perYear).k,
      entries: yearSwings(entries, years),
    },
    priorStrength: { unit: unit.k, category: category.k, move: moved.k },
    movesIn: yearlyMeans(moves, (r) => cellKey(r.toGroup, r.category), years),
    entries: yearlyMeans(entries, (r) => cellKey(r.group, r.category), years),
    entryAge: entryAges(entries),
  }
}

function shrinkAll<K>(
  rows: readonly ExposureRow[],
  keyOf: (r: ExposureRow) => K,
  expectedOf: (r: ExposureRow) => number,
): { factors: Map<K, Shrunk>; k: number } {
  const groups = new Map<K, { observed: number; expected: number }>()
  for (const r of rows) {
    const g = groups.get(keyOf(r)) ?? { observed: 0, expected: 0 }
    g.observed += r.exits
    g.expected += expectedOf(r)
    groups.set(keyOf(r), g)
  }
  return shrinkGroups(groups)
}

function shrinkGroups<K>(groups: ReadonlyMap<K, Observed>): { factors: Map<K, Shrunk>; k: number } {
  const k = estimatePriorStrength([...groups.values()])
  return { factors: new Map([...groups].map(([key, g]) => [key, shrink(g, k)])), k }
}

function fitMoves(exposure: readonly ExposureRow[], moves: readonly MoveRow[]) {
  const people = new Map<number, number>()
  for (const r of exposure) people.set(r.group, (people.get(r.group) ?? 0) + r.n)
  const out = new Map<number, number>()
  for (const r of moves) out.set(r.fromGroup, (out.get(r.fromGroup) ?? 0) + r.n)
  const total = sum([...people.values()])
  const rate = total > 0 ? sum([...out.values()]) / total : 0
  const groups = new Map<number, Observed>(
    [...people].map(([g, n]) => [g, { observed: out.get(g) ?? 0, expected: n * rate }]),
  )
  return { rate, ...shrinkGroups(groups) }
}

function yearlyMeans<R extends { n: number }>(
  rows: readonly R[],
  keyOf: (r: R) => string,
  years: number,
): Map<string, number> {
  const means = new Map<string, number>()
  for (const r of rows) means.set(keyOf(r), (means.get(keyOf(r)) ?? 0) + r.n / years)
  return means
}

/** The years' entries against their mean, as groups of the credibility estimate. */
function yearSwings(entries: readonly EntryRow[], years: number): number {
  const byYear = new Map<number, number>()
  for (const r of entries) byYear.set(r.year, (byYear.get(r.year) ?? 0) + r.n)
  const mean = sum([...byYear.values()]) / Math.max(1, years)
  const groups = [...byYear.values()].map((observed) => ({ observed, expected: mean }))
  return estimatePriorStrength(groups)
}

function entryAges(rows: readonly EntryRow[]): Map<StaffCategory, number> {
  const totals = new Map<StaffCategory, { n: number; ages: number }>()
  for (const r of rows) {
    const t = totals.get(r.category) ?? { n: 0, ages: 0 }
    t.n += r.n
    t.ages += r.ageSum
    totals.set(r.category, t)
  }
  return new Map([...totals].map(([c, t]) => [c, t.n > 0 ? t.ages / t.n : 30]))
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0)
}
