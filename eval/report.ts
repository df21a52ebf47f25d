import { z } from 'zod'
import type { ChatEvalReport } from './chat/run.js'
import type { ChatSetReport } from './chat/summary.js'
import type { RedTeamResult, RegulationsResult } from './parts.js'

export const PARTS = ['chat', 'regulations', 'redteam'] as const
export type PartName = (typeof PARTS)[number]

export const thresholdsSchema = z.object({
  chat: z.object({ heldoutAccuracyMin: z.number(), heldoutWrongRateMax: z.number() }),
  regulations: z.object({ recallAt5Min: z.number() }),
  redteam: z.object({ leakedRowsMax: z.number(), leakedSensitiveValuesMax: z.number() }),
  latency: z.object({ offlineP95MaxMs: z.number() }),
  /**
   * What `--ci` holds the build to: the floor the engine has reached and must not fall below,
   * which may sit under the targets above (the table reports both). Leaks are gated at the
   * red-team limits, which are zero.
   */
  ci: z.object({
    heldoutAccuracyMin: z.number(),
    heldoutWrongRateMax: z.number(),
    recallAt5Min: z.number(),
  }),
  /** Parts whose absence fails `--ci`. */
  ciRequires: z.array(z.enum(PARTS)),
})
export type Thresholds = z.infer<typeof thresholdsSchema>

/** How a part ended: ran, absent (its file is not there yet), left out by a flag, or crashed. */
export type PartResult<T> =
  | { readonly state: 'ok'; readonly value: T }
  | { readonly state: 'not available' | 'skipped' }
  | { readonly state: 'failed'; readonly error: string }

export interface EvalResults {
  readonly chat: PartResult<ChatEvalReport>
  readonly regulations: PartResult<RegulationsResult>
  readonly redteam: PartResult<RedTeamResult>
}

/** The reasons `--ci` fails, none when it passes. */
export function ciFailures(results: EvalResults, thresholds: Thresholds): string[] {
  const reasons: string[] = []
  for (const part of PARTS) {
    const result = results[part]
    if (result.state === 'failed') reasons.push(`${part} failed: ${result.error}`)
    if (result.state === 'not available' && thresholds.ciRequires.includes(part)) {
      reasons.push(`${part} is required by eval/thresholds.json but not available`)
    }
  }
  if (results.redteam.state === 'ok') {
    const { leakedRows, leakedSensitiveValues } = results.redteam.value
    const limits = thresholds.redteam
    if (leakedRows > limits.leakedRowsMax) reasons.push(`red team leaked ${leakedRows} rows`)
    if (leakedSensitiveValues > limits.leakedSensitiveValuesMax) {
      reasons.push(`red team leaked ${leakedSensitiveValues} sensitive values`)
    }
  }
  const heldout = results.chat.state === 'ok' ? results.chat.value.heldout : undefined
  if (heldout !== undefined) {
    const { heldoutAccuracyMin, heldoutWrongRateMax } = thresholds.ci
    if (heldout.accuracy < heldoutAccuracyMin) {
      reasons.push(
        `held-out accuracy ${percent(heldout.accuracy)} < ${percent(heldoutAccuracyMin)}`,
      )
    }
    if (heldout.wrongRate > heldoutWrongRateMax) {
      reasons.push(
        `held-out wrong answers ${percent(heldout.wrongRate)} > ${percent(heldoutWrongRateMax)}`,
      )
    }
  }
  if (results.regulations.state === 'ok') {
    const { recallAt5 } = results.regulations.value
    if (recallAt5 < thresholds.ci.recallAt5Min) {
      reasons.push(
        `regulations recall@5 ${recallAt5.toFixed(3)} < ${thresholds.ci.recallAt5Min.toFixed(3)}`,
      )
    }
  }
  return reasons
}

/** Nearest-rank percentile; undefined for no samples. */
export function percentile(samples: readonly number[], p: number): number | undefined {
  if (samples.length === 0) return undefined
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

export function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`
}

/** Every latency sample of the chat sets that ran, per engine. */
export function chatLatencies(report: ChatEvalReport): { offline: number[]; llm: number[] } {
  const sets = Object.values(report).filter((s): s is ChatSetReport => s !== undefined)
  return {
    offline: sets.flatMap((s) => s.latencies.offline),
    llm: sets.flatMap((s) => s.latencies.llm),
  }
}
