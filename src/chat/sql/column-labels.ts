import type { Language } from '../types.js'
import type { Label } from '../understand/vocabulary/value-labels.js'

/** Result column names, in the question's language: the table header the asker reads. */
const l = (vi: string, en: string): Label => ({ vi, en })

export const COLUMN_LABELS = {
  full_name: l('Họ và tên', 'Full name'),
  unit: l('Đơn vị', 'Unit'),
  birth_date: l('Ngày sinh', 'Birth date'),
  birth_year: l('Năm sinh', 'Birth year'),
  age: l('Tuổi', 'Age'),
  sex: l('Giới tính', 'Sex'),
  post: l('Chức vụ', 'Post'),
  post_start: l('Ngày bổ nhiệm', 'Appointed on'),
  post_since: l('Giữ chức vụ từ', 'In post since'),
  term_end: l('Hết nhiệm kỳ', 'Term ends'),
  rank: l('Ngạch', 'Rank'),
  salary_step: l('Bậc lương', 'Salary step'),
  salary_coefficient: l('Hệ số lương', 'Salary coefficient'),
  degree: l('Trình độ', 'Degree'),
  academic_title: l('Học hàm', 'Academic title'),
  political_theory: l('Lý luận chính trị', 'Political theory'),
  state_management: l('Quản lý nhà nước', 'State management'),
  staff_category: l('Đối tượng', 'Staff category'),
  retirement_date: l('Ngày nghỉ hưu', 'Retirement date'),
  status: l('Trạng thái', 'Status'),
  status_date: l('Ngày chuyển trạng thái', 'Status date'),
  joined_ministry: l('Ngày vào Bộ', 'Joined the ministry'),
  field_of_study: l('Chuyên ngành', 'Field of study'),
  home_town: l('Quê quán', 'Home town'),
  joined_state_service: l('Ngày vào cơ quan nhà nước', 'Joined the state service'),
  service_years: l('Thâm niên công tác (năm)', 'Years of service'),
  ministry_years: l('Số năm công tác tại Bộ', 'Years in the ministry'),
  ethnicity: l('Dân tộc', 'Ethnicity'),
  religion: l('Tôn giáo', 'Religion'),
  people: l('Số người', 'People'),
  total: l('Tổng số', 'Total'),
  share: l('Tỷ lệ (%)', 'Share (%)'),
  avg_age: l('Tuổi trung bình', 'Average age'),
  min_age: l('Tuổi thấp nhất', 'Youngest age'),
  max_age: l('Tuổi cao nhất', 'Oldest age'),
  avg_salary_coefficient: l('Hệ số lương trung bình', 'Average salary coefficient'),
  min_salary_coefficient: l('Hệ số lương thấp nhất', 'Lowest salary coefficient'),
  max_salary_coefficient: l('Hệ số lương cao nhất', 'Highest salary coefficient'),
  avg_salary_step: l('Bậc lương trung bình', 'Average salary step'),
  min_salary_step: l('Bậc lương thấp nhất', 'Lowest salary step'),
  max_salary_step: l('Bậc lương cao nhất', 'Highest salary step'),
  avg_service_years: l('Thâm niên công tác trung bình (năm)', 'Average years of service'),
  min_service_years: l('Thâm niên công tác thấp nhất (năm)', 'Fewest years of service'),
  max_service_years: l('Thâm niên công tác cao nhất (năm)', 'Most years of service'),
  avg_ministry_years: l('Số năm công tác tại Bộ trung bình', 'Average years in the ministry'),
  min_ministry_years: l('Số năm công tác tại Bộ ít nhất', 'Fewest years in the ministry'),
  max_ministry_years: l('Số năm công tác tại Bộ nhiều nhất', 'Most years in the ministry'),
  age_band: l('Nhóm tuổi', 'Age band'),
  retirement_year: l('Năm nghỉ hưu', 'Retirement year'),
  term_end_year: l('Năm hết nhiệm kỳ', 'Term end year'),
  year: l('Năm', 'Year'),
  direction: l('Chiều', 'Direction'),
  reason: l('Lý do', 'Reason'),
  quota: l('Biên chế được giao', 'Approved headcount'),
  evaluation_level: l('Xếp loại', 'Evaluation'),
  form: l('Hình thức kỷ luật', 'Discipline'),
  decided_on: l('Ngày quyết định', 'Decided on'),
  effective_until: l('Hiệu lực đến', 'In effect until'),
  decisions: l('Số quyết định', 'Decisions'),
  appointments: l('Số lượt bổ nhiệm', 'Appointments'),
} as const satisfies Record<string, Label>

export type ColumnKey = keyof typeof COLUMN_LABELS

export function columnLabel(key: ColumnKey, language: Language): string {
  return COLUMN_LABELS[key][language]
}
