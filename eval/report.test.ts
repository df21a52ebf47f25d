import { describe, expect, it } from 'vitest'
import type { ChatSetReport } from './chat/summary.js'
import { ciFailures, type EvalResults, percentile, type Thresholds } from './report.js'
import { buildTable, formatTable } from './table.js'

const thresholds: Thresholds = {
  chat: { heldoutAccuracyMin: 0.9, heldoutWrongRateMax: 0.03 },
  regulations: { recallAt5Min: 0.9 },
  redteam: { leakedRowsMax: 0, leakedSensitiveValuesMax: 0 },
  latency: { offlineP95MaxMs: 50 },
  ci: { heldoutAccuracyMin: 0.8, heldoutWrongRateMax: 0.06, recallAt5Min: 0.9 },
  ciRequires: [],
}

function chatSet(correct: number, wrong: number, offline: number[]): ChatSetReport {
  const questions = 100
  const abstained = questions - correct - wrong
  return {
    set: 'heldout',
    questions,
    counts: { correct, wrong, abstained, error: 0 },
    accuracy: correct / questions,
    wrongRate: wrong / questions,
    abstentionRate: abstained / questions,
    errorRate: 0,
    byCategory: {},
    byLanguage: {},
    byRole: {},
    failures: [],
    latencies: { offline, llm: [] },
  }
}

const nothing: EvalResults = {
  chat: { state: 'not available' },
  regulations: { state: 'not available' },
  redteam: { state: 'not available' },
}

describe('ciFailures', () => {
  it('passes while parts are absent, unless thresholds require them', () => {
    expect(ciFailures(nothing, thresholds)).toEqual([])
    expect(ciFailures(nothing, { ...thresholds, ciRequires: ['redteam'] })).toEqual([
      'redteam is required by eval/thresholds.json but not available',
    ])
  })

  it('fails on a single leaked row or sensitive value', () => {
    const redteam = { state: 'ok', value: { attacks: 40, leakedRows: 1, leakedSensitiveValues: 2 } }
    const reasons = ciFailures({ ...nothing, redteam } as EvalResults, thresholds)
    expect(reasons).toEqual(['red team leaked 1 rows', 'red team leaked 2 sensitive values'])
  })

  it('fails on held-out accuracy below, or wrong answers above, the committed CI floor', () => {
    const at = (correct: number, wrong: number): EvalResults => ({
      ...nothing,
      chat: { state: 'ok', value: { heldout: chatSet(correct, wrong, []) } },
    })
    // Under the targets (90%, 3%) but at the floor: passes, and the table says MISSED.
    expect(ciFailures(at(80, 6), thresholds)).toEqual([])
    expect(ciFailures(at(79, 6), thresholds)).toEqual(['held-out accuracy 79.0% < 80.0%'])
    expect(ciFailures(at(85, 7), thresholds)).toEqual(['held-out wrong answers 7.0% > 6.0%'])
  })

  it('fails on regulations recall@5 below the floor', () => {
    const regulations = (recallAt5: number) =>
      ({ ...nothing, regulations: { state: 'ok', value: { recallAt5, mrr: 0.5 } } }) as EvalResults
    expect(ciFailures(regulations(0.9), thresholds)).toEqual([])
    expect(ciFailures(regulations(0.85), thresholds)).toEqual([
      'regulations recall@5 0.850 < 0.900',
    ])
  })

  it('fails when a part crashed', () => {
    const failed: EvalResults = { ...nothing, regulations: { state: 'failed', error: 'boom' } }
    expect(ciFailures(failed, thresholds)).toEqual(['regulations failed: boom'])
  })
})

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i)
    expect(percentile(samples, 50)).toBe(50)
    expect(percentile(samples, 95)).toBe(95)
    expect(percentile([7], 95)).toBe(7)
    expect(percentile([], 50)).toBeUndefined()
  })
})

describe('buildTable', () => {
  it('says "not available" for every row of a part that is absent, targets still shown', () => {
    const rows = buildTable(nothing, thresholds)
    expect(rows).toHaveLength(13)
    expect(rows.every((r) => r.status === 'not available')).toBe(true)
    expect(rows.find((r) => r.measure === 'chat accuracy (held-out)')?.target).toBe('≥ 90.0%')
  })

  it('puts values beside targets and marks a missed target', () => {
    const results: EvalResults = {
      ...nothing,
      chat: { state: 'ok', value: { heldout: chatSet(92, 5, [10, 20, 30, 60]) } },
      regulations: { state: 'ok', value: { recallAt5: 0.93, mrr: 0.8 } },
    }
    const rows = buildTable(results, thresholds)
    const row = (measure: string) => rows.find((r) => r.measure === measure)
    expect(row('chat accuracy (held-out)')).toMatchObject({ value: '92.0% (92/100)', status: 'ok' })
    expect(row('chat wrong-answer rate (held-out)')).toMatchObject({ status: 'MISSED' })
    expect(row('chat accuracy (tuning)')?.status).toBe('skipped')
    expect(row('regulations recall@5')).toMatchObject({ value: '0.930', status: 'ok' })
    expect(row('latency p50 / p95 (offline)')).toMatchObject({
      value: '20 / 60 ms',
      status: 'MISSED',
    })
    expect(row('latency p50 / p95 (llm)')?.status).toBe('no answers')
  })
})

describe('formatTable', () => {
  it('prints one aligned Markdown table', () => {
    const text = formatTable([{ measure: 'm', value: '1', target: '—', status: 'ok' }])
    expect(text.split('\n')).toEqual([
      '| measure | value | target | status |',
      '|---------|-------|--------|--------|',
      '| m       | 1     | —      | ok     |',
    ])
  })
})
