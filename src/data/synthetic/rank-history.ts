import type { Degree } from '../schema.js'
import { addMonths, addYears, type Day, dayFromCivil } from './dates.js'
import type { DisciplineRow, EvaluationRow, RankRow } from './person-types.js'
import type { Random } from './prng.js'
import { entryRank, topGrade } from './rank-ladder.js'
import { groupOfRank, type RankFamily, rankAt } from './salary-scales.js'

/**
 * Salary history from the first day in state service (Decree 204/2004/NĐ-CP): a regular step
 * every 36 months (A groups) or 24 months (B, C), delayed 6 months by a reprimand or warning, 12
 * by removal from post, 6 by a year rated "không hoàn thành"; now and then a step up to 12 months
 * early; at the last step the seniority allowance above the frame (5% after 36/24 months, then
 * +1% a year); and promotions to the next rank (Chuyên viên → Chuyên viên chính → cao cấp),
 * which leaders reach before or soon after their appointment.
 */
export interface RankInput {
  readonly family: RankFamily
  readonly degree: Degree
  /** Year a master's or doctorate was obtained, for the entry step (bậc 2 and 3 of A1). */
  readonly masterYear: number | null
  readonly doctorYear: number | null
  readonly joinedState: Day
  readonly end: Day
  readonly merit: number
  /** Leadership level held at its highest (0 = none) and when the first post began. */
  readonly level: number
  readonly firstPost: Day | null
  readonly disciplines: readonly DisciplineRow[]
  readonly evaluations: readonly EvaluationRow[]
}

export function simulateRank(random: Random, input: RankInput): RankRow[] {
  const entry = entryRank(input.family, input.degree)
  const startYear = new Date(input.joinedState * 86400000).getUTCFullYear()
  const step =
    entry.grade !== 3
      ? 1
      : input.doctorYear !== null && input.doctorYear < startYear
        ? 3
        : input.masterYear !== null && input.masterYear < startYear
          ? 2
          : 1
  const group = groupOfRank(entry.code)
  const rows: RankRow[] = [
    {
      rankCode: entry.code,
      step,
      coefficient: group.coefficients[step - 1] ?? 0,
      aboveFrame: 0,
      from: input.joinedState,
      reason: 'initial',
    },
  ]
  const promotions = entry.grade === 3 ? planPromotions(random, input) : []
  for (let guard = 0; guard < 80; guard++) {
    const last = rows[rows.length - 1] as RankRow
    const due = delayed(
      input,
      last.from,
      addMonths(
        last.from,
        last.aboveFrame > 0 ? 12 : groupOfRank(last.rankCode).stepIntervalMonths,
      ),
    )
    const promotion = promotions[0]
    if (promotion !== undefined && promotion.at <= due && promotion.at <= input.end) {
      promotions.shift()
      const next = promote(last, input.family, promotion.grade, promotion.at)
      if (next !== null) rows.push(next)
      continue
    }
    if (due > input.end) break
    rows.push(raise(random, last, due, input.evaluations))
  }
  return rows
}

function delayed(input: RankInput, since: Day, due: Day): Day {
  let result = due
  for (const d of input.disciplines) {
    if (d.decided > since && d.decided <= result)
      result = addMonths(result, d.form === 'cach_chuc' ? 12 : 6)
  }
  for (const e of input.evaluations) {
    const at = dayFromCivil(e.year, 12, 31)
    if (e.level === 'khong_hoan_thanh' && at > since && at <= result) result = addMonths(result, 6)
  }
  return result
}

function raise(
  random: Random,
  last: RankRow,
  due: Day,
  evaluations: readonly EvaluationRow[],
): RankRow {
  const group = groupOfRank(last.rankCode)
  const steps = group.coefficients.length
  if (last.step >= steps) {
    return {
      ...last,
      aboveFrame: last.aboveFrame === 0 ? 5 : last.aboveFrame + 1,
      from: due,
      reason: 'above_frame',
    }
  }
  const year = new Date(due * 86400000).getUTCFullYear()
  const outstanding = evaluations.some((e) => e.year === year - 1 && e.level === 'xuat_sac')
  const early = random.chance(outstanding ? 0.12 : 0.03)
  const from = early ? Math.max(addMonths(last.from, 12), addMonths(due, -random.int(3, 12))) : due
  const step = last.step + 1
  return {
    rankCode: last.rankCode,
    step,
    coefficient: group.coefficients[step - 1] ?? 0,
    aboveFrame: 0,
    from,
    reason: early ? 'early_step' : 'regular_step',
  }
}

/** The new rank keeps at least the old pay: the first step whose coefficient is not lower. */
function promote(last: RankRow, family: RankFamily, grade: number, at: Day): RankRow | null {
  const code = rankAt(family, grade)
  if (code === null || at <= last.from) return null
  const coefficients = groupOfRank(code).coefficients
  const current = last.coefficient * (1 + last.aboveFrame / 100)
  const index = coefficients.findIndex((c) => c >= current - 1e-9)
  const step = index < 0 ? coefficients.length : index + 1
  return {
    rankCode: code,
    step,
    coefficient: coefficients[step - 1] ?? 0,
    aboveFrame: 0,
    from: at,
    reason: 'promotion',
  }
}

function planPromotions(random: Random, input: RankInput): { grade: number; at: Day }[] {
  const top = topGrade(input.family)
  const target = Math.max(top, targetGrade(random, input))
  const result: { grade: number; at: Day }[] = []
  if (target > 2) return result
  const eligible2 = addYears(input.joinedState, 9)
  const leaderTime = input.firstPost === null ? null : input.firstPost - random.int(0, 730)
  const at2 =
    leaderTime !== null ? Math.max(eligible2, leaderTime) : eligible2 + random.int(0, 3650)
  result.push({ grade: 2, at: at2 })
  if (target > 1) return result
  const eligible1 = addYears(at2, 6)
  const at1 =
    input.firstPost !== null
      ? Math.max(eligible1, input.firstPost + random.int(0, 1460))
      : eligible1 + random.int(0, 2190)
  result.push({ grade: 1, at: at1 })
  return result
}

function targetGrade(random: Random, input: RankInput): number {
  const x = random.next()
  switch (input.level) {
    case 1:
    case 2:
    case 3:
      return 1
    case 4:
      return x < 0.5 ? 1 : 2
    case 5:
      return x < 0.15 ? 1 : x < 0.9 ? 2 : 3
    case 6:
      return x < 0.55 ? 2 : 3
    default: {
      const to2 = Math.min(0.85, Math.max(0.1, 0.45 + 0.2 * input.merit))
      const to1 = (input.doctorYear !== null ? 0.25 : 0.05) + 0.04 * input.merit
      return x < to1 * to2 ? 1 : x < to2 ? 2 : 3
    }
  }
}
