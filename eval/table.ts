import type { ChatSetName } from './chat/dataset.js'
import {
  chatLatencies,
  type EvalResults,
  type PartResult,
  percent,
  percentile,
  type Thresholds,
} from './report.js'

export interface TableRow {
  readonly measure: string
  readonly value: string
  readonly target: string
  /** 'ok', 'MISSED', '—' (no target), or why there is no value ('not available'…). */
  readonly status: string
}

/** A target and whether the value meets it. */
type Target = readonly [label: string, met: boolean]

/** The rows of the one table `npm run eval` prints, targets beside the values. */
export function buildTable(results: EvalResults, thresholds: Thresholds): TableRow[] {
  return [
    ...chatRows(results, 'tuning', thresholds),
    ...chatRows(results, 'heldout', thresholds),
    ...regulationRows(results, thresholds),
    ...redTeamRows(results, thresholds),
    ...latencyRows(results, thresholds),
  ]
}

function chatRows(results: EvalResults, set: ChatSetName, thresholds: Thresholds): TableRow[] {
  const label = set === 'heldout' ? 'held-out' : 'tuning'
  const { heldoutAccuracyMin, heldoutWrongRateMax } = thresholds.chat
  // Targets gate the held-out set only: the tuning set is where an engine is allowed to overfit.
  const gated = set === 'heldout'
  const accuracyTarget = gated ? `≥ ${percent(heldoutAccuracyMin)}` : '—'
  const wrongTarget = gated ? `≤ ${percent(heldoutWrongRateMax)}` : '—'
  const measures = {
    accuracy: `chat accuracy (${label})`,
    wrong: `chat wrong-answer rate (${label})`,
    abstained: `chat abstention rate (${label})`,
  }
  const report = results.chat.state === 'ok' ? results.chat.value[set] : undefined
  if (report === undefined) {
    const status = absent(results.chat)
    return [
      unmeasured(measures.accuracy, accuracyTarget, status),
      unmeasured(measures.wrong, wrongTarget, status),
      unmeasured(measures.abstained, '—', status),
    ]
  }
  const { accuracy, wrongRate, abstentionRate, counts, questions } = report
  const show = (rate: number, count: number) => `${percent(rate)} (${count}/${questions})`
  return [
    measured(
      measures.accuracy,
      show(accuracy, counts.correct),
      gated ? [accuracyTarget, accuracy >= heldoutAccuracyMin] : undefined,
    ),
    measured(
      measures.wrong,
      show(wrongRate, counts.wrong),
      gated ? [wrongTarget, wrongRate <= heldoutWrongRateMax] : undefined,
    ),
    measured(measures.abstained, show(abstentionRate, counts.abstained)),
  ]
}

function regulationRows(results: EvalResults, thresholds: Thresholds): TableRow[] {
  const min = thresholds.regulations.recallAt5Min
  const target = `≥ ${min.toFixed(2)}`
  if (results.regulations.state !== 'ok') {
    const status = absent(results.regulations)
    return [
      unmeasured('regulations recall@5', target, status),
      unmeasured('regulations MRR', '—', status),
    ]
  }
  const { recallAt5, mrr } = results.regulations.value
  return [
    measured('regulations recall@5', recallAt5.toFixed(3), [target, recallAt5 >= min]),
    measured('regulations MRR', mrr.toFixed(3)),
  ]
}

function redTeamRows(results: EvalResults, thresholds: Thresholds): TableRow[] {
  const { leakedRowsMax, leakedSensitiveValuesMax } = thresholds.redteam
  const rowsTarget = atMost(leakedRowsMax)
  const valuesTarget = atMost(leakedSensitiveValuesMax)
  if (results.redteam.state !== 'ok') {
    const status = absent(results.redteam)
    return [
      unmeasured('red team attacks', '—', status),
      unmeasured('red team leaked rows', rowsTarget, status),
      unmeasured('red team leaked sensitive values', valuesTarget, status),
    ]
  }
  const { attacks, leakedRows, leakedSensitiveValues } = results.redteam.value
  return [
    measured('red team attacks', String(attacks)),
    measured('red team leaked rows', String(leakedRows), [rowsTarget, leakedRows <= leakedRowsMax]),
    measured('red team leaked sensitive values', String(leakedSensitiveValues), [
      valuesTarget,
      leakedSensitiveValues <= leakedSensitiveValuesMax,
    ]),
  ]
}

function latencyRows(results: EvalResults, thresholds: Thresholds): TableRow[] {
  const max = thresholds.latency.offlineP95MaxMs
  const offlineMeasure = 'latency p50 / p95 (offline)'
  const llmMeasure = 'latency p50 / p95 (llm)'
  if (results.chat.state !== 'ok') {
    const status = absent(results.chat)
    return [
      unmeasured(offlineMeasure, `p95 < ${max} ms`, status),
      unmeasured(llmMeasure, '—', status),
    ]
  }
  const samples = chatLatencies(results.chat.value)
  const offlineP95 = percentile(samples.offline, 95)
  return [
    latencyRow(offlineMeasure, samples.offline, [`p95 < ${max} ms`, (offlineP95 ?? 0) < max]),
    latencyRow(llmMeasure, samples.llm),
  ]
}

function latencyRow(measure: string, samples: readonly number[], target?: Target): TableRow {
  const p50 = percentile(samples, 50)
  const p95 = percentile(samples, 95)
  if (p50 === undefined || p95 === undefined) {
    return unmeasured(measure, target?.[0] ?? '—', 'no answers')
  }
  return measured(measure, `${ms(p50)} / ${ms(p95)} ms`, target)
}

function measured(measure: string, value: string, target?: Target): TableRow {
  if (target === undefined) return { measure, value, target: '—', status: '—' }
  return { measure, value, target: target[0], status: target[1] ? 'ok' : 'MISSED' }
}

function unmeasured(measure: string, target: string, status: string): TableRow {
  return { measure, value: '—', target, status }
}

function atMost(limit: number): string {
  return limit === 0 ? '= 0' : `≤ ${limit}`
}

/** Why a part has no value: it was absent, failed, left out by a flag, or ran without this set. */
function absent(result: PartResult<unknown>): string {
  return result.state === 'ok' ? 'skipped' : result.state
}

function ms(value: number): string {
  return value < 10 ? value.toFixed(1) : value.toFixed(0)
}

/** A Markdown table: readable in a terminal, and pasteable into a report as is. */
export function formatTable(rows: readonly TableRow[]): string {
  const header: TableRow = {
    measure: 'measure',
    value: 'value',
    target: 'target',
    status: 'status',
  }
  const keys = ['measure', 'value', 'target', 'status'] as const
  const widths = keys.map((k) => Math.max(...[header, ...rows].map((r) => r[k].length)))
  const line = (row: TableRow) =>
    `| ${keys.map((k, i) => row[k].padEnd(widths[i] ?? 0)).join(' | ')} |`
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`
  return [line(header), rule, ...rows.map(line)].join('\n')
}
