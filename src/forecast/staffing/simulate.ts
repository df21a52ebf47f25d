import type { GroupPlan } from './group-plan.js'
import { binomial, gamma, poisson, type Random } from './random.js'

/**
 * The stock-and-flow Monte Carlo of one unit × category. Each run first draws its parameters
 * (the unit's exit factor, the entry and move-in means) from their posteriors, and each period
 * has a year shock shared by all units, so that the spread includes what the history cannot
 * tell and the swings of whole years, not only chance. Then, each period:
 *   1. every cohort cell loses Binomial(n, p) people (other exits, moves out, early retirement);
 *   2. the cells whose retirement falls in the period retire, but for Binomial(n, share) who
 *      extend under Decree 50/2022 and move to a later cell;
 *   3. newcomers arrive: entries to the ministry (Poisson, or a planned number with random
 *      rounding) and moves in from other units (Poisson).
 * All runs advance together, cell by cell, so that each cell's probabilities are read once per
 * period. The headcount at the end of each period is kept per run; flows are summed.
 */
export interface FlowSums {
  retired: number
  extended: number
  otherExits: number
  early: number
  movesOut: number
  movesIn: number
  entries: number
}

export interface GroupResult {
  readonly plan: GroupPlan
  readonly start: number
  /** Headcount at the end of period i in run r: index i * runs + r. */
  readonly headcount: Int32Array
  /** Flow totals over all runs, per period. */
  readonly flows: readonly FlowSums[]
}

/** Multipliers common to every unit in a run and period (index period * runs + run). */
export interface YearShocks {
  readonly exits: Float64Array
  readonly entries: Float64Array
}

/** The year shocks of a seed: the same for every unit, whichever units are projected. */
export function drawYearShocks(
  random: Random,
  runs: number,
  periods: number,
  shapes: { readonly exits: number; readonly entries: number },
): YearShocks {
  const draw = (shape: number) =>
    Float64Array.from({ length: runs * periods }, () => gamma(random, shape) / shape)
  return { exits: draw(shapes.exits), entries: draw(shapes.entries) }
}

interface RunState {
  readonly plan: GroupPlan
  readonly runs: number
  readonly random: Random
  /** Cell counts, index cell * runs + run. */
  readonly counts: Int32Array
  readonly totals: Int32Array
  /** This period's multiplier of the exit probabilities, per run. */
  readonly exitFactor: Float64Array
  /** Whether a cell may hold anyone in some run (retired cells are skipped). */
  readonly live: Uint8Array
}

export function simulateGroup(
  plan: GroupPlan,
  random: Random,
  runs: number,
  shocks: YearShocks,
): GroupResult {
  const periods = plan.fractions.length
  const relative = (shape: number) => (shape > 0 ? gamma(random, shape) / shape : 1)
  const exit = Float64Array.from({ length: runs }, () => relative(plan.exitShape))
  const entry = Float64Array.from({ length: runs }, () => relative(plan.entryShape))
  const moveIn = Float64Array.from({ length: runs }, () => relative(plan.moveInShape))
  const counts = new Int32Array(plan.cells * runs)
  plan.initial.forEach((n, c) => counts.fill(n, c * runs, (c + 1) * runs))
  const start = plan.initial.reduce((a, b) => a + b, 0)
  const state: RunState = {
    plan,
    runs,
    random,
    counts,
    totals: new Int32Array(runs).fill(start),
    exitFactor: new Float64Array(runs),
    live: Uint8Array.from(plan.initial, (n) => (n > 0 ? 1 : 0)),
  }
  const headcount = new Int32Array(periods * runs)
  const flows = Array.from({ length: periods }, emptyFlows)
  for (let i = 0; i < periods; i++) {
    const flow = flows[i] as FlowSums
    for (let r = 0; r < runs; r++)
      state.exitFactor[r] = (exit[r] as number) * (shocks.exits[i * runs + r] as number)
    for (let c = 0; c < plan.cells; c++) if (state.live[c] === 1) drawCell(state, c, i, flow)
    arrive(state, i, { entry, moveIn, shocks: shocks.entries }, flow)
    headcount.set(state.totals, i * runs)
  }
  return { plan, start, headcount, flows }
}

