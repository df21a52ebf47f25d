import { addYears, type Day } from './dates.js'
import type { RankRow, Tenure, WorkRow } from './person-types.js'
import type { Random } from './prng.js'
import { rankByCode } from './salary-scales.js'

/**
 * Work history (quá trình công tác): a job outside the state for some, the state employer a
 * transferred-in person came from, then the ministry: one row per stretch in a unit and post,
 * split where the person moved between units or took up or left a leadership post.
 */
const COMPANIES = [
  'Công ty Cổ phần FPT',
  'Tập đoàn Bưu chính Viễn thông Việt Nam',
  'Tổng công ty Viễn thông MobiFone',
  'Công ty TNHH Samsung Electronics Việt Nam',
  'Công ty Cổ phần Misa',
  'Ngân hàng TMCP Công thương Việt Nam',
  'Công ty TNHH Kiểm toán KPMG',
]
const STATE_EMPLOYERS = [
  'Sở Khoa học và Công nghệ thành phố Hà Nội',
  'Sở Thông tin và Truyền thông tỉnh Bắc Giang',
  'Sở Khoa học và Công nghệ tỉnh Thanh Hóa',
  'Bộ Thông tin và Truyền thông',
  'Viện Hàn lâm Khoa học và Công nghệ Việt Nam',
  'Đại học Quốc gia Hà Nội',
  'Bộ Công Thương',
  'Ủy ban nhân dân quận Cầu Giấy',
]

export interface WorkInput {
  readonly unitId: number
  readonly birth: Day
  readonly joinedState: Day
  readonly joinedMinistry: Day
  readonly exit: Day | null
  readonly tenures: readonly Tenure[]
  readonly rank: readonly RankRow[]
  /** A unit the person worked in before moving to their current one, and when they moved. */
  readonly previousUnit: { readonly unitId: number; readonly until: Day } | null
}

export function drawWorkHistory(random: Random, input: WorkInput): WorkRow[] {
  const rows: WorkRow[] = []
  const firstJob = addYears(input.birth, 22) + random.int(0, 300)
  if (input.joinedState - firstJob > 700 && random.chance(0.5)) {
    rows.push({
      unitId: null,
      organization: random.pick(COMPANIES),
      position: random.chance(0.5) ? 'Kỹ sư' : 'Nhân viên',
      start: firstJob,
      end: input.joinedState - 1,
    })
  }
  if (input.joinedMinistry - input.joinedState > 60) {
    rows.push({
      unitId: null,
      organization: random.pick(STATE_EMPLOYERS),
      position: rankName(input.rank, input.joinedState),
      start: input.joinedState,
      end: input.joinedMinistry - 1,
    })
  }
  const cuts = new Set<Day>([input.joinedMinistry])
  if (input.previousUnit !== null) cuts.add(input.previousUnit.until + 1)
  for (const t of input.tenures) {
    cuts.add(t.start)
    if (t.end !== null) cuts.add(t.end + 1)
  }
  const last = input.exit
  const starts = [...cuts]
    .filter((d) => d >= input.joinedMinistry && (last === null || d <= last))
    .sort((a, b) => a - b)
  starts.forEach((start, i) => {
    const next = starts[i + 1]
    const tenure = input.tenures.find((t) => t.start <= start && (t.end === null || t.end >= start))
    const before = input.previousUnit !== null && start <= input.previousUnit.until
    rows.push({
      unitId:
        tenure?.post.unitId ??
        (before ? (input.previousUnit?.unitId ?? input.unitId) : input.unitId),
      organization: null,
      position: tenure?.post.title ?? rankName(input.rank, start),
      start,
      end: next !== undefined ? next - 1 : last,
    })
  })
  return rows
}

function rankName(rows: readonly RankRow[], at: Day): string {
  let current = rows[0]
  for (const row of rows) if (row.from <= at) current = row
  return current === undefined ? 'Chuyên viên' : rankByCode(current.rankCode).name
}
