import type { Tag } from '../tags.js'

/**
 * Home towns (quê quán), a basic personal fact (Decree 356/2025 Art. 3): the 63 provinces as
 * the e-dossier records them (the names before the 2025 mergers), each with the other ways it
 * is written or said. A province is read only after a word that makes it a home town ("quê
 * Nghệ An", "người Hà Tĩnh", "from Hà Tĩnh"): alone, a place name could be anything. They are
 * read by a pattern (entities/home-town.ts), not as phrases: thousands of phrases starting
 * with "có" or "người" would be tried at every such word of every question.
 */
const PROVINCES: readonly (readonly [string, ...string[]])[] = [
  ['Hà Nội', 'Hanoi', 'thủ đô Hà Nội', 'thành phố Hà Nội', 'TP Hà Nội'],
  ['Hà Giang'],
  ['Cao Bằng'],
  ['Bắc Kạn', 'Bắc Cạn'],
  ['Tuyên Quang'],
  ['Lào Cai'],
  ['Điện Biên'],
  ['Lai Châu'],
  ['Sơn La'],
  ['Yên Bái'],
  ['Hòa Bình', 'Hoà Bình'],
  ['Thái Nguyên'],
  ['Lạng Sơn'],
  ['Quảng Ninh'],
  ['Bắc Giang'],
  ['Phú Thọ'],
  ['Vĩnh Phúc'],
  ['Bắc Ninh'],
  ['Hải Dương'],
  ['Hải Phòng', 'thành phố Hải Phòng', 'TP Hải Phòng'],
  ['Hưng Yên'],
  ['Thái Bình'],
  ['Hà Nam'],
  ['Nam Định'],
  ['Ninh Bình'],
  ['Thanh Hóa', 'Thanh Hoá'],
  ['Nghệ An', 'xứ Nghệ'],
  ['Hà Tĩnh'],
  ['Quảng Bình'],
  ['Quảng Trị'],
  ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Huế', 'Hue'],
  ['Đà Nẵng', 'thành phố Đà Nẵng', 'TP Đà Nẵng', 'Danang'],
  ['Quảng Nam'],
  ['Quảng Ngãi'],
  ['Bình Định'],
  ['Phú Yên'],
  ['Khánh Hòa', 'Khánh Hoà'],
  ['Ninh Thuận'],
  ['Bình Thuận'],
  ['Kon Tum'],
  ['Gia Lai'],
  ['Đắk Lắk', 'Đắc Lắc', 'Dak Lak'],
  ['Đắk Nông', 'Đắc Nông', 'Dak Nong'],
  ['Lâm Đồng'],
  ['Bình Phước'],
  ['Tây Ninh'],
  ['Bình Dương'],
  ['Đồng Nai'],
  ['Bà Rịa – Vũng Tàu', 'Bà Rịa Vũng Tàu', 'Vũng Tàu'],
  [
    'Thành phố Hồ Chí Minh',
    'TP Hồ Chí Minh',
    'TP. Hồ Chí Minh',
    'Hồ Chí Minh',
    'TP.HCM',
    'TPHCM',
    'TP HCM',
    'HCM',
    'Sài Gòn',
    'Ho Chi Minh City',
    'HCMC',
    'Saigon',
  ],
  ['Long An'],
  ['Tiền Giang'],
  ['Bến Tre'],
  ['Trà Vinh'],
  ['Vĩnh Long'],
  ['Đồng Tháp'],
  ['An Giang'],
  ['Kiên Giang'],
  ['Cần Thơ', 'thành phố Cần Thơ', 'TP Cần Thơ'],
  ['Hậu Giang'],
  ['Sóc Trăng'],
  ['Bạc Liêu'],
  ['Cà Mau'],
]

/** Words before a province that make it the person's home town. */
export const HOME_TOWN_WORDS = [
  'quê',
  'quê ở',
  'quê tại',
  'quê quán',
  'quê quán ở',
  'quê quán tại',
  'quê quán là',
  'có quê',
  'có quê ở',
  'có quê quán',
  'có quê quán ở',
  'có quê quán tại',
  'quê gốc',
  'người',
  'from',
  'come from',
  'comes from',
  'who come from',
  'hometown',
  'home town',
  'hometown in',
  'home town in',
  'whose hometown is',
  'whose home town is',
  'with hometown',
  'with home town',
  'native of',
  'natives of',
]

/** Words between the home-town word and the name: "quê tỉnh Nghệ An", "Nghệ An province". */
export const PROVINCE_WORDS = ['tỉnh', 'thành phố', 'tp']
export const PROVINCE_WORDS_AFTER = ['province', 'city']

/** Each way a province is written, and its name as stored. */
export const PROVINCE_NAMES: readonly (readonly [string, string])[] = PROVINCES.flatMap(
  ([stored, ...others]) => [stored, ...others].map((name): [string, string] => [name, stored]),
)

/** A breakdown by home town: one row per province as stored. */
export const HOME_TOWN_GROUP_PHRASES: readonly [string, Tag][] = [
  ...[
    'theo quê quán',
    'phân theo quê quán',
    'chia theo quê quán',
    'theo quê',
    'theo tỉnh',
    'theo từng tỉnh',
    'từng tỉnh',
    'mỗi tỉnh',
    'theo tỉnh thành',
    'theo địa phương',
    'cơ cấu quê quán',
    'thống kê quê quán',
    'thống kê theo quê quán',
    'by home town',
    'by hometown',
    'by home province',
    'by province',
    'per province',
    'each province',
    'for each province',
  ].map((p): [string, Tag] => [p, { kind: 'group', by: 'home_town' }]),
  ...['quê quán', 'home town', 'hometown', 'tỉnh', 'province'].map((p): [string, Tag] => [
    p,
    { kind: 'group', by: 'home_town', bare: true },
  ]),
]
