import type { Language } from '../../types.js'

/**
 * Vietnamese and English labels of the coded values of the chat views, used for result columns
 * and answers. Vietnamese terms: ngạch = civil-service rank, lý luận chính trị = political
 * theory, quản lý nhà nước = state management, học hàm = academic title.
 */
export type Label = Readonly<Record<Language, string>>

const l = (vi: string, en: string): Label => ({ vi, en })

export const VALUE_LABELS = {
  sex: { female: l('Nữ', 'Female'), male: l('Nam', 'Male') },
  status: {
    working: l('Đang công tác', 'Working'),
    retired: l('Đã nghỉ hưu', 'Retired'),
    transferred_out: l('Chuyển công tác', 'Transferred out'),
    resigned: l('Thôi việc', 'Resigned'),
    dismissed: l('Buộc thôi việc', 'Dismissed'),
    deceased: l('Từ trần', 'Deceased'),
  },
  staff_category: {
    can_bo: l('Cán bộ', 'Cadre'),
    cong_chuc: l('Công chức', 'Civil servant'),
    vien_chuc: l('Viên chức', 'Public employee'),
    nguoi_lao_dong: l('Người lao động', 'Worker'),
  },
  degree: {
    pho_thong: l('Phổ thông', 'Secondary school'),
    trung_cap: l('Trung cấp', 'Vocational'),
    cao_dang: l('Cao đẳng', 'College'),
    dai_hoc: l('Đại học', 'Bachelor'),
    thac_si: l('Thạc sĩ', 'Master'),
    tien_si: l('Tiến sĩ', 'Doctorate'),
  },
  academic_title: { gs: l('Giáo sư', 'Professor'), pgs: l('Phó Giáo sư', 'Associate professor') },
  political_theory: {
    so_cap: l('Sơ cấp', 'Elementary'),
    trung_cap: l('Trung cấp', 'Intermediate'),
    cao_cap: l('Cao cấp', 'Advanced'),
    cu_nhan: l('Cử nhân', 'Bachelor'),
  },
  state_management: {
    can_su: l('Cán sự', 'Clerk'),
    chuyen_vien: l('Chuyên viên', 'Officer'),
    chuyen_vien_chinh: l('Chuyên viên chính', 'Principal officer'),
    chuyen_vien_cao_cap: l('Chuyên viên cao cấp', 'Senior officer'),
  },
  evaluation: {
    xuat_sac: l('Hoàn thành xuất sắc nhiệm vụ', 'Excellent'),
    tot: l('Hoàn thành tốt nhiệm vụ', 'Good'),
    hoan_thanh: l('Hoàn thành nhiệm vụ', 'Completed'),
    khong_hoan_thanh: l('Không hoàn thành nhiệm vụ', 'Not completed'),
  },
  movement_reason: {
    recruited: l('Tuyển dụng', 'Recruited'),
    transferred_in: l('Tiếp nhận, chuyển đến', 'Transferred in'),
    appointed: l('Bổ nhiệm', 'Appointed'),
    contracted: l('Hợp đồng', 'Contracted'),
    retired: l('Nghỉ hưu', 'Retired'),
    transferred_out: l('Chuyển công tác', 'Transferred out'),
    resigned: l('Thôi việc', 'Resigned'),
    dismissed: l('Buộc thôi việc', 'Dismissed'),
    deceased: l('Từ trần', 'Deceased'),
  },
  direction: { in: l('Vào', 'In'), out: l('Ra', 'Out') },
} as const satisfies Record<string, Record<string, Label>>

export type LabelledValue = keyof typeof VALUE_LABELS
