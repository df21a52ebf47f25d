import type { StaffCategory } from '../../data/schema.js'
import type { Period } from '../periods.js'
import {
  earlyHazard,
  lastRelevantYear,
  type Scenario,
  scheduleOf,
  type Schedule,
} from '../scenario.js'
import type { StockCell } from '../stock.repository.js'
import { exitRate, type FittedModel, moveRate } from './exit-model.js'
import { poolLaterCells } from './pool.js'

/**
 * One unit × category made ready for the simulation: its people in cohort cells — five birth
 * years (aged as the middle year) × the year they retire × whether Decree 178 can reach them —
 * with, per cell and period, the probabilities of leaving before retirement: other exits and
 * moves to another unit at the fitted rates, and early retirement under the scenario. Cells are ordered by
 * retirement year, latest first, so that people who extend (Decree 50/2022) join a cell that has
 * already been drawn for the period.
 */
export interface GroupPlan {
  readonly group: number
  readonly category: StaffCategory
  readonly cells: number
  readonly initial: Int32Array
  /** Share of each period in its year (1 but for a part-year first period). */
  readonly fractions: Float64Array
  /**
   * Per cell × period (index cell * periods + period), yearly probabilities at the fitted rates:
   * leaving for another reason or moving to another unit (`base`, of which `moveShare` are
   * moves), and leaving early under Decree 178 (`early`).
   */
  readonly base: Float64Array
  readonly moveShare: Float64Array
  readonly early: Float64Array
  /** Period index in which the cell retires, −1 beyond the horizon. */
  readonly retireAt: Int32Array
  readonly deferShare: Float64Array
  /** Cell receiving those who extend, −1 for none. */
  readonly deferTo: Int32Array
  /** Cell of the newcomers (entries, moves in) of each period. */
  readonly newcomers: Int32Array
  /** Mean entries and moves in per period. */
  readonly entries: Float64Array
  readonly movesIn: Float64Array
  /**
   * Uncertainty of the fitted parameters, drawn once per run: the unit's exit factor from its
   * Gamma posterior (shape O + k, mean 1 after scaling) and the entry and move-in means from
   * Gamma(n + ½) around n events seen. A shape of 0 means no uncertainty (a planned number).
   */
  readonly exitShape: number
  readonly entryShape: number
  readonly moveInShape: number
}

interface Cell {
  readonly key: string
  readonly birthMid: number
  readonly schedule: Schedule
  /** Key of the cell that receives those who extend. */
  readonly deferKey: string | null
  count: number
}

export interface PlanInput {
  readonly group: number
  readonly category: StaffCategory
  readonly stock: readonly StockCell[]
  readonly model: FittedModel
  readonly scenario: Scenario
  readonly periods: readonly Period[]
  /** Entries per period (means); moves in come from the model. */
  readonly entries: readonly number[]
  /** Whether entries are a planned number rather than the historical trend. */
  readonly plannedEntries: boolean
}

const NONE = -1
const LATER = 9999
const LATER_SCHEDULE: Schedule = {
  retireYear: LATER,
  deferShare: 0,
  deferToYear: 0,
  earlyReference: null,
}

export function planGroup(input: PlanInput): GroupPlan {
  const { periods, scenario } = input
  const fromYear = periods[0]?.year ?? 0
  const lastYear = fromYear + periods.length - 1
  const relevant = lastRelevantYear(scenario, lastYear)
  const cells = new Map<string, Cell>()
  const add = (birthMid: number, schedule: Schedule, count: number): string => {
    const key = `${birthMid}|${schedule.retireYear}|${schedule.earlyReference}|${schedule.deferShare}`
    const extending = schedule.deferShare > 0 && schedule.retireYear <= lastYear
    const deferKey = extending ? add(birthMid, extendedSchedule(schedule, lastYear), 0) : null
    const cell = cells.get(key) ?? { key, birthMid, schedule, deferKey, count: 0 }
    cell.count += count
    cells.set(key, cell)
    return key
  }
  for (const s of input.stock) {
    const schedule = trim(scheduleOf(s, scenario, fromYear), relevant, lastYear)
    add(cohortMid(s.birthYear ?? fromYear - 40), schedule, s.n)
  }
  const entryAge = input.model.entryAge.get(input.category) ?? 30
  const newcomers = periods.map((p) => add(cohortMid(p.year - entryAge), LATER_SCHEDULE, 0))
  const ordered = [...cells.values()].sort((a, b) => b.schedule.retireYear - a.schedule.retireYear)
  return buildArrays(input, ordered, newcomers)
}

