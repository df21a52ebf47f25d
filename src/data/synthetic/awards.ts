import { addYears, type Day, dayFromCivil, yearOf } from './dates.js'
import type { AwardRow, EvaluationRow } from './person-types.js'
import type { Random } from './prng.js'

/**
 * Emulation titles and awards (thi đua, khen thưởng), following the final ratings: "Chiến sĩ thi
 * đua cơ sở" for many excellent years, a Minister's certificate after two excellent years in a
 * row, certificates of merit for some good years, and the ministry's commemorative medal after
 * twenty years of service. Decided early in the following year, never after asOf.
 */
export function drawAwards(
  random: Random,
  evaluations: readonly EvaluationRow[],
  joinedState: Day,
  working: boolean,
  asOf: Day,
): AwardRow[] {
  const rows: AwardRow[] = []
  const add = (year: number, kind: string) => {
    const decided = dayFromCivil(year + 1, 1, 10) + random.int(0, 80)
    if (decided <= asOf) rows.push({ year, kind, decided })
  }
  evaluations.forEach((e, i) => {
    const previous = evaluations[i - 1]
    if (e.level === 'xuat_sac') {
      if (random.chance(0.6)) add(e.year, 'Chiến sĩ thi đua cơ sở')
      if (previous?.level === 'xuat_sac' && previous.year === e.year - 1 && random.chance(0.35))
        add(e.year, 'Bằng khen của Bộ trưởng Bộ Khoa học và Công nghệ')
    } else if (e.level === 'tot' && random.chance(0.04)) {
      add(e.year, 'Giấy khen của Thủ trưởng đơn vị')
    }
  })
  const medalYear = yearOf(addYears(joinedState, 20))
  if (working && medalYear >= 2010 && random.chance(0.7))
    add(medalYear, 'Kỷ niệm chương Vì sự nghiệp Khoa học và Công nghệ')
  return rows.sort((a, b) => a.year - b.year || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0))
}
