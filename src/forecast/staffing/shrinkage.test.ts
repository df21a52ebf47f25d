import { describe, expect, it } from 'vitest'
import type { StaffCategory } from '../../data/schema.js'
import { exitRate, fitModel } from './exit-model.js'
import type { ExposureRow } from './history.repository.js'
import { estimatePriorStrength, K_MAX, shrink } from './shrinkage.js'

/** Five years of one unit: `people` aged 40–44 on each 1 January, `exits` a year. */
function unitHistory(group: number, people: number, exits: number): ExposureRow[] {
  const category: StaffCategory = 'cong_chuc'
  return [2021, 2022, 2023, 2024, 2025].map((year) => ({
    group,
    category,
    band: 40,
    year,
    n: people,
    exits,
  }))
}

/**
 * A ministry of twenty units of 100 whose yearly exits vary around 3 (3 %), a unit of 2,000
 * losing 90 a year (4.5 %), and a unit of 3 that lost someone in two of the five years (13 %).
 */
const ministry = [
  ...Array.from({ length: 20 }, (_, i) => unitHistory(i + 1, 100, [2, 3, 4][i % 3] ?? 3)).flat(),
  ...unitHistory(100, 2000, 90),
  ...unitHistory(200, 3, 0).map((r, i) => ({ ...r, exits: i < 2 ? 1 : 0 })),
]

describe('credibility shrinkage of unit exit rates', () => {
  const model = fitModel({ exposure: ministry, moves: [], entries: [] }, 2021, 2025)
  const ministryRate = model.bandRates[4] ?? 0
  const rateOf = (group: number) => exitRate(model, group, 'cong_chuc', 42)

  it('gives a unit of three people about the ministry rate, not its own 13 %', () => {
    const small = model.unitFactors.get(200)
    expect(small?.credibility).toBeLessThan(0.15)
    const own = 2 / 15
    expect(Math.abs(rateOf(200) - ministryRate)).toBeLessThan(0.25 * Math.abs(own - ministryRate))
  })

  it('lets a large unit keep nearly its own rate', () => {
    const large = model.unitFactors.get(100)
    expect(large?.credibility).toBeGreaterThan(0.9)
    expect(Math.abs(rateOf(100) - 0.045)).toBeLessThan(0.05 * 0.045)
  })

  it('shrinks everyone fully when units differ no more than chance would make them', () => {
    const alike = [1, 2, 3, 4, 5, 6].map(() => ({ observed: 10, expected: 10 }))
    expect(estimatePriorStrength(alike)).toBe(K_MAX)
    expect(shrink({ observed: 30, expected: 10 }, K_MAX).factor).toBeCloseTo(230 / 210, 6)
  })
})