/** Step 3 for one period, over all runs: entries and moves in join the newcomers' cell. */
function arrive(
  state: RunState,
  i: number,
  factors: { entry: Float64Array; moveIn: Float64Array; shocks: Float64Array },
  flow: FlowSums,
): void {
  const { plan, runs, random, counts, totals, live } = state
  const planned = plan.entryShape === 0
  const entryMean = plan.entries[i] as number
  const moveMean = plan.movesIn[i] as number
  const cell = plan.newcomers[i] as number
  let entered = 0
  let moved = 0
  for (let r = 0; r < runs; r++) {
    const mean = planned
      ? entryMean
      : entryMean * (factors.entry[r] as number) * (factors.shocks[i * runs + r] as number)
    const entries = planned ? roundRandomly(random, mean) : poisson(random, mean)
    const moves = moveMean > 0 ? poisson(random, moveMean * (factors.moveIn[r] as number)) : 0
    const arrived = entries + moves
    if (arrived > 0 && cell >= 0) {
      counts[cell * runs + r] = (counts[cell * runs + r] as number) + arrived
      live[cell] = 1
    }
    totals[r] = (totals[r] as number) + arrived
    entered += entries
    moved += moves
  }
  flow.entries += entered
  flow.movesIn += moved
}

/**
 * Steps 1–2 for one cell and period, over all runs. The hot loop of the simulation: typed-array
 * reads are cast rather than defaulted, and flows are summed locally.
 */
function drawCell(state: RunState, c: number, i: number, flow: FlowSums): void {
  const { plan, runs, random, counts, totals, exitFactor, live } = state
  const at = c * plan.fractions.length + i
  const base = plan.base[at] as number
  const early = plan.early[at] as number
  const fraction = plan.fractions[i] as number
  const retiring = plan.retireAt[c] === i
  if (base === 0 && early === 0 && !retiring) return
  const target = retiring ? (plan.deferTo[c] as number) : -1
  const deferShare = plan.deferShare[c] as number
  const offset = c * runs
  let left = 0
  let leftEarly = 0
  let retired = 0
  let extended = 0
  for (let r = 0; r < runs; r++) {
    let n = counts[offset + r] as number
    if (n === 0) continue
    let b = base * (exitFactor[r] as number)
    if (b > 0.95) b = 0.95
    let p = 1 - (1 - b) * (1 - early)
    if (fraction !== 1) p = 1 - (1 - p) ** fraction
    const leaving = binomial(random, n, p)
    if (leaving > 0) {
      left += leaving
      if (early > 0) leftEarly += (leaving * early) / (b + early)
      n -= leaving
    }
    let gone = leaving
    if (retiring) {
      const staying = target >= 0 && n > 0 ? binomial(random, n, deferShare) : 0
      if (staying > 0) {
        counts[target * runs + r] = (counts[target * runs + r] as number) + staying
        live[target] = 1
      }
      extended += staying
      retired += n - staying
      gone += n - staying
      n = 0
    }
    counts[offset + r] = n
    totals[r] = (totals[r] as number) - gone
  }
  if (retiring) live[c] = 0
  const moveShare = plan.moveShare[at] as number
  flow.early += leftEarly
  flow.movesOut += (left - leftEarly) * moveShare
  flow.otherExits += (left - leftEarly) * (1 - moveShare)
  flow.retired += retired
  flow.extended += extended
}

function roundRandomly(random: Random, mean: number): number {
  const whole = Math.floor(mean)
  return whole + (random.next() < mean - whole ? 1 : 0)
}

function emptyFlows(): FlowSums {
  return { retired: 0, extended: 0, otherExits: 0, early: 0, movesOut: 0, movesIn: 0, entries: 0 }
}
