import type { Line } from './project.js'

/**
 * Errors of one forecast year over the unit × category lines: mean absolute error (people),
 * mean absolute percentage error over lines with at least MAPE_MIN people (smaller lines make
 * percentages meaningless), the share of lines whose actual headcount fell within P10–P90
 * (the model only; a perfect 80% interval covers 0.8), and the error of the ministry total.
 */
export const MAPE_MIN = 10

export interface Score {
  readonly lines: number
  readonly mae: number
  readonly mape: number
  readonly coverage: number | null
  /** |forecast − actual| / actual of the ministry total, in %. */
  readonly totalError: number
}

export function scoreLines(
  lines: readonly Line[],
  actual: ReadonlyMap<string, number>,
  period: number,
): { model: Score; naive: Score } {
  const model: [number, number][] = []
  const naive: [number, number][] = []
  let covered = 0
  for (const line of lines) {
    const point = line.points[period]
    if (point === undefined || line.category === 'all') continue
    const real = actual.get(`${line.unit.id}:${line.category}`) ?? 0
    model.push([point.headcount.p50, real])
    naive.push([line.start, real])
    if (real >= point.headcount.p10 && real <= point.headcount.p90) covered++
  }
  return {
    model: {
      ...errors(model),
      coverage: model.length > 0 ? round(covered / model.length, 3) : null,
    },
    naive: { ...errors(naive), coverage: null },
  }
}

function errors(pairs: readonly [number, number][]): Omit<Score, 'coverage'> {
  const sized = pairs.filter(([, real]) => real >= MAPE_MIN)
  const forecastTotal = pairs.reduce((a, [f]) => a + f, 0)
  const actualTotal = pairs.reduce((a, [, r]) => a + r, 0)
  return {
    lines: pairs.length,
    mae: round(mean(pairs.map(([f, r]) => Math.abs(f - r))), 2),
    mape: round(100 * mean(sized.map(([f, r]) => Math.abs(f - r) / r)), 2),
    totalError:
      actualTotal > 0 ? round((100 * Math.abs(forecastTotal - actualTotal)) / actualTotal, 2) : 0,
  }
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length
}

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits
}
