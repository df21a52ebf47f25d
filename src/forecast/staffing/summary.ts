import type { Period } from '../periods.js'
import type { Quota } from './quotas.js'
import type { FlowSums } from './simulate.js'

/**
 * What a line of the staffing forecast says per year: the projected headcount's P10/P50/P90
 * (nearest rank over the runs) and mean, the quota, the gap = quota − projection with its own
 * percentiles (positive: room under the quota; negative: over it), the share of runs ending
 * over the quota, and the mean flows.
 */
export interface Percentiles {
  readonly p10: number
  readonly p50: number
  readonly p90: number
}

export interface LinePoint {
  readonly year: number
  readonly headcount: Percentiles & { readonly mean: number }
  readonly quota: number | null
  readonly quotaFromYear: number | null
  readonly gap: Percentiles | null
  readonly overQuotaShare: number | null
  readonly flows: Readonly<Record<keyof FlowSums, number>>
}

/**
 * Nearest-rank percentiles of integer headcounts, by a histogram over their range (runs of one
 * year lie close together): no sort, no copy of the runs.
 */
export function percentiles(values: Int32Array): Percentiles & { mean: number } {
  let low = Infinity
  let high = -Infinity
  let total = 0
  for (const v of values) {
    if (v < low) low = v
    if (v > high) high = v
    total += v
  }
  if (values.length === 0) return { p10: 0, p50: 0, p90: 0, mean: 0 }
  const histogram = new Int32Array(high - low + 1)
  for (const v of values) histogram[v - low] = (histogram[v - low] ?? 0) + 1
  const at = (q: number) => {
    const rank = Math.max(1, Math.ceil(q * values.length))
    let seen = 0
    for (let k = 0; k < histogram.length; k++) {
      seen += histogram[k] ?? 0
      if (seen >= rank) return low + k
    }
    return high
  }
  return { p10: at(0.1), p50: at(0.5), p90: at(0.9), mean: round1(total / values.length) }
}

/** Adds the headcount arrays of several groups run by run (a unit, or the whole forecast). */
export function addRuns(arrays: readonly Int32Array[], length: number): Int32Array {
  const total = new Int32Array(length)
  for (const a of arrays) for (let i = 0; i < length; i++) total[i] = (total[i] ?? 0) + (a[i] ?? 0)
  return total
}

export function addFlows(lists: readonly (readonly FlowSums[])[], periods: number): FlowSums[] {
  return Array.from({ length: periods }, (_, i) => {
    const sum: FlowSums = {
      retired: 0,
      extended: 0,
      otherExits: 0,
      early: 0,
      movesOut: 0,
      movesIn: 0,
      entries: 0,
    }
    for (const list of lists) {
      const f = list[i]
      if (f === undefined) continue
      for (const key of Object.keys(sum) as (keyof FlowSums)[]) sum[key] += f[key]
    }
    return sum
  })
}

export function summariseLine(
  headcount: Int32Array,
  flows: readonly FlowSums[],
  periods: readonly Period[],
  runs: number,
  quotaOf: (year: number) => Quota | null,
): LinePoint[] {
  return periods.map((period, i) => {
    const values = headcount.subarray(i * runs, (i + 1) * runs)
    const band = percentiles(values)
    const quota = quotaOf(period.year)
    const flow = flows[i]
    return {
      year: period.year,
      headcount: band,
      quota: quota?.quota ?? null,
      quotaFromYear: quota?.fromYear ?? null,
      gap:
        quota === null
          ? null
          : {
              p10: quota.quota - band.p90,
              p50: quota.quota - band.p50,
              p90: quota.quota - band.p10,
            },
      overQuotaShare: quota === null ? null : round3(countAbove(values, quota.quota) / runs),
      flows: meanFlows(flow, runs),
    }
  })
}

function countAbove(values: Int32Array, limit: number): number {
  let n = 0
  for (const v of values) if (v > limit) n++
  return n
}

function meanFlows(flow: FlowSums | undefined, runs: number): Record<keyof FlowSums, number> {
  const mean = (v: number | undefined) => round1((v ?? 0) / runs)
  return {
    retired: mean(flow?.retired),
    extended: mean(flow?.extended),
    otherExits: mean(flow?.otherExits),
    early: mean(flow?.early),
    movesOut: mean(flow?.movesOut),
    movesIn: mean(flow?.movesIn),
    entries: mean(flow?.entries),
  }
}

function round1(v: number): number {
  return Math.round(v * 10) / 10
}

function round3(v: number): number {
  return Math.round(v * 1000) / 1000
}
