/**
 * Divisions (phòng, ban, trung tâm, viện, khoa…) of the top-level units, in the order they are
 * created: a unit gets the first n of its list, n growing with its staff. Names follow the
 * usual organisation of a Vietnamese ministry's units; the unit kind and the leader titles are
 * read from the first word of the name (see unit-tree.ts).
 */
export interface DivisionSpec {
  readonly name: string
  /** City the division sits in, when not Hà Nội (regional centres, southern branches). */
  readonly city?: string
  /** Relative size within its unit (1 = an ordinary phòng). */
  readonly weight?: number
  /** Whether it is a public service unit (đơn vị sự nghiệp); by default centres and institutes are. */
  readonly publicService?: boolean
}

const admin = (...names: string[]): DivisionSpec[] => names.map((name) => ({ name }))
const centre = (
  name: string,
  city?: string,
  weight = 2.5,
  publicService?: boolean,
): DivisionSpec =>
  city === undefined ? { name, weight, publicService } : { name, city, weight, publicService }

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']
const RADIO_CITIES = [
  'Hà Nội',
  'Thành phố Hồ Chí Minh',
  'Đà Nẵng',
  'Cần Thơ',
  'Hải Phòng',
  'Nghệ An',
  'Khánh Hòa',
  'Bà Rịa – Vũng Tàu',
]

