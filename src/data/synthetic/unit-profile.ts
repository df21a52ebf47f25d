import type { StaffCategory } from '../schema.js'
import type { Domain } from './plan-types.js'
import type { UnitSpec } from './units-catalog.js'

/**
 * What a unit does (its domain: professions, fields of study) and who works there (staff
 * categories): civil servants in administrative units, public employees in public service
 * units, workers (drivers, guards, service staff) mostly in offices and the central post office,
 * cadres in the party and union office.
 */
const TOP_DOMAINS: Readonly<Record<string, Domain>> = {
  VBC: 'post',
  VDGTD: 'science',
  VKHKT: 'science',
  VKHXH: 'science',
  VKTXHS: 'digital',
  VKHTC: 'finance',
  VHTQT: 'general',
  VPC: 'legal',
  VTCCB: 'personnel',
  VPB: 'general',
  TTRB: 'inspection',
  CATBXHN: 'nuclear',
  CBDTW: 'post',
  CCNCNTT: 'it',
  CCDSQG: 'digital',
  CDMST: 'science',
  CKNDN: 'science',
  CSHTT: 'ip',
  CTSVTD: 'radio',
  CTTTK: 'it',
  CVT: 'telecom',
  UBTCDLCL: 'standards',
  TTCNTT: 'it',
  HVCLKHCN: 'research',
  VNEXPRESS: 'press',
  VNLNTVN: 'nuclear',
  HVCNBCVT: 'academy',
  VNNIC: 'it',
  NAFOSTED: 'science',
  VUDCN: 'engineering',
}

export function topDomain(code: string): Domain {
  return TOP_DOMAINS[code] ?? 'general'
}

export function divisionDomain(name: string, inherited: Domain): Domain {
  if (/Tài chính|Tài vụ|Kế toán/.test(name)) return 'finance'
  if (/Pháp chế/.test(name)) return 'legal'
  if (/Tổ chức cán bộ/.test(name)) return 'personnel'
  if (/^Phòng Thanh tra|– Thanh tra/.test(name)) return 'inspection'
  if (/^Văn phòng|Hành chính|Quản trị/.test(name)) return 'general'
  return inherited
}

export function divisionCategories(spec: UnitSpec, name: string, isPublicService: boolean) {
  if (/Công tác Đảng/.test(name))
    return [
      ['can_bo', 0.5],
      ['cong_chuc', 0.5],
    ] as const
  const nld = /Quản trị|Hành chính|Văn phòng/.test(name) ? 0.3 : spec.code === 'CBDTW' ? 0.25 : 0.06
  const main: StaffCategory = isPublicService ? 'vien_chuc' : 'cong_chuc'
  return [
    [main, 1 - nld],
    ['nguoi_lao_dong', nld],
  ] as const
}
