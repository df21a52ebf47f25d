import type { GroupPlan } from './group-plan.js'

/**
 * People who neither retire nor can be reached by Decree 178 within the horizon differ only by
 * age. Their cohort cells (and the newcomers') are pooled into one cell per unit × category that
 * loses, each period, the share its expected age mix would lose: the cohorts' expected sizes are
 * carried forward at their own rates, with the expected newcomers added. This removes about two
 * thirds of the draws; the expected headcount is unchanged, and only the (small) randomness of
 * the age mix inside the pool is left out. Cells that retire, that Decree 178 can reach, or that
 * receive people extending under Decree 50/2022 keep their own draws.
 */
export function poolLaterCells(plan: GroupPlan, pooled: readonly boolean[]): GroupPlan {
  const periods = plan.fractions.length
  const kept = pooled.flatMap((p, c) => (p ? [] : [c]))
  const members = pooled.flatMap((p, c) => (p ? [c] : []))
  if (members.length <= 1) return plan
  const index = new Map<number, number>(kept.map((c, i) => [c, i + 1]))
  for (const c of members) index.set(c, 0)
  const size = (kept.length + 1) * periods
  const result: GroupPlan = {
    ...plan,
    cells: kept.length + 1,
    initial: Int32Array.from([
      sum(members.map((c) => plan.initial[c] ?? 0)),
      ...kept.map((c) => plan.initial[c] ?? 0),
    ]),
    base: new Float64Array(size),
    moveShare: new Float64Array(size),
    early: new Float64Array(size),
    retireAt: Int32Array.from([-1, ...kept.map((c) => plan.retireAt[c] ?? -1)]),
    deferShare: Float64Array.from([0, ...kept.map((c) => plan.deferShare[c] ?? 0)]),
    deferTo: Int32Array.from([-1, ...kept.map((c) => index.get(plan.deferTo[c] ?? -1) ?? -1)]),
    newcomers: Int32Array.from(plan.newcomers, (c) => index.get(c) ?? -1),
  }
  kept.forEach((c, k) => {
    for (let i = 0; i < periods; i++) {
      result.base[(k + 1) * periods + i] = plan.base[c * periods + i] ?? 0
      result.moveShare[(k + 1) * periods + i] = plan.moveShare[c * periods + i] ?? 0
      result.early[(k + 1) * periods + i] = plan.early[c * periods + i] ?? 0
    }
  })
  fillPoolRates(plan, members, result)
  return result
}

/** The pool's rates per period from the expected sizes of its member cohorts. */
function fillPoolRates(plan: GroupPlan, members: readonly number[], result: GroupPlan): void {
  const periods = plan.fractions.length
  const expected = new Map(members.map((c) => [c, plan.initial[c] ?? 0]))
  for (let i = 0; i < periods; i++) {
    let people = 0
    let leaving = 0
    let moving = 0
    for (const [c, n] of expected) {
      const base = plan.base[c * periods + i] ?? 0
      people += n
      leaving += n * base
      moving += n * base * (plan.moveShare[c * periods + i] ?? 0)
    }
    const fallback = plan.base[(plan.newcomers[i] ?? 0) * periods + i] ?? 0
    result.base[i] = people > 0 ? leaving / people : fallback
    result.moveShare[i] = leaving > 0 ? moving / leaving : (plan.moveShare[i] ?? 0)
    const fraction = plan.fractions[i] ?? 1
    for (const [c, n] of expected)
      expected.set(c, n * (1 - (plan.base[c * periods + i] ?? 0)) ** fraction)
    const newcomer = plan.newcomers[i] ?? -1
    if (expected.has(newcomer))
      expected.set(
        newcomer,
        (expected.get(newcomer) ?? 0) + (plan.entries[i] ?? 0) + (plan.movesIn[i] ?? 0),
      )
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0)
}
