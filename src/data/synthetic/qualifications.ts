import type { AcademicTitle, Degree, StaffCategory } from '../schema.js'
import type { EducationRow } from './person-types.js'
import type { Domain } from './plan-types.js'
import { type Random, weightedTable } from './prng.js'

/**
 * Degrees, fields of study, institutions and academic titles (GS, PGS). Doctors are common in
 * institutes and academies, rare among support staff; leaders hold at least a bachelor's degree.
 */
const FIELDS: Readonly<Record<Domain, readonly string[]>> = {
  general: ['Hành chính học', 'Quản trị văn phòng', 'Luật', 'Kinh tế', 'Ngôn ngữ Anh'],
  finance: ['Tài chính – Ngân hàng', 'Kế toán', 'Kinh tế', 'Kiểm toán'],
  legal: ['Luật', 'Luật kinh tế', 'Luật quốc tế'],
  personnel: ['Quản lý nhân lực', 'Hành chính học', 'Luật', 'Kinh tế'],
  inspection: ['Luật', 'Kinh tế', 'Quản lý khoa học và công nghệ', 'Công nghệ thông tin'],
  science: ['Quản lý khoa học và công nghệ', 'Vật lý', 'Hóa học', 'Sinh học', 'Kinh tế'],
  digital: ['Công nghệ thông tin', 'Hệ thống thông tin', 'Kinh tế số', 'Khoa học dữ liệu'],
  it: ['Công nghệ thông tin', 'Khoa học máy tính', 'An toàn thông tin', 'Hệ thống thông tin'],
  telecom: ['Điện tử – Viễn thông', 'Kỹ thuật viễn thông', 'Kinh tế', 'Luật'],
  radio: ['Điện tử – Viễn thông', 'Kỹ thuật vô tuyến', 'Kỹ thuật điện tử', 'Vật lý kỹ thuật'],
  post: ['Kinh tế bưu chính', 'Quản trị kinh doanh', 'Điện tử – Viễn thông', 'Logistics'],
  ip: ['Sở hữu trí tuệ', 'Luật', 'Hóa học', 'Công nghệ sinh học', 'Cơ khí'],
  nuclear: ['Vật lý hạt nhân', 'Kỹ thuật hạt nhân', 'Hóa phóng xạ', 'Vật lý', 'Hóa học'],
  standards: [
    'Đo lường',
    'Quản lý chất lượng',
    'Kỹ thuật cơ khí',
    'Hóa phân tích',
    'Điện – Điện tử',
  ],
  research: [
    'Quản lý khoa học và công nghệ',
    'Kinh tế phát triển',
    'Chính sách công',
    'Xã hội học',
  ],
  academy: [
    'Khoa học máy tính',
    'Kỹ thuật viễn thông',
    'Kỹ thuật điện tử',
    'Quản trị kinh doanh',
    'Toán học',
  ],
  press: ['Báo chí', 'Truyền thông đa phương tiện', 'Ngôn ngữ Anh', 'Kinh tế'],
  engineering: ['Kỹ thuật điện tử', 'Quang học', 'Cơ điện tử', 'Khoa học vật liệu'],
}
const UNIVERSITIES = [
  'Trường Đại học Bách khoa Hà Nội',
  'Đại học Quốc gia Hà Nội',
  'Học viện Công nghệ Bưu chính Viễn thông',
  'Trường Đại học Kinh tế Quốc dân',
  'Trường Đại học Luật Hà Nội',
  'Học viện Tài chính',
  'Trường Đại học Khoa học Tự nhiên, Đại học Quốc gia Hà Nội',
  'Trường Đại học Công nghệ, Đại học Quốc gia Hà Nội',
  'Học viện Báo chí và Tuyên truyền',
  'Đại học Quốc gia Thành phố Hồ Chí Minh',
  'Trường Đại học Thương mại',
  'Học viện Hành chính Quốc gia',
]
const ABROAD = weightedTable<readonly [string, string]>([
  [['Nhật Bản', 'Đại học Tokyo'], 3],
  [['Pháp', 'Đại học Paris-Saclay'], 2],
  [['Liên bang Nga', 'Đại học Tổng hợp Quốc gia Moskva'], 2],
  [['Hàn Quốc', 'Viện Khoa học và Công nghệ tiên tiến Hàn Quốc'], 2],
  [['Úc', 'Đại học Quốc gia Úc'], 1.5],
  [['Đức', 'Đại học Kỹ thuật München'], 1.5],
  [['Hoa Kỳ', 'Đại học Maryland'], 1],
  [['Vương quốc Anh', 'Đại học Manchester'], 1],
])
const DOCTORAL_DOMAINS = new Set<Domain>(['research', 'academy', 'nuclear', 'engineering'])

