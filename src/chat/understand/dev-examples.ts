/**
 * Development questions written for the offline engine, worded unlike the evaluation's tuning
 * set, with hand-written SQL that answers each one (working staff unless the question says
 * otherwise; a unit is its subtree; see eval/README.md). The database tests run both as the
 * question's role and compare the rows; `null` SQL means the engine must abstain or route.
 */
export interface DevExample {
  readonly question: string
  readonly sql: string | null
  readonly role?: 'ministry_hr' | 'leader' | 'unit_hr' | 'planner'
  /** Earlier questions of the same conversation, asked first. */
  readonly before?: readonly string[]
  readonly orderMatters?: boolean
  /** What a question without SQL must become. */
  readonly expect?: 'abstain' | 'regulation' | 'forecast' | 'help'
}

const W = `from chat.people p where p.status = 'working'`
const unit = (code: string) =>
  `p.unit_path like (select path from chat.units where code = '${code}') || '%'`

export const DEV_EXAMPLES: readonly DevExample[] = [
  // Counts, with and without diacritics, and in English.
  {
    question: 'Văn phòng Bộ hiện có tổng cộng bao nhiêu cán bộ?',
    sql: `select count(*) ${W} and ${unit('VPB')}`,
  },
  {
    question: 'so nguoi dang cong tac o Cuc Vien thong',
    sql: `select count(*) ${W} and ${unit('CVT')}`,
  },
  {
    question: 'How many people work at the Central Post Office?',
    sql: `select count(*) ${W} and ${unit('CBDTW')}`,
  },
  {
    question: 'Thanh tra Bộ có mấy nữ?',
    sql: `select count(*) ${W} and ${unit('TTRB')} and p.sex = 'female'`,
  },
  {
    question: 'Số nam giới ở Cục Sở hữu trí tuệ',
    sql: `select count(*) ${W} and ${unit('CSHTT')} and p.sex = 'male'`,
  },
  {
    question: 'Cục CĐSQG có bao nhiêu thạc sĩ?',
    sql: `select count(*) ${W} and ${unit('CCDSQG')} and p.highest_degree = 'thac_si'`,
  },
  {
    question: 'How many associate professors are there at PTIT?',
    sql: `select count(*) ${W} and ${unit('HVCNBCVT')} and p.academic_title = 'pgs'`,
  },
  {
    question: 'co bao nhieu vien chuc o VNNIC',
    sql: `select count(*) ${W} and ${unit('VNNIC')} and p.staff_category = 'vien_chuc'`,
  },
  {
    question: 'Bao nhiêu người lao động hợp đồng ở Văn phòng Bộ?',
    sql: `select count(*) ${W} and ${unit('VPB')} and p.staff_category = 'nguoi_lao_dong'`,
  },
  {
    question: 'Cục Tần số vô tuyến điện có bao nhiêu người trên 50 tuổi?',
    sql: `select count(*) ${W} and ${unit('CTSVTD')} and p.age > 50`,
  },
  {
    question: 'How many staff under 35 work at VINATOM?',
    sql: `select count(*) ${W} and ${unit('VNLNTVN')} and p.age < 35`,
  },
  {
    question: 'Có bao nhiêu người từ 40 đến 50 tuổi ở Vụ Hợp tác quốc tế?',
    sql: `select count(*) ${W} and ${unit('VHTQT')} and p.age between 40 and 50`,
  },
  {
    question: 'Bao nhiêu cán bộ thuộc thế hệ 9x ở Cục Viễn thông?',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.birth_year between 1990 and 1999`,
  },
  {
    question: 'Số người sinh trước năm 1970 đang làm việc tại Báo VnExpress',
    sql: `select count(*) ${W} and ${unit('VNEXPRESS')} and p.birth_year < 1970`,
  },
  {
    question: 'Có bao nhiêu chuyên viên chính ở Vụ Pháp chế?',
    sql: `select count(*) ${W} and ${unit('VPC')} and p.rank_code = '01.002'`,
  },
  {
    question: 'Số người ngạch chuyên viên chính trở lên của Vụ Tổ chức cán bộ',
    sql: `select count(*) ${W} and ${unit('VTCCB')} and p.rank_grade <= 2`,
  },
  {
    question: 'Có bao nhiêu người có trình độ thạc sĩ trở lên ở Cục Đổi mới sáng tạo?',
    sql: `select count(*) ${W} and ${unit('CDMST')} and p.highest_degree in ('thac_si', 'tien_si')`,
  },
  {
    question: 'so nguoi co trinh do trung cap ly luan chinh tri o Thanh tra Bo',
    sql: `select count(*) ${W} and ${unit('TTRB')} and p.political_theory = 'trung_cap'`,
  },
  {
    question: 'Bao nhiêu Trưởng phòng ở Cục Bưu điện Trung ương?',
    sql: `select count(*) ${W} and ${unit('CBDTW')} and p.post_title = 'Trưởng phòng'`,
  },
  {
    question: 'Cục Viễn thông có bao nhiêu lãnh đạo cấp phòng?',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.post_level in (5, 6)`,
  },
  {
    question: 'How many people have retired from Vụ Bưu chính?',
    sql: `select count(*) from chat.people p where p.status = 'retired' and ${unit('VBC')}`,
  },
  {
    question: 'Có bao nhiêu người thôi việc ở Cục Tần số vô tuyến điện?',
    sql: `select count(*) from chat.people p where p.status = 'resigned' and ${unit('CTSVTD')}`,
  },
  {
    question:
      'Năm 2024 có bao nhiêu người được xếp loại hoàn thành tốt nhiệm vụ ở Vụ Kế hoạch – Tài chính?',
    sql: `select count(*) ${W} and ${unit('VKHTC')} and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2024 and e.level = 'tot')`,
  },
  {
    question: 'Bao nhiêu người có chứng chỉ IELTS 6.5 ở Cục Hợp tác?',
    sql: null,
    expect: 'abstain',
  },
  {
    question: 'Số người được tặng giấy khen năm 2024',
    sql: `select count(*) ${W} and exists (select 1 from chat.awards w where w.person_id = p.id and w.year = 2024 and w.kind = 'Giấy khen của Thủ trưởng đơn vị')`,
  },
  {
    question: 'Có bao nhiêu người trong quy hoạch Cục trưởng?',
    sql: `select count(*) ${W} and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_title = 'Cục trưởng')`,
  },
  // Lists.
  {
    question: 'Liệt kê các Cục trưởng.',
    sql: `select p.full_name ${W} and p.post_title = 'Cục trưởng'`,
  },
  {
    question: 'Ai là Vụ trưởng Vụ Pháp chế?',
    sql: `select p.full_name ${W} and p.post_title = 'Vụ trưởng' and ${unit('VPC')}`,
  },
  {
    question: 'danh sach tien si o Vu Hop tac quoc te',
    sql: `select p.full_name ${W} and ${unit('VHTQT')} and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'Show the Phó Cục trưởng of Cục Viễn thông with their birth dates.',
    sql: `select p.full_name, p.birth_date ${W} and ${unit('CVT')} and p.post_title = 'Phó Cục trưởng'`,
  },
  {
    question: 'Danh sách giáo sư của Viện Năng lượng nguyên tử Việt Nam',
    sql: `select p.full_name ${W} and ${unit('VNLNTVN')} and p.academic_title = 'gs'`,
  },
  // Breakdowns.
  {
    question: 'Thống kê số người theo giới tính ở Cục Sở hữu trí tuệ',
    sql: `select p.sex, count(*) ${W} and ${unit('CSHTT')} group by p.sex`,
  },
  {
    question: 'Số người đang công tác theo từng đơn vị',
    sql: `select u.name, count(*) from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' group by u.name`,
  },
  {
    question: 'Headcount of VINATOM by staff category',
    sql: `select p.staff_category, count(*) ${W} and ${unit('VNLNTVN')} group by p.staff_category`,
  },
  {
    question: 'cơ cấu giới tính của lãnh đạo cấp vụ',
    sql: `select p.sex, count(*) ${W} and p.post_level in (3, 4) group by p.sex`,
  },
  {
    question: 'Số người theo ngạch ở Thanh tra Bộ',
    sql: `select p.rank_name, count(*) ${W} and ${unit('TTRB')} group by p.rank_name`,
  },
  {
    question: 'Phân bố nhóm tuổi của Cục Viễn thông',
    sql: `select (p.age / 10) * 10, count(*) ${W} and ${unit('CVT')} group by 1`,
  },
  {
    question: 'Số người theo đơn vị thuộc Cục Sở hữu trí tuệ',
    sql: `select p.unit_name, count(*) ${W} and ${unit('CSHTT')} group by p.unit_name`,
  },
  {
    question: 'Kết quả đánh giá năm 2024 theo mức xếp loại',
    sql: `select e.level, count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and e.year = 2024 group by e.level`,
  },
  // Averages and shares.
  {
    question: 'Tuổi trung bình của cán bộ Cục Viễn thông?',
    sql: `select avg(p.age) ${W} and ${unit('CVT')}`,
  },
  {
    question: 'Average age of the Vụ trưởng',
    sql: `select avg(p.age) ${W} and p.post_title = 'Vụ trưởng'`,
  },
  {
    question: 'Hệ số lương bình quân ở Vụ Pháp chế là bao nhiêu?',
    sql: `select avg(p.salary_coefficient) ${W} and ${unit('VPC')}`,
  },
  {
    question: 'Tỷ lệ tiến sĩ ở Học viện Công nghệ Bưu chính Viễn thông',
    sql: `select 100.0 * count(*) filter (where p.highest_degree = 'tien_si') / count(*) ${W} and ${unit('HVCNBCVT')}`,
  },
  {
    question: 'What percentage of VNNIC staff are women?',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and ${unit('VNNIC')}`,
  },
  {
    question: 'Tỷ lệ nữ theo từng đơn vị',
    sql: `select u.name, 100.0 * count(*) filter (where p.sex = 'female') / count(*) from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' group by u.name`,
  },
  // Superlatives.
  {
    question: 'Người lớn tuổi nhất của Vụ Pháp chế là ai?',
    sql: `select p.full_name ${W} and ${unit('VPC')} order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Who is the youngest Cục trưởng?',
    sql: `select p.full_name ${W} and p.post_title = 'Cục trưởng' order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'Đơn vị nào đông người nhất?',
    sql: `select u.name from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' group by u.name order by count(*) desc limit 1`,
  },
  {
    question: 'Đơn vị nào có ít nữ nhất?',
    sql: `select u.name from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' and p.sex = 'female' group by u.name order by count(*), u.name limit 1`,
  },
  {
    question: 'Top 5 đơn vị có nhiều thạc sĩ nhất',
    sql: `select u.name, count(*) from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' and p.highest_degree = 'thac_si' group by u.name order by count(*) desc, u.name limit 5`,
    orderMatters: true,
  },
  // People by name.
  {
    question: 'Ông Bùi Đức Lâm sinh ngày nào?',
    sql: `select p.birth_date from chat.people p where p.full_name = 'Bùi Đức Lâm'`,
  },
  {
    question: 'Trinh Minh Tan lam o dau',
    sql: `select p.unit_name from chat.people p where p.full_name = 'Trịnh Minh Tân'`,
  },
  {
    question: 'What post does Đặng Văn Phong hold?',
    sql: `select p.post_title from chat.people p where p.full_name = 'Đặng Văn Phong'`,
  },
  {
    question: 'Bà Đinh Thu Lan năm sinh bao nhiêu?',
    sql: `select p.birth_year from chat.people p where p.full_name = 'Đinh Thu Lan'`,
  },
  {
    question: 'Hệ số lương của ông Ma Văn Trung?',
    sql: `select p.salary_coefficient from chat.people p where p.full_name = 'Ma Văn Trung'`,
  },
  {
    question: 'Khi nào bà Vũ Thanh Linh nghỉ hưu?',
    sql: `select p.retirement_date from chat.people p where p.full_name = 'Vũ Thanh Linh'`,
  },
  { question: 'Nguyễn Thị Hương sinh năm nào?', sql: null, expect: 'abstain' },
  { question: 'Ông Nguyễn Văn Khôngcó sinh năm nào?', sql: null, expect: 'abstain' },
  // Retirements and terms.
  {
    question: 'Năm sau có bao nhiêu người nghỉ hưu?',
    sql: `select count(*) ${W} and extract(year from p.retirement_date) = extract(year from current_date) + 1`,
  },
  {
    question: 'Danh sách cán bộ Vụ Hợp tác quốc tế nghỉ hưu năm 2029',
    sql: `select p.full_name ${W} and ${unit('VHTQT')} and extract(year from p.retirement_date) = 2029`,
  },
  {
    question: 'How many people in Cục Sở hữu trí tuệ will retire in the next 3 years?',
    sql: `select count(*) ${W} and ${unit('CSHTT')} and p.retirement_date between current_date and (current_date + interval '3 years')::date`,
  },
  {
    question: 'Số người đến tuổi nghỉ hưu theo từng năm từ 2027 đến 2030',
    sql: `select extract(year from p.retirement_date)::integer, count(*) ${W} and extract(year from p.retirement_date) between 2027 and 2030 group by 1`,
  },
  {
    question: 'Có bao nhiêu nữ nghỉ hưu trong quý 1/2028?',
    sql: `select count(*) ${W} and p.sex = 'female' and p.retirement_date between date '2028-01-01' and date '2028-03-31'`,
  },
  {
    question: 'Bao nhiêu Phó Vụ trưởng hết nhiệm kỳ năm 2027?',
    sql: `select count(*) ${W} and p.post_title = 'Phó Vụ trưởng' and extract(year from p.post_term_end) = 2027`,
  },
  {
    question: 'Which division heads have terms ending in 2027?',
    sql: `select p.full_name ${W} and p.post_title = 'Trưởng phòng' and extract(year from p.post_term_end) = 2027`,
  },
  // Joins and exits, quotas.
  {
    question: 'Số người nghỉ hưu mỗi năm từ 2020 đến 2024',
    sql: `select m.year, count(*) from chat.movements m where m.direction = 'out' and m.reason = 'retired' and m.year between 2020 and 2024 group by m.year`,
  },
  {
    question: 'How many people were recruited in 2023?',
    sql: `select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year = 2023`,
  },
  {
    question: 'Năm 2022 có bao nhiêu người chuyển công tác khỏi Bộ?',
    sql: `select count(*) from chat.people p where p.status = 'transferred_out' and extract(year from p.status_date) = 2022`,
  },
  {
    question: 'Biên chế được giao năm 2025 của Cục Viễn thông là bao nhiêu?',
    sql: `select sum(q.quota) from chat.quotas q join chat.units u on u.id = q.unit_id where q.year = 2025 and u.path like (select path from chat.units where code = 'CVT') || '%'`,
    role: 'planner',
  },
  // Comparisons and sensitive data.
  {
    question: 'So sánh số nữ giữa Cục Viễn thông và Cục Tần số vô tuyến điện',
    sql: `select u.name, count(*) from chat.units u join chat.people p on p.unit_path like u.path || '%' where u.code in ('CVT', 'CTSVTD') and p.status = 'working' and p.sex = 'female' group by u.name`,
  },
  {
    question: 'Compare the average age of Vụ Pháp chế and Vụ Bưu chính',
    sql: `select u.name, avg(p.age) from chat.units u join chat.people p on p.unit_path like u.path || '%' where u.code in ('VPC', 'VBC') and p.status = 'working' group by u.name`,
  },
  {
    question: 'Số đảng viên ở Cục Sở hữu trí tuệ',
    sql: `select count(*) from chat.people p join chat.people_private pp on pp.person_id = p.id where p.status = 'working' and ${unit('CSHTT')} and pp.is_party_member`,
  },
  {
    question: 'Có bao nhiêu người dân tộc Tày?',
    sql: `select count(*) from chat.people p join chat.people_private pp on pp.person_id = p.id where p.status = 'working' and pp.ethnicity = 'Tày'`,
  },
  {
    question: 'Năm 2024 có bao nhiêu quyết định kỷ luật khiển trách?',
    sql: `select count(*) from chat.disciplines d where d.form = 'khien_trach' and extract(year from d.decided_on) = 2024`,
  },
  // The asker's own unit.
  {
    question: 'Cục mình có bao nhiêu thạc sĩ?',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.highest_degree = 'thac_si'`,
    role: 'leader',
  },
  {
    question: 'Phòng Chính sách có bao nhiêu người?',
    sql: `select count(*) ${W} and p.unit_path like (select path from chat.units where code = 'CVT.P03') || '%'`,
    role: 'leader',
  },
  { question: 'Văn phòng Cục có bao nhiêu người?', sql: null, expect: 'abstain' },
  // Follow-ups.
  {
    question: 'Còn Vụ Bưu chính thì sao?',
    before: ['Vụ Pháp chế có bao nhiêu nữ?'],
    sql: `select count(*) ${W} and ${unit('VBC')} and p.sex = 'female'`,
  },
  {
    question: 'Trong số đó bao nhiêu người trên 50 tuổi?',
    before: ['Cục Viễn thông có bao nhiêu tiến sĩ?'],
    sql: `select count(*) ${W} and ${unit('CVT')} and p.highest_degree = 'tien_si' and p.age > 50`,
  },
  {
    question: 'Liệt kê họ',
    before: ['Có bao nhiêu giáo sư?'],
    sql: `select p.full_name ${W} and p.academic_title = 'gs'`,
  },
  {
    question: 'theo giới tính',
    before: ['Số người nghỉ hưu năm 2028?'],
    sql: `select p.sex, count(*) ${W} and extract(year from p.retirement_date) = 2028 group by p.sex`,
  },
  {
    question: 'What about 2029?',
    before: ['How many people reach retirement age in 2028?'],
    sql: `select count(*) ${W} and extract(year from p.retirement_date) = 2029`,
  },
  {
    question: 'Bà ấy sinh năm nào?',
    before: ['Bà Đinh Thu Lan giữ chức vụ gì?'],
    sql: `select p.birth_year from chat.people p where p.full_name = 'Đinh Thu Lan'`,
  },
  // Not data questions.
  { question: 'Điều kiện bổ nhiệm Vụ trưởng là gì?', sql: null, expect: 'regulation' },
  {
    question: 'Theo Nghị định 135/2020, nữ sinh năm 1970 nghỉ hưu lúc bao nhiêu tuổi?',
    sql: null,
    expect: 'regulation',
  },
  {
    question: 'Dự báo Cục Viễn thông thiếu bao nhiêu biên chế năm 2028?',
    sql: null,
    expect: 'forecast',
  },
  { question: 'Ai có thể bổ nhiệm Phó Vụ trưởng Vụ Pháp chế?', sql: null, expect: 'forecast' },
  { question: 'Xin chào, bạn làm được gì?', sql: null, expect: 'help' },
  { question: 'Thời tiết Hà Nội hôm nay thế nào?', sql: null, expect: 'abstain' },
  { question: 'Phòng Kế hoạch – Tài chính có bao nhiêu người?', sql: null, expect: 'abstain' },
  { question: 'Cục Vũ trụ có bao nhiêu người?', sql: null, expect: 'abstain' },
  { question: 'Bao nhiêu người có bằng lái xe?', sql: null, expect: 'abstain' },
]
