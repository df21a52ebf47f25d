import { type Day, dayFromCivil, yearOf } from './dates.js'
import type { DisciplineRow, Tenure } from './person-types.js'
import type { Random } from './prng.js'

/**
 * Disciplinary measures (kỷ luật): about 1.5% of people over the years get a reprimand or a
 * warning (some by the Party), a removed leader is disciplined by removal from post (cách chức)
 * on the day the post ends, and a dismissal (buộc thôi việc) is the discipline behind that status.
 * Decisions fall between January and October, so the year's evaluation comes after them.
 */
const REASONS = [
  'Vi phạm quy định về quản lý tài chính, tài sản công',
  'Thiếu trách nhiệm trong thực hiện nhiệm vụ được giao',
  'Vi phạm quy chế làm việc của cơ quan',
  'Vi phạm quy định về đấu thầu',
  'Vi phạm quy định về kê khai tài sản, thu nhập',
  'Vi phạm quy định về giải quyết thủ tục hành chính',
]
const HISTORY_START = dayFromCivil(2010, 1, 1)

export function drawDisciplines(
  random: Random,
  from: Day,
  to: Day,
  tenures: readonly Tenure[],
  dismissedOn: Day | null,
  partyMember: boolean,
): DisciplineRow[] {
  const rows: DisciplineRow[] = []
  const removed = tenures.find((t) => t.endReason === 'removed')
  if (removed?.end != null) {
    rows.push({
      form: 'cach_chuc',
      authority: 'administrative',
      decided: removed.end,
      reason: random.pick(REASONS),
    })
  }
  const start = Math.max(from, HISTORY_START)
  if (to - start > 400 && random.chance(0.013)) {
    const decided = inDecisionSeason(random, start + random.int(0, to - start))
    if (decided > start && decided < to) {
      const form = random.chance(0.68) ? 'khien_trach' : 'canh_cao'
      const authority = partyMember && random.chance(0.25) ? 'party' : 'administrative'
      rows.push({ form, authority, decided, reason: random.pick(REASONS) })
    }
  }
  if (dismissedOn !== null) {
    rows.push({
      form: 'buoc_thoi_viec',
      authority: 'administrative',
      decided: dismissedOn,
      reason: random.pick(REASONS),
    })
  }
  return rows.sort((a, b) => a.decided - b.decided)
}

/** Moves a date into 10 January – 31 October of its year. */
function inDecisionSeason(random: Random, day: Day): Day {
  const year = yearOf(day)
  return dayFromCivil(year, 1, 10) + random.int(0, 293)
}
