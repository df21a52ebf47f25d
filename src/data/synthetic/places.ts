import { type Random, weightedTable } from './prng.js'

/**
 * Provinces as they appear in dossiers (the 63 provinces before the 2025 merger, which is what
 * birth certificates and older records say), with the 3-digit code that opens a national ID
 * (Circular 07/2016/TT-BCA) and a weight for how often staff of a Hanoi ministry come from there.
 */
export type Region = 'north' | 'centre' | 'south'

export interface Province {
  readonly code: string
  readonly name: string
  readonly region: Region
  readonly weight: number
}

const p = (code: string, name: string, region: Region, weight: number): Province => ({
  code,
  name,
  region,
  weight,
})

export const PROVINCES: readonly Province[] = [
  p('001', 'Hà Nội', 'north', 30),
  p('002', 'Hà Giang', 'north', 0.6),
  p('004', 'Cao Bằng', 'north', 0.7),
  p('006', 'Bắc Kạn', 'north', 0.5),
  p('008', 'Tuyên Quang', 'north', 1),
  p('010', 'Lào Cai', 'north', 0.7),
  p('011', 'Điện Biên', 'north', 0.4),
  p('012', 'Lai Châu', 'north', 0.3),
  p('014', 'Sơn La', 'north', 0.8),
  p('015', 'Yên Bái', 'north', 0.9),
  p('017', 'Hòa Bình', 'north', 1.2),
  p('019', 'Thái Nguyên', 'north', 2),
  p('020', 'Lạng Sơn', 'north', 1),
  p('022', 'Quảng Ninh', 'north', 1.5),
  p('024', 'Bắc Giang', 'north', 2.5),
  p('025', 'Phú Thọ', 'north', 3),
  p('026', 'Vĩnh Phúc', 'north', 2.5),
  p('027', 'Bắc Ninh', 'north', 2.5),
  p('030', 'Hải Dương', 'north', 3.5),
  p('031', 'Hải Phòng', 'north', 3),
  p('033', 'Hưng Yên', 'north', 3),
  p('034', 'Thái Bình', 'north', 5),
  p('035', 'Hà Nam', 'north', 2.5),
  p('036', 'Nam Định', 'north', 5.5),
  p('037', 'Ninh Bình', 'north', 2.5),
  p('038', 'Thanh Hóa', 'centre', 5),
  p('040', 'Nghệ An', 'centre', 5),
  p('042', 'Hà Tĩnh', 'centre', 3.5),
  p('044', 'Quảng Bình', 'centre', 1.2),
  p('045', 'Quảng Trị', 'centre', 0.8),
  p('046', 'Thừa Thiên Huế', 'centre', 1.5),
  p('048', 'Đà Nẵng', 'centre', 1.5),
  p('049', 'Quảng Nam', 'centre', 1.2),
  p('051', 'Quảng Ngãi', 'centre', 1),
  p('052', 'Bình Định', 'centre', 1),
  p('054', 'Phú Yên', 'centre', 0.5),
  p('056', 'Khánh Hòa', 'centre', 0.7),
  p('058', 'Ninh Thuận', 'centre', 0.3),
  p('060', 'Bình Thuận', 'centre', 0.4),
  p('062', 'Kon Tum', 'centre', 0.2),
  p('064', 'Gia Lai', 'centre', 0.3),
  p('066', 'Đắk Lắk', 'centre', 0.5),
  p('067', 'Đắk Nông', 'centre', 0.2),
  p('068', 'Lâm Đồng', 'centre', 0.6),
  p('070', 'Bình Phước', 'south', 0.2),
  p('072', 'Tây Ninh', 'south', 0.3),
  p('074', 'Bình Dương', 'south', 0.4),
  p('075', 'Đồng Nai', 'south', 0.6),
  p('077', 'Bà Rịa – Vũng Tàu', 'south', 0.4),
  p('079', 'Thành phố Hồ Chí Minh', 'south', 4),
  p('080', 'Long An', 'south', 0.4),
  p('082', 'Tiền Giang', 'south', 0.4),
  p('083', 'Bến Tre', 'south', 0.3),
  p('084', 'Trà Vinh', 'south', 0.3),
  p('086', 'Vĩnh Long', 'south', 0.3),
  p('087', 'Đồng Tháp', 'south', 0.3),
  p('089', 'An Giang', 'south', 0.4),
  p('091', 'Kiên Giang', 'south', 0.3),
  p('092', 'Cần Thơ', 'south', 0.6),
  p('093', 'Hậu Giang', 'south', 0.2),
  p('094', 'Sóc Trăng', 'south', 0.3),
  p('095', 'Bạc Liêu', 'south', 0.2),
  p('096', 'Cà Mau', 'south', 0.2),
]