export interface Qualifications {
  readonly degree: Degree
  readonly field: string
  readonly rows: EducationRow[]
  readonly title: { readonly title: AcademicTitle; readonly year: number } | null
}

/** Highest degree for a person of this category, domain, leadership level (0 = none) and age. */
export function drawDegree(
  random: Random,
  category: StaffCategory,
  domain: Domain,
  level: number,
  ageNow: number,
): Degree {
  if (category === 'nguoi_lao_dong') {
    const x = random.next()
    return x < 0.5 ? 'pho_thong' : x < 0.85 ? 'trung_cap' : 'cao_dang'
  }
  const doctoralUnit = DOCTORAL_DOMAINS.has(domain)
  const pDoctor =
    level > 0 && level <= 2 ? 0.6 : level > 0 && level <= 4 ? 0.3 : doctoralUnit ? 0.3 : 0.05
  const pMaster = level > 0 && level <= 4 ? 0.62 : doctoralUnit ? 0.4 : 0.38
  const x = random.next()
  if (x < pDoctor && ageNow >= 29) return 'tien_si'
  if (x < pDoctor + pMaster && ageNow >= 25) return 'thac_si'
  if (level > 0 || x < 0.94) return 'dai_hoc'
  return x < 0.97 ? 'cao_dang' : 'trung_cap'
}

/** Education rows up to `degree`, graduation years fitting the birth year and `lastYear`. */
export function drawQualifications(
  random: Random,
  degree: Degree,
  domain: Domain,
  birthYear: number,
  lastYear: number,
  titleLikely: boolean,
): Qualifications {
  const field = random.pick(FIELDS[domain])
  const rows: EducationRow[] = []
  const at = (offset: number) => Math.min(lastYear, birthYear + offset)
  const home = (level: Degree, year: number, institution: string): EducationRow => ({
    level,
    field,
    institution,
    country: 'Việt Nam',
    year,
  })
  if (degree === 'pho_thong') rows.push(home('pho_thong', at(18), 'Trường Trung học phổ thông'))
  else if (degree === 'trung_cap')
    rows.push(home('trung_cap', at(20), 'Trường Trung cấp Công nghệ'))
  else if (degree === 'cao_dang') rows.push(home('cao_dang', at(21), 'Trường Cao đẳng Công nghệ'))
  else {
    rows.push(home('dai_hoc', at(22 + random.int(0, 1)), random.pick(UNIVERSITIES)))
    const masterYear = at(25 + random.int(0, 8))
    if (degree !== 'dai_hoc') rows.push(graduate(random, 'thac_si', field, masterYear, 0.2))
    if (degree === 'tien_si')
      rows.push(
        graduate(random, 'tien_si', field, Math.min(lastYear, masterYear + random.int(3, 7)), 0.35),
      )
  }
  const phd = rows.find((r) => r.level === 'tien_si')
  return {
    degree,
    field,
    rows,
    title: phd === undefined ? null : academicTitle(random, phd.year, lastYear, titleLikely),
  }
}

function graduate(
  random: Random,
  level: Degree,
  field: string,
  year: number,
  abroad: number,
): EducationRow {
  if (!random.chance(abroad))
    return { level, field, institution: random.pick(UNIVERSITIES), country: 'Việt Nam', year }
  const [country, institution] = ABROAD.pick(random)
  return { level, field, institution, country, year }
}

function academicTitle(random: Random, phdYear: number, lastYear: number, likely: boolean) {
  const x = random.next()
  const title: AcademicTitle | null =
    x < (likely ? 0.04 : 0.01) ? 'gs' : x < (likely ? 0.2 : 0.05) ? 'pgs' : null
  if (title === null) return null
  const year = phdYear + (title === 'gs' ? random.int(12, 18) : random.int(6, 11))
  return year <= lastYear ? { title, year } : null
}

export function isDoctoralDomain(domain: Domain): boolean {
  return DOCTORAL_DOMAINS.has(domain)
}