/** The middle year of the five birth years (1960–1964, 1965–1969…) a birth year falls in. */
function cohortMid(birthYear: number): number {
  return Math.floor(Math.round(birthYear) / 5) * 5 + 2
}

/** Beyond what the horizon can see, people differ only by age: merge them. */
function trim(schedule: Schedule, relevant: number, lastYear: number): Schedule {
  const early = schedule.earlyReference !== null && schedule.earlyReference <= relevant
  if (schedule.retireYear <= lastYear || early)
    return { ...schedule, earlyReference: early ? schedule.earlyReference : null }
  return LATER_SCHEDULE
}

function extendedSchedule(from: Schedule, lastYear: number): Schedule {
  return { ...LATER_SCHEDULE, retireYear: from.deferToYear <= lastYear ? from.deferToYear : LATER }
}

function buildArrays(input: PlanInput, cells: readonly Cell[], newcomers: readonly string[]) {
  const { periods, model, group, category } = input
  const fromYear = periods[0]?.year ?? 0
  const years = model.window.toYear - model.window.fromYear + 1
  const index = new Map(cells.map((c, i) => [c.key, i]))
  const size = cells.length * periods.length
  const movesIn = model.movesIn.get(`${group}:${category}`) ?? 0
  const entries = model.entries.get(`${group}:${category}`) ?? 0
  const exits = model.unitFactors.get(group)
  const plan: GroupPlan = {
    group,
    category,
    cells: cells.length,
    initial: Int32Array.from(cells.map((c) => c.count)),
    fractions: Float64Array.from(periods.map((p) => p.fraction)),
    base: new Float64Array(size),
    moveShare: new Float64Array(size),
    early: new Float64Array(size),
    retireAt: Int32Array.from(
      cells.map((c) => periodIndex(c.schedule.retireYear, fromYear, periods.length)),
    ),
    deferShare: Float64Array.from(cells.map((c) => c.schedule.deferShare)),
    deferTo: Int32Array.from(cells.map((c) => index.get(c.deferKey ?? '') ?? NONE)),
    newcomers: Int32Array.from(newcomers.map((key) => index.get(key) ?? NONE)),
    entries: Float64Array.from(input.entries),
    movesIn: Float64Array.from(periods.map((p) => movesIn * p.fraction)),
    exitShape: exits === undefined ? 0 : exits.observed + model.priorStrength.unit,
    entryShape: input.plannedEntries ? 0 : entries * years + 0.5,
    moveInShape: movesIn * years + 0.5,
  }
  fillHazards(plan, input, cells)
  const targets = new Set(cells.map((c) => c.deferKey))
  const pooled = cells.map(
    (c) =>
      c.schedule.retireYear === LATER &&
      c.schedule.earlyReference === null &&
      c.schedule.deferShare === 0 &&
      !targets.has(c.key),
  )
  return poolLaterCells(plan, pooled)
}

function fillHazards(plan: GroupPlan, input: PlanInput, cells: readonly Cell[]): void {
  const { periods, model, group, category, scenario } = input
  const h = periods.length
  const move = moveRate(model, group)
  cells.forEach((cell, c) => {
    periods.forEach((p, i) => {
      const other = exitRate(model, group, category, p.year - cell.birthMid)
      const base = 1 - (1 - other) * (1 - move)
      plan.base[c * h + i] = base
      plan.moveShare[c * h + i] = other + move > 0 ? move / (other + move) : 0
      plan.early[c * h + i] = earlyHazard(cell.schedule, scenario, p.year)
    })
  })
}

function periodIndex(year: number, fromYear: number, periods: number): number {
  const i = year - fromYear
  return i >= 0 && i < periods ? i : NONE
}
