import type { RuleCode } from './facts.js'

/** The source of each rule (regulations-facts.md §2–4), as the answer cites it. */
export const CITATIONS: Record<RuleCode, string> = {
  PLANNING:
    'Nghị định 138/2020/NĐ-CP, Điều 42 khoản 2, sửa đổi bởi Nghị định 116/2024/NĐ-CP ' +
    '("tương đương hoặc cao hơn"); Quy định 377-QĐ/TW, Điều 34',
  AGE_60_MONTHS:
    'Hướng dẫn 06-HD/BTCTW ngày 26/7/2021; Nghị định 138/2020/NĐ-CP, Điều 42 khoản 4; ' +
    'tuổi nghỉ hưu theo Nghị định 135/2020/NĐ-CP, Điều 3–4',
  RANK: 'Tiêu chuẩn chức danh lãnh đạo, quản lý do Bộ quy định (khung: Quy định 89-QĐ/TW); Nghị định 138/2020/NĐ-CP, Điều 42 khoản 1',
  DEGREE:
    'Tiêu chuẩn chức danh lãnh đạo, quản lý do Bộ quy định (khung: Quy định 89-QĐ/TW); Nghị định 138/2020/NĐ-CP, Điều 42 khoản 1',
  POLITICAL_THEORY:
    'Tiêu chuẩn chức danh lãnh đạo, quản lý do Bộ quy định (khung: Quy định 89-QĐ/TW)',
  STATE_MANAGEMENT:
    'Tiêu chuẩn chức danh lãnh đạo, quản lý do Bộ quy định; Nghị định 138/2020/NĐ-CP, Điều 42 khoản 1',
  EVALUATION:
    'Xếp loại chất lượng theo Nghị định 90/2020/NĐ-CP (sửa đổi bởi Nghị định 48/2023/NĐ-CP) và ' +
    'Nghị định 335/2025/NĐ-CP; số năm và mức tối thiểu do Bộ quy định',
  DISCIPLINE:
    'Quy định 377-QĐ/TW: 24 tháng sau khiển trách, 36 tháng sau cảnh cáo, 60 tháng sau cách chức',
  TENURE:
    'Nghị định 85/2023/NĐ-CP (viên chức); Nghị định 116/2024/NĐ-CP (công chức): ít nhất 24 tháng ' +
    'giữ chức vụ hiện tại hoặc tương đương, trừ bổ nhiệm lần đầu',
}