export const DIVISIONS: Readonly<Record<string, readonly DivisionSpec[]>> = {
  VPB: [
    ...admin('Phòng Hành chính', 'Phòng Tổng hợp', 'Phòng Công tác Đảng, đoàn thể'),
    ...admin('Phòng Quản trị', 'Phòng Tài vụ', 'Phòng Thư ký – Biên tập', 'Phòng Truyền thông'),
    ...admin('Phòng Thi đua – Khen thưởng', 'Phòng Kiểm soát thủ tục hành chính'),
  ],
  TTRB: admin(
    'Phòng Thanh tra hành chính',
    'Phòng Thanh tra chuyên ngành khoa học và công nghệ',
    'Phòng Thanh tra chuyên ngành thông tin và truyền thông',
    'Phòng Tiếp công dân và Giải quyết khiếu nại, tố cáo',
    'Phòng Phòng, chống tham nhũng',
  ),
  CATBXHN: [
    ...admin(
      'Văn phòng Cục',
      'Phòng Cấp phép',
      'Phòng An toàn hạt nhân',
      'Phòng Kiểm soát hạt nhân',
    ),
    centre('Trung tâm Hỗ trợ kỹ thuật an toàn bức xạ, hạt nhân và ứng phó sự cố'),
    ...admin('Phòng Pháp chế và Hợp tác quốc tế', 'Phòng Thanh tra'),
  ],
  CBDTW: [
    ...admin('Văn phòng Cục', 'Phòng Tổ chức cán bộ', 'Phòng Kế hoạch – Tài chính'),
    centre('Trung tâm Bưu chính Trung ương', undefined, 3, false),
    centre('Trung tâm Bưu điện Trung ương 1', undefined, 3, false),
    centre('Trung tâm Bưu điện Trung ương 2', undefined, 3, false),
    centre('Trung tâm Viễn thông', undefined, 2.5, false),
    centre('Trung tâm Bưu điện Trung ương 3', 'Đà Nẵng', 2, false),
    centre('Trung tâm Bưu điện Trung ương 4', 'Thành phố Hồ Chí Minh', 2, false),
    ...admin('Phòng Kỹ thuật – Nghiệp vụ', 'Phòng An ninh thông tin', 'Phòng Quản lý chất lượng'),
    centre('Trung tâm Điều hành mạng', undefined, 2, false),
    centre('Trung tâm Công nghệ thông tin', undefined, 2, false),
  ],
  CCNCNTT: admin(
    'Văn phòng Cục',
    'Phòng Kế hoạch – Tài chính',
    'Phòng Công nghiệp phần cứng',
    'Phòng Công nghiệp phần mềm và nội dung số',
    'Phòng Công nghiệp bán dẫn',
    'Phòng Phát triển thị trường',
  ),
  CCDSQG: [
    ...admin(
      'Văn phòng Cục',
      'Phòng Kế hoạch – Tài chính',
      'Phòng Chính phủ số',
      'Phòng Kinh tế số',
    ),
    ...admin('Phòng Xã hội số', 'Phòng Hạ tầng và Nền tảng số'),
    centre('Trung tâm Dữ liệu và Nền tảng số'),
  ],
  CDMST: [
    ...admin('Văn phòng Cục', 'Phòng Kế hoạch – Tài chính', 'Phòng Chính sách đổi mới sáng tạo'),
    ...admin('Phòng Hệ sinh thái đổi mới sáng tạo', 'Phòng Chuyển giao công nghệ'),
    centre('Trung tâm Đổi mới sáng tạo quốc gia', undefined, 2),
  ],
  CKNDN: [
    ...admin(
      'Văn phòng Cục',
      'Phòng Khởi nghiệp sáng tạo',
      'Phòng Doanh nghiệp khoa học và công nghệ',
    ),
    ...admin('Phòng Phát triển thị trường công nghệ'),
    centre('Trung tâm Hỗ trợ khởi nghiệp', undefined, 1.5),
  ],
  CSHTT: [
    ...admin(
      'Văn phòng Cục',
      'Phòng Tổ chức cán bộ',
      'Phòng Kế hoạch – Tài chính',
      'Phòng Đăng ký',
    ),
    ...admin('Phòng Sáng chế số 1', 'Phòng Sáng chế số 2', 'Phòng Nhãn hiệu số 1'),
    ...admin('Phòng Nhãn hiệu số 2', 'Phòng Kiểu dáng công nghiệp', 'Phòng Chỉ dẫn địa lý'),
    { name: 'Văn phòng đại diện tại Thành phố Hồ Chí Minh', city: 'Thành phố Hồ Chí Minh' },
    { name: 'Văn phòng đại diện tại Đà Nẵng', city: 'Đà Nẵng' },
    centre('Trung tâm Thông tin sở hữu công nghiệp', undefined, 1.5),
    ...admin('Phòng Pháp chế và Chính sách', 'Phòng Thẩm định nhãn hiệu quốc tế'),
  ],
  CTSVTD: [
    ...admin('Văn phòng Cục', 'Phòng Kế hoạch – Tài chính', 'Phòng Quy hoạch tần số'),
    ...ROMAN.map((numeral, i) =>
      centre(`Trung tâm Tần số vô tuyến điện khu vực ${numeral}`, RADIO_CITIES[i], 3, false),
    ),
    ...admin('Phòng Cấp phép', 'Phòng Kiểm soát tần số', 'Phòng Hợp tác quốc tế'),
    ...admin('Phòng Pháp chế – Thanh tra'),
  ],
  CTTTK: [
    ...admin('Văn phòng Cục', 'Phòng Kế hoạch – Tài chính', 'Phòng Thống kê'),
    ...admin('Phòng Thông tin khoa học và công nghệ', 'Phòng Phân tích dữ liệu'),
    centre('Trung tâm Thông tin và Thống kê khoa học và công nghệ'),
    centre('Trung tâm Thư viện khoa học và công nghệ quốc gia', undefined, 2),
  ],
  CVT: [
    ...admin('Văn phòng Cục', 'Phòng Kế hoạch – Tài chính', 'Phòng Chính sách'),
    ...admin('Phòng Quản lý tài nguyên viễn thông', 'Phòng Quản lý doanh nghiệp'),
    ...admin('Phòng Kinh tế và Giá cước', 'Phòng Cấp phép', 'Phòng Pháp chế – Thanh tra'),
    centre('Trung tâm Đo kiểm và Nghiên cứu viễn thông', undefined, 2),
  ],
  UBTCDLCL: [
    ...admin('Văn phòng Ủy ban', 'Phòng Tổ chức cán bộ', 'Phòng Kế hoạch – Tài chính'),
    ...admin('Ban Tiêu chuẩn', 'Ban Đo lường', 'Ban Quản lý chất lượng'),
    centre('Viện Tiêu chuẩn Chất lượng Việt Nam', undefined, 4),
    centre('Viện Đo lường Việt Nam', undefined, 4),
    centre('Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1', undefined, 4),
    centre('Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 2', 'Đà Nẵng', 3),
    centre('Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 3', 'Thành phố Hồ Chí Minh', 4),
    centre('Trung tâm Mã số mã vạch quốc gia', undefined, 2),
    ...admin('Phòng Pháp chế – Thanh tra'),
  ],
  TTCNTT: admin(
    'Phòng Hành chính – Tổng hợp',
    'Phòng Hạ tầng kỹ thuật',
    'Phòng Phát triển phần mềm',
    'Phòng An toàn thông tin',
    'Phòng Dữ liệu',
    'Phòng Dịch vụ công trực tuyến',
  ),
  HVCLKHCN: [
    ...admin('Văn phòng Học viện', 'Phòng Đào tạo', 'Ban Nghiên cứu chiến lược'),
    ...admin('Ban Nghiên cứu chính sách', 'Ban Nghiên cứu dự báo'),
    centre('Trung tâm Đào tạo và Bồi dưỡng', undefined, 1.5),
  ],
  VNEXPRESS: [
    ...admin('Ban Thư ký tòa soạn', 'Ban Thời sự', 'Ban Kinh doanh', 'Ban Quốc tế'),
    ...admin('Ban Khoa học – Công nghệ', 'Ban Số hóa', 'Ban Thể thao', 'Ban Video'),
    { name: 'Văn phòng đại diện phía Nam', city: 'Thành phố Hồ Chí Minh', weight: 2 },
    ...admin('Văn phòng Tòa soạn', 'Phòng Kỹ thuật', 'Ban Giải trí', 'Ban Sức khỏe'),
  ],
  VNLNTVN: [
    centre('Viện Nghiên cứu hạt nhân', 'Lâm Đồng', 5),
    ...admin('Văn phòng Viện'),
    centre('Viện Khoa học và Kỹ thuật hạt nhân', undefined, 4),
    ...admin('Ban Kế hoạch – Tài chính', 'Ban Tổ chức cán bộ'),
    centre('Viện Công nghệ xạ hiếm', undefined, 3),
    centre('Trung tâm Hạt nhân Thành phố Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 2.5),
    centre('Trung tâm Chiếu xạ Hà Nội', undefined, 2),
    centre('Trung tâm Đánh giá không phá hủy', undefined, 2),
    centre('Trung tâm Đào tạo hạt nhân', undefined, 1.5),
    centre('Viện Nghiên cứu và Triển khai công nghệ bức xạ', 'Thành phố Hồ Chí Minh', 2.5),
    ...admin('Ban Hợp tác quốc tế'),
  ],
  HVCNBCVT: [
    ...admin('Phòng Hành chính – Tổng hợp', 'Phòng Đào tạo', 'Phòng Tổ chức cán bộ'),
    ...admin('Phòng Tài chính – Kế toán', 'Phòng Quản lý khoa học và Hợp tác quốc tế'),
    centre('Khoa Công nghệ thông tin 1', undefined, 3),
    centre('Khoa Viễn thông 1', undefined, 3),
    centre('Khoa Kỹ thuật điện tử 1', undefined, 2.5),
    centre('Khoa Quản trị kinh doanh 1', undefined, 2),
    centre('Khoa Cơ bản 1', undefined, 2),
    centre('Viện Khoa học Kỹ thuật Bưu điện', undefined, 3),
    centre('Cơ sở Học viện tại Thành phố Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 5),
    centre('Khoa An toàn thông tin', undefined, 2),
    centre('Khoa Đa phương tiện', undefined, 2),
    centre('Viện Kinh tế Bưu điện', undefined, 2),
    centre('Viện Công nghệ thông tin và Truyền thông', undefined, 2),
    centre('Trung tâm Đào tạo Bưu chính Viễn thông 1', undefined, 2),
  ],
  VNNIC: [
    ...admin('Phòng Hành chính – Tổng hợp', 'Phòng Kế hoạch – Tài chính', 'Phòng Quản lý tên miền'),
    ...admin('Phòng Quản lý địa chỉ IP', 'Phòng Kỹ thuật hệ thống', 'Phòng Phát triển Internet'),
    { name: 'Chi nhánh tại Thành phố Hồ Chí Minh', city: 'Thành phố Hồ Chí Minh', weight: 1.5 },
  ],
  NAFOSTED: admin(
    'Văn phòng Quỹ',
    'Ban Khoa học Tự nhiên và Kỹ thuật',
    'Ban Khoa học Xã hội và Nhân văn',
    'Ban Kế hoạch – Tài chính',
  ),
  VUDCN: [
    ...admin('Phòng Hành chính – Tổng hợp', 'Phòng Kế hoạch – Tài chính', 'Phòng Quản lý khoa học'),
    centre('Trung tâm Quang điện tử', undefined, 2.5),
    centre('Trung tâm Công nghệ vi điện tử và Tin học', undefined, 2.5),
    centre('Trung tâm Cơ điện tử', undefined, 2),
    centre('Trung tâm Công nghệ vật liệu', undefined, 2),
  ],
}

/** Extra divisions for units scaled far beyond the ministry (national-scale benchmarks). */
export function extraDivisionName(index: number): string {
  return `Phòng Nghiệp vụ ${index}`
}
