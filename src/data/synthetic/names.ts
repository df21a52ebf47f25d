import type { Sex } from '../schema.js'
import { type Random, weightedTable } from './prng.js'

/**
 * Vietnamese personal names with realistic frequencies: surname (họ), middle name (tên đệm) by sex
 * and birth cohort — "Thị" for most older women, "Văn" for many older men, more varied for the
 * young — and given name (tên) by sex. Ethnic minorities draw from their own common surnames.
 */
const SURNAMES = weightedTable<string>([
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 3],
  ['Huỳnh', 2],
  ['Phan', 4.5],
  ['Vũ', 2.5],
  ['Võ', 1.5],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.6],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.9],
  ['Đào', 0.7],
  ['Trịnh', 0.6],
  ['Mai', 0.5],
  ['Lương', 0.4],
  ['Cao', 0.4],
  ['Hà', 0.5],
  ['Tạ', 0.3],
  ['Lâm', 0.3],
  ['Phùng', 0.3],
  ['Kiều', 0.2],
  ['Chu', 0.2],
  ['Tô', 0.2],
  ['Văn', 0.15],
])

const MINORITY_SURNAMES: Readonly<Record<string, readonly string[]>> = {
  Tày: ['Nông', 'Hoàng', 'Lường', 'Hà', 'Ma', 'Nguyễn'],
  Thái: ['Lò', 'Cầm', 'Lường', 'Quàng', 'Hà', 'Vi'],
  Mường: ['Bùi', 'Đinh', 'Quách', 'Hà', 'Xa'],
  Nùng: ['Nông', 'Hoàng', 'Lý', 'Lương', 'Vi'],
  Khmer: ['Thạch', 'Sơn', 'Kim', 'Danh', 'Lâm'],
  Hoa: ['Lý', 'Trương', 'Lâm', 'Quách', 'Châu', 'Mạc'],
}

const MALE_MIDDLE_OLD = weightedTable<string>([
  ['Văn', 34],
  ['Đức', 10],
  ['Minh', 8],
  ['Quang', 7],
  ['Hữu', 7],
  ['Xuân', 5],
  ['Ngọc', 4],
  ['Thanh', 5],
  ['Mạnh', 3],
  ['Công', 4],
  ['Duy', 2],
  ['Trọng', 3],
  ['Đình', 5],
  ['Tiến', 3],
  ['Hồng', 2],
  ['Anh', 2],
])
const MALE_MIDDLE_YOUNG = weightedTable<string>([
  ['Văn', 10],
  ['Minh', 14],
  ['Đức', 12],
  ['Hoàng', 7],
  ['Quang', 8],
  ['Tuấn', 5],
  ['Gia', 4],
  ['Anh', 5],
  ['Thành', 5],
  ['Duy', 6],
  ['Hữu', 4],
  ['Việt', 5],
  ['Ngọc', 3],
  ['Trung', 4],
  ['Bảo', 3],
  ['Đăng', 3],
])
const FEMALE_MIDDLE_OLD = weightedTable<string>([
  ['Thị', 72],
  ['Thu', 6],
  ['Thanh', 6],
  ['Ngọc', 5],
  ['Kim', 3],
  ['Hồng', 3],
  ['Minh', 2],
  ['Bích', 2],
  ['Lan', 1],
])
const FEMALE_MIDDLE_YOUNG = weightedTable<string>([
  ['Thị', 26],
  ['Thu', 10],
  ['Thanh', 9],
  ['Ngọc', 9],
  ['Phương', 6],
  ['Minh', 7],
  ['Khánh', 5],
  ['Bảo', 3],
  ['Hải', 4],
  ['Mai', 3],
  ['Hoài', 3],
  ['Diệu', 2],
  ['Thùy', 6],
  ['Quỳnh', 3],
  ['Hồng', 4],
])
/** A second middle name for the four-part names common among women ("Nguyễn Thị Thu Hà"). */
const FEMALE_SECOND_MIDDLE = ['Thu', 'Thanh', 'Ngọc', 'Minh', 'Kim', 'Hồng', 'Phương', 'Bích']

/** Given names, most common first: the first 12 are drawn most often, the last ones least. */
const MALE_GIVEN = givenNames(
  'Anh Hùng Dũng Tuấn Minh Nam Hải Long Thắng Cường Hiếu Trung Sơn Tùng Hoàng Phong ' +
    'Quân Thành Đức Huy Khánh Bình Quang Vinh Việt Hưng Đạt Lâm Kiên Toàn Thịnh Tú Hòa ' +
    'Phúc Khoa Tâm Thái Lợi Hậu Nghĩa Tiến Chiến Công Duy Hiển Khải Lực Mạnh Ninh Phương ' +
    'Quý Tân Thuận Trí Vũ',
)
const FEMALE_GIVEN = givenNames(
  'Hương Lan Hoa Hằng Hà Linh Ngọc Trang Thảo Phương Thủy Mai Nga Huyền Thu Yến Anh ' +
    'Dung Hạnh Loan Oanh Nhung Vân Hiền Quỳnh Giang Châu My Ly Hồng Liên Tâm Thúy Uyên Vy ' +
    'Xuân Bích Diệp Hậu Khuê Lụa Minh Nhàn Sen Tuyết',
)

function givenNames(names: string) {
  return weightedTable<string>(
    names.split(' ').map((name, i) => [name, i < 12 ? 5 : i < 28 ? 3 : 1.5] as const),
  )
}

export interface PersonName {
  readonly fullName: string
  readonly surname: string
  readonly middle: string
  readonly given: string
}

/** A full name for a person of this sex, birth year and ethnicity. */
export function drawName(
  random: Random,
  sex: Sex,
  birthYear: number,
  ethnicity: string,
): PersonName {
  const minority = MINORITY_SURNAMES[ethnicity]
  const surname =
    minority !== undefined && random.chance(0.8) ? random.pick(minority) : SURNAMES.pick(random)
  const young = birthYear >= 1985 || (birthYear >= 1975 && random.chance(0.4))
  let middle: string
  if (sex === 'male') middle = (young ? MALE_MIDDLE_YOUNG : MALE_MIDDLE_OLD).pick(random)
  else {
    middle = (young ? FEMALE_MIDDLE_YOUNG : FEMALE_MIDDLE_OLD).pick(random)
    if (middle === 'Thị' && random.chance(0.18)) middle = `Thị ${random.pick(FEMALE_SECOND_MIDDLE)}`
  }
  const given = (sex === 'male' ? MALE_GIVEN : FEMALE_GIVEN).pick(random)
  return { fullName: `${surname} ${middle} ${given}`, surname, middle, given }
}

/** Lower-case ASCII of a Vietnamese word, for e-mail addresses ("Đặng" → "dang"). */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
}