const BY_NAME: ReadonlyMap<string, Province> = new Map(PROVINCES.map((x) => [x.name, x]))

export function provinceNamed(name: string): Province {
  const found = BY_NAME.get(name)
  if (found === undefined) throw new RangeError(`Unknown province ${name}`)
  return found
}

/** Where staff come from, by where their unit sits: local people dominate regional offices. */
const ORIGIN_BY_REGION: Readonly<Record<Region, ReturnType<typeof weightedTable<Province>>>> = {
  north: weightedTable(PROVINCES.map((x) => [x, x.region === 'north' ? x.weight * 1.6 : x.weight])),
  centre: weightedTable(PROVINCES.map((x) => [x, x.region === 'centre' ? x.weight * 8 : x.weight])),
  south: weightedTable(PROVINCES.map((x) => [x, x.region === 'south' ? x.weight * 12 : x.weight])),
}

export function drawHomeProvince(random: Random, unitRegion: Region): Province {
  return ORIGIN_BY_REGION[unitRegion].pick(random)
}

/** Ethnic groups (dân tộc) of staff; Kinh about 90%. */
export const ETHNICITIES = weightedTable<string>([
  ['Kinh', 90],
  ['Tày', 2.4],
  ['Thái', 1.6],
  ['Mường', 1.8],
  ['Nùng', 1.2],
  ['Khmer', 0.8],
  ['Hoa', 1.0],
  ['Dao', 0.4],
  ['Sán Dìu', 0.3],
  ["H'Mông", 0.2],
  ['Ê Đê', 0.15],
  ['Chăm', 0.15],
])

/** Provinces where members of an ethnic minority are usually born. */
export const MINORITY_HOMELANDS: Readonly<Record<string, readonly string[]>> = {
  Tày: ['Cao Bằng', 'Lạng Sơn', 'Bắc Kạn', 'Tuyên Quang', 'Hà Giang', 'Thái Nguyên'],
  Thái: ['Sơn La', 'Điện Biên', 'Nghệ An', 'Thanh Hóa', 'Lai Châu'],
  Mường: ['Hòa Bình', 'Thanh Hóa', 'Phú Thọ'],
  Nùng: ['Lạng Sơn', 'Cao Bằng', 'Bắc Giang'],
  Khmer: ['Sóc Trăng', 'Trà Vinh', 'Kiên Giang', 'An Giang'],
  Dao: ['Lào Cai', 'Yên Bái', 'Hà Giang', 'Tuyên Quang'],
  'Sán Dìu': ['Thái Nguyên', 'Vĩnh Phúc', 'Bắc Giang'],
  "H'Mông": ['Hà Giang', 'Lào Cai', 'Điện Biên'],
  'Ê Đê': ['Đắk Lắk'],
  Chăm: ['Ninh Thuận', 'An Giang'],
}

/** Religion (tôn giáo) as recorded in dossiers; most record none. */
export const RELIGIONS = weightedTable<string>([
  ['Không', 86],
  ['Phật giáo', 8],
  ['Công giáo', 4.5],
  ['Tin lành', 0.6],
  ['Cao Đài', 0.5],
  ['Phật giáo Hòa Hảo', 0.4],
])

/** Districts for a residence address, by the city a unit sits in. */
export const RESIDENCE_DISTRICTS: Readonly<Record<string, readonly string[]>> = {
  'Hà Nội': [
    'Cầu Giấy',
    'Đống Đa',
    'Ba Đình',
    'Hai Bà Trưng',
    'Thanh Xuân',
    'Hoàng Mai',
    'Long Biên',
    'Nam Từ Liêm',
    'Bắc Từ Liêm',
    'Hà Đông',
    'Tây Hồ',
    'Hoàn Kiếm',
    'Gia Lâm',
  ],
  'Thành phố Hồ Chí Minh': [
    'Quận 1',
    'Quận 3',
    'Quận 10',
    'Bình Thạnh',
    'Phú Nhuận',
    'Tân Bình',
    'Thủ Đức',
    'Gò Vấp',
  ],
  'Đà Nẵng': ['Hải Châu', 'Thanh Khê', 'Sơn Trà', 'Ngũ Hành Sơn', 'Liên Chiểu'],
}

export function drawResidence(random: Random, city: string): string {
  const districts = RESIDENCE_DISTRICTS[city]
  if (districts === undefined) return city
  return `${random.pick(districts)}, ${city}`
}
