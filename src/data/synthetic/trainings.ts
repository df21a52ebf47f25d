import type { PoliticalTheory, StaffCategory, StateManagement } from '../schema.js'
import { addYears, type Day } from './dates.js'
import type { TrainingRow } from './person-types.js'
import type { Random } from './prng.js'

/**
 * Training certificates: political theory (lý luận chính trị) and state management (quản lý nhà
 * nước) at the level a person's rank and post call for — leaders of level 4 and above hold
 * "trung cấp" or "cao cấp" political theory — plus a foreign language and IT for most.
 */
const LANGUAGES = [
  'Tiếng Anh B1',
  'Tiếng Anh B2',
  'Tiếng Anh C1',
  'IELTS 6.5',
  'Tiếng Pháp B1',
  'Tiếng Nga B1',
  'Tiếng Nhật N3',
]
const STATE_BY_GRADE: Readonly<Record<number, StateManagement>> = {
  1: 'chuyen_vien_cao_cap',
  2: 'chuyen_vien_chinh',
  3: 'chuyen_vien',
  4: 'can_su',
}

export interface Trainings {
  readonly rows: TrainingRow[]
  readonly politicalTheory: PoliticalTheory | null
  readonly stateManagement: StateManagement | null
}

export function drawTrainings(
  random: Random,
  category: StaffCategory,
  grade: number,
  level: number,
  partyMember: boolean,
  from: Day,
  to: Day,
  firstPost: Day | null,
): Trainings {
  const rows: TrainingRow[] = []
  const add = (kind: TrainingRow['kind'], what: string, school: string | null, on: Day) =>
    rows.push({ kind, level: what, institution: school, completed: on })
  const when = (by: Day | null) => {
    const latest = Math.min(by ?? to, to)
    return latest <= from ? from : from + random.int(0, latest - from)
  }
  const politicalTheory = drawPolitical(random, category, grade, level, partyMember)
  if (politicalTheory !== null)
    add('political_theory', politicalTheory, politicalSchool(politicalTheory), when(firstPost))
  const stateManagement = drawStateManagement(random, category, grade, level)
  if (stateManagement !== null)
    add('state_management', stateManagement, 'Học viện Hành chính Quốc gia', when(firstPost))
  const worker = category === 'nguoi_lao_dong'
  if (!worker && random.chance(0.8))
    add('foreign_language', random.pick(LANGUAGES), null, when(null))
  if (random.chance(worker ? 0.3 : 0.75)) {
    const it = random.chance(0.7) ? 'Ứng dụng CNTT cơ bản' : 'Ứng dụng CNTT nâng cao'
    add('it', it, null, when(null))
  }
  if (level > 0 && level <= 5 && firstPost !== null) {
    const target = level <= 4 ? 'Đối tượng 3' : 'Đối tượng 4'
    add('defence_security', target, 'Học viện Quốc phòng', Math.min(to, addYears(firstPost, 1)))
  }
  return { rows, politicalTheory, stateManagement }
}

/** State management training at the level of the rank held; senior leaders at the top level. */
function drawStateManagement(
  random: Random,
  category: StaffCategory,
  grade: number,
  level: number,
): StateManagement | null {
  const needed = category !== 'nguoi_lao_dong' && (level > 0 || random.chance(0.75))
  if (!needed) return null
  return level > 0 && level <= 3 ? 'chuyen_vien_cao_cap' : (STATE_BY_GRADE[grade] ?? null)
}

function drawPolitical(
  random: Random,
  category: StaffCategory,
  grade: number,
  level: number,
  partyMember: boolean,
): PoliticalTheory | null {
  const x = random.next()
  if (level > 0 && level <= 4) return x < 0.04 ? 'cu_nhan' : x < 0.86 ? 'cao_cap' : 'trung_cap'
  if (level >= 5) return x < 0.25 ? 'cao_cap' : x < 0.85 ? 'trung_cap' : 'so_cap'
  if (category === 'nguoi_lao_dong') return partyMember && x < 0.5 ? 'so_cap' : null
  if (grade === 1) return x < 0.6 ? 'cao_cap' : 'trung_cap'
  if (grade === 2) return x < 0.55 ? 'trung_cap' : x < 0.85 ? 'so_cap' : null
  return partyMember && x < 0.6 ? 'so_cap' : null
}

function politicalSchool(level: PoliticalTheory): string {
  switch (level) {
    case 'cao_cap':
    case 'cu_nhan':
      return 'Học viện Chính trị quốc gia Hồ Chí Minh'
    case 'trung_cap':
      return 'Học viện Chính trị khu vực I'
    case 'so_cap':
      return 'Đảng ủy Bộ Khoa học và Công nghệ'
  }
}
