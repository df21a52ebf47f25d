import type { EvaluationLevel, StaffCategory } from '../schema.js'
import { type Day, dayFromCivil, yearOf } from './dates.js'
import type { DisciplineRow, EvaluationRow, PersonDraft } from './person-types.js'
import { hashKeys, type Random } from './prng.js'

/**
 * Yearly quality ratings (đánh giá, xếp loại) from 2015: four levels drawn from a person's merit,
 * "không hoàn thành" in any year with a discipline (Decree 48/2023), the 20% cap on "xuất sắc"
 * relative to "tốt" within each unit and year (Decree 48/2023, Decree 335/2025), and from 2026 the
 * 100-point score of Decree 335/2025 for civil servants and cadres, within its level's band.
 * A year is rated when the person was working on 15 November, the evaluation season.
 */
const FIRST_YEAR = 2015
const SCORED_FROM = 2026

export function lastRatedYear(asOf: Day): number {
  const year = yearOf(asOf)
  return asOf >= dayFromCivil(year, 11, 15) ? year : year - 1
}

export function drawEvaluations(
  random: Random,
  joined: Day,
  until: Day | null,
  asOf: Day,
  merit: number,
  leader: boolean,
  disciplines: readonly DisciplineRow[],
): EvaluationRow[] {
  const rows: EvaluationRow[] = []
  const joinYear = yearOf(joined)
  const first = Math.max(
    FIRST_YEAR,
    joined <= dayFromCivil(joinYear, 6, 30) ? joinYear : joinYear + 1,
  )
  const disciplined = new Set(disciplines.map((d) => yearOf(d.decided)))
  const pExcellent = clamp(0.1 + 0.07 * merit + (leader ? 0.05 : 0), 0.01, 0.4)
  const pFailed = clamp(0.012 - 0.008 * merit, 0.002, 0.05)
  const pCompleted = clamp(0.17 - 0.06 * merit, 0.03, 0.4)
  for (let year = first; year <= lastRatedYear(asOf); year++) {
    if (until !== null && until < dayFromCivil(year, 11, 15)) break
    let level: EvaluationLevel
    if (disciplined.has(year)) level = 'khong_hoan_thanh'
    else {
      const x = random.next()
      level =
        x < pFailed
          ? 'khong_hoan_thanh'
          : x < pFailed + pCompleted
            ? 'hoan_thanh'
            : x < 1 - pExcellent
              ? 'tot'
              : 'xuat_sac'
    }
    rows.push({ year, level, score: null })
  }
  return rows
}

/**
 * Demotes "xuất sắc" to "tốt" until, in every year, the unit's excellent ratings are at most 20%
 * of its good ones; which ones go is decided by a hash, so the result does not depend on order.
 */
export function capExcellence(people: readonly PersonDraft[], seed: number): void {
  const byYear = new Map<number, EvaluationRow[]>()
  const good = new Map<number, number>()
  const keys = new Map<EvaluationRow, number>()
  for (const person of people) {
    for (const row of person.evaluations) {
      if (row.level === 'tot') good.set(row.year, (good.get(row.year) ?? 0) + 1)
      if (row.level !== 'xuat_sac') continue
      keys.set(row, hashKeys([seed, person.id, row.year]))
      const list = byYear.get(row.year) ?? []
      list.push(row)
      byYear.set(row.year, list)
    }
  }
  for (const [year, excellent] of byYear) {
    let tot = good.get(year) ?? 0
    excellent.sort((a, b) => (keys.get(a) ?? 0) - (keys.get(b) ?? 0))
    while (excellent.length * 5 > tot) {
      const demoted = excellent.pop() as EvaluationRow
      demoted.level = 'tot'
      tot++
    }
  }
}

/** Decree 335/2025 scores (0–100) for the levels already fixed, from 2026 on. */
export function scoreEvaluations(
  random: Random,
  rows: readonly EvaluationRow[],
  category: StaffCategory,
): void {
  if (category !== 'cong_chuc' && category !== 'can_bo') return
  for (const row of rows) {
    if (row.year < SCORED_FROM) continue
    const [low, high] = SCORE_BANDS[row.level]
    row.score = Math.round((low + random.next() * (high - low)) * 10) / 10
  }
}

const SCORE_BANDS: Readonly<Record<EvaluationLevel, readonly [number, number]>> = {
  xuat_sac: [90, 99.9],
  tot: [70, 89.9],
  hoan_thanh: [50, 69.9],
  khong_hoan_thanh: [30, 49.9],
}

function clamp(x: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, x))
}
