import { describe, expect, it } from 'vitest'
import type { StaffCategory } from '../../data/schema.js'
import type { ForecastUnit } from '../forecast-units.js'
import { periodsFrom } from '../periods.js'
import { STATUTORY } from '../scenario.js'
import type { StockCell } from '../stock.repository.js'
import { fitModel } from './exit-model.js'
import type { EntryRow, ExposureRow } from './history.repository.js'
import { project, type ProjectionInput } from './project.js'

const units: ForecastUnit[] = [
  { id: 1, code: 'A', name: 'Cục A', direct: false },
  { id: 2, code: 'B', name: 'Vụ B', direct: false },
]

function stockOf(group: number, category: StaffCategory): StockCell[] {
  return Array.from({ length: 40 }, (_, i) => ({
    group,
    category,
    rank: null,
    post: null,
    postLevel: null,
    birthYear: 1962 + i,
    statutoryYear: 2024 + i,
    past: false,
    doctoral: false,
    womanLeader: false,
    age60Year: 0,
    n: 3 + (i % 4),
  }))
}

const history = {
  exposure: [1, 2].flatMap((group) =>
    [2021, 2022, 2023, 2024, 2025].map((year): ExposureRow => ({
      group,
      category: 'cong_chuc',
      band: 40,
      year,
      n: 150,
      exits: 4,
    })),
  ),
  moves: [],
  entries: [1, 2].flatMap((group) =>
    [2021, 2022, 2023, 2024, 2025].map((year): EntryRow => ({
      group,
      category: 'cong_chuc',
      year,
      n: 6,
      ageSum: 6 * 28,
    })),
  ),
}

function input(seed: number, only?: ForecastUnit[]): ProjectionInput {
  return {
    units: only ?? units,
    stock: [...stockOf(1, 'cong_chuc'), ...stockOf(2, 'cong_chuc')],
    model: fitModel(history, 2021, 2025),
    quotas: () => ({ quota: 180, fromYear: 2026 }),
    periods: periodsFrom('2026-01-01', 10),
    scenario: STATUTORY,
    hiring: { mode: 'trend' },
    runs: 1000,
    seed,
    categories: ['cong_chuc'],
  }
}

const bands = (seed: number) => project(input(seed)).total.points.map((p) => p.headcount)

describe('the seeded Monte Carlo', () => {
  it('gives identical P10/P50/P90 for the same seed', () => {
    expect(bands(7)).toEqual(bands(7))
  })

  it('draws differently under another seed', () => {
    expect(bands(8)).not.toEqual(bands(7))
  })

  it('gives a unit the same figures whatever else is projected with it', () => {
    const alone = project(input(7, [units[0] as ForecastUnit])).units[0]
    const together = project(input(7)).units[0]
    expect(alone?.points).toEqual(together?.points)
  })

  it('keeps P10 ≤ P50 ≤ P90 and states the gap to the quota', () => {
    for (const point of project(input(7)).units[0]?.points ?? []) {
      expect(point.headcount.p10).toBeLessThanOrEqual(point.headcount.p50)
      expect(point.headcount.p50).toBeLessThanOrEqual(point.headcount.p90)
      expect(point.gap?.p50).toBe(180 - point.headcount.p50)
    }
  })
})
