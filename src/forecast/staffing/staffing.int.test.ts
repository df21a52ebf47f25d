import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDb, type TestDb } from '../../../test/db.js'
import { type ForecastApp, openForecastApp } from '../../../test/forecast-app.js'
import { runBacktest } from './backtest.js'
import { formatBacktest } from './backtest-report.js'

interface Point {
  year: number
  headcount: { p10: number; p50: number; p90: number; mean: number }
  quota: number | null
  gap: { p10: number; p50: number; p90: number } | null
  flows: { entries: number; retired: number }
}
interface Line {
  unit: { code: string }
  start: number
  points: Point[]
  categories: { category: string; points: Point[] }[]
}
interface Body {
  anchors: { code: string }[]
  scenario: { name: string }
  total: { start: number; points: Point[] }
  units: Line[]
  model: { bandRates?: unknown; units: { unit: { code: string } }[] }
}
interface Refusal {
  error: { code: string; message: string }
}

let test: TestDb
let api: ForecastApp

beforeAll(async () => {
  test = await openTestDb()
  api = await openForecastApp(test)
})
afterAll(async () => test.close())

const URL = '/api/forecast/staffing?lang=en&runs=300'

describe('the staffing forecast', () => {
  it('projects every top-level unit for the planner, with quotas and gaps', async () => {
    const res = await api.get<Body>('planner', URL)
    expect(res.status).toBe(200)
    expect(res.body.anchors.map((a) => a.code)).toEqual(['BKHCN'])
    expect(res.body.total.points).toHaveLength(10)
    expect(res.body.units.length).toBeGreaterThan(25)
    const cvt = res.body.units.find((u) => u.unit.code === 'CVT')
    for (const point of cvt?.points ?? []) {
      expect(point.quota).not.toBeNull()
      expect(point.gap?.p50).toBe((point.quota ?? 0) - point.headcount.p50)
      expect(point.headcount.p10).toBeLessThanOrEqual(point.headcount.p90)
    }
    expect(res.body.model.bandRates).toBeDefined()
  })

  it('gives identical P10/P50/P90 for the same seed and other draws for another', async () => {
    const first = await api.get<Body>('planner', `${URL}&seed=11`)
    const again = await api.get<Body>('planner', `${URL}&seed=11`)
    const other = await api.get<Body>('planner', `${URL}&seed=12`)
    const bands = (b: Body) => b.total.points.map((p) => p.headcount)
    expect(bands(again.body)).toEqual(bands(first.body))
    expect(bands(other.body)).not.toEqual(bands(first.body))
  })

  it('gives the leader of Cục Viễn thông its forecast only — the planner’s figures for it', async () => {
    const leader = await api.get<Body>('leader', `${URL}&seed=5`)
    const planner = await api.get<Body>('planner', `${URL}&seed=5&unit=CVT`)
    expect(leader.status).toBe(200)
    expect(leader.body.anchors.map((a) => a.code)).toEqual(['CVT'])
    expect(leader.body.total).toEqual(planner.body.total)
    expect(leader.body.model.bandRates).toBeUndefined()
    const codes = leader.body.units.map((u) => u.unit.code)
    expect(codes.every((c) => c === 'CVT' || c.startsWith('CVT.'))).toBe(true)
  })

  it('refuses the leader another unit, and refuses employees and administrators', async () => {
    const other = await api.get<Refusal>('leader', `${URL}&unit=CTSVTD`)
    expect(other.status).toBe(403)
    expect(other.body.error.message).toContain('Cục Viễn thông')
    for (const role of ['employee', 'admin'] as const)
      expect((await api.get<Refusal>(role, URL)).status).toBe(403)
  })

  it('follows the hiring assumption: none, a planned number, or the trend', async () => {
    const last = (b: Body) => b.total.points.at(-1)?.headcount.p50 ?? 0
    const none = await api.get<Body>('planner', `${URL}&hiring=none`)
    const trend = await api.get<Body>('planner', URL)
    const planned = await api.get<Body>('planner', `${URL}&hiring=300`)
    expect(last(none.body)).toBeLessThan(last(trend.body))
    expect(none.body.total.points.every((p) => p.flows.entries === 0)).toBe(true)
    expect(planned.body.total.points[3]?.flows.entries).toBeCloseTo(300, -1)
  })

  it('retires more early under Decree 178 than under the statutory rule alone', async () => {
    const base = await api.get<Body>('planner', URL)
    const early = await api.get<Body>('planner', `${URL}&scenario=earlyRetirement178&earlyRate=0.3`)
    expect(early.body.scenario.name).toBe('earlyRetirement178')
    const in2028 = (b: Body) => b.total.points.find((p) => p.year === 2028)?.headcount.p50 ?? 0
    expect(in2028(early.body)).toBeLessThan(in2028(base.body))
  })

  it.each([
    ['runs=5', 'runs: at least 100'],
    ['hiring=lots', 'hiring: use trend, none, or a number of entries a year'],
    ['category=staff', 'category: one of can_bo, cong_chuc, vien_chuc, nguoi_lao_dong'],
  ])('refuses %s saying what is wrong', async (query, message) => {
    const res = await api.get<Refusal>('planner', `/api/forecast/staffing?lang=en&${query}`)
    expect(res.status).toBe(422)
    expect(res.body.error.message).toContain(message)
  })
})

describe('the backtest', () => {
  it('scores the model and the naive forecast on the same lines', async () => {
    const backtest = await runBacktest(test.db, {
      fitYears: [2020, 2021],
      horizon: 2,
      runs: 200,
      seed: 1,
      window: 5,
    })
    expect(backtest.rows).toHaveLength(4)
    for (const row of backtest.rows) {
      expect(row.model.lines).toBe(row.naive.lines)
      expect(row.model.lines).toBeGreaterThan(50)
      expect(row.model.coverage).toBeGreaterThan(0.3)
      expect(row.naive.coverage).toBeNull()
    }
    const table = formatBacktest(backtest)
    expect(table).toMatch(/2020 +T\+1 +model/)
    expect(table).toMatch(/2020 +T\+1 +naive/)
    expect(table).toContain('MAE')
  })
})
