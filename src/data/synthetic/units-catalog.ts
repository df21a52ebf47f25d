import type { UnitKind } from '../schema.js'

/**
 * The ministry's top-level units: the 25 units of Decree 55/2025/NĐ-CP (Ministry of Science and
 * Technology after its merger with the Ministry of Information and Communications), plus a
 * handful of public service units under the ministry. `weight` is the relative size of the
 * working staff used by the synthetic ministry; `abbreviations` feed entity linking in chat.
 */
export interface UnitSpec {
  readonly code: string
  readonly name: string
  readonly shortName: string
  readonly abbreviations: readonly string[]
  readonly kind: UnitKind
  readonly isPublicService: boolean
  readonly weight: number
  /** Whether the unit is organised in divisions (phòng, trung tâm); a Vụ usually is not. */
  readonly hasDivisions: boolean
}

export const ROOT_UNIT = {
  code: 'BKHCN',
  name: 'Bộ Khoa học và Công nghệ',
  shortName: 'Bộ KH&CN',
  abbreviations: ['BKHCN', 'Bộ KHCN', 'MOST'],
} as const

const vu = (
  code: string,
  name: string,
  shortName: string,
  abbreviations: string[],
  weight: number,
): UnitSpec => ({
  code,
  name,
  shortName,
  abbreviations,
  kind: 'vu',
  isPublicService: false,
  weight,
  hasDivisions: false,
})

const organised = (
  code: string,
  name: string,
  shortName: string,
  abbreviations: string[],
  kind: UnitKind,
  weight: number,
  isPublicService = false,
): UnitSpec => ({
  code,
  name,
  shortName,
  abbreviations,
  kind,
  isPublicService,
  weight,
  hasDivisions: true,
})

export const TOP_UNITS: readonly UnitSpec[] = [
  vu('VBC', 'Vụ Bưu chính', 'Vụ BC', ['VBC', 'Vụ BC'], 30),
  vu('VDGTD', 'Vụ Đánh giá và Thẩm định công nghệ', 'Vụ ĐGTĐCN', ['VDGTD', 'Vụ ĐG&TĐCN'], 32),
  vu('VKHKT', 'Vụ Khoa học kỹ thuật và công nghệ', 'Vụ KHKT&CN', ['VKHKT', 'Vụ KHKT'], 35),
  vu('VKHXH', 'Vụ Khoa học Xã hội, Nhân văn và Tự nhiên', 'Vụ KHXHNV&TN', ['VKHXH', 'Vụ KHXH'], 30),
  vu('VKTXHS', 'Vụ Kinh tế và Xã hội số', 'Vụ KT&XHS', ['VKTXHS', 'Vụ KTXHS'], 28),
  vu('VKHTC', 'Vụ Kế hoạch – Tài chính', 'Vụ KHTC', ['VKHTC', 'Vụ KH-TC'], 45),
  vu('VHTQT', 'Vụ Hợp tác quốc tế', 'Vụ HTQT', ['VHTQT'], 35),
  vu('VPC', 'Vụ Pháp chế', 'Vụ PC', ['VPC'], 30),
  vu('VTCCB', 'Vụ Tổ chức cán bộ', 'Vụ TCCB', ['VTCCB'], 40),
  organised('VPB', 'Văn phòng Bộ', 'Văn phòng', ['VPB', 'VP Bộ'], 'van_phong', 180),
  organised('TTRB', 'Thanh tra Bộ', 'Thanh tra', ['TTRB', 'TT Bộ'], 'thanh_tra', 60),
  organised(
    'CATBXHN',
    'Cục An toàn bức xạ và hạt nhân',
    'Cục ATBXHN',
    ['CATBXHN', 'VARANS'],
    'cuc',
    120,
  ),
  organised('CBDTW', 'Cục Bưu điện Trung ương', 'Cục BĐTW', ['CBDTW', 'Cục BĐ TW'], 'cuc', 700),
  organised(
    'CCNCNTT',
    'Cục Công nghiệp công nghệ thông tin',
    'Cục CNCNTT',
    ['CCNCNTT', 'Cục CN CNTT'],
    'cuc',
    70,
  ),
  organised('CCDSQG', 'Cục Chuyển đổi số quốc gia', 'Cục CĐSQG', ['CCDSQG', 'Cục CĐS'], 'cuc', 100),
  organised('CDMST', 'Cục Đổi mới sáng tạo', 'Cục ĐMST', ['CDMST'], 'cuc', 70),
  organised(
    'CKNDN',
    'Cục Khởi nghiệp và Doanh nghiệp công nghệ',
    'Cục KN&DNCN',
    ['CKNDN', 'Cục KNDNCN'],
    'cuc',
    60,
  ),
  organised('CSHTT', 'Cục Sở hữu trí tuệ', 'Cục SHTT', ['CSHTT', 'IP Việt Nam'], 'cuc', 330),
  organised(
    'CTSVTD',
    'Cục Tần số vô tuyến điện',
    'Cục TSVTĐ',
    ['CTSVTD', 'Cục Tần số'],
    'cuc',
    520,
  ),
  organised('CTTTK', 'Cục Thông tin, Thống kê', 'Cục TTTK', ['CTTTK'], 'cuc', 120),
  organised('CVT', 'Cục Viễn thông', 'Cục VT', ['CVT', 'VNTA'], 'cuc', 160),
  organised(
    'UBTCDLCL',
    'Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia',
    'Ủy ban TCĐLCL',
    ['UBTCDLCL', 'UB TCĐLCL'],
    'uy_ban',
    420,
  ),
  organised(
    'TTCNTT',
    'Trung tâm Công nghệ thông tin',
    'TTCNTT',
    ['TTCNTT', 'TT CNTT'],
    'trung_tam',
    120,
    true,
  ),
  organised(
    'HVCLKHCN',
    'Học viện Chiến lược Khoa học và Công nghệ',
    'Học viện CLKH&CN',
    ['HVCLKHCN', 'HV CLKHCN'],
    'hoc_vien',
    90,
    true,
  ),
  organised('VNEXPRESS', 'Báo VnExpress', 'VnExpress', ['VNE', 'VnExpress'], 'bao', 250, true),
  // Public service units under the ministry beyond the 25 of Decree 55/2025.
  organised(
    'VNLNTVN',
    'Viện Năng lượng nguyên tử Việt Nam',
    'Viện NLNTVN',
    ['VINATOM', 'Viện NLNT'],
    'vien',
    600,
    true,
  ),
  organised(
    'HVCNBCVT',
    'Học viện Công nghệ Bưu chính Viễn thông',
    'Học viện CNBCVT',
    ['PTIT', 'HVCNBCVT'],
    'hoc_vien',
    800,
    true,
  ),
  organised(
    'VNNIC',
    'Trung tâm Internet Việt Nam',
    'Trung tâm Internet',
    ['VNNIC'],
    'trung_tam',
    150,
    true,
  ),
  organised(
    'NAFOSTED',
    'Quỹ Phát triển khoa học và công nghệ Quốc gia',
    'Quỹ NAFOSTED',
    ['NAFOSTED', 'Quỹ PTKHCNQG'],
    'quy',
    50,
    true,
  ),
  organised(
    'VUDCN',
    'Viện Ứng dụng công nghệ',
    'Viện ƯDCN',
    ['NACENTECH', 'VUDCN'],
    'vien',
    120,
    true,
  ),
]
