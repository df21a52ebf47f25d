import type { ChatView } from '../sql/index.js'

/**
 * Every column of every chat view, described in Vietnamese for the model (and for the help
 * page): what it means, its unit, and where its values are codes (see enum-labels.ts). A
 * database test checks that this list and the views agree column for column.
 */
export interface ViewDescription {
  readonly vi: string
  readonly columns: Readonly<Record<string, string>>
}

export const CHAT_SCHEMA: Readonly<Record<ChatView, ViewDescription>> = {
  units: {
    vi: 'Đơn vị (cây tổ chức của Bộ), chỉ các đơn vị đang tồn tại',
    columns: {
      id: 'mã số đơn vị',
      code: 'mã viết tắt, ví dụ CVT (Cục Viễn thông), VTCCB (Vụ Tổ chức cán bộ)',
      name: 'tên đầy đủ, ví dụ "Cục Viễn thông"',
      short_name: 'tên ngắn',
      kind: 'loại đơn vị (mã, xem unit_kind)',
      is_public_service: 'true nếu là đơn vị sự nghiệp công lập',
      parent_id: 'đơn vị cấp trên',
      depth: 'cấp trong cây: 0 là Bộ, 1 là đơn vị trực thuộc Bộ, 2 là phòng/trung tâm…',
      path: "đường dẫn mã số '/1/7/31/'; đơn vị con có path bắt đầu bằng path của đơn vị cha",
      top_unit_id: 'đơn vị cấp 1 (trực thuộc Bộ) chứa đơn vị này',
      top_unit_name: 'tên đơn vị cấp 1 chứa đơn vị này',
    },
  },
  people: {
    vi: 'Cán bộ, công chức, viên chức, người lao động (mỗi người một dòng, kể cả đã nghỉ hưu, chuyển đi)',
    columns: {
      id: 'mã số người',
      full_name: 'họ và tên có dấu',
      name_search: 'họ tên viết thường, bỏ dấu, để tìm theo tên',
      sex: 'giới tính (mã, xem sex)',
      birth_date: 'ngày sinh',
      birth_year: 'năm sinh',
      age: 'tuổi tròn năm tính đến hôm nay',
      staff_category: 'loại cán bộ (mã, xem staff_category)',
      status: 'tình trạng (mã, xem status); người đang làm việc là status = working',
      status_date: 'ngày thay đổi tình trạng (nghỉ hưu, chuyển đi…)',
      status_reason: 'lý do thay đổi tình trạng',
      unit_id: 'đơn vị đang công tác',
      unit_name: 'tên đơn vị đang công tác',
      unit_path: 'path của đơn vị đang công tác (so với chat.units.path để lấy cả đơn vị con)',
      rank_code: 'mã ngạch công chức / chức danh nghề nghiệp viên chức',
      rank_name: 'tên ngạch hoặc chức danh nghề nghiệp, ví dụ "Chuyên viên chính"',
      rank_grade: 'bậc của ngạch: 1 cao cấp (hạng I), 2 chính (hạng II), 3 (hạng III), 4 (hạng IV)',
      salary_group: 'nhóm thang lương, ví dụ A1, A2.1',
      salary_step: 'bậc lương',
      salary_coefficient: 'hệ số lương',
      above_frame_percent: 'phần trăm phụ cấp thâm niên vượt khung',
      highest_degree: 'trình độ chuyên môn cao nhất (mã, xem degree)',
      field_of_study: 'chuyên ngành đào tạo',
      academic_title: 'học hàm (mã, xem academic_title), null nếu không có',
      political_theory: 'trình độ lý luận chính trị (mã, xem political_theory)',
      state_management: 'trình độ quản lý nhà nước (mã, xem state_management)',
      home_town: 'quê quán',
      joined_state_service: 'ngày vào cơ quan nhà nước',
      joined_ministry: 'ngày về Bộ',
      join_reason: 'hình thức về Bộ (mã, xem join_reason)',
      retirement_date: 'ngày nghỉ hưu theo lộ trình tuổi nghỉ hưu của Nghị định 135/2020/NĐ-CP',
      post_title: 'chức vụ lãnh đạo hiện giữ, ví dụ "Cục trưởng"; null nếu không giữ chức vụ',
      post_level: 'cấp chức vụ hiện giữ (xem post_level)',
      post_unit_id: 'đơn vị của chức vụ hiện giữ',
      post_start: 'ngày bắt đầu giữ chức vụ hiện tại',
      post_term_end: 'ngày hết nhiệm kỳ 5 năm của chức vụ hiện tại',
    },
  },
  appointments: {
    vi: 'Quá trình bổ nhiệm chức vụ lãnh đạo (cả các lần đã kết thúc)',
    columns: {
      id: 'mã số lần bổ nhiệm',
      person_id: 'người được bổ nhiệm (chat.people.id)',
      post_id: 'chức vụ (chat.posts.id)',
      unit_id: 'đơn vị của chức vụ',
      post_title: 'tên chức vụ',
      post_level: 'cấp chức vụ (xem post_level)',
      is_head: 'true nếu là cấp trưởng',
      kind: 'hình thức (mã, xem appointment_kind)',
      start_date: 'ngày bổ nhiệm',
      term_end: 'ngày hết nhiệm kỳ',
      end_date: 'ngày thôi giữ chức vụ; null nếu đang giữ',
      end_reason: 'lý do thôi giữ chức vụ (mã, xem end_reason)',
    },
  },
  posts: {
    vi: 'Chức vụ lãnh đạo của từng đơn vị và số lượng cho phép',
    columns: {
      id: 'mã số chức vụ',
      unit_id: 'đơn vị',
      unit_name: 'tên đơn vị',
      title: 'tên chức vụ, ví dụ "Phó Cục trưởng"',
      level: 'cấp chức vụ (xem post_level)',
      is_head: 'true nếu là cấp trưởng',
      seats: 'số người được bố trí',
      allowance_coefficient: 'hệ số phụ cấp chức vụ',
    },
  },
  evaluations: {
    vi: 'Kết quả đánh giá, xếp loại chất lượng hằng năm',
    columns: {
      person_id: 'người được đánh giá (chat.people.id)',
      year: 'năm đánh giá',
      level: 'mức xếp loại (mã, xem evaluation_level)',
      score: 'điểm đánh giá thang 100 (từ năm 2026), có thể null',
    },
  },
  planning: {
    vi: 'Quy hoạch chức vụ lãnh đạo',
    columns: {
      person_id: 'người được quy hoạch (chat.people.id)',
      post_id: 'chức vụ được quy hoạch',
      post_title: 'tên chức vụ được quy hoạch',
      post_level: 'cấp chức vụ được quy hoạch',
      post_unit_id: 'đơn vị của chức vụ được quy hoạch',
      period_start: 'năm đầu giai đoạn quy hoạch, ví dụ 2026',
      period_end: 'năm cuối giai đoạn quy hoạch, ví dụ 2031',
      added_on: 'ngày đưa vào quy hoạch',
      removed_on: 'ngày đưa ra khỏi quy hoạch; null nếu còn trong quy hoạch',
      active: 'true nếu còn trong quy hoạch',
    },
  },
  trainings: {
    vi: 'Đào tạo, bồi dưỡng đã hoàn thành',
    columns: {
      person_id: 'người học (chat.people.id)',
      kind: 'loại đào tạo (mã, xem training_kind)',
      level: 'trình độ đạt được',
      completed_on: 'ngày hoàn thành',
    },
  },
  awards: {
    vi: 'Khen thưởng',
    columns: {
      person_id: 'người được khen thưởng (chat.people.id)',
      year: 'năm khen thưởng',
      kind: 'hình thức khen thưởng',
    },
  },
  movements: {
    vi: 'Biến động nhân sự: mỗi lần về Bộ (in) và mỗi lần ra khỏi danh sách đang làm việc (out)',
    columns: {
      person_id: 'người (chat.people.id)',
      unit_id: 'đơn vị',
      direction: "'in' là tăng (về Bộ), 'out' là giảm (nghỉ hưu, chuyển đi, thôi việc…)",
      reason: 'lý do: với in là join_reason, với out là status',
      event_date: 'ngày biến động',
      year: 'năm biến động',
    },
  },
  quotas: {
    vi: 'Biên chế, số lượng người làm việc được giao theo năm',
    columns: {
      unit_id: 'đơn vị',
      year: 'năm',
      staff_category: 'loại cán bộ (mã, xem staff_category)',
      quota: 'số được giao',
    },
  },
  ranks: {
    vi: 'Danh mục ngạch công chức và chức danh nghề nghiệp viên chức',
    columns: {
      code: 'mã ngạch',
      name: 'tên ngạch',
      salary_group: 'nhóm thang lương',
      staff_category: 'loại cán bộ áp dụng (mã, xem staff_category)',
      grade: 'bậc của ngạch: 1 cao cấp … 4',
    },
  },
  people_private: {
    vi: 'Thông tin cá nhân nhạy cảm (Luật Bảo vệ dữ liệu cá nhân)',
    columns: {
      person_id: 'người (chat.people.id)',
      national_id: 'số định danh cá nhân (12 chữ số)',
      ethnicity: 'dân tộc, ví dụ "Kinh", "Tày"',
      religion: 'tôn giáo, null nếu không',
      is_party_member: 'true nếu là đảng viên',
      party_joined_on: 'ngày vào Đảng',
    },
  },
  disciplines: {
    vi: 'Kỷ luật (dữ liệu nhạy cảm)',
    columns: {
      person_id: 'người bị kỷ luật (chat.people.id)',
      form: 'hình thức kỷ luật (mã, xem discipline_form)',
      authority: "'administrative' là kỷ luật hành chính, 'party' là kỷ luật Đảng",
      decided_on: 'ngày quyết định',
      effective_until: 'ngày hết hiệu lực',
    },
  },
  people_counts: {
    vi:
      'Số người theo đơn vị và đặc điểm (tổng hợp sẵn, luôn khớp chat.people): mỗi dòng là số ' +
      'người của một đơn vị có cùng trạng thái, giới tính, loại cán bộ, ngạch, trình độ, học hàm, ' +
      'lý luận chính trị và quản lý nhà nước. Đếm bằng sum(people), nhanh hơn đếm chat.people',
    columns: {
      unit_id: 'đơn vị',
      unit_name: 'tên đơn vị',
      unit_path: 'đường dẫn mã số của đơn vị, như chat.people.unit_path',
      status: 'trạng thái (mã, xem status)',
      sex: 'giới tính (mã, xem sex)',
      staff_category: 'loại cán bộ (mã, xem staff_category)',
      rank_code: 'mã ngạch',
      rank_name: 'tên ngạch',
      rank_grade: 'bậc của ngạch: 1 cao cấp … 4',
      salary_group: 'nhóm thang lương của ngạch',
      highest_degree: 'trình độ chuyên môn cao nhất (mã, xem degree)',
      academic_title: 'học hàm (mã, xem academic_title)',
      political_theory: 'trình độ lý luận chính trị (mã, xem political_theory)',
      state_management: 'trình độ quản lý nhà nước (mã, xem state_management)',
      people: 'số người của dòng này',
    },
  },
  birth_counts: {
    vi:
      'Số người của toàn Bộ theo ngày sinh (tổng hợp sẵn, luôn khớp chat.people, chỉ người xem ' +
      'được toàn Bộ mới dùng được): mỗi dòng là số người có cùng trạng thái, giới tính, ngày ' +
      'sinh và ngày nghỉ hưu. Đếm bằng sum(people); tuổi tính từ birth_date',
    columns: {
      status: 'trạng thái (mã, xem status)',
      sex: 'giới tính (mã, xem sex)',
      birth_date: 'ngày sinh',
      birth_year: 'năm sinh',
      retirement_date: 'ngày nghỉ hưu theo lộ trình tuổi nghỉ hưu của Nghị định 135/2020/NĐ-CP',
      people: 'số người của dòng này',
    },
  },
}
