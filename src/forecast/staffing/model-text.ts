import type { ForecastContext } from '../context.js'
import { AGE_BANDS, type FittedModel } from './exit-model.js'

/**
 * The fitted model as the answer shows it. Ministry-wide rates are shown to callers who see the
 * whole ministry; a caller scoped to a subtree sees the factors of their own units only.
 */
export function describeModel(
  model: FittedModel,
  context: ForecastContext,
  wholeMinistry: boolean,
) {
  const units = describeUnits(model, context)
  return {
    window: model.window,
    formula:
      'rate(unit, category, age) = ministry rate of the age band × category factor × unit factor; ' +
      'factor = (O + k) / (E + k), O observed and E expected exits (credibility Z = E / (E + k))',
    priorStrength: model.priorStrength,
    ...(wholeMinistry
      ? {
          bandRates: AGE_BANDS.map((band, i) => ({
            ages: band === 60 ? '60+' : band === 20 ? '<25' : `${band}–${band + 4}`,
            rate: round(model.bandRates[i] ?? 0),
          })),
          categoryFactors: Object.fromEntries(
            [...model.categoryFactors].map(([c, f]) => [c, round(f.factor, 3)]),
          ),
          moveRate: round(model.moveRate),
          yearShockShape: {
            exits: round(model.yearShape.exits, 1),
            entries: round(model.yearShape.entries, 1),
          },
        }
      : {}),
    units,
  }
}

function round(v: number, digits = 4): number {
  return Math.round(v * 10 ** digits) / 10 ** digits
}

/** Each line's fitted factors and yearly newcomers. */
function describeUnits(model: FittedModel, context: ForecastContext) {
  return context.lines.map((line) => {
    const exits = model.unitFactors.get(line.id)
    const moves = model.moveFactors.get(line.id)
    return {
      unit: { id: line.id, code: line.code, direct: line.direct },
      exits:
        exits === undefined
          ? null
          : {
              observed: exits.observed,
              expected: round(exits.expected, 1),
              credibility: round(exits.credibility, 3),
              factor: round(exits.factor, 3),
            },
      movesOutFactor: moves === undefined ? null : round(moves.factor, 3),
      entriesPerYear: round(sumFor(model.entries, line.id), 1),
      movesInPerYear: round(sumFor(model.movesIn, line.id), 1),
    }
  })
}

function sumFor(means: ReadonlyMap<string, number>, group: number): number {
  let total = 0
  for (const [key, value] of means) if (key.startsWith(`${group}:`)) total += value
  return total
}
