/**
 * Vietnamese and English labels of the codes stored in the database, in one place for pages,
 * prompts and exports. Codes are English snake_case or Vietnamese without diacritics; labels are
 * what people read.
 */
type Labels<K extends string> = Record<K, { readonly vi: string; readonly en: string }>

export const STATUS_LABELS: Labels<
  'working' | 'retired' | 'transferred_out' | 'resigned' | 'dismissed' | 'deceased'
> = {
  working: { vi: 'Đang công tác', en: 'Working' },
  retired: { vi: 'Đã nghỉ hưu', en: 'Retired' },
  transferred_out: { vi: 'Đã chuyển công tác', en: 'Transferred out' },
  resigned: { vi: 'Đã thôi việc', en: 'Resigned' },
  dismissed: { vi: 'Bị buộc thôi việc', en: 'Dismissed' },
  deceased: { vi: 'Đã từ trần', en: 'Deceased' },
}

export const STAFF_CATEGORY_LABELS: Labels<
  'can_bo' | 'cong_chuc' | 'vien_chuc' | 'nguoi_lao_dong'
> = {
  can_bo: { vi: 'Cán bộ', en: 'Cadre' },
  cong_chuc: { vi: 'Công chức', en: 'Civil servant' },
  vien_chuc: { vi: 'Viên chức', en: 'Public employee' },
  nguoi_lao_dong: { vi: 'Người lao động', en: 'Worker' },
}

export const SEX_LABELS: Labels<'male' | 'female'> = {
  male: { vi: 'Nam', en: 'Male' },
  female: { vi: 'Nữ', en: 'Female' },
}

export const DEGREE_LABELS: Labels<
  'pho_thong' | 'trung_cap' | 'cao_dang' | 'dai_hoc' | 'thac_si' | 'tien_si'
> = {
  pho_thong: { vi: 'Phổ thông', en: 'Secondary school' },
  trung_cap: { vi: 'Trung cấp', en: 'Vocational' },
  cao_dang: { vi: 'Cao đẳng', en: 'College' },
  dai_hoc: { vi: 'Đại học', en: "Bachelor's" },
  thac_si: { vi: 'Thạc sĩ', en: "Master's" },
  tien_si: { vi: 'Tiến sĩ', en: 'Doctorate' },
}

export const ACADEMIC_TITLE_LABELS: Labels<'pgs' | 'gs'> = {
  pgs: { vi: 'Phó Giáo sư', en: 'Associate Professor' },
  gs: { vi: 'Giáo sư', en: 'Professor' },
}

export const POLITICAL_THEORY_LABELS: Labels<'so_cap' | 'trung_cap' | 'cao_cap' | 'cu_nhan'> = {
  so_cap: { vi: 'Sơ cấp', en: 'Elementary' },
  trung_cap: { vi: 'Trung cấp', en: 'Intermediate' },
  cao_cap: { vi: 'Cao cấp', en: 'Advanced' },
  cu_nhan: { vi: 'Cử nhân', en: 'Bachelor' },
}

export const STATE_MANAGEMENT_LABELS: Labels<
  'can_su' | 'chuyen_vien' | 'chuyen_vien_chinh' | 'chuyen_vien_cao_cap'
> = {
  can_su: { vi: 'Cán sự', en: 'Clerk level' },
  chuyen_vien: { vi: 'Chuyên viên', en: 'Officer level' },
  chuyen_vien_chinh: { vi: 'Chuyên viên chính', en: 'Principal officer level' },
  chuyen_vien_cao_cap: { vi: 'Chuyên viên cao cấp', en: 'Senior officer level' },
}

export const EVALUATION_LABELS: Labels<'xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh'> = {
  xuat_sac: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent' },
  tot: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good' },
  hoan_thanh: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed' },
  khong_hoan_thanh: { vi: 'Không hoàn thành nhiệm vụ', en: 'Not completed' },
}

export const DISCIPLINE_LABELS: Labels<
  'khien_trach' | 'canh_cao' | 'ha_bac_luong' | 'giang_chuc' | 'cach_chuc' | 'buoc_thoi_viec'
> = {
  khien_trach: { vi: 'Khiển trách', en: 'Reprimand' },
  canh_cao: { vi: 'Cảnh cáo', en: 'Warning' },
  ha_bac_luong: { vi: 'Hạ bậc lương', en: 'Salary step reduction' },
  giang_chuc: { vi: 'Giáng chức', en: 'Demotion' },
  cach_chuc: { vi: 'Cách chức', en: 'Removal from post' },
  buoc_thoi_viec: { vi: 'Buộc thôi việc', en: 'Dismissal' },
}

/** The label of a code in a table of labels, or the code itself when it has none. */
export function labelOf<K extends string>(
  labels: Labels<K>,
  code: string | null | undefined,
  language: 'vi' | 'en',
): string {
  if (code === null || code === undefined) return ''
  return (labels as Record<string, { vi: string; en: string }>)[code]?.[language] ?? code
}
