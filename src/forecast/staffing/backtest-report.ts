import type { Backtest, BacktestRow } from './backtest.js'
import { MAPE_MIN } from './backtest-score.js'

/**
 * The backtest as a table: for each fitting year and year ahead, the model's line and the naive
 * line, then the mean over fitting years, and a sentence per horizon on who did better.
 */
export function formatBacktest(backtest: Backtest): string {
  const { options, rows } = backtest
  const header =
    'fit T  ahead  forecast   lines   MAE (people)   MAPE %   total err %   P10–P90 coverage'
  const lines = [
    `Backtest of the staffing model: top-level unit × staff category, fitted on ${options.window} ` +
      `years up to T, ${options.runs} runs, seed ${options.seed}; MAPE over lines of ≥ ${MAPE_MIN} people.`,
    header,
    '-'.repeat(header.length),
  ]
  for (const row of rows) lines.push(...formatRow(String(row.fitYear), row))
  lines.push('-'.repeat(header.length))
  for (let ahead = 1; ahead <= options.horizon; ahead++) {
    const mean = meanRow(rows.filter((r) => r.ahead === ahead))
    if (mean !== null) lines.push(...formatRow('mean', mean))
  }
  lines.push('', ...verdicts(rows, options.horizon))
  return lines.join('\n')
}

function formatRow(label: string, row: BacktestRow): string[] {
  const cell = (name: string, s: BacktestRow['model']) =>
    `${label.padEnd(6)} ${`T+${row.ahead}`.padEnd(6)} ${name.padEnd(9)} ${String(s.lines).padStart(6)} ` +
    `${s.mae.toFixed(2).padStart(14)} ${s.mape.toFixed(2).padStart(8)} ${s.totalError.toFixed(2).padStart(13)} ` +
    `${s.coverage === null ? '—'.padStart(18) : `${(100 * s.coverage).toFixed(1)} %`.padStart(18)}`
  return [cell('model', row.model), cell('naive', row.naive)]
}

function meanRow(rows: readonly BacktestRow[]): BacktestRow | null {
  const first = rows[0]
  if (first === undefined) return null
  const avg = (pick: (r: BacktestRow) => number) =>
    Math.round((100 * rows.reduce((a, r) => a + pick(r), 0)) / rows.length) / 100
  const score = (which: 'model' | 'naive') => ({
    lines: Math.round(avg((r) => r[which].lines)),
    mae: avg((r) => r[which].mae),
    mape: avg((r) => r[which].mape),
    totalError: avg((r) => r[which].totalError),
    coverage: which === 'model' ? avg((r) => r.model.coverage ?? 0) : null,
  })
  return { fitYear: 0, ahead: first.ahead, model: score('model'), naive: score('naive') }
}

function verdicts(rows: readonly BacktestRow[], horizon: number): string[] {
  const out: string[] = []
  for (let ahead = 1; ahead <= horizon; ahead++) {
    const at = rows.filter((r) => r.ahead === ahead)
    const mean = meanRow(at)
    if (mean === null) continue
    const wins = at.filter((r) => r.model.mae < r.naive.mae).length
    const who = (model: number, naive: number) =>
      model < naive ? 'model better' : model > naive ? 'naive better' : 'tie'
    out.push(
      `T+${ahead}: MAE ${mean.model.mae} vs naive ${mean.naive.mae} (${who(mean.model.mae, mean.naive.mae)}; ` +
        `model better in ${wins} of ${at.length} years), MAPE ${mean.model.mape} % vs ` +
        `${mean.naive.mape} % (${who(mean.model.mape, mean.naive.mape)}); P10–P90 covered ` +
        `${(100 * (mean.model.coverage ?? 0)).toFixed(1)} % of lines (80 % if calibrated).`,
    )
  }
  return out
}
