import type { Tier } from '../../access/index.js'
import { CHAT_VIEWS, SENSITIVE_CHAT_VIEWS } from '../sql/index.js'
import { CHAT_SCHEMA } from './chat-schema-columns.js'

/** The codes stored in coded columns, with their Vietnamese meaning. */
export const CODE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  sex: { male: 'nam', female: 'nữ' },
  staff_category: {
    can_bo: 'cán bộ',
    cong_chuc: 'công chức',
    vien_chuc: 'viên chức',
    nguoi_lao_dong: 'người lao động',
  },
  status: {
    working: 'đang công tác',
    retired: 'đã nghỉ hưu',
    transferred_out: 'đã chuyển công tác ra khỏi Bộ',
    resigned: 'đã thôi việc',
    dismissed: 'bị buộc thôi việc',
    deceased: 'đã từ trần',
  },
  degree: {
    pho_thong: 'phổ thông',
    trung_cap: 'trung cấp',
    cao_dang: 'cao đẳng',
    dai_hoc: 'đại học',
    thac_si: 'thạc sĩ',
    tien_si: 'tiến sĩ',
  },
  academic_title: { pgs: 'phó giáo sư', gs: 'giáo sư' },
  political_theory: {
    so_cap: 'sơ cấp',
    trung_cap: 'trung cấp',
    cao_cap: 'cao cấp',
    cu_nhan: 'cử nhân',
  },
  state_management: {
    can_su: 'cán sự',
    chuyen_vien: 'chuyên viên',
    chuyen_vien_chinh: 'chuyên viên chính',
    chuyen_vien_cao_cap: 'chuyên viên cao cấp',
  },
  evaluation_level: {
    xuat_sac: 'hoàn thành xuất sắc nhiệm vụ',
    tot: 'hoàn thành tốt nhiệm vụ',
    hoan_thanh: 'hoàn thành nhiệm vụ',
    khong_hoan_thanh: 'không hoàn thành nhiệm vụ',
  },
  discipline_form: {
    khien_trach: 'khiển trách',
    canh_cao: 'cảnh cáo',
    ha_bac_luong: 'hạ bậc lương',
    giang_chuc: 'giáng chức',
    cach_chuc: 'cách chức',
    buoc_thoi_viec: 'buộc thôi việc',
  },
  appointment_kind: {
    first: 'bổ nhiệm lần đầu',
    reappointment: 'bổ nhiệm lại',
    extension: 'kéo dài thời gian giữ chức vụ đến tuổi nghỉ hưu',
    acting: 'giao quyền',
  },
  end_reason: {
    term_ended: 'hết nhiệm kỳ',
    reappointed: 'được bổ nhiệm lại',
    promoted: 'được bổ nhiệm chức vụ cao hơn',
    transferred: 'điều động',
    retired: 'nghỉ hưu',
    dismissed: 'miễn nhiệm',
    resigned: 'từ chức',
    removed: 'cách chức',
  },
  join_reason: {
    recruited: 'tuyển dụng',
    transferred_in: 'tiếp nhận, điều động từ nơi khác',
    appointed: 'bổ nhiệm',
    contracted: 'hợp đồng',
  },
  training_kind: {
    political_theory: 'lý luận chính trị',
    state_management: 'quản lý nhà nước',
    foreign_language: 'ngoại ngữ',
    it: 'tin học',
    defence_security: 'quốc phòng và an ninh',
    other: 'khác',
  },
  unit_kind: {
    bo: 'Bộ',
    vu: 'Vụ',
    cuc: 'Cục',
    van_phong: 'Văn phòng',
    thanh_tra: 'Thanh tra',
    uy_ban: 'Ủy ban',
    trung_tam: 'Trung tâm',
    hoc_vien: 'Học viện',
    vien: 'Viện',
    bao: 'Báo',
    quy: 'Quỹ',
    phong: 'Phòng',
    chi_cuc: 'Chi cục',
    khac: 'khác',
  },
  post_level: {
    '1': 'Bộ trưởng',
    '2': 'Thứ trưởng',
    '3': 'người đứng đầu đơn vị trực thuộc Bộ (Vụ trưởng, Cục trưởng…)',
    '4': 'cấp phó của đơn vị trực thuộc Bộ',
    '5': 'trưởng phòng và tương đương',
    '6': 'phó trưởng phòng và tương đương',
  },
}

/**
 * The chat views as the model sees them: each view, each column with its meaning, and the
 * codes. Sensitive views are listed for every asker, marked as forbidden to those whose tier
 * may not read them, so that the model declines rather than guesses. No row of data appears.
 */
export function describeChatSchema(tier: Tier): string {
  const mayReadSensitive = tier === 'sensitive' || tier === 'self'
  const views = CHAT_VIEWS.map((view) => {
    const { vi, columns } = CHAT_SCHEMA[view]
    const sensitive = (SENSITIVE_CHAT_VIEWS as readonly string[]).includes(view)
    const note = !sensitive
      ? ''
      : mayReadSensitive
        ? ' — NHẠY CẢM'
        : ' — NHẠY CẢM, người hỏi KHÔNG được xem: từ chối câu hỏi cần view này'
    const lines = Object.entries(columns).map(([name, meaning]) => `  - ${name}: ${meaning}`)
    return [`chat.${view}: ${vi}${note}`, ...lines].join('\n')
  })
  const codes = Object.entries(CODE_LABELS).map(
    ([name, labels]) =>
      `${name}: ${Object.entries(labels)
        .map(([code, label]) => `'${code}' = ${label}`)
        .join('; ')}`,
  )
  return [...views, '', 'Các mã (code = nghĩa):', ...codes].join('\n')
}
