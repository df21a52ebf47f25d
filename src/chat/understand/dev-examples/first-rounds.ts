import { cmp, type DevExample, munit, person, PRIV, ret, since, TOP, unit, W } from './shared.js'

/** The questions of the engine's first rounds of development, by kind of question. */
export const FIRST_ROUNDS: readonly DevExample[] = [
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
  // Units of one kind ("vụ nào", "phòng nào"), each counted with its subtree.
  {
    question: 'Vụ nào có nhiều người đang công tác nhất?',
    sql: `select u.name from chat.people p join chat.units u on u.kind = 'vu' and p.unit_path like u.path || '%' where p.status = 'working' group by u.name order by count(*) desc, u.name limit 1`,
  },
  {
    question: 'cuc nao co nhieu tien si nhat',
    sql: `select u.name from chat.people p join chat.units u on u.kind = 'cuc' and p.unit_path like u.path || '%' where p.status = 'working' and p.highest_degree = 'tien_si' group by u.name order by count(*) desc, u.name limit 1`,
  },
  {
    question: 'Which division of Cục Viễn thông has the most women?',
    sql: `select u.name from chat.people p join chat.units u on u.kind = 'phong' and p.unit_path like u.path || '%' where p.status = 'working' and p.sex = 'female' and ${unit('CVT')} group by u.name order by count(*) desc, u.name limit 1`,
  },
  {
    question: 'Phòng nào của Vụ Pháp chế ít người nhất?',
    sql: `select u.name from chat.people p join chat.units u on u.kind = 'phong' and p.unit_path like u.path || '%' where p.status = 'working' and ${unit('VPC')} group by u.name order by count(*), u.name limit 1`,
  },
  {
    question: 'Top 5 đơn vị có nhiều thạc sĩ nhất',
    sql: `select u.name, count(*) from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' and p.highest_degree = 'thac_si' group by u.name order by count(*) desc, u.name limit 5`,
    orderMatters: true,
  },
  // People by name.
  {
    question: 'Ông Nguyễn Trọng Huy sinh ngày nào?',
    sql: `select p.birth_date from chat.people p where p.full_name = 'Nguyễn Trọng Huy'`,
  },
  {
    question: 'Nguyen Huu Hieu lam o dau',
    sql: `select p.unit_name from chat.people p where p.full_name = 'Nguyễn Hữu Hiếu'`,
  },
  {
    question: 'What post does Huỳnh Minh Tuấn hold?',
    sql: `select p.post_title from chat.people p where p.full_name = 'Huỳnh Minh Tuấn'`,
  },
  {
    question: 'Bà Đinh Thu Lan năm sinh bao nhiêu?',
    sql: `select p.birth_year from chat.people p where p.full_name = 'Đinh Thu Lan'`,
  },
  {
    question: 'Hệ số lương của ông Ma Văn Dũng?',
    sql: `select p.salary_coefficient from chat.people p where p.full_name = 'Ma Văn Dũng'`,
  },
  {
    question: 'Khi nào bà Trần Phương Hằng nghỉ hưu?',
    sql: `select p.retirement_date from chat.people p where p.full_name = 'Trần Phương Hằng'`,
  },
  { question: 'Nguyễn Thị Hương sinh năm nào?', sql: null, expect: 'abstain' },
  { question: 'Ông Nguyễn Văn Khôngcó sinh năm nào?', sql: null, expect: 'abstain' },
  // Retirements and terms.
  {
    question: 'Năm sau có bao nhiêu người nghỉ hưu?',
    sql: `select count(*) ${W} and extract(year from p.retirement_date) = extract(year from hr_today()) + 1`,
  },
  {
    question: 'Danh sách cán bộ Vụ Hợp tác quốc tế nghỉ hưu năm 2029',
    sql: `select p.full_name ${W} and ${unit('VHTQT')} and extract(year from p.retirement_date) = 2029`,
  },
  {
    question: 'How many people in Cục Sở hữu trí tuệ will retire in the next 3 years?',
    sql: `select count(*) ${W} and ${unit('CSHTT')} and p.retirement_date between hr_today() and (hr_today() + interval '3 years')::date`,
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
    question: 'Năm 2021 có bao nhiêu quyết định kỷ luật khiển trách?',
    sql: `select count(*) from chat.disciplines d where d.form = 'khien_trach' and extract(year from d.decided_on) = 2021`,
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
  // A second round, in other words and about other units, people and years.

  // Counts by unit, many spellings of the unit.
  {
    question: 'Vụ TCCB hiện có bao nhiêu cán bộ công chức?',
    sql: `select count(*) ${W} and ${unit('VTCCB')}`,
  },
  {
    question: 'tong so nhan su cua TTCNTT la bao nhieu',
    sql: `select count(*) ${W} and ${unit('TTCNTT')}`,
  },
  { question: 'Cục VT có tất cả mấy người?', sql: `select count(*) ${W} and ${unit('CVT')}` },
  {
    question: 'What is the headcount of the Personnel Department?',
    sql: `select count(*) ${W} and ${unit('VTCCB')}`,
  },
  {
    question: 'Quân số hiện tại của Quỹ NAFOSTED',
    sql: `select count(*) ${W} and ${unit('NAFOSTED')}`,
  },
  {
    question: 'Học viện CNBCVT có bao nhiêu viên chức nữ?',
    sql: `select count(*) ${W} and ${unit('HVCNBCVT')} and p.staff_category = 'vien_chuc' and p.sex = 'female'`,
  },
  {
    question: 'so can bo nam o Cuc Tan so',
    sql: `select count(*) ${W} and ${unit('CTSVTD')} and p.sex = 'male'`,
  },
  {
    question: 'How many female civil servants are there in the Ministry Inspectorate?',
    sql: `select count(*) ${W} and ${unit('TTRB')} and p.sex = 'female' and p.staff_category = 'cong_chuc'`,
  },
  {
    question: 'Có bao nhiêu người dưới 30 tuổi ở Trung tâm Công nghệ thông tin?',
    sql: `select count(*) ${W} and ${unit('TTCNTT')} and p.age < 30`,
  },
  {
    question: 'Bao nhiêu cán bộ từ 55 tuổi trở lên ở Cục Bưu điện Trung ương?',
    sql: `select count(*) ${W} and ${unit('CBDTW')} and p.age >= 55`,
  },
  {
    question: 'cuc vien thong co bao nhieu nguoi sinh nam 1985',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.birth_year = 1985`,
  },
  {
    question: 'Số người sinh từ năm 1980 đến năm 1989 ở Vụ Hợp tác quốc tế',
    sql: `select count(*) ${W} and ${unit('VHTQT')} and p.birth_year between 1980 and 1989`,
  },
  {
    question: 'How many staff born after 1995 work at VNNIC?',
    sql: `select count(*) ${W} and ${unit('VNNIC')} and p.birth_year > 1995`,
  },
  {
    question: 'How many men between 30 and 40 years old work in the Ministry Office?',
    sql: `select count(*) ${W} and ${unit('VPB')} and p.sex = 'male' and p.age between 30 and 40`,
  },
  {
    question: 'Số tiến sĩ nữ của Viện Ứng dụng công nghệ',
    sql: `select count(*) ${W} and ${unit('VUDCN')} and p.sex = 'female' and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'bao nhieu nguoi co bang thac si o Vu Phap che',
    sql: `select count(*) ${W} and ${unit('VPC')} and p.highest_degree = 'thac_si'`,
  },
  {
    question: 'How many people hold a doctorate at the Intellectual Property Office?',
    sql: `select count(*) ${W} and ${unit('CSHTT')} and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'Toàn Bộ có bao nhiêu phó giáo sư?',
    sql: `select count(*) ${W} and p.academic_title = 'pgs'`,
  },
  {
    question: 'Có bao nhiêu người có trình độ cao cấp lý luận chính trị?',
    sql: `select count(*) ${W} and p.political_theory = 'cao_cap'`,
  },
  {
    question: 'so nguoi co chung chi quan ly nha nuoc ngach chuyen vien cao cap',
    sql: `select count(*) ${W} and p.state_management = 'chuyen_vien_cao_cap'`,
  },
  {
    question: 'Có bao nhiêu người giữ ngạch chuyên viên cao cấp ở Vụ Kế hoạch – Tài chính?',
    sql: `select count(*) ${W} and ${unit('VKHTC')} and p.rank_code = '01.001'`,
  },
  {
    question: 'Thanh tra Bộ có bao nhiêu thanh tra viên chính?',
    sql: `select count(*) ${W} and ${unit('TTRB')} and p.rank_code = '04.024'`,
  },
  {
    question: 'Số người lao động ở Cục An toàn bức xạ và hạt nhân',
    sql: `select count(*) ${W} and ${unit('CATBXHN')} and p.staff_category = 'nguoi_lao_dong'`,
  },
  {
    question: 'How many Trưởng phòng are women?',
    sql: `select count(*) ${W} and p.post_title = 'Trưởng phòng' and p.sex = 'female'`,
  },
  {
    question: 'Có bao nhiêu Phó Cục trưởng là nữ?',
    sql: `select count(*) ${W} and p.post_title = 'Phó Cục trưởng' and p.sex = 'female'`,
  },
  {
    question: 'Bao nhiêu người đã nghỉ hưu của Cục Bưu điện Trung ương?',
    sql: `select count(*) from chat.people p where p.status = 'retired' and ${unit('CBDTW')}`,
  },
  {
    question: 'Năm 2025 Cục Viễn thông có bao nhiêu người hoàn thành xuất sắc nhiệm vụ?',
    sql: `select count(*) ${W} and ${unit('CVT')} and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2025 and e.level = 'xuat_sac')`,
  },
  {
    question: 'so nguoi khong hoan thanh nhiem vu nam 2024',
    sql: `select count(*) ${W} and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2024 and e.level = 'khong_hoan_thanh')`,
  },
  {
    question: 'How many people were rated excellent in 2023 at the Telecommunications Authority?',
    sql: `select count(*) ${W} and ${unit('CVT')} and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2023 and e.level = 'xuat_sac')`,
  },
  {
    question: 'Có bao nhiêu người được quy hoạch chức danh Vụ trưởng?',
    sql: `select count(*) ${W} and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_title = 'Vụ trưởng')`,
  },
  {
    question: 'Cục Viễn thông có bao nhiêu đảng viên nữ?',
    sql: `select count(*) ${PRIV} and ${unit('CVT')} and pp.is_party_member and p.sex = 'female'`,
  },
  {
    question: 'How many Party members work at VNNIC?',
    sql: `select count(*) ${PRIV} and ${unit('VNNIC')} and pp.is_party_member`,
  },
  {
    question: 'Học viện Công nghệ Bưu chính Viễn thông có bao nhiêu người dân tộc Mường?',
    sql: `select count(*) ${PRIV} and ${unit('HVCNBCVT')} and pp.ethnicity = 'Mường'`,
  },
  {
    question: 'so dang vien o Vu TCCB',
    sql: `select count(*) ${PRIV} and ${unit('VTCCB')} and pp.is_party_member`,
  },
  // Lists.
  {
    question: 'Danh sách Phó Vụ trưởng Vụ Hợp tác quốc tế',
    sql: `select p.full_name ${W} and ${unit('VHTQT')} and p.post_title = 'Phó Vụ trưởng'`,
  },
  {
    question: 'List the female Phó Cục trưởng.',
    sql: `select p.full_name ${W} and p.post_title = 'Phó Cục trưởng' and p.sex = 'female'`,
  },
  {
    question: 'liet ke cac tien si nu o Vu TCCB',
    sql: `select p.full_name ${W} and ${unit('VTCCB')} and p.sex = 'female' and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'Những ai ở Vụ Pháp chế sinh năm 1990?',
    sql: `select p.full_name ${W} and ${unit('VPC')} and p.birth_year = 1990`,
  },
  {
    question: 'Cho tôi danh sách các Trưởng phòng của Trung tâm Công nghệ thông tin kèm ngày sinh',
    sql: `select p.full_name, p.birth_date ${W} and ${unit('TTCNTT')} and p.post_title = 'Trưởng phòng'`,
  },
  {
    question: 'Who are the deputy heads of the Radio Frequency Authority?',
    sql: `select p.full_name ${W} and ${unit('CTSVTD')} and p.post_title = 'Phó Cục trưởng'`,
  },
  {
    question: 'Ai đang là Cục trưởng Cục Sở hữu trí tuệ?',
    sql: `select p.full_name ${W} and ${unit('CSHTT')} and p.post_title = 'Cục trưởng'`,
  },
  {
    question: 'Danh sách giáo sư trong toàn Bộ',
    sql: `select p.full_name ${W} and p.academic_title = 'gs'`,
  },
  {
    question: 'Liệt kê những người trên 60 tuổi ở Vụ Tổ chức cán bộ',
    sql: `select p.full_name ${W} and ${unit('VTCCB')} and p.age > 60`,
  },
  // Breakdowns.
  {
    question: 'Số lượng cán bộ theo trình độ chuyên môn ở Vụ TCCB',
    sql: `select p.highest_degree, count(*) ${W} and ${unit('VTCCB')} group by 1`,
  },
  {
    question: 'Breakdown of IT Centre staff by rank',
    sql: `select p.rank_name, count(*) ${W} and ${unit('TTCNTT')} group by 1`,
  },
  {
    question: 'co cau do tuoi cua Cuc Buu dien Trung uong',
    sql: `select (p.age / 10) * 10, count(*) ${W} and ${unit('CBDTW')} group by 1`,
  },
  {
    question: 'Thống kê nhân sự Vụ Pháp chế theo giới tính và trình độ',
    sql: `select p.sex, p.highest_degree, count(*) ${W} and ${unit('VPC')} group by 1, 2`,
  },
  {
    question: 'Số người của Cục Tần số vô tuyến điện chia theo loại cán bộ',
    sql: `select p.staff_category, count(*) ${W} and ${unit('CTSVTD')} group by 1`,
  },
  {
    question: 'How many people does each top-level unit have?',
    sql: `select u.name, count(*) ${TOP} group by u.name`,
  },
  {
    question: 'Số người theo từng đơn vị trực thuộc Cục Viễn thông',
    sql: `select p.unit_name, count(*) ${W} and ${unit('CVT')} group by 1`,
  },
  {
    question: 'Số đảng viên theo giới tính ở Cục Sở hữu trí tuệ',
    sql: `select p.sex, count(*) ${PRIV} and ${unit('CSHTT')} and pp.is_party_member group by 1`,
  },
  {
    question: 'so nguoi theo hoc ham o Hoc vien Cong nghe Buu chinh Vien thong',
    sql: `select p.academic_title, count(*) ${W} and ${unit('HVCNBCVT')} group by 1`,
  },
  {
    question: 'Xếp loại đánh giá năm 2025 của Vụ TCCB theo từng mức',
    sql: `select e.level, count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and e.year = 2025 and ${unit('VTCCB')} group by 1`,
  },
  // Averages and shares.
  {
    question: 'Độ tuổi bình quân của Vụ Tổ chức cán bộ là bao nhiêu?',
    sql: `select avg(p.age) ${W} and ${unit('VTCCB')}`,
  },
  {
    question: 'tuoi trung binh cua nu o Cuc SHTT',
    sql: `select avg(p.age) ${W} and ${unit('CSHTT')} and p.sex = 'female'`,
  },
  {
    question: 'What is the average age of Trưởng phòng?',
    sql: `select avg(p.age) ${W} and p.post_title = 'Trưởng phòng'`,
  },
  {
    question: 'Hệ số lương trung bình của ngạch chuyên viên chính',
    sql: `select avg(p.salary_coefficient) ${W} and p.rank_code = '01.002'`,
  },
  {
    question: 'Tỷ lệ cán bộ dưới 30 tuổi ở TTCNTT',
    sql: `select 100.0 * count(*) filter (where p.age < 30) / count(*) ${W} and ${unit('TTCNTT')}`,
  },
  {
    question: 'Phần trăm viên chức tại Viện Ứng dụng công nghệ',
    sql: `select 100.0 * count(*) filter (where p.staff_category = 'vien_chuc') / count(*) ${W} and ${unit('VUDCN')}`,
  },
  {
    question: 'ty le thac si o Cuc Vien thong',
    sql: `select 100.0 * count(*) filter (where p.highest_degree = 'thac_si') / count(*) ${W} and ${unit('CVT')}`,
  },
  {
    question: 'What share of the Legal Department are Party members?',
    sql: `select 100.0 * count(*) filter (where pp.is_party_member) / count(*) ${PRIV} and ${unit('VPC')}`,
  },
  {
    question: 'Tuổi bình quân theo từng đơn vị',
    sql: `select u.name, avg(p.age) ${TOP} group by u.name`,
  },
  // Superlatives.
  {
    question: 'Ai trẻ nhất Vụ TCCB?',
    sql: `select p.full_name ${W} and ${unit('VTCCB')} order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'nguoi nhieu tuoi nhat o Cuc Tan so la ai',
    sql: `select p.full_name ${W} and ${unit('CTSVTD')} order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Who is the oldest Phó Vụ trưởng?',
    sql: `select p.full_name ${W} and p.post_title = 'Phó Vụ trưởng' order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Top 3 người có hệ số lương cao nhất Vụ Pháp chế',
    sql: `select p.full_name, p.salary_coefficient ${W} and ${unit('VPC')} order by p.salary_coefficient desc, p.id limit 3`,
    orderMatters: true,
  },
  {
    question: 'Which unit has the most PhDs?',
    sql: `select u.name ${TOP} and p.highest_degree = 'tien_si' group by u.name order by count(*) desc limit 1`,
  },
  {
    question: 'Cục trưởng nào giữ chức vụ lâu nhất?',
    sql: `select p.full_name ${W} and p.post_title = 'Cục trưởng' order by ${since}, p.id limit 1`,
  },
  {
    question: 'Đơn vị nào có tuổi bình quân cao nhất?',
    sql: `select u.name ${TOP} group by u.name order by avg(p.age) desc limit 1`,
  },
  // One person's facts.
  { question: 'Ngày sinh của ông Lê Quang Bình?', sql: person('birth_date', 'Lê Quang Bình') },
  { question: 'Ông Phan Văn Long đang ở ngạch gì?', sql: person('rank_name', 'Phan Văn Long') },
  { question: 'bac luong cua Hoang Van Khanh', sql: person('salary_step', 'Hoàng Văn Khánh') },
  { question: "When does Lý Tiến Hòa's term end?", sql: person('post_term_end', 'Lý Tiến Hòa') },
  { question: 'Bà Hồ Thị Quỳnh bao giờ về hưu?', sql: person('retirement_date', 'Hồ Thị Quỳnh') },
  {
    question: 'Trần Anh Chiến công tác tại đơn vị nào?',
    sql: person('unit_name', 'Trần Anh Chiến'),
  },
  {
    question: 'Chức vụ hiện tại của bà Đào Thị Phương là gì?',
    sql: person('post_title', 'Đào Thị Phương'),
  },
  { question: 'Trần Hồng Trang bao nhiêu tuổi?', sql: person('age', 'Trần Hồng Trang') },
  {
    question: 'What is the salary coefficient of Bùi Văn Kiên?',
    sql: person('salary_coefficient', 'Bùi Văn Kiên'),
  },
  // Retirements and terms.
  {
    question: 'Năm nay Cục Viễn thông có bao nhiêu người nghỉ hưu?',
    sql: `select count(*) ${W} and ${unit('CVT')} and extract(year from p.retirement_date) = 2026`,
  },
  {
    question: 'Danh sách cán bộ Vụ TCCB nghỉ hưu năm sau',
    sql: `select p.full_name ${W} and ${unit('VTCCB')} and extract(year from p.retirement_date) = 2027`,
  },
  {
    question: 'so nguoi nghi huu trong 5 nam toi o TTCNTT',
    sql: `select count(*) ${W} and ${unit('TTCNTT')} and p.retirement_date between hr_today() and (hr_today() + interval '5 years')::date`,
  },
  {
    question: 'How many women will retire between 2027 and 2029?',
    sql: `select count(*) ${W} and p.sex = 'female' and extract(year from p.retirement_date) between 2027 and 2029`,
  },
  {
    question: 'Bao nhiêu người nghỉ hưu trong quý 3/2027?',
    sql: `select count(*) ${W} and p.retirement_date between date '2027-07-01' and date '2027-09-30'`,
  },
  {
    question: 'Số Trưởng phòng hết nhiệm kỳ năm 2028 ở Cục Bưu điện Trung ương',
    sql: `select count(*) ${W} and ${unit('CBDTW')} and p.post_title = 'Trưởng phòng' and extract(year from p.post_term_end) = 2028`,
  },
  {
    question: 'Retirements per year from 2027 to 2031 at PTIT',
    sql: `select extract(year from p.retirement_date)::integer, count(*) ${W} and ${unit('HVCNBCVT')} and extract(year from p.retirement_date) between 2027 and 2031 group by 1`,
  },
  {
    question: 'Những Phó Cục trưởng nào hết nhiệm kỳ trong năm sau?',
    sql: `select p.full_name ${W} and p.post_title = 'Phó Cục trưởng' and extract(year from p.post_term_end) = 2027`,
  },
  {
    question: 'Có bao nhiêu nam giới nghỉ hưu từ 2028 đến 2030 ở Cục Viễn thông?',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.sex = 'male' and extract(year from p.retirement_date) between 2028 and 2030`,
  },
  // Inflows and outflows.
  {
    question: 'Số người tuyển dụng mới theo từng năm từ 2021 đến 2025',
    sql: `select m.year, count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year between 2021 and 2025 group by m.year`,
  },
  {
    question: 'So nguoi nghi huu nam 2023',
    sql: `select count(*) from chat.movements m where m.direction = 'out' and m.reason = 'retired' and m.year = 2023`,
  },
  {
    question: 'How many people left the ministry each year from 2022 to 2025?',
    sql: `select m.year, count(*) from chat.movements m where m.direction = 'out' and m.year between 2022 and 2025 group by m.year`,
  },
  {
    question: 'Năm 2025 có bao nhiêu người được tuyển dụng vào Cục Viễn thông?',
    sql: `select count(*) from chat.movements m join chat.units u on u.id = m.unit_id where m.direction = 'in' and m.reason = 'recruited' and m.year = 2025 and u.path like (select path from chat.units where code = 'CVT') || '%'`,
  },
  // Comparisons.
  {
    question: 'So sánh số tiến sĩ của Vụ TCCB và Văn phòng Bộ',
    sql: `select u.name, count(*) ${cmp('VTCCB', 'VPB')} and p.highest_degree = 'tien_si' group by u.name`,
  },
  {
    question: 'Compare the headcount of VNNIC and PTIT',
    sql: `select u.name, count(*) ${cmp('VNNIC', 'HVCNBCVT')} group by u.name`,
  },
  {
    question: 'so sanh tuoi binh quan giua Cuc Vien thong va Cuc Tan so',
    sql: `select u.name, avg(p.age) ${cmp('CVT', 'CTSVTD')} group by u.name`,
  },
  // Follow-ups.
  {
    question: 'Trong số đó có mấy người là đảng viên?',
    before: ['Cục Bưu điện Trung ương có bao nhiêu người?'],
    sql: `select count(*) ${PRIV} and ${unit('CBDTW')} and pp.is_party_member`,
  },
  {
    question: 'Còn Vụ Pháp chế?',
    before: ['Số thạc sĩ ở Vụ Hợp tác quốc tế?'],
    sql: `select count(*) ${W} and ${unit('VPC')} and p.highest_degree = 'thac_si'`,
  },
  {
    question: 'And how many of them are over 40?',
    before: ['How many women work at VNNIC?'],
    sql: `select count(*) ${W} and ${unit('VNNIC')} and p.sex = 'female' and p.age > 40`,
  },
  {
    question: 'Còn Cục Bưu điện Trung ương thì sao?',
    before: ['Vụ TCCB có bao nhiêu người?'],
    sql: `select count(*) ${W} and ${unit('CBDTW')}`,
  },
  {
    question: 'Cho danh sách họ',
    before: ['Có bao nhiêu Phó Cục trưởng nữ?'],
    sql: `select p.full_name ${W} and p.post_title = 'Phó Cục trưởng' and p.sex = 'female'`,
  },
  {
    question: 'Còn năm 2028?',
    before: ['Số người nghỉ hưu năm 2027 ở Cục Viễn thông?'],
    sql: `select count(*) ${W} and ${unit('CVT')} and extract(year from p.retirement_date) = 2028`,
  },
  {
    question: 'chia theo gioi tinh',
    before: ['so nguoi o Thanh tra Bo'],
    sql: `select p.sex, count(*) ${W} and ${unit('TTRB')} group by 1`,
  },
  {
    question: 'Ông ấy bao giờ nghỉ hưu?',
    before: ['Ông Lê Quang Bình giữ chức vụ gì?'],
    sql: person('retirement_date', 'Lê Quang Bình'),
  },
  // Must abstain.
  { question: 'Bao nhiêu người đi công tác nước ngoài năm 2025?', sql: null, expect: 'abstain' },
  { question: 'Cục Hàng không có bao nhiêu người?', sql: null, expect: 'abstain' },
  { question: 'Có bao nhiêu người có con dưới 6 tuổi?', sql: null, expect: 'abstain' },
  { question: 'Ai có thu nhập cao nhất Vụ Pháp chế?', sql: null, expect: 'abstain' },
  { question: 'How many people speak Chinese?', sql: null, expect: 'abstain' },
  { question: 'Bao nhiêu người sở hữu ô tô?', sql: null, expect: 'abstain' },
  // A third round: informal wordings, abbreviations, exclusions and conditions to decline.
  {
    question: 'Ở Cục Bưu điện TW có bao nhiêu người là nữ vậy?',
    sql: `select count(*) ${W} and ${unit('CBDTW')} and p.sex = 'female'`,
  },
  {
    question: 'Tính đến thời điểm hiện tại, Vụ Pháp chế có tổng cộng bao nhiêu công chức?',
    sql: `select count(*) ${W} and ${unit('VPC')} and p.staff_category = 'cong_chuc'`,
  },
  {
    question: 'How many employees are there at the Innovation Agency?',
    sql: `select count(*) ${W} and ${unit('CDMST')}`,
  },
  {
    question: 'Number of women at NAFOSTED',
    sql: `select count(*) ${W} and ${unit('NAFOSTED')} and p.sex = 'female'`,
  },
  {
    question: 'VnExpress có bao nhiêu phóng viên hạng III?',
    sql: `select count(*) ${W} and ${unit('VNEXPRESS')} and p.rank_code = 'V.11.02.06'`,
  },
  {
    question: 'Bao nhiêu người ngạch chuyên viên trở lên ở Cục Thông tin, Thống kê?',
    sql: `select count(*) ${W} and ${unit('CTTTK')} and p.rank_grade <= 3 and p.staff_category = 'cong_chuc'`,
  },
  {
    question: 'số CBCCVC có trình độ đại học ở Cục Khởi nghiệp và Doanh nghiệp công nghệ',
    sql: `select count(*) ${W} and ${unit('CKNDN')} and p.highest_degree = 'dai_hoc'`,
  },
  {
    question: 'Có mấy người trên 45 tuổi là thạc sĩ ở Cục CN CNTT?',
    sql: `select count(*) ${W} and ${unit('CCNCNTT')} and p.age > 45 and p.highest_degree = 'thac_si'`,
  },
  {
    question: 'How many staff aged 50 or older are there at the Ministry Office?',
    sql: `select count(*) ${W} and ${unit('VPB')} and p.age >= 50`,
  },
  {
    question: 'Số người từ 30 tuổi trở xuống ở Cục Chuyển đổi số quốc gia',
    sql: `select count(*) ${W} and ${unit('CCDSQG')} and p.age <= 30`,
  },
  {
    question: 'Bao nhiêu người sinh năm 1975 trở về trước ở Vụ KHTC?',
    sql: `select count(*) ${W} and ${unit('VKHTC')} and p.birth_year <= 1975`,
  },
  {
    question: 'Có bao nhiêu cán bộ thế hệ 8x ở Trung tâm Internet Việt Nam?',
    sql: `select count(*) ${W} and ${unit('VNNIC')} and p.birth_year between 1980 and 1989`,
  },
  {
    question: 'Có bao nhiêu cán bộ có trình độ sau đại học tại Vụ Hợp tác quốc tế?',
    sql: `select count(*) ${W} and ${unit('VHTQT')} and p.highest_degree in ('thac_si', 'tien_si')`,
  },
  {
    question: 'bao nhieu nguoi co trinh do so cap ly luan chinh tri o Cuc Vien thong',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.political_theory = 'so_cap'`,
  },
  {
    question: 'Số lãnh đạo cấp phòng là nữ ở Cục Sở hữu trí tuệ',
    sql: `select count(*) ${W} and ${unit('CSHTT')} and p.post_level in (5, 6) and p.sex = 'female'`,
  },
  {
    question: 'How many Phó Trưởng phòng are there in the Telecom Authority?',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.post_title = 'Phó Trưởng phòng'`,
  },
  {
    question: 'Cục Viễn thông có mấy Phó Cục trưởng?',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.post_title = 'Phó Cục trưởng'`,
  },
  {
    question: 'Có bao nhiêu người đã chuyển công tác khỏi Vụ Hợp tác quốc tế?',
    sql: `select count(*) from chat.people p where p.status = 'transferred_out' and ${unit('VHTQT')}`,
  },
  {
    question: 'Năm 2026 có bao nhiêu người hoàn thành tốt nhiệm vụ ở Vụ Pháp chế?',
    sql: `select count(*) ${W} and ${unit('VPC')} and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2026 and e.level = 'tot')`,
  },
  {
    question: 'Số đảng viên dưới 35 tuổi',
    sql: `select count(*) ${PRIV} and pp.is_party_member and p.age < 35`,
  },
  {
    question: 'Có bao nhiêu người dân tộc thiểu số ở Cục Viễn thông?',
    sql: `select count(*) ${PRIV} and ${unit('CVT')} and pp.ethnicity <> 'Kinh'`,
  },
  {
    question: 'Cho tôi biết danh sách Trưởng phòng nữ ở Cục Sở hữu trí tuệ',
    sql: `select p.full_name ${W} and ${unit('CSHTT')} and p.post_title = 'Trưởng phòng' and p.sex = 'female'`,
  },
  {
    question: 'Give me the names of the PhDs at the Ministry Inspectorate',
    sql: `select p.full_name ${W} and ${unit('TTRB')} and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'Ai là Giám đốc Trung tâm Công nghệ thông tin?',
    sql: `select p.full_name ${W} and ${unit('TTCNTT')} and p.post_level = 3`,
  },
  {
    question: 'Liệt kê lãnh đạo Vụ Tổ chức cán bộ kèm chức vụ',
    sql: `select p.full_name, p.post_title ${W} and ${unit('VTCCB')} and p.post_title is not null`,
  },
  {
    question: 'danh sach nguoi nghi huu nam 2027 o Cuc Tan so',
    sql: `select p.full_name ${W} and ${unit('CTSVTD')} and extract(year from p.retirement_date) = 2027`,
  },
  {
    question: 'Những ai ở Vụ Bưu chính sẽ nghỉ hưu trong 2 năm tới?',
    sql: `select p.full_name ${W} and ${unit('VBC')} and p.retirement_date between hr_today() and (hr_today() + interval '2 years')::date`,
  },
  {
    question: 'Số người nghỉ hưu giai đoạn 2026-2030 ở Cục Viễn thông',
    sql: `select count(*) ${W} and ${unit('CVT')} and extract(year from p.retirement_date) between 2026 and 2030`,
  },
  {
    question: 'How many people retire in Q2 2027?',
    sql: `select count(*) ${W} and ${ret('2027-04-01', '2027-06-30')}`,
  },
  {
    question: 'Bao nhiêu người nghỉ hưu trong tháng 12 năm nay?',
    sql: `select count(*) ${W} and ${ret('2026-12-01', '2026-12-31')}`,
  },
  {
    question: 'Có bao nhiêu Vụ trưởng hết nhiệm kỳ trong 3 năm tới?',
    sql: `select count(*) ${W} and p.post_title = 'Vụ trưởng' and p.post_term_end between hr_today() and (hr_today() + interval '3 years')::date`,
  },
  {
    question: 'Danh sách lãnh đạo Cục Viễn thông hết nhiệm kỳ năm sau',
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.post_title is not null and extract(year from p.post_term_end) = 2027`,
  },
  {
    question: 'Số người nghỉ hưu theo từng năm trong 5 năm tới',
    sql: `select extract(year from p.retirement_date)::integer, count(*) ${W} and p.retirement_date between hr_today() and (hr_today() + interval '5 years')::date group by 1`,
  },
  {
    question: 'Số người theo trình độ ở Cục Viễn thông',
    sql: `select p.highest_degree, count(*) ${W} and ${unit('CVT')} group by 1`,
  },
  {
    question: 'Gender breakdown of the Intellectual Property Office',
    sql: `select p.sex, count(*) ${W} and ${unit('CSHTT')} group by 1`,
  },
  {
    question: 'So nu theo tung don vi',
    sql: `select u.name, count(*) ${TOP} and p.sex = 'female' group by 1`,
  },
  {
    question: 'Số tiến sĩ của từng đơn vị thuộc Viện Năng lượng nguyên tử Việt Nam',
    sql: `select p.unit_name, count(*) ${W} and ${unit('VNLNTVN')} and p.highest_degree = 'tien_si' group by 1`,
  },
  {
    question: 'Headcount by age group at the Ministry Inspectorate',
    sql: `select (p.age / 10) * 10, count(*) ${W} and ${unit('TTRB')} group by 1`,
  },
  {
    question: 'Số người theo ngạch và giới tính ở Vụ Bưu chính',
    sql: `select p.rank_name, p.sex, count(*) ${W} and ${unit('VBC')} group by 1, 2`,
  },
  {
    question: 'Tuổi trung bình của lãnh đạo cấp vụ',
    sql: `select avg(p.age) ${W} and p.post_level in (3, 4)`,
  },
  {
    question: 'Average age of women at the Central Post Office',
    sql: `select avg(p.age) ${W} and ${unit('CBDTW')} and p.sex = 'female'`,
  },
  {
    question: 'Tỷ lệ nữ trong lãnh đạo cấp phòng',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and p.post_level in (5, 6)`,
  },
  {
    question: 'Tỷ lệ đảng viên ở Vụ TCCB là bao nhiêu phần trăm?',
    sql: `select 100.0 * count(*) filter (where pp.is_party_member) / count(*) ${PRIV} and ${unit('VTCCB')}`,
  },
  {
    question: 'Tỷ lệ người trên 50 tuổi theo từng đơn vị',
    sql: `select u.name, 100.0 * count(*) filter (where p.age > 50) / count(*) ${TOP} group by 1`,
  },
  {
    question: 'Ai nhiều tuổi nhất trong số các Vụ trưởng?',
    sql: `select p.full_name ${W} and p.post_title = 'Vụ trưởng' order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Trưởng phòng trẻ nhất của Cục Viễn thông là ai?',
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.post_title = 'Trưởng phòng' order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'Đơn vị nào có tỷ lệ nữ cao nhất?',
    sql: `select u.name ${TOP} group by 1 order by 100.0 * count(*) filter (where p.sex = 'female') / count(*) desc limit 1`,
  },
  {
    question: 'Top 3 đơn vị đông người nhất',
    sql: `select u.name, count(*) ${TOP} group by 1 order by count(*) desc limit 3`,
    orderMatters: true,
  },
  { question: 'Ông Lê Xuân Thắng sinh năm bao nhiêu?', sql: person('birth_year', 'Lê Xuân Thắng') },
  { question: 'Phan Van Vinh giu chuc vu gi', sql: person('post_title', 'Phan Văn Vinh') },
  { question: 'Bà Võ Thị Bích bao giờ hết nhiệm kỳ?', sql: person('post_term_end', 'Võ Thị Bích') },
  { question: 'Hà Văn Tùng đang hưởng bậc lương mấy?', sql: person('salary_step', 'Hà Văn Tùng') },
  { question: 'What is the rank of Trần Đức Thành?', sql: person('rank_name', 'Trần Đức Thành') },
  { question: 'When was Nguyễn Thanh Tiến born?', sql: person('birth_date', 'Nguyễn Thanh Tiến') },
  {
    question: 'Trình độ chuyên môn của ông Trần Xuân Việt?',
    sql: person('highest_degree', 'Trần Xuân Việt'),
  },
  {
    question: 'Số người được tuyển dụng năm nay',
    sql: `select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year = 2026`,
  },
  {
    question: 'Biến động nhân sự (tăng, giảm) theo năm từ 2022 đến 2025',
    sql: `select m.year, m.direction, count(*) from chat.movements m where m.year between 2022 and 2025 group by 1, 2`,
  },
  {
    question: 'How many people joined the ministry in 2024?',
    sql: `select count(*) from chat.movements m where m.direction = 'in' and m.year = 2024`,
  },
  {
    question: 'So sánh số người của Vụ Pháp chế, Vụ Bưu chính và Vụ Hợp tác quốc tế',
    sql: `select u.name, count(*) ${cmp('VPC', 'VBC', 'VHTQT')} group by 1`,
  },
  {
    question: 'Compare the share of women in VNNIC and the IT Centre',
    sql: `select u.name, 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${cmp('VNNIC', 'TTCNTT')} group by 1`,
  },
  {
    question: 'Cục Viễn thông hay Cục Tần số có nhiều thạc sĩ hơn?',
    sql: `select u.name, count(*) ${cmp('CVT', 'CTSVTD')} and p.highest_degree = 'thac_si' group by 1`,
  },
  {
    question: 'Thế còn nam?',
    before: ['Vụ Bưu chính có bao nhiêu nữ?'],
    sql: `select count(*) ${W} and ${unit('VBC')} and p.sex = 'male'`,
  },
  {
    question: 'Trong đó bao nhiêu người có bằng tiến sĩ?',
    before: ['Cục Sở hữu trí tuệ có bao nhiêu người dưới 40 tuổi?'],
    sql: `select count(*) ${W} and ${unit('CSHTT')} and p.age < 40 and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'What about the Legal Department?',
    before: ['How many Party members are there at the Personnel Department?'],
    sql: `select count(*) ${PRIV} and ${unit('VPC')} and pp.is_party_member`,
  },
  {
    question: 'Ai lớn tuổi nhất?',
    before: ['Danh sách Phó Vụ trưởng Vụ Hợp tác quốc tế'],
    sql: `select p.full_name ${W} and ${unit('VHTQT')} and p.post_title = 'Phó Vụ trưởng' order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Còn năm 2025?',
    before: ['Năm 2024 có bao nhiêu người hoàn thành xuất sắc nhiệm vụ ở Vụ TCCB?'],
    sql: `select count(*) ${W} and ${unit('VTCCB')} and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2025 and e.level = 'xuat_sac')`,
  },
  {
    question: 'Chia theo giới tính thì sao?',
    before: ['Có bao nhiêu tiến sĩ ở Học viện Công nghệ Bưu chính Viễn thông?'],
    sql: `select p.sex, count(*) ${W} and ${unit('HVCNBCVT')} and p.highest_degree = 'tien_si' group by 1`,
  },
  { question: 'Bao nhiêu người được khen thưởng 3 năm liên tiếp?', sql: null, expect: 'abstain' },
  {
    question: 'Có bao nhiêu người không phải là đảng viên ở Cục Viễn thông?',
    sql: `select count(*) ${PRIV} and ${unit('CVT')} and not pp.is_party_member`,
  },
  { question: 'Số người học tiếng Hàn', sql: null, expect: 'abstain' },
  { question: 'Cục Viễn thông có bao nhiêu xe công vụ?', sql: null, expect: 'abstain' },
  { question: 'Bao nhiêu người ở Vụ Pháp chế đi muộn tháng này?', sql: null, expect: 'abstain' },
  { question: 'Who has the most children?', sql: null, expect: 'abstain' },
  { question: 'Có bao nhiêu người trên 1m70?', sql: null, expect: 'abstain' },
  { question: 'Số người có lương trên 20 triệu', sql: null, expect: 'abstain' },
  {
    question: 'Có bao nhiêu nữ Trưởng phòng dưới 45 tuổi ở Cục VT?',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.sex = 'female' and p.post_title = 'Trưởng phòng' and p.age < 45`,
  },
  {
    question: 'Bao nhiêu người sinh sau năm 1990 có bằng thạc sĩ?',
    sql: `select count(*) ${W} and p.birth_year > 1990 and p.highest_degree = 'thac_si'`,
  },
  {
    question: 'Số người đạt danh hiệu Chiến sĩ thi đua cơ sở năm 2025',
    sql: `select count(*) ${W} and exists (select 1 from chat.awards w where w.person_id = p.id and w.year = 2025 and w.kind = 'Chiến sĩ thi đua cơ sở')`,
  },
  // "Sắp nghỉ hưu" without a span: the next 6 months (the retirement notice period).
  {
    question: 'Ai sắp nghỉ hưu ở Vụ TCCB?',
    sql: `select p.full_name ${W} and ${unit('VTCCB')} and p.retirement_date between hr_today() and (hr_today() + interval '6 months')::date`,
  },
  {
    question: 'Average salary coefficient by rank',
    sql: `select p.rank_name, avg(p.salary_coefficient) ${W} group by 1`,
  },
  { question: 'How many people work in the whole ministry?', sql: `select count(*) ${W}` },
  {
    question: 'Biên chế được giao năm 2026 của Vụ Pháp chế là bao nhiêu?',
    sql: `select sum(q.quota) from chat.quotas q join chat.units u on u.id = q.unit_id where q.year = 2026 and u.path like (select path from chat.units where code = 'VPC') || '%'`,
    role: 'planner',
  },
  {
    question: 'Năm 2024 có bao nhiêu lượt bổ nhiệm lại?',
    sql: `select count(*) from chat.appointments a where a.kind = 'reappointment' and extract(year from a.start_date) = 2024`,
  },
  {
    question: 'Số người được bổ nhiệm lần đầu năm 2025',
    sql: `select count(*) from chat.appointments a where a.kind = 'first' and extract(year from a.start_date) = 2025`,
  },
  {
    question: 'Liệt kê các Phó Trưởng phòng sinh năm 1990 trở về sau',
    sql: `select p.full_name ${W} and p.post_title = 'Phó Trưởng phòng' and p.birth_year >= 1990`,
  },
  {
    question: "Who's the head of the IT Centre?",
    sql: `select p.full_name ${W} and ${unit('TTCNTT')} and p.post_level = 3`,
  },
  { question: 'bao nhieu nguoi o cuc vien thong sinh thang 5', sql: null, expect: 'abstain' },
  {
    question: 'Nữ chiếm bao nhiêu phần trăm ở Vụ TCCB?',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and ${unit('VTCCB')}`,
  },
  {
    question: 'Có bao nhiêu người 35 tuổi ở VNNIC?',
    sql: `select count(*) ${W} and ${unit('VNNIC')} and p.age = 35`,
  },
  {
    question: 'Cục Viễn thông có bao nhiêu người ngoài 50 tuổi?',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.age > 50`,
  },
  {
    question: 'So nguoi het nhiem ky nam 2027 theo don vi',
    sql: `select u.name, count(*) ${TOP} and extract(year from p.post_term_end) = 2027 group by 1`,
  },
  { question: 'Có bao nhiêu người nghỉ hưu trước tuổi?', sql: null, expect: 'abstain' },
  {
    question: 'Có bao nhiêu người chuyển đến Cục Viễn thông năm 2025?',
    sql: `select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'transferred_in' and m.year = 2025 and ${munit('CVT')}`,
  },
  {
    question: 'Số người thôi việc từ 2023 đến nay',
    sql: `select count(*) from chat.movements m where m.direction = 'out' and m.reason = 'resigned' and m.year between 2023 and 2026`,
  },
  {
    question:
      'List the people in the Telecommunications Authority whose term ends in 2027, with their term end dates',
    sql: `select p.full_name, p.post_term_end ${W} and ${unit('CVT')} and extract(year from p.post_term_end) = 2027`,
  },
  {
    question: 'Cán bộ nữ lớn tuổi nhất ở Thanh tra Bộ là ai?',
    sql: `select p.full_name ${W} and ${unit('TTRB')} and p.sex = 'female' order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Ai có hệ số lương cao nhất Bộ?',
    sql: `select p.full_name ${W} order by p.salary_coefficient desc, p.id limit 1`,
  },
  {
    question: 'Vụ trưởng Vụ Bưu chính sinh năm nào?',
    sql: `select p.full_name, p.birth_year ${W} and ${unit('VBC')} and p.post_title = 'Vụ trưởng'`,
  },
  {
    question: 'Ai là Chánh Thanh tra Bộ?',
    sql: `select p.full_name ${W} and p.post_title = 'Chánh Thanh tra'`,
  },
  { question: 'Bộ trưởng là ai?', sql: `select p.full_name ${W} and p.post_title = 'Bộ trưởng'` },
  {
    question: 'How many female directors general are there?',
    sql: `select count(*) ${W} and p.post_level = 3 and p.sex = 'female'`,
  },
  {
    question: 'What percentage of staff are over 50?',
    sql: `select 100.0 * count(*) filter (where p.age > 50) / count(*) ${W}`,
  },
  {
    question: 'Show me the number of civil servants by degree in the Legal Department',
    sql: `select p.highest_degree, count(*) ${W} and ${unit('VPC')} and p.staff_category = 'cong_chuc' group by 1`,
  },
  {
    // A measure still in effect is of the people still working.
    question: 'Có bao nhiêu người đang bị kỷ luật?',
    sql: `select count(distinct d.person_id) from chat.disciplines d join chat.people p on p.id = d.person_id where p.status = 'working' and d.effective_until >= hr_today()`,
  },
  {
    question: 'Số người nghỉ hưu năm 2025',
    sql: `select count(*) from chat.movements m where m.direction = 'out' and m.reason = 'retired' and m.year = 2025`,
  },
  {
    question: 'Có bao nhiêu người có ngạch Kỹ sư chính?',
    sql: `select count(*) ${W} and p.rank_code = 'V.05.02.06'`,
  },
  {
    question: 'nhung ai o Vu Buu chinh co trinh do tien si',
    sql: `select p.full_name ${W} and ${unit('VBC')} and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'Có bao nhiêu giảng viên chính ở Học viện Công nghệ Bưu chính Viễn thông?',
    sql: `select count(*) ${W} and ${unit('HVCNBCVT')} and p.rank_code = 'V.07.01.02'`,
  },
  {
    question: 'Số người có trình độ quản lý nhà nước chuyên viên chính trở lên ở Vụ Pháp chế',
    sql: `select count(*) ${W} and ${unit('VPC')} and p.state_management in ('chuyen_vien_chinh', 'chuyen_vien_cao_cap')`,
  },
  {
    question: 'Tổng số người lao động hợp đồng toàn Bộ',
    sql: `select count(*) ${W} and p.staff_category = 'nguoi_lao_dong'`,
  },
  {
    question: 'Bao nhiêu người ở Cục Viễn thông không có chức vụ?',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.post_title is null`,
  },
  {
    question: 'Cục Viễn thông có bao nhiêu người, trừ lãnh đạo?',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.post_title is null`,
  },
  { question: 'Số cán bộ đi học nước ngoài', sql: null, expect: 'abstain' },
  {
    question: 'Bao nhiêu người ở Vụ Pháp chế có vợ/chồng cùng cơ quan?',
    sql: null,
    expect: 'abstain',
  },
  {
    question: 'How many women hold a leadership post at VNNIC?',
    sql: `select count(*) ${W} and ${unit('VNNIC')} and p.sex = 'female' and p.post_title is not null`,
  },
  {
    question: 'Đếm số Phó Giám đốc Trung tâm',
    sql: `select count(*) ${W} and p.post_title = 'Phó Giám đốc Trung tâm'`,
  },
  { question: 'Số lượng nhân sự của các đơn vị', sql: `select u.name, count(*) ${TOP} group by 1` },
  {
    question: 'Cơ cấu ngạch của Vụ Hợp tác quốc tế',
    sql: `select p.rank_name, count(*) ${W} and ${unit('VHTQT')} group by 1`,
  },
  {
    question: 'Tuổi trung bình của nam và nữ ở Cục Viễn thông',
    sql: `select p.sex, avg(p.age) ${W} and ${unit('CVT')} group by 1`,
  },
  {
    question: 'Năm 2025, Vụ Pháp chế có mấy người không hoàn thành nhiệm vụ?',
    sql: `select count(*) ${W} and ${unit('VPC')} and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2025 and e.level = 'khong_hoan_thanh')`,
  },
  {
    question: 'Tỷ lệ hoàn thành xuất sắc nhiệm vụ năm 2025 của Cục Viễn thông',
    sql: `select 100.0 * count(*) filter (where e.level = 'xuat_sac') / count(*) from chat.people p join chat.evaluations e on e.person_id = p.id and e.year = 2025 where p.status = 'working' and ${unit('CVT')}`,
  },
  {
    question: 'Số đảng viên nữ dưới 40 tuổi ở Vụ TCCB',
    sql: `select count(*) ${PRIV} and ${unit('VTCCB')} and pp.is_party_member and p.sex = 'female' and p.age < 40`,
  },
  {
    question: 'What is the average age at PTIT?',
    sql: `select avg(p.age) ${W} and ${unit('HVCNBCVT')}`,
  },
  // A fourth round: follow-ups on listed people, facts of one person, periods ahead.
  {
    question: 'Bao nhiêu người?',
    before: ['Danh sách tiến sĩ nữ ở Vụ Hợp tác quốc tế'],
    sql: `select count(*) ${W} and ${unit('VHTQT')} and p.sex = 'female' and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'Còn ở Cục Tần số?',
    before: ['Tuổi trung bình ở Cục Viễn thông là bao nhiêu?'],
    sql: `select avg(p.age) ${W} and ${unit('CTSVTD')}`,
  },
  {
    question: 'Theo từng đơn vị thì sao?',
    before: ['Có bao nhiêu giáo sư, phó giáo sư?'],
    sql: `select u.name, count(*) ${TOP} and p.academic_title in ('gs', 'pgs') group by 1`,
  },
  {
    question: 'Trong số đó có bao nhiêu người sinh trước 1970?',
    before: ['Số Phó Cục trưởng hiện nay?'],
    sql: `select count(*) ${W} and p.post_title = 'Phó Cục trưởng' and p.birth_year < 1970`,
  },
  {
    question: 'Chỉ tính nữ',
    before: ['Số người nghỉ hưu năm 2027 ở Cục Bưu điện Trung ương'],
    sql: `select count(*) ${W} and ${unit('CBDTW')} and p.sex = 'female' and extract(year from p.retirement_date) = 2027`,
  },
  {
    question: 'And in 2029?',
    before: ['How many division heads have terms ending in 2028?'],
    sql: `select count(*) ${W} and p.post_title = 'Trưởng phòng' and extract(year from p.post_term_end) = 2029`,
  },
  {
    question: 'Who are they?',
    before: ['How many professors are there at PTIT?'],
    sql: `select p.full_name ${W} and ${unit('HVCNBCVT')} and p.academic_title = 'gs'`,
  },
  {
    question: 'Ông ấy sinh ngày nào?',
    before: ['Ai là Cục trưởng Cục Bưu điện Trung ương?'],
    sql: person('birth_date', 'Lý Tiến Hòa'),
  },
  {
    question: 'Còn Vụ trưởng Vụ Kế hoạch – Tài chính?',
    before: ['Ai là Vụ trưởng Vụ Bưu chính?'],
    sql: `select p.full_name ${W} and ${unit('VKHTC')} and p.post_title = 'Vụ trưởng'`,
  },
  {
    question: 'Năm 2026 thì sao?',
    before: ['Năm 2025 có bao nhiêu người được tuyển dụng?'],
    sql: `select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year = 2026`,
  },
  { question: 'Ông Đinh Đình Thái thuộc đơn vị nào?', sql: person('unit_name', 'Đinh Đình Thái') },
  { question: 'ngay nghi huu cua ong Le Anh Cong', sql: person('retirement_date', 'Lê Anh Công') },
  {
    question: 'Nhiệm kỳ của ông Đỗ Văn Trung kết thúc khi nào?',
    sql: person('post_term_end', 'Đỗ Văn Trung'),
  },
  { question: 'Which unit does Vũ Mạnh Trung work in?', sql: person('unit_name', 'Vũ Mạnh Trung') },
  { question: 'Ông Võ Đức Hưng có học vị gì?', sql: person('highest_degree', 'Võ Đức Hưng') },
  { question: 'Thông tin về ông Nguyễn Văn An', sql: null, expect: 'abstain' },
  {
    question: 'Số người sẽ nghỉ hưu năm 2030 ở Vụ Hợp tác quốc tế',
    sql: `select count(*) ${W} and ${unit('VHTQT')} and extract(year from p.retirement_date) = 2030`,
  },
  {
    question: 'Có bao nhiêu người đủ tuổi nghỉ hưu trong giai đoạn 2027 – 2028?',
    sql: `select count(*) ${W} and extract(year from p.retirement_date) between 2027 and 2028`,
  },
  {
    question: 'Trong 10 năm tới có bao nhiêu nữ nghỉ hưu?',
    sql: `select count(*) ${W} and p.sex = 'female' and p.retirement_date between hr_today() and (hr_today() + interval '10 years')::date`,
  },
  {
    question: 'Who retires first at the Ministry Office?',
    sql: `select p.full_name ${W} and ${unit('VPB')} order by p.retirement_date, p.id limit 1`,
  },
  {
    question: 'Lãnh đạo nào ở Vụ Pháp chế hết nhiệm kỳ sớm nhất?',
    sql: `select p.full_name ${W} and ${unit('VPC')} and p.post_title is not null order by p.post_term_end, p.id limit 1`,
  },
  {
    question: 'Số người hết nhiệm kỳ theo năm từ 2027 đến 2030',
    sql: `select extract(year from p.post_term_end)::integer, count(*) ${W} and extract(year from p.post_term_end) between 2027 and 2030 group by 1`,
  },
  {
    question: 'Có bao nhiêu người trong quy hoạch Phó Cục trưởng ở Cục Viễn thông?',
    sql: `select count(*) ${W} and ${unit('CVT')} and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_title = 'Phó Cục trưởng')`,
  },
  {
    question: 'Danh sách đảng viên ở Vụ Pháp chế',
    sql: `select p.full_name ${PRIV} and ${unit('VPC')} and pp.is_party_member`,
  },
  {
    question: 'Tỷ lệ người dân tộc thiểu số toàn Bộ',
    sql: `select 100.0 * count(*) filter (where pp.ethnicity <> 'Kinh') / count(*) ${PRIV}`,
  },
  {
    question: 'So sánh tỷ lệ tiến sĩ giữa VINATOM và PTIT',
    sql: `select u.name, 100.0 * count(*) filter (where p.highest_degree = 'tien_si') / count(*) ${cmp('VNLNTVN', 'HVCNBCVT')} group by 1`,
  },
  {
    question: 'Vụ Pháp chế so với Vụ Bưu chính, bên nào đông người hơn?',
    sql: `select u.name, count(*) ${cmp('VPC', 'VBC')} group by 1`,
  },
  {
    question: 'How many people left in 2025, by reason?',
    sql: `select m.reason, count(*) from chat.movements m where m.direction = 'out' and m.year = 2025 group by 1`,
  },
  {
    question: 'Số người chuyển đi nơi khác năm 2024',
    sql: `select count(*) from chat.movements m where m.direction = 'out' and m.reason = 'transferred_out' and m.year = 2024`,
  },
  {
    question: 'Cục Viễn thông có bao nhiêu người được tuyển dụng trong 3 năm gần đây?',
    sql: `select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.event_date between (hr_today() - interval '3 years')::date and hr_today() and m.unit_id in (select id from chat.units where path like (select path from chat.units where code = 'CVT') || '%')`,
  },
  {
    question: 'Quân số của Cục Công nghiệp CNTT',
    sql: `select count(*) ${W} and ${unit('CCNCNTT')}`,
  },
  {
    question: 'Có bao nhiêu viên chức hạng II ở Học viện Chiến lược Khoa học và Công nghệ?',
    sql: `select count(*) ${W} and ${unit('HVCLKHCN')} and p.staff_category = 'vien_chuc' and p.rank_grade = 2`,
  },
  {
    question: 'Bao nhiêu người có chứng chỉ tiếng Anh B2?',
    sql: `select count(*) ${W} and exists (select 1 from chat.trainings t where t.person_id = p.id and t.level = 'Tiếng Anh B2')`,
  },
  {
    question: 'Có ai ở Vụ Pháp chế trên 60 tuổi không?',
    sql: `select p.full_name ${W} and ${unit('VPC')} and p.age > 60`,
  },
  {
    question: 'Số người có trình độ trung cấp trở xuống ở Văn phòng Bộ',
    sql: `select count(*) ${W} and ${unit('VPB')} and p.highest_degree in ('pho_thong', 'trung_cap')`,
  },
  {
    question: 'Tổng số cán bộ nữ giữ chức vụ lãnh đạo',
    sql: `select count(*) ${W} and p.sex = 'female' and p.post_title is not null`,
  },
  {
    question: 'How many people are older than 58 at the Inspectorate?',
    sql: `select count(*) ${W} and ${unit('TTRB')} and p.age > 58`,
  },
  { question: 'Bao nhiêu người đang ở bậc lương cuối?', sql: null, expect: 'abstain' },
  {
    question: 'Có bao nhiêu người vừa là tiến sĩ vừa là đảng viên ở Cục Viễn thông?',
    sql: `select count(*) ${PRIV} and ${unit('CVT')} and p.highest_degree = 'tien_si' and pp.is_party_member`,
  },
  // A fifth round: without diacritics and in English; ranked averages, shares of a group.
  {
    question: 'so luong vien chuc cua Bao VnExpress',
    sql: `select count(*) ${W} and ${unit('VNEXPRESS')} and p.staff_category = 'vien_chuc'`,
  },
  {
    question: 'co bao nhieu pho vu truong nu',
    sql: `select count(*) ${W} and p.post_title = 'Phó Vụ trưởng' and p.sex = 'female'`,
  },
  {
    question: 'danh sach truong phong o Cuc An toan buc xa va hat nhan',
    sql: `select p.full_name ${W} and ${unit('CATBXHN')} and p.post_title = 'Trưởng phòng'`,
  },
  {
    question: 'tuoi binh quan cua lanh dao cap phong o Cuc Vien thong',
    sql: `select avg(p.age) ${W} and ${unit('CVT')} and p.post_level in (5, 6)`,
  },
  {
    question: 'ty le nu o Uy ban Tieu chuan Do luong Chat luong Quoc gia',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and ${unit('UBTCDLCL')}`,
  },
  {
    question: 'so nguoi nghi huu nam nay',
    sql: `select count(*) ${W} and extract(year from p.retirement_date) = 2026`,
  },
  {
    question: 'so nguoi het nhiem ky nam sau o Vu Phap che',
    sql: `select count(*) ${W} and ${unit('VPC')} and extract(year from p.post_term_end) = 2027`,
  },
  {
    question: 'ai tre nhat o Vu Hop tac quoc te',
    sql: `select p.full_name ${W} and ${unit('VHTQT')} order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'so nguoi theo gioi tinh o Quy NAFOSTED',
    sql: `select p.sex, count(*) ${W} and ${unit('NAFOSTED')} group by 1`,
  },
  {
    question: 'so sanh so nguoi giua Vu Phap che va Vu Buu chinh',
    sql: `select u.name, count(*) ${cmp('VPC', 'VBC')} group by 1`,
  },
  {
    question: 'co bao nhieu nguoi tu 35 den 45 tuoi o Cuc So huu tri tue',
    sql: `select count(*) ${W} and ${unit('CSHTT')} and p.age between 35 and 45`,
  },
  {
    question: 'ho ten cac giao su o Vien Nang luong nguyen tu Viet Nam',
    sql: `select p.full_name ${W} and ${unit('VNLNTVN')} and p.academic_title = 'gs'`,
  },
  { question: 'so nguoi o moi don vi', sql: `select u.name, count(*) ${TOP} group by 1` },
  {
    question: 'bao nhieu nam gioi o Vu Kinh te va Xa hoi so',
    sql: `select count(*) ${W} and ${unit('VKTXHS')} and p.sex = 'male'`,
  },
  {
    question: 'How many deputy directors general does the IP Office have?',
    sql: `select count(*) ${W} and ${unit('CSHTT')} and p.post_title = 'Phó Cục trưởng'`,
  },
  {
    question: 'List the women over 55 at the Telecom Authority',
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.sex = 'female' and p.age > 55`,
  },
  {
    question: 'What is the average salary coefficient at the Inspectorate?',
    sql: `select avg(p.salary_coefficient) ${W} and ${unit('TTRB')}`,
  },
  {
    question: 'How many people will reach retirement age next year at VNNIC?',
    sql: `select count(*) ${W} and ${unit('VNNIC')} and extract(year from p.retirement_date) = 2027`,
  },
  {
    question: 'Number of staff by staff category across the ministry',
    sql: `select p.staff_category, count(*) ${W} group by 1`,
  },
  {
    question: 'Which unit has the youngest average age?',
    sql: `select u.name ${TOP} group by 1 order by avg(p.age) limit 1`,
  },
  {
    question:
      'How many people with a master degree work at the Department of Planning and Finance?',
    sql: `select count(*) ${W} and ${unit('VKHTC')} and p.highest_degree = 'thac_si'`,
  },
  {
    question: 'Show the heads of division at the IT Centre',
    sql: `select p.full_name ${W} and ${unit('TTCNTT')} and p.post_title = 'Trưởng phòng'`,
  },
  {
    question: 'How many staff are under 30 in the whole ministry?',
    sql: `select count(*) ${W} and p.age < 30`,
  },
  {
    question: 'Who is the oldest person at NAFOSTED?',
    sql: `select p.full_name ${W} and ${unit('NAFOSTED')} order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'How many people born in 1970 still work at the ministry?',
    sql: `select count(*) ${W} and p.birth_year = 1970`,
  },
  {
    question: 'Percentage of civil servants with a PhD',
    sql: `select 100.0 * count(*) filter (where p.highest_degree = 'tien_si') / count(*) ${W} and p.staff_category = 'cong_chuc'`,
  },
  {
    question: 'How many people were recruited each year from 2020 to 2024?',
    sql: `select m.year, count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year between 2020 and 2024 group by 1`,
  },
  {
    question: 'How many people retired in 2024?',
    sql: `select count(*) from chat.movements m where m.direction = 'out' and m.reason = 'retired' and m.year = 2024`,
  },
  {
    question:
      'Compare the number of Party members in the Personnel Department and the Ministry Office',
    sql: `select u.name, count(*) from chat.units u join chat.people p on p.unit_path like u.path || '%' join chat.people_private pp on pp.person_id = p.id where u.code in ('VTCCB', 'VPB') and p.status = 'working' and pp.is_party_member group by 1`,
  },
  {
    question: 'Năm 2025 có bao nhiêu người được tặng Bằng khen của Bộ trưởng?',
    sql: `select count(*) ${W} and exists (select 1 from chat.awards w where w.person_id = p.id and w.year = 2025 and w.kind = 'Bằng khen của Bộ trưởng Bộ Khoa học và Công nghệ')`,
  },
  {
    question: 'Có bao nhiêu người hơn 50 tuổi mà chưa có bằng thạc sĩ?',
    sql: `select count(*) from chat.people p where p.status = 'working' and p.age > 50 and (p.highest_degree is null or p.highest_degree not in ('thac_si', 'tien_si'))`,
  },
  {
    question: 'Bao nhiêu người ở Cục Viễn thông có trình độ cử nhân?',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.highest_degree = 'dai_hoc'`,
  },
  { question: 'Có bao nhiêu người ở Cục Viễn thông cao trên 1m8?', sql: null, expect: 'abstain' },
  {
    question: 'Số lượng phó giáo sư nữ',
    sql: `select count(*) ${W} and p.academic_title = 'pgs' and p.sex = 'female'`,
  },
  {
    question: 'Ai là người trẻ nhất giữ chức Vụ trưởng?',
    sql: `select p.full_name ${W} and p.post_title = 'Vụ trưởng' order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'Ai giữ chức Trưởng phòng lâu nhất ở Cục Viễn thông?',
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.post_title = 'Trưởng phòng' order by ${since}, p.id limit 1`,
  },
  {
    question: 'Danh sách nữ lãnh đạo cấp vụ sinh năm 1975 trở về sau',
    sql: `select p.full_name ${W} and p.sex = 'female' and p.post_level in (3, 4) and p.birth_year >= 1975`,
  },
  // A sixth round: ranks by grade, planning, two-key breakdowns, extremes of salaries.
  {
    question: 'Số thạc sĩ và tiến sĩ ở Vụ Pháp chế',
    sql: `select count(*) ${W} and ${unit('VPC')} and p.highest_degree in ('thac_si', 'tien_si')`,
  },
  {
    question: 'Cục Viễn thông có bao nhiêu nam và bao nhiêu nữ?',
    sql: `select p.sex, count(*) ${W} and ${unit('CVT')} group by 1`,
  },
  {
    question: 'Số công chức hoặc viên chức nữ ở Cục Tần số',
    sql: `select count(*) ${W} and ${unit('CTSVTD')} and p.sex = 'female' and p.staff_category in ('cong_chuc', 'vien_chuc')`,
  },
  {
    question: 'Top 5 đơn vị có nhiều người nghỉ hưu nhất năm 2027',
    sql: `select u.name, count(*) ${TOP} and extract(year from p.retirement_date) = 2027 group by 1 order by 2 desc, 1 limit 5`,
    orderMatters: true,
  },
  {
    question: 'Đơn vị nào có ít tiến sĩ nhất?',
    sql: `select u.name ${TOP} and p.highest_degree = 'tien_si' group by 1 order by count(*), u.name limit 1`,
  },
  {
    question: 'Có bao nhiêu người từng công tác ở Bộ nay đã nghỉ hưu?',
    sql: `select count(*) from chat.people p where p.status = 'retired'`,
  },
  {
    question: 'Có bao nhiêu người có trình độ quản lý nhà nước ngạch chuyên viên?',
    sql: `select count(*) ${W} and p.state_management = 'chuyen_vien'`,
  },
  {
    question: 'Số người theo trình độ quản lý nhà nước ở Vụ TCCB',
    sql: `select p.state_management, count(*) ${W} and ${unit('VTCCB')} group by 1`,
  },
  {
    question: 'Có bao nhiêu kỹ sư hạng II ở Viện Ứng dụng công nghệ?',
    sql: `select count(*) ${W} and ${unit('VUDCN')} and p.rank_code = 'V.05.02.06'`,
  },
  {
    question: 'Bao nhiêu nghiên cứu viên chính ở VINATOM?',
    sql: `select count(*) ${W} and ${unit('VNLNTVN')} and p.rank_code = 'V.05.01.02'`,
  },
  {
    question: 'Năm 2025 có bao nhiêu người được đánh giá hoàn thành tốt nhiệm vụ trở lên?',
    sql: `select count(*) ${W} and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2025 and e.level in ('tot', 'xuat_sac'))`,
  },
  {
    question: 'Tỷ lệ hoàn thành xuất sắc nhiệm vụ năm 2024',
    sql: `select 100.0 * count(*) filter (where e.level = 'xuat_sac') / count(*) from chat.people p join chat.evaluations e on e.person_id = p.id and e.year = 2024 where p.status = 'working'`,
  },
  {
    question: 'Danh sách người được quy hoạch Cục trưởng Cục Viễn thông',
    sql: `select p.full_name ${W} and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_title = 'Cục trưởng' and pl.post_unit_id = (select id from chat.units where code = 'CVT'))`,
  },
  {
    question: 'Có bao nhiêu nữ trong quy hoạch lãnh đạo cấp vụ?',
    sql: `select count(*) ${W} and p.sex = 'female' and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_level in (3, 4))`,
  },
  {
    question: 'Số người theo nhóm tuổi và giới tính ở Vụ Hợp tác quốc tế',
    sql: `select (p.age / 10) * 10, p.sex, count(*) ${W} and ${unit('VHTQT')} group by 1, 2`,
  },
  { question: 'Tuổi trung bình theo giới tính', sql: `select p.sex, avg(p.age) ${W} group by 1` },
  {
    question: 'Hệ số lương trung bình theo ngạch ở Thanh tra Bộ',
    sql: `select p.rank_name, avg(p.salary_coefficient) ${W} and ${unit('TTRB')} group by 1`,
  },
  {
    question: 'Ai có hệ số lương thấp nhất Vụ Pháp chế?',
    sql: `select p.full_name ${W} and ${unit('VPC')} order by p.salary_coefficient, p.id limit 1`,
  },
  { question: 'Người lớn tuổi nhất Bộ bao nhiêu tuổi?', sql: `select max(p.age) ${W}` },
  {
    question: '3 người sắp nghỉ hưu sớm nhất ở Vụ TCCB',
    sql: `select p.full_name, p.retirement_date ${W} and ${unit('VTCCB')} order by p.retirement_date, p.id limit 3`,
    orderMatters: true,
  },
  {
    question: 'Số người chuyển đến từ cơ quan khác năm 2025',
    sql: `select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'transferred_in' and m.year = 2025`,
  },
  {
    question: 'Tổng số người vào và ra khỏi Bộ năm 2025',
    sql: `select m.direction, count(*) from chat.movements m where m.year = 2025 group by 1`,
  },
  {
    question: 'So sánh số người nghỉ hưu năm 2027 giữa Cục Viễn thông và Cục Tần số',
    sql: `select u.name, count(*) from chat.units u join chat.people p on p.unit_path like u.path || '%' where u.code in ('CVT', 'CTSVTD') and p.status = 'working' and extract(year from p.retirement_date) = 2027 group by 1`,
  },
  {
    question: 'Tỷ lệ đảng viên theo từng đơn vị',
    sql: `select u.name, 100.0 * count(*) filter (where pp.is_party_member) / count(*) from chat.people p join chat.people_private pp on pp.person_id = p.id join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' group by 1`,
  },
  {
    question: 'Có bao nhiêu người theo đạo Phật?',
    sql: `select count(*) ${PRIV} and pp.religion = 'Phật giáo'`,
  },
  {
    question: 'Số quyết định kỷ luật cảnh cáo từ 2020 đến 2025',
    sql: `select count(*) from chat.disciplines d where d.form = 'canh_cao' and extract(year from d.decided_on) between 2020 and 2025`,
  },
  {
    // Forecasting words over statutory retirements: the rule answers it from the data.
    question: 'Dự báo số người nghỉ hưu năm 2028',
    sql: `select count(*) ${W} and p.retirement_date between date '2028-01-01' and date '2028-12-31'`,
  },
  {
    question: 'Bao nhiêu người từng bị kỷ luật?',
    sql: `select count(distinct d.person_id) from chat.disciplines d`,
  },
  {
    question: 'How many people hold the rank of senior specialist?',
    sql: `select count(*) ${W} and p.rank_code = '01.001'`,
  },
  {
    question: 'How many staff have a bachelor degree or higher at VNNIC?',
    sql: `select count(*) ${W} and ${unit('VNNIC')} and p.highest_degree in ('dai_hoc', 'thac_si', 'tien_si')`,
  },
  { question: 'Average age of new recruits in 2025', sql: null, expect: 'abstain' },
  {
    question: 'Số người sinh năm 1990 ở từng đơn vị',
    sql: `select u.name, count(*) ${TOP} and p.birth_year = 1990 group by 1`,
  },
  // One word the engine does not know carries a condition: declined, not answered without it.
  { question: 'Có bao nhiêu cán bộ trẻ ở Vụ Pháp chế?', sql: null, expect: 'abstain' },
  { question: 'Bao nhiêu người ở Cục Tần số đi làm muộn?', sql: null, expect: 'abstain' },
  { question: 'How many vegetarians work at VNNIC?', sql: null, expect: 'abstain' },
  { question: 'Số người ở Cục Viễn thông có con nhỏ', sql: null, expect: 'abstain' },
  { question: 'Cục Viễn thông có bao nhiêu người mới được tuyển?', sql: null, expect: 'abstain' },
  {
    question: 'Bao nhiêu người ở Vụ Pháp chế quê Nghệ An?',
    sql: `select count(*) ${W} and ${unit('VPC')} and p.home_town = 'Nghệ An'`,
  },
  { question: 'so nguoi da ket hon o cuc vien thong', sql: null, expect: 'abstain' },
  {
    question: 'How many part-time staff at the Ministry Inspectorate?',
    sql: null,
    expect: 'abstain',
  },
  // A fact of a person named in a count that nothing uses was read, then dropped: declined.
  { question: 'Cục Viễn thông có bao nhiêu người có quê quán?', sql: null, expect: 'abstain' },
  { question: 'Số người có chuyên ngành ở Vụ Pháp chế', sql: null, expect: 'abstain' },
  { question: 'Số người nghỉ hưu trước tuổi năm 2025', sql: null, expect: 'abstain' },
  {
    question: 'Số người có học hàm giáo sư',
    sql: `select count(*) ${W} and p.academic_title = 'gs'`,
  },
  { question: 'Ông Trần Anh Chiến quê ở đâu?', sql: person('home_town', 'Trần Anh Chiến') },
  {
    question: 'Danh sách tiến sĩ nữ của Vụ Pháp chế',
    sql: `select p.full_name ${W} and ${unit('VPC')} and p.sex = 'female' and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'How many men over 60 work at the Central Post Office?',
    sql: `select count(*) ${W} and ${unit('CBDTW')} and p.sex = 'male' and p.age > 60`,
  },
  // Exits year by year, a person's age "năm nay".
  {
    question: 'Số người nghỉ việc theo từng năm',
    sql: `select m.year, count(*) from chat.movements m where m.direction = 'out' and m.reason = 'resigned' group by 1`,
  },
  {
    question: 'So nguoi chuyen cong tac di noi khac theo tung nam',
    sql: `select m.year, count(*) from chat.movements m where m.direction = 'out' and m.reason = 'transferred_out' group by 1`,
  },
  {
    question: 'Number of resignations per year',
    sql: `select m.year, count(*) from chat.movements m where m.direction = 'out' and m.reason = 'resigned' group by 1`,
  },
  { question: 'Ông Lê Quang Bình năm nay bao nhiêu tuổi?', sql: person('age', 'Lê Quang Bình') },
  {
    question: 'Năm nay anh Vũ Anh Thịnh bao nhiêu tuổi rồi?',
    sql: person('age', 'Vũ Anh Thịnh'),
  },
  // Statistics of an attribute are a breakdown by it.
  {
    question: 'Thống kê trình độ lý luận chính trị của Cục Viễn thông',
    sql: `select p.political_theory, count(*) ${W} and ${unit('CVT')} group by 1`,
  },
  {
    question: 'thong ke trinh do ly luan chinh tri cua Vu To chuc can bo',
    sql: `select p.political_theory, count(*) ${W} and ${unit('VTCCB')} group by 1`,
  },
  {
    question: 'Cơ cấu trình độ LLCT ở Thanh tra Bộ',
    sql: `select p.political_theory, count(*) ${W} and ${unit('TTRB')} group by 1`,
  },
  {
    question: 'Political theory level breakdown at the Legal Department',
    sql: `select p.political_theory, count(*) ${W} and ${unit('VPC')} group by 1`,
  },
  {
    question: 'Thống kê ngạch công chức của Vụ Hợp tác quốc tế',
    sql: `select p.rank_name, count(*) ${W} and ${unit('VHTQT')} group by 1`,
  },
  // Exits ahead have not happened: no yearly breakdown of them.
  {
    question: 'Số người nghỉ việc năm 2030 theo từng năm',
    sql: null,
    expect: 'abstain',
  },
  // Thresholds on the salary coefficient.
  {
    question: 'Có bao nhiêu người có hệ số lương từ 6.0 trở lên?',
    sql: `select count(*) ${W} and p.salary_coefficient >= 6`,
  },
  {
    question: 'Số cán bộ hệ số lương trên 5 ở Vụ Pháp chế',
    sql: `select count(*) ${W} and ${unit('VPC')} and p.salary_coefficient > 5`,
  },
  {
    question:
      'How many staff have a salary coefficient below 3 at the Telecommunications Authority?',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.salary_coefficient < 3`,
  },
  {
    question: 'Danh sách người có hệ số lương từ 6,56 trở lên ở Vụ Hợp tác quốc tế',
    sql: `select p.full_name ${W} and ${unit('VHTQT')} and p.salary_coefficient >= 6.56`,
  },
  {
    question: 'he so luong duoi 2.5 o Cuc Vien thong co bao nhieu nguoi',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.salary_coefficient < 2.5`,
  },
  {
    question: 'Số người có hệ số lương từ 4 đến 5 ở Thanh tra Bộ',
    sql: `select count(*) ${W} and ${unit('TTRB')} and p.salary_coefficient between 4 and 5`,
  },
  {
    question: 'Bao nhiêu người theo đạo Công giáo ở Cục Viễn thông?',
    sql: `select count(*) ${PRIV} and ${unit('CVT')} and pp.religion = 'Công giáo'`,
  },
  {
    question: 'so nguoi theo dao Tin lanh',
    sql: `select count(*) ${PRIV} and pp.religion = 'Tin lành'`,
  },
  // A sensitive condition is refused to the basic tier.
  { question: 'Số người dân tộc Thái ở Cục Viễn thông', sql: null, role: 'planner' },
  // A post word before a title introduces it; it does not ask for the post held.
  {
    question: 'Số người được quy hoạch chức danh Cục trưởng',
    sql: `select count(*) ${W} and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_title = 'Cục trưởng')`,
  },
  {
    question: 'Số người trên 50 tuổi có hệ số lương dưới 4',
    sql: `select count(*) ${W} and p.age > 50 and p.salary_coefficient < 4`,
  },
  // Awards of any kind, and a kind named with the general word.
  {
    question: 'Số người được khen thưởng năm 2025 ở Vụ Pháp chế',
    sql: `select count(*) ${W} and ${unit('VPC')} and exists (select 1 from chat.awards w where w.person_id = p.id and w.year = 2025)`,
  },
  {
    question: 'Số người được khen thưởng bằng khen năm 2025',
    sql: `select count(*) ${W} and exists (select 1 from chat.awards w where w.person_id = p.id and w.year = 2025 and w.kind like 'Bằng khen%')`,
  },
  {
    question: 'How many people at the Legal Department were awarded in 2024?',
    sql: `select count(*) ${W} and ${unit('VPC')} and exists (select 1 from chat.awards w where w.person_id = p.id and w.year = 2024)`,
  },
  // Ethnicity and religion breakdowns (sensitive tier; groups under 5 people withheld), length
  // of service, "sắp nghỉ hưu" without a span, home towns, and the extreme value of a measure.
  {
    question: 'Cơ cấu cán bộ theo dân tộc',
    sql: `select pp.ethnicity, count(*) ${PRIV} group by 1 having count(*) >= 5`,
  },
  {
    question: 'co cau can bo theo dan toc o Cuc Buu dien Trung uong',
    sql: `select pp.ethnicity, count(*) ${PRIV} and ${unit('CBDTW')} group by 1 having count(*) >= 5`,
  },
  {
    question: 'Breakdown of staff by ethnicity at the Radio Frequency Department',
    sql: `select pp.ethnicity, count(*) ${PRIV} and ${unit('CTSVTD')} group by 1 having count(*) >= 5`,
  },
  {
    question: 'Thống kê tôn giáo của Cục Sở hữu trí tuệ',
    sql: `select pp.religion, count(*) ${PRIV} and ${unit('CSHTT')} group by 1 having count(*) >= 5`,
  },
  {
    question: 'Cơ cấu theo tôn giáo của Cục Bưu điện Trung ương',
    sql: `select pp.religion, count(*) ${PRIV} and ${unit('CBDTW')} group by 1 having count(*) >= 5`,
  },
  {
    question: 'Số người dân tộc thiểu số ở Cục Tần số vô tuyến điện',
    sql: `select count(*) ${PRIV} and ${unit('CTSVTD')} and pp.ethnicity <> 'Kinh'`,
  },
  {
    question: 'How many ethnic minority staff are there at the Central Post Office?',
    sql: `select count(*) ${PRIV} and ${unit('CBDTW')} and pp.ethnicity <> 'Kinh'`,
  },
  {
    question: 'Còn Cục Viễn thông thì sao?',
    before: ['Cơ cấu cán bộ Cục Tần số vô tuyến điện theo dân tộc'],
    sql: `select pp.ethnicity, count(*) ${PRIV} and ${unit('CVT')} group by 1 having count(*) >= 5`,
  },
  { question: 'Cơ cấu cán bộ theo dân tộc', sql: null, role: 'planner' },
  { question: 'Cơ cấu dân tộc của Cục Viễn thông', sql: null, role: 'leader' },
  {
    question: 'Thâm niên công tác bình quân của Vụ Pháp chế',
    sql: `select round(avg(date_part('year', age(hr_today(), p.joined_state_service)))::numeric, 2) ${W} and ${unit('VPC')}`,
  },
  {
    question: 'so nguoi cong tac tren 20 nam o Cuc Vien thong',
    sql: `select count(*) ${W} and ${unit('CVT')} and date_part('year', age(hr_today(), p.joined_state_service)) > 20`,
  },
  {
    question: 'How many people at the Legal Department have more than 15 years of service?',
    sql: `select count(*) ${W} and ${unit('VPC')} and date_part('year', age(hr_today(), p.joined_state_service)) > 15`,
  },
  {
    question: 'Thâm niên trung bình tại Bộ của cán bộ Vụ Hợp tác quốc tế',
    sql: `select round(avg(date_part('year', age(hr_today(), p.joined_ministry)))::numeric, 2) ${W} and ${unit('VHTQT')}`,
  },
  {
    question: 'Ai có thâm niên công tác lâu nhất ở Vụ Hợp tác quốc tế?',
    sql: `select p.full_name ${W} and ${unit('VHTQT')} and p.joined_state_service = (select min(q.joined_state_service) from chat.people q where q.status = 'working' and q.unit_path like (select path from chat.units where code = 'VHTQT') || '%')`,
  },
  {
    question: 'Còn Cục Viễn thông?',
    before: ['Thâm niên công tác bình quân của Vụ Pháp chế'],
    sql: `select round(avg(date_part('year', age(hr_today(), p.joined_state_service)))::numeric, 2) ${W} and ${unit('CVT')}`,
  },
  {
    question: 'Có bao nhiêu người sắp nghỉ hưu?',
    sql: `select count(*) ${W} and p.retirement_date between hr_today() and (hr_today() + interval '6 months')::date`,
  },
  {
    question: 'danh sach nguoi sap nghi huu o Vien Nang luong nguyen tu Viet Nam',
    sql: `select p.full_name ${W} and ${unit('VNLNTVN')} and p.retirement_date between hr_today() and (hr_today() + interval '6 months')::date`,
  },
  {
    question: 'Who is about to retire at the Telecommunications Authority?',
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.retirement_date between hr_today() and (hr_today() + interval '6 months')::date`,
  },
  {
    question: 'Bao nhiêu người quê Nghệ An?',
    sql: `select count(*) ${W} and p.home_town = 'Nghệ An'`,
  },
  {
    question: 'bao nhieu nguoi que Ha Tinh o Cuc Tan so vo tuyen dien',
    sql: `select count(*) ${W} and ${unit('CTSVTD')} and p.home_town = 'Hà Tĩnh'`,
  },
  {
    question: 'List the staff from Thanh Hóa at the Telecommunications Authority',
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.home_town = 'Thanh Hóa'`,
  },
  {
    question: 'Số người theo quê quán ở Vụ Pháp chế',
    sql: `select p.home_town, count(*) ${W} and ${unit('VPC')} group by 1`,
  },
  {
    question: 'Hệ số lương cao nhất ở Vụ Pháp chế là bao nhiêu?',
    sql: `select max(p.salary_coefficient) ${W} and ${unit('VPC')}`,
  },
  {
    question: 'he so luong thap nhat la bao nhieu',
    sql: `select min(p.salary_coefficient) ${W}`,
  },
  {
    question: 'What is the highest salary coefficient at the Telecommunications Authority?',
    sql: `select max(p.salary_coefficient) ${W} and ${unit('CVT')}`,
  },
  {
    question: 'Bậc lương trung bình của Thanh tra Bộ',
    sql: `select round(avg(p.salary_step), 2) ${W} and ${unit('TTRB')}`,
  },
  {
    question: 'Tuổi cao nhất ở Vụ TCCB là bao nhiêu?',
    sql: `select max(p.age) ${W} and ${unit('VTCCB')}`,
  },
  {
    question: 'Còn Thanh tra Bộ?',
    before: ['Hệ số lương cao nhất ở Vụ Pháp chế là bao nhiêu?'],
    sql: `select max(p.salary_coefficient) ${W} and ${unit('TTRB')}`,
  },
  {
    question: 'Còn quê Hà Tĩnh thì sao?',
    before: ['Bao nhiêu người quê Nghệ An ở Cục Tần số vô tuyến điện?'],
    sql: `select count(*) ${W} and ${unit('CTSVTD')} and p.home_town = 'Hà Tĩnh'`,
  },
  {
    question: 'How many people have at least 10 years in the ministry?',
    sql: `select count(*) ${W} and date_part('year', age(hr_today(), p.joined_ministry)) >= 10`,
  },
  {
    question: 'thâm niên cao nhất ở Cục Viễn thông là bao nhiêu năm',
    sql: `select max(date_part('year', age(hr_today(), p.joined_state_service))) ${W} and ${unit('CVT')}`,
  },
  {
    question: 'Hệ số lương cao nhất ở Vụ Hợp tác quốc tế',
    sql: `select max(p.salary_coefficient) ${W} and ${unit('VHTQT')}`,
  },
  {
    question: 'Người có hệ số lương cao nhất ở Vụ Hợp tác quốc tế',
    sql: `select p.full_name ${W} and ${unit('VHTQT')} and p.salary_coefficient = (select max(q.salary_coefficient) from chat.people q where q.status = 'working' and q.unit_path like (select path from chat.units where code = 'VHTQT') || '%')`,
  },
  {
    question: 'Top 5 người có thâm niên cao nhất ở Cục Viễn thông',
    sql: `select p.full_name, date_part('year', age(hr_today(), p.joined_state_service)) ${W} and ${unit('CVT')} order by p.joined_state_service limit 5`,
    orderMatters: true,
  },
  {
    question: 'Phân bố cán bộ theo tôn giáo',
    sql: `select pp.religion, count(*) ${PRIV} group by 1 having count(*) >= 5`,
  },
  {
    question: 'Tuổi trung bình theo dân tộc',
    sql: `select pp.ethnicity, round(avg(p.age), 2) ${PRIV} group by 1 having count(*) >= 5`,
  },
  {
    question: 'Số người quê Thanh Hóa có trên 20 năm công tác',
    sql: `select count(*) ${W} and p.home_town = 'Thanh Hóa' and date_part('year', age(hr_today(), p.joined_state_service)) > 20`,
  },
  {
    question: 'Thống kê dân tộc của Cục Viễn thông',
    role: 'unit_hr',
    sql: `select pp.ethnicity, count(*) ${PRIV} and ${unit('CVT')} group by 1 having count(*) >= 5`,
  },
  {
    question: 'Người có thâm niên lâu nhất tại Bộ ở Vụ Pháp chế',
    sql: `select p.full_name ${W} and ${unit('VPC')} and p.joined_ministry = (select min(q.joined_ministry) from chat.people q where q.status = 'working' and q.unit_path like (select path from chat.units where code = 'VPC') || '%')`,
  },
  // How many ethnic groups there are is not a breakdown the engine computes.
  { question: 'Có bao nhiêu dân tộc ở Cục Viễn thông?', sql: null },
  {
    question: 'còn theo tôn giáo?',
    before: ['Cơ cấu cán bộ Cục Viễn thông theo dân tộc'],
    sql: `select pp.religion, count(*) ${PRIV} and ${unit('CVT')} group by 1 having count(*) >= 5`,
  },
  // Fresh everyday wordings across filters, breakdowns, periods, people and follow-ups.
  {
    question: 'Cục Thông tin, Thống kê hiện có bao nhiêu công chức nữ?',
    sql: `select count(*) ${W} and ${unit('CTTTK')} and p.staff_category = 'cong_chuc' and p.sex = 'female'`,
  },
  {
    question: 'Ở Trung tâm Internet Việt Nam có mấy người trên 55 tuổi?',
    sql: `select count(*) ${W} and ${unit('VNNIC')} and p.age > 55`,
  },
  {
    question: 'Vụ Kinh tế và Xã hội số có bao nhiêu người sinh từ năm 1980 đến năm 1989?',
    sql: `select count(*) ${W} and ${unit('VKTXHS')} and p.birth_year between 1980 and 1989`,
  },
  {
    question: 'Có bao nhiêu kỹ sư chính (hạng II) tại Viện Ứng dụng công nghệ?',
    sql: `select count(*) ${W} and ${unit('VUDCN')} and p.rank_code = 'V.05.02.06'`,
  },
  {
    question: 'Số giảng viên chính ở Học viện Công nghệ Bưu chính Viễn thông là bao nhiêu?',
    sql: `select count(*) ${W} and ${unit('HVCNBCVT')} and p.rank_code = 'V.07.01.02'`,
  },
  {
    question: 'Bao nhiêu người ở Quỹ NAFOSTED có bằng tiến sĩ?',
    sql: `select count(*) ${W} and ${unit('NAFOSTED')} and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'Ủy ban TCĐLCL có bao nhiêu người có trình độ cao cấp lý luận chính trị?',
    sql: `select count(*) ${W} and ${unit('UBTCDLCL')} and p.political_theory = 'cao_cap'`,
  },
  {
    question:
      'Cục Khởi nghiệp và Doanh nghiệp công nghệ có bao nhiêu người đã có chứng chỉ quản lý nhà nước ngạch chuyên viên chính?',
    sql: `select count(*) ${W} and ${unit('CKNDN')} and p.state_management = 'chuyen_vien_chinh'`,
  },
  {
    question:
      'Số người được đánh giá hoàn thành tốt nhiệm vụ năm 2023 ở Cục An toàn bức xạ và hạt nhân',
    sql: `select count(*) ${W} and ${unit('CATBXHN')} and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2023 and e.level = 'tot')`,
  },
  {
    question: 'Có bao nhiêu Phó Trưởng phòng là nữ ở Cục Sở hữu trí tuệ?',
    sql: `select count(*) ${W} and ${unit('CSHTT')} and p.post_title = 'Phó Trưởng phòng' and p.sex = 'female'`,
  },
  {
    question: 'Số đảng viên nữ ở Báo VnExpress',
    sql: `select count(*) ${PRIV} and ${unit('VNEXPRESS')} and p.sex = 'female' and pp.is_party_member`,
  },
  {
    question:
      'Có bao nhiêu người dân tộc Tày đang làm việc tại Học viện Công nghệ Bưu chính Viễn thông?',
    sql: `select count(*) ${PRIV} and ${unit('HVCNBCVT')} and pp.ethnicity = 'Tày'`,
  },
  {
    question: 'Bao nhiêu người ở Viện Năng lượng nguyên tử Việt Nam đang trong diện quy hoạch?',
    sql: `select count(*) ${W} and ${unit('VNLNTVN')} and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active)`,
  },
  {
    question: 'Số nhân viên bảo vệ của Văn phòng Bộ',
    sql: `select count(*) ${W} and ${unit('VPB')} and p.rank_code = '01.011'`,
  },
  {
    question: 'Có bao nhiêu người dưới 30 tuổi có bằng thạc sĩ ở Cục Chuyển đổi số quốc gia?',
    sql: `select count(*) ${W} and ${unit('CCDSQG')} and p.age < 30 and p.highest_degree = 'thac_si'`,
  },
  {
    question:
      'Bao nhiêu người ở Vụ Khoa học kỹ thuật và công nghệ chưa có trình độ lý luận chính trị?',
    sql: `select count(*) ${W} and ${unit('VKHKT')} and p.political_theory is null`,
  },
  {
    question: 'Phòng Quản lý địa chỉ IP có bao nhiêu viên chức nữ?',
    sql: `select count(*) ${W} and ${unit('VNNIC.P04')} and p.staff_category = 'vien_chuc' and p.sex = 'female'`,
  },
  {
    question: 'Khoa An toàn thông tin có bao nhiêu phó giáo sư?',
    sql: `select count(*) ${W} and ${unit('HVCNBCVT.K07')} and p.academic_title = 'pgs'`,
  },
  {
    question: 'Có bao nhiêu người từ 45 tuổi trở lên giữ chức Trưởng phòng?',
    sql: `select count(*) ${W} and p.age >= 45 and p.post_title = 'Trưởng phòng'`,
  },
  // A discipline count about fewer than 5 people is withheld (k-anonymity), not shown as 0.
  { question: 'Bao nhiêu người bị kỷ luật khiển trách năm 2024?', sql: null },
  {
    question: 'Có bao nhiêu viên chức sinh sau năm 1995 ở Viện Năng lượng nguyên tử Việt Nam?',
    sql: `select count(*) ${W} and ${unit('VNLNTVN')} and p.staff_category = 'vien_chuc' and p.birth_year > 1995`,
  },
  {
    question: 'Tổng số cán bộ nam từ 50 đến 60 tuổi tại Cục Tần số vô tuyến điện',
    sql: `select count(*) ${W} and ${unit('CTSVTD')} and p.sex = 'male' and p.age between 50 and 60`,
  },
  {
    question: 'Số chuyên viên cao cấp toàn Bộ',
    sql: `select count(*) ${W} and p.rank_code = '01.001'`,
  },
  {
    question: 'Toàn Bộ có bao nhiêu người mang học hàm giáo sư?',
    sql: `select count(*) ${W} and p.academic_title = 'gs'`,
  },
  {
    question:
      'Có bao nhiêu người đang trong quy hoạch Phó Giám đốc Trung tâm ở Cục Bưu điện Trung ương?',
    sql: `select count(*) ${W} and ${unit('CBDTW')} and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_title = 'Phó Giám đốc Trung tâm')`,
  },
  {
    question: 'Có bao nhiêu người được xếp loại hoàn thành nhiệm vụ năm 2022?',
    sql: `select count(*) ${W} and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2022 and e.level = 'hoan_thanh')`,
  },
  {
    question: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 3 có bao nhiêu người?',
    sql: `select count(*) ${W} and ${unit('UBTCDLCL.T03')}`,
  },
  {
    question: 'Báo VnExpress có bao nhiêu người đã xin thôi việc?',
    sql: `select count(*) from chat.people p where p.status = 'resigned' and ${unit('VNEXPRESS')}`,
  },
  {
    question: 'Bao nhiêu người có trình độ cao đẳng trở xuống?',
    sql: `select count(*) ${W} and p.highest_degree in ('cao_dang', 'trung_cap', 'pho_thong')`,
  },
  {
    question: 'cuc tan so vo tuyen dien co bao nhieu tien si',
    sql: `select count(*) ${W} and ${unit('CTSVTD')} and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'so nguoi nu tren 50 tuoi o Vien Ung dung cong nghe',
    sql: `select count(*) ${W} and ${unit('VUDCN')} and p.sex = 'female' and p.age > 50`,
  },
  {
    question: 'co bao nhieu can bo sinh nam 1975 o Thanh tra Bo',
    sql: `select count(*) ${W} and ${unit('TTRB')} and p.birth_year = 1975`,
  },
  {
    question: 'so pho truong phong o Hoc vien Chien luoc Khoa hoc va Cong nghe',
    sql: `select count(*) ${W} and ${unit('HVCLKHCN')} and p.post_title = 'Phó Trưởng phòng'`,
  },
  {
    question: 'bao nhieu nguoi o Vu Ke hoach Tai chinh la dang vien',
    sql: `select count(*) ${PRIV} and ${unit('VKHTC')} and pp.is_party_member`,
  },
  {
    question:
      'so nguoi khong hoan thanh nhiem vu nam 2024 o Hoc vien Cong nghe Buu chinh Vien thong',
    sql: `select count(*) ${W} and ${unit('HVCNBCVT')} and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2024 and e.level = 'khong_hoan_thanh')`,
  },
  {
    question: "How many women hold a master's degree at the Intellectual Property Office?",
    sql: `select count(*) ${W} and ${unit('CSHTT')} and p.sex = 'female' and p.highest_degree = 'thac_si'`,
  },
  {
    question: 'How many public employees aged 40 or over work at VNNIC?',
    sql: `select count(*) ${W} and ${unit('VNNIC')} and p.staff_category = 'vien_chuc' and p.age >= 40`,
  },
  {
    question: 'How many people born before 1968 are still working in the ministry?',
    sql: `select count(*) ${W} and p.birth_year < 1968`,
  },
  {
    question: 'How many Party members are there at the Radio Frequency Authority?',
    sql: `select count(*) ${PRIV} and ${unit('CTSVTD')} and pp.is_party_member`,
  },
  {
    question: 'How many staff of the Legal Department were rated excellent in 2023?',
    sql: `select count(*) ${W} and ${unit('VPC')} and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2023 and e.level = 'xuat_sac')`,
  },
  {
    question: 'How many engineers (Kỹ sư hạng III) work at Viện Nghiên cứu hạt nhân?',
    sql: `select count(*) ${W} and ${unit('VNLNTVN.V01')} and p.rank_code = 'V.05.02.07'`,
  },
  // Lists.
  {
    question: 'Liệt kê các Trưởng phòng của Cục Sở hữu trí tuệ.',
    sql: `select p.full_name ${W} and ${unit('CSHTT')} and p.post_title = 'Trưởng phòng'`,
  },
  {
    question: 'Cho danh sách các tiến sĩ nữ ở Vụ Hợp tác quốc tế',
    sql: `select p.full_name ${W} and ${unit('VHTQT')} and p.sex = 'female' and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'Những ai ở Vụ Pháp chế có trình độ cao cấp lý luận chính trị?',
    sql: `select p.full_name ${W} and ${unit('VPC')} and p.political_theory = 'cao_cap'`,
  },
  {
    question: 'Kể tên các Phó Cục trưởng của Cục Tần số vô tuyến điện kèm ngày sinh',
    sql: `select p.full_name, p.birth_date ${W} and ${unit('CTSVTD')} and p.post_title = 'Phó Cục trưởng'`,
  },
  {
    question: 'danh sach nguoi duoc quy hoach chuc danh Truong ban o Bao VnExpress',
    sql: `select p.full_name ${W} and ${unit('VNEXPRESS')} and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_title = 'Trưởng ban')`,
  },
  {
    question: 'Who are the deputy directors general (Phó Cục trưởng) of Cục Thông tin, Thống kê?',
    sql: `select p.full_name ${W} and ${unit('CTTTK')} and p.post_title = 'Phó Cục trưởng'`,
  },
  {
    question: 'List the staff of the Department of Posts born after 1990.',
    sql: `select p.full_name ${W} and ${unit('VBC')} and p.birth_year > 1990`,
  },
  {
    question: 'Những người bị kỷ luật cảnh cáo tại Cục Bưu điện Trung ương',
    sql: `select p.full_name from chat.people p where ${unit('CBDTW')} and exists (select 1 from chat.disciplines d where d.person_id = p.id and d.form = 'canh_cao')`,
  },
  {
    question: 'Danh sách đảng viên dưới 35 tuổi ở Vụ Tổ chức cán bộ',
    sql: `select p.full_name ${PRIV} and ${unit('VTCCB')} and pp.is_party_member and p.age < 35`,
  },
  {
    question: 'liet ke nhung nguoi hoan thanh xuat sac nhiem vu nam 2025 o Vu Buu chinh',
    sql: `select p.full_name ${W} and ${unit('VBC')} and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2025 and e.level = 'xuat_sac')`,
  },
  {
    question:
      'Danh sách các Giám đốc Trung tâm thuộc Cục Tần số vô tuyến điện kèm ngày hết nhiệm kỳ',
    sql: `select p.full_name, p.post_term_end ${W} and ${unit('CTSVTD')} and p.post_title = 'Giám đốc Trung tâm'`,
  },
  {
    question: 'Ai đang là Vụ trưởng Vụ Tổ chức cán bộ?',
    sql: `select p.full_name ${W} and ${unit('VTCCB')} and p.post_title = 'Vụ trưởng'`,
  },
  {
    question: 'Who is the Chief Inspector (Chánh Thanh tra)?',
    sql: `select p.full_name ${W} and p.post_title = 'Chánh Thanh tra'`,
  },
  {
    question: 'Danh sách người dân tộc Mường ở Viện Năng lượng nguyên tử Việt Nam',
    sql: `select p.full_name ${PRIV} and ${unit('VNLNTVN')} and pp.ethnicity = 'Mường'`,
  },
  // Breakdowns.
  {
    question: 'Cơ cấu giới tính của Cục Đổi mới sáng tạo',
    sql: `select p.sex, count(*) ${W} and ${unit('CDMST')} group by 1`,
  },
  {
    question: 'Phân bổ số người theo trình độ học vấn tại Cục Tần số vô tuyến điện',
    sql: `select p.highest_degree, count(*) ${W} and ${unit('CTSVTD')} group by 1`,
  },
  {
    question: 'Số lượng cán bộ chia theo ngạch của Văn phòng Bộ',
    sql: `select p.rank_name, count(*) ${W} and ${unit('VPB')} group by 1`,
  },
  {
    question: 'Thống kê theo nhóm tuổi ở Viện Ứng dụng công nghệ',
    sql: `select (p.age / 10) * 10, count(*) ${W} and ${unit('VUDCN')} group by 1`,
  },
  {
    question: 'Số người theo từng đơn vị trực thuộc Viện Năng lượng nguyên tử Việt Nam',
    sql: `select p.unit_name, count(*) ${W} and ${unit('VNLNTVN')} group by 1`,
  },
  {
    question: 'so nguoi theo hoc ham o Hoc vien Cong nghe Buu chinh Vien thong',
    sql: `select p.academic_title, count(*) ${W} and ${unit('HVCNBCVT')} group by 1`,
  },
  {
    question: 'Breakdown by sex of the staff at Ủy ban TCĐLCL',
    sql: `select p.sex, count(*) ${W} and ${unit('UBTCDLCL')} group by 1`,
  },
  {
    question: 'Number of staff in each staff category at PTIT',
    sql: `select p.staff_category, count(*) ${W} and ${unit('HVCNBCVT')} group by 1`,
  },
  {
    question: 'Số người theo xếp loại đánh giá năm 2023 của Cục Chuyển đổi số quốc gia',
    sql: `select e.level, count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and e.year = 2023 and ${unit('CCDSQG')} group by 1`,
  },
  {
    question: 'Số người theo trình độ quản lý nhà nước trong toàn Bộ',
    sql: `select p.state_management, count(*) ${W} group by 1`,
  },
  {
    question: 'Mỗi năm từ 2021 đến 2025 có bao nhiêu người thôi việc?',
    sql: `select m.year, count(*) from chat.movements m where m.direction = 'out' and m.reason = 'resigned' and m.year between 2021 and 2025 group by 1`,
  },
  {
    question: 'thong ke so nguoi theo ngach o Cuc Cong nghiep cong nghe thong tin',
    sql: `select p.rank_name, count(*) ${W} and ${unit('CCNCNTT')} group by 1`,
  },
  {
    question: 'Số người đến tuổi nghỉ hưu trong năm 2027 chia theo giới tính',
    sql: `select p.sex, count(*) ${W} and extract(year from p.retirement_date) = 2027 group by 1`,
  },
  {
    question: 'How are the staff of the Legal Department distributed by highest degree?',
    sql: `select p.highest_degree, count(*) ${W} and ${unit('VPC')} group by 1`,
  },
  {
    question:
      'Số người được tuyển dụng vào Học viện Công nghệ Bưu chính Viễn thông theo từng năm 2021–2025',
    sql: `select m.year, count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year between 2021 and 2025 and ${munit('HVCNBCVT')} group by 1`,
  },
  // Averages and shares.
  {
    question: 'Tuổi bình quân của các nữ Trưởng phòng trong toàn Bộ?',
    sql: `select avg(p.age) ${W} and p.sex = 'female' and p.post_title = 'Trưởng phòng'`,
  },
  {
    question: 'Hệ số lương trung bình của Cục Đổi mới sáng tạo',
    sql: `select avg(p.salary_coefficient) ${W} and ${unit('CDMST')}`,
  },
  {
    question: 'Tỷ lệ đảng viên ở Cục Viễn thông là bao nhiêu phần trăm?',
    sql: `select 100.0 * count(*) filter (where pp.is_party_member) / count(*) ${PRIV} and ${unit('CVT')}`,
  },
  {
    question: 'ty le tien si o Vien Nang luong nguyen tu Viet Nam',
    sql: `select 100.0 * count(*) filter (where p.highest_degree = 'tien_si') / count(*) ${W} and ${unit('VNLNTVN')}`,
  },
  {
    question: 'What percentage of PTIT staff are women?',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and ${unit('HVCNBCVT')}`,
  },
  {
    question: 'Average age of Party members across the ministry',
    sql: `select avg(p.age) ${PRIV} and pp.is_party_member`,
  },
  {
    question: 'Tỷ lệ người dưới 30 tuổi của Báo VnExpress',
    sql: `select 100.0 * count(*) filter (where p.age < 30) / count(*) ${W} and ${unit('VNEXPRESS')}`,
  },
  {
    question: 'Độ tuổi trung bình của cán bộ Cục Sở hữu trí tuệ',
    sql: `select avg(p.age) ${W} and ${unit('CSHTT')}`,
  },
  {
    question:
      'Năm 2024 Vụ Hợp tác quốc tế có bao nhiêu phần trăm cán bộ không hoàn thành nhiệm vụ?',
    sql: `select 100.0 * count(*) filter (where e.level = 'khong_hoan_thanh') / count(*) from chat.people p join chat.evaluations e on e.person_id = p.id and e.year = 2024 where p.status = 'working' and ${unit('VHTQT')}`,
  },
  // Superlatives.
  {
    question: 'Người lớn tuổi nhất của Cục Công nghiệp công nghệ thông tin là ai?',
    sql: `select p.full_name ${W} and ${unit('CCNCNTT')} order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Ai trẻ nhất trong số các Phó Vụ trưởng?',
    sql: `select p.full_name ${W} and p.post_title = 'Phó Vụ trưởng' order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'Trưởng phòng nào của Cục Bưu điện Trung ương giữ chức lâu nhất?',
    sql: `select p.full_name ${W} and ${unit('CBDTW')} and p.post_title = 'Trưởng phòng' order by ${since}, p.id limit 1`,
  },
  {
    question: 'Which unit has the most staff over 55?',
    sql: `select u.name ${TOP} and p.age > 55 group by u.name order by count(*) desc, u.name limit 1`,
  },
  {
    question: 'don vi nao co it nguoi nhat',
    sql: `select u.name ${TOP} group by u.name order by count(*), u.name limit 1`,
  },
  {
    question: 'Top 5 người có hệ số lương cao nhất ở Cục Tần số vô tuyến điện',
    sql: `select p.full_name, p.salary_coefficient ${W} and ${unit('CTSVTD')} order by p.salary_coefficient desc, p.id limit 5`,
    orderMatters: true,
  },
  {
    question: 'Who is the oldest woman at VNNIC?',
    sql: `select p.full_name ${W} and ${unit('VNNIC')} and p.sex = 'female' order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Nữ cán bộ trẻ nhất ở Vụ Kế hoạch – Tài chính là ai?',
    sql: `select p.full_name ${W} and ${unit('VKHTC')} and p.sex = 'female' order by p.birth_date desc, p.id limit 1`,
  },
  // One person's facts.
  {
    question: 'Ông Phan Văn Tiến đang giữ chức vụ gì?',
    sql: person('post_title', 'Phan Văn Tiến'),
  },
  { question: 'Bà Trần Thu Trang sinh ngày nào?', sql: person('birth_date', 'Trần Thu Trang') },
  { question: 'Lê Thị Minh Xuân làm việc ở đâu?', sql: person('unit_name', 'Lê Thị Minh Xuân') },
  { question: 'ong Dao Xuan Tuan dang o ngach gi', sql: person('rank_name', 'Đào Xuân Tuấn') },
  {
    question: 'Huỳnh Tuấn Cường hưởng bậc lương mấy?',
    sql: person('salary_step', 'Huỳnh Tuấn Cường'),
  },
  {
    question: 'Khi nào bà Danh Thanh Hương hết nhiệm kỳ?',
    sql: person('post_term_end', 'Danh Thanh Hương'),
  },
  {
    question: 'What is the birth date of Pham Thanh Viet?',
    sql: person('birth_date', 'Phạm Thành Việt'),
  },
  { question: "When does Le Kim Linh's term end?", sql: person('post_term_end', 'Lê Kim Linh') },
  { question: 'Which unit is Tran Hoang Thuan in?', sql: person('unit_name', 'Trần Hoàng Thuận') },
  {
    question: 'Ông Trương Minh Nghĩa nghỉ hưu vào ngày nào?',
    sql: person('retirement_date', 'Trương Minh Nghĩa'),
  },
  { question: 'ba Xa Thi Thanh Anh bao nhieu tuoi', sql: person('age', 'Xa Thị Thanh Anh') },
  {
    question: 'Hệ số lương của chị Bùi Thị Hồng Trang là bao nhiêu?',
    sql: person('salary_coefficient', 'Bùi Thị Hồng Trang'),
  },
  // Retirements and term ends by period.
  {
    question: 'Năm sau Cục Sở hữu trí tuệ có bao nhiêu người nghỉ hưu?',
    sql: `select count(*) ${W} and ${unit('CSHTT')} and extract(year from p.retirement_date) = extract(year from public.hr_today()) + 1`,
  },
  {
    question: 'Danh sách người nghỉ hưu trong quý 3/2027 ở Học viện Công nghệ Bưu chính Viễn thông',
    sql: `select p.full_name ${W} and ${unit('HVCNBCVT')} and ${ret('2027-07-01', '2027-09-30')}`,
  },
  {
    question: 'trong 3 nam toi Cuc Tan so vo tuyen dien co bao nhieu nguoi den tuoi nghi huu',
    sql: `select count(*) ${W} and ${unit('CTSVTD')} and p.retirement_date between public.hr_today() and (public.hr_today() + interval '3 years')::date`,
  },
  {
    question: 'Từ 2027 đến 2030 có bao nhiêu Trưởng phòng đến tuổi nghỉ hưu?',
    sql: `select count(*) ${W} and p.post_title = 'Trưởng phòng' and extract(year from p.retirement_date) between 2027 and 2030`,
  },
  {
    question: 'How many people at the Central Post Office retire next year?',
    sql: `select count(*) ${W} and ${unit('CBDTW')} and extract(year from p.retirement_date) = extract(year from public.hr_today()) + 1`,
  },
  {
    question: 'Which Phó Cục trưởng reach retirement age within the next 4 years?',
    sql: `select p.full_name ${W} and p.post_title = 'Phó Cục trưởng' and p.retirement_date between public.hr_today() and (public.hr_today() + interval '4 years')::date`,
  },
  {
    question: 'Số lãnh đạo cấp Vụ, Cục hết nhiệm kỳ trong quý 1/2028',
    sql: `select count(*) ${W} and p.post_level in (3, 4) and p.post_term_end between date '2028-01-01' and date '2028-03-31'`,
  },
  {
    question: 'Những Phó Trưởng phòng nào ở Cục Sở hữu trí tuệ hết nhiệm kỳ trong năm sau?',
    sql: `select p.full_name ${W} and ${unit('CSHTT')} and p.post_title = 'Phó Trưởng phòng' and extract(year from p.post_term_end) = extract(year from public.hr_today()) + 1`,
  },
  {
    question: 'het nhiem ky tu 2027 den 2029 o Cuc Buu dien Trung uong co bao nhieu nguoi',
    sql: `select count(*) ${W} and ${unit('CBDTW')} and p.post_title is not null and extract(year from p.post_term_end) between 2027 and 2029`,
  },
  {
    question: 'Số nữ đến tuổi nghỉ hưu trong 2 năm tới ở Học viện Công nghệ Bưu chính Viễn thông',
    sql: `select count(*) ${W} and ${unit('HVCNBCVT')} and p.sex = 'female' and p.retirement_date between public.hr_today() and (public.hr_today() + interval '2 years')::date`,
  },
  {
    question: 'How many Trưởng phòng have their terms ending in 2029?',
    sql: `select count(*) ${W} and p.post_title = 'Trưởng phòng' and extract(year from p.post_term_end) = 2029`,
  },
  // Yearly inflows and outflows.
  {
    question: 'Năm 2024 có bao nhiêu người chuyển công tác ra khỏi Bộ?',
    sql: `select count(*) from chat.movements m where m.direction = 'out' and m.reason = 'transferred_out' and m.year = 2024`,
  },
  {
    question: 'Số người nghỉ hưu ở Cục Bưu điện Trung ương năm 2025',
    sql: `select count(*) from chat.movements m where m.direction = 'out' and m.reason = 'retired' and m.year = 2025 and ${munit('CBDTW')}`,
  },
  {
    question: 'How many people were recruited into the ministry each year between 2019 and 2023?',
    sql: `select m.year, count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year between 2019 and 2023 group by 1`,
  },
  {
    question: 'so nguoi roi Bo moi nam tu 2022 den 2026',
    sql: `select m.year, count(*) from chat.movements m where m.direction = 'out' and m.year between 2022 and 2026 group by 1`,
  },
  // Comparisons between units.
  {
    question: 'So sánh số tiến sĩ giữa Cục Tần số vô tuyến điện và Cục Bưu điện Trung ương',
    sql: `select u.name, count(*) ${cmp('CTSVTD', 'CBDTW')} and p.highest_degree = 'tien_si' group by 1`,
  },
  {
    question: 'Compare the share of women at VNNIC and the Central Post Office.',
    sql: `select u.name, 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${cmp('VNNIC', 'CBDTW')} group by 1`,
  },
  {
    question: 'so sanh so dang vien cua Vu Phap che va Vu Buu chinh',
    sql: `select u.name, count(*) from chat.units u join chat.people p on p.unit_path like u.path || '%' join chat.people_private pp on pp.person_id = p.id where u.code in ('VPC', 'VBC') and p.status = 'working' and pp.is_party_member group by 1`,
  },
  {
    question: 'Tuổi bình quân của Thanh tra Bộ so với Văn phòng Bộ',
    sql: `select u.name, avg(p.age) ${cmp('TTRB', 'VPB')} group by 1`,
  },
  {
    question: 'So sánh số người trên 50 tuổi ở Vụ Kế hoạch – Tài chính và Vụ Hợp tác quốc tế',
    sql: `select u.name, count(*) ${cmp('VKHTC', 'VHTQT')} and p.age > 50 group by 1`,
  },
  // Follow-ups.
  {
    question: 'Trong số đó có bao nhiêu người là đảng viên?',
    before: ['Cục Chuyển đổi số quốc gia có bao nhiêu người?'],
    sql: `select count(*) ${PRIV} and ${unit('CCDSQG')} and pp.is_party_member`,
  },
  {
    question: 'Còn Cục Đổi mới sáng tạo thì sao?',
    before: ['Số tiến sĩ ở Viện Ứng dụng công nghệ'],
    sql: `select count(*) ${W} and ${unit('CDMST')} and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'what about women?',
    before: ['How many staff does VNNIC have?'],
    sql: `select count(*) ${W} and ${unit('VNNIC')} and p.sex = 'female'`,
  },
  {
    question: 'Ai trong số họ trẻ nhất?',
    before: ['Danh sách Phó Vụ trưởng Vụ Pháp chế'],
    sql: `select p.full_name ${W} and ${unit('VPC')} and p.post_title = 'Phó Vụ trưởng' order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'Còn năm 2029?',
    before: ['Có bao nhiêu người đến tuổi nghỉ hưu năm 2028?'],
    sql: `select count(*) ${W} and extract(year from p.retirement_date) = 2029`,
  },
  {
    question: 'trong do bao nhieu nguoi la nam',
    before: ['so nguoi tren 50 tuoi o Cuc Vien thong'],
    sql: `select count(*) ${W} and ${unit('CVT')} and p.age > 50 and p.sex = 'male'`,
  },
  {
    question: 'Còn theo ngạch thì sao?',
    before: ['Số người ở Vụ Kế hoạch – Tài chính theo giới tính'],
    sql: `select p.rank_name, count(*) ${W} and ${unit('VKHTC')} group by 1`,
  },
  {
    question: 'Ông ấy bao giờ nghỉ hưu?',
    before: ['Ông Lê Văn Mạnh giữ chức vụ gì?'],
    sql: person('retirement_date', 'Lê Văn Mạnh'),
  },
  {
    question: 'List them.',
    before: ['How many Trưởng phòng work at Cục Sở hữu trí tuệ?'],
    sql: `select p.full_name ${W} and ${unit('CSHTT')} and p.post_title = 'Trưởng phòng'`,
  },
  {
    question: 'Trong đó bao nhiêu là nữ?',
    before: ['Năm 2025 có bao nhiêu người được xếp loại xuất sắc ở Cục Tần số vô tuyến điện?'],
    sql: `select count(*) ${W} and ${unit('CTSVTD')} and p.sex = 'female' and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2025 and e.level = 'xuat_sac')`,
  },
  {
    question: 'Còn Quỹ NAFOSTED?',
    before: ['Tuổi trung bình ở Học viện Chiến lược Khoa học và Công nghệ'],
    sql: `select avg(p.age) ${W} and ${unit('NAFOSTED')}`,
  },
  {
    question: 'Còn tiến sĩ?',
    before: ['Cục mình có bao nhiêu thạc sĩ?'],
    role: 'unit_hr',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'Trong số đó có mấy người dưới 35 tuổi?',
    before: ['Phòng Chính sách có bao nhiêu người?'],
    role: 'leader',
    sql: `select count(*) ${W} and ${unit('CVT.P03')} and p.age < 35`,
  },
  {
    question: 'Và năm 2023?',
    before: ['Năm 2025 có bao nhiêu người được tuyển dụng?'],
    sql: `select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year = 2023`,
  },
  {
    question: 'Bao nhiêu trong số đó là nữ?',
    before: ['Có bao nhiêu người sinh năm 1990?'],
    role: 'planner',
    sql: `select count(*) ${W} and p.birth_year = 1990 and p.sex = 'female'`,
  },
  // The leader and the HR officer of Cục Viễn thông, and a planner.
  {
    question: 'Cục mình có bao nhiêu Phó Trưởng phòng?',
    role: 'leader',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.post_title = 'Phó Trưởng phòng'`,
  },
  {
    question: 'Thống kê số người theo nhóm tuổi của Cục',
    role: 'leader',
    sql: `select (p.age / 10) * 10, count(*) ${W} and ${unit('CVT')} group by 1`,
  },
  {
    question: 'Ai trong Cục sẽ nghỉ hưu sớm nhất?',
    role: 'leader',
    sql: `select p.full_name ${W} and ${unit('CVT')} order by p.retirement_date, p.id limit 1`,
  },
  {
    question: 'Phòng Quản lý doanh nghiệp có bao nhiêu nữ?',
    role: 'leader',
    sql: `select count(*) ${W} and ${unit('CVT.P05')} and p.sex = 'female'`,
  },
  {
    question: 'Danh sách đảng viên nữ của Phòng Kế hoạch – Tài chính',
    role: 'unit_hr',
    sql: `select p.full_name ${PRIV} and ${unit('CVT.P02')} and pp.is_party_member and p.sex = 'female'`,
  },
  { question: 'Trong Cục có bao nhiêu người từng bị kỷ luật?', role: 'unit_hr', sql: null },
  {
    question: 'Số người dân tộc thiểu số trong Cục',
    role: 'unit_hr',
    sql: `select count(*) ${PRIV} and ${unit('CVT')} and pp.ethnicity <> 'Kinh'`,
  },
  {
    question: 'Cục có bao nhiêu người được quy hoạch Trưởng phòng?',
    role: 'unit_hr',
    sql: `select count(*) ${W} and ${unit('CVT')} and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_title = 'Trưởng phòng')`,
  },
  {
    question: 'Tỷ lệ nữ ở Cục Bưu điện Trung ương',
    role: 'planner',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and ${unit('CBDTW')}`,
  },
  {
    question: 'Số người theo trình độ chuyên môn của toàn Bộ',
    role: 'planner',
    sql: `select p.highest_degree, count(*) ${W} group by 1`,
  },
  {
    question: 'Trong 10 năm tới toàn Bộ có bao nhiêu nữ đến tuổi nghỉ hưu?',
    role: 'planner',
    sql: `select count(*) ${W} and p.sex = 'female' and p.retirement_date between public.hr_today() and (public.hr_today() + interval '10 years')::date`,
  },
  { question: 'Số đảng viên ở Cục Tần số vô tuyến điện', role: 'planner', sql: null },
  // Out of coverage: declined.
  { question: 'Ai làm việc chăm chỉ nhất ở Cục Viễn thông?', sql: null },
  { question: 'Lương tháng của ông Ngô Văn Phong là bao nhiêu tiền?', sql: null },
  { question: 'Có bao nhiêu người thích chơi bóng đá?', sql: null },
  { question: 'How many employees own a car?', sql: null },
  { question: 'Số người được cử đi học ở nước ngoài năm 2025', sql: null },
  { question: 'so nguoi di muon nhieu nhat thang nay', sql: null },
  // Harder wordings: colloquial headcounts, spans of months, rankings, provenance facts.
  {
    question: 'Quân số hiện nay của Cục Tần số vô tuyến điện là bao nhiêu?',
    sql: `select count(*) ${W} and ${unit('CTSVTD')}`,
  },
  {
    question: 'Số lượng nhân sự nữ tại Cục Đổi mới sáng tạo',
    sql: `select count(*) ${W} and ${unit('CDMST')} and p.sex = 'female'`,
  },
  {
    question: 'Có bao nhiêu người đã ngoài 60 tuổi mà vẫn đang công tác?',
    sql: `select count(*) ${W} and p.age > 60`,
  },
  {
    question: 'Số người có bằng đại học ở Thanh tra Bộ',
    sql: `select count(*) ${W} and ${unit('TTRB')} and p.highest_degree = 'dai_hoc'`,
  },
  {
    question: 'Danh sách cán bộ Vụ Hợp tác quốc tế có học vị tiến sĩ',
    sql: `select p.full_name ${W} and ${unit('VHTQT')} and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'Các đồng chí Phó Cục trưởng Cục Viễn thông gồm những ai?',
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.post_title = 'Phó Cục trưởng'`,
  },
  {
    question: 'Thứ trưởng nào nhiều tuổi nhất?',
    sql: `select p.full_name ${W} and p.post_title = 'Thứ trưởng' order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Độ tuổi bình quân của lãnh đạo cấp Vụ và tương đương',
    sql: `select avg(p.age) ${W} and p.post_level in (3, 4)`,
  },
  {
    question: 'Tỉ lệ viên chức ở Báo VnExpress',
    sql: `select 100.0 * count(*) filter (where p.staff_category = 'vien_chuc') / count(*) ${W} and ${unit('VNEXPRESS')}`,
  },
  {
    question: 'Ông Nguyễn Hoài Nhàn năm nay bao nhiêu tuổi?',
    sql: person('age', 'Nguyễn Hoài Nhàn'),
  },
  { question: 'Nguyễn Tuấn Hòa quê ở đâu?', sql: person('home_town', 'Nguyễn Tuấn Hòa') },
  {
    question: 'Ông Võ Duy Lợi giữ chức vụ hiện tại từ khi nào?',
    sql: `select ${since} from chat.people p where p.full_name = 'Võ Duy Lợi'`,
  },
  {
    question: 'Bà Hồ Thị Minh Oanh về công tác tại Bộ từ ngày nào?',
    sql: person('joined_ministry', 'Hồ Thị Minh Oanh'),
  },
  {
    question: 'Từ nay đến hết năm 2027 có bao nhiêu người nghỉ hưu?',
    sql: `select count(*) ${W} and p.retirement_date between public.hr_today() and date '2027-12-31'`,
  },
  {
    question: 'Số người nghỉ hưu trong 6 tháng đầu năm 2027',
    sql: `select count(*) ${W} and ${ret('2027-01-01', '2027-06-30')}`,
  },
  {
    question: 'Giai đoạn 2028-2032 Cục Bưu điện Trung ương có bao nhiêu người đến tuổi nghỉ hưu?',
    sql: `select count(*) ${W} and ${unit('CBDTW')} and extract(year from p.retirement_date) between 2028 and 2032`,
  },
  {
    question: 'Tháng 3/2027 có những ai nghỉ hưu?',
    sql: `select p.full_name ${W} and ${ret('2027-03-01', '2027-03-31')}`,
  },
  {
    question: 'How many staff will retire before the end of 2028?',
    sql: `select count(*) ${W} and p.retirement_date <= date '2028-12-31'`,
  },
  {
    question: 'How many people left the ministry in 2023, by reason?',
    sql: `select m.reason, count(*) from chat.movements m where m.direction = 'out' and m.year = 2023 group by 1`,
  },
  {
    question: 'Năm 2026 Cục Bưu điện Trung ương tuyển mới bao nhiêu người?',
    sql: `select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year = 2026 and ${munit('CBDTW')}`,
  },
  {
    question: 'Đơn vị nào có tỷ lệ đảng viên thấp nhất?',
    sql: `select u.name from chat.people p join chat.people_private pp on pp.person_id = p.id join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' group by u.name order by 100.0 * count(*) filter (where pp.is_party_member) / count(*), u.name limit 1`,
  },
  {
    question: 'Which three units have the most PhDs?',
    sql: `select u.name, count(*) ${TOP} and p.highest_degree = 'tien_si' group by 1 order by 2 desc, 1 limit 3`,
    orderMatters: true,
  },
  {
    question: 'so nguoi co bang dai hoc o Cuc Thong tin, Thong ke',
    sql: `select count(*) ${W} and ${unit('CTTTK')} and p.highest_degree = 'dai_hoc'`,
  },
  {
    question: 'danh sach can bo nu Vu Phap che kem ngay sinh',
    sql: `select p.full_name, p.birth_date ${W} and ${unit('VPC')} and p.sex = 'female'`,
  },
  {
    question: 'ai la nguoi it tuoi nhat o Quy NAFOSTED',
    sql: `select p.full_name ${W} and ${unit('NAFOSTED')} order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'tong so nguoi lao dong hop dong toan Bo',
    sql: `select count(*) ${W} and p.staff_category = 'nguoi_lao_dong'`,
  },
  {
    question: 'Give me the headcount of the IT Industry Authority.',
    sql: `select count(*) ${W} and ${unit('CCNCNTT')}`,
  },
  {
    question: "How many of the ministry's staff are ethnic Khmer?",
    sql: `select count(*) ${PRIV} and pp.ethnicity = 'Khmer'`,
  },
  {
    question: 'Which deputy ministers are women?',
    sql: `select p.full_name ${W} and p.post_title = 'Thứ trưởng' and p.sex = 'female'`,
  },
  {
    question: 'What is the average salary coefficient of Chuyên viên chính across the ministry?',
    sql: `select avg(p.salary_coefficient) ${W} and p.rank_code = '01.002'`,
  },
  {
    question: "How many people at the Digital Transformation Agency hold a bachelor's degree?",
    sql: `select count(*) ${W} and ${unit('CCDSQG')} and p.highest_degree = 'dai_hoc'`,
  },
  {
    question: 'Show the number of people by political theory level at the Innovation Agency.',
    sql: `select p.political_theory, count(*) ${W} and ${unit('CDMST')} group by 1`,
  },
  {
    question: 'Who has been a Trưởng phòng the longest at the Ministry Office?',
    sql: `select p.full_name ${W} and ${unit('VPB')} and p.post_title = 'Trưởng phòng' order by ${since}, p.id limit 1`,
  },
  {
    question: 'How many people are due to retire in Q4 2027?',
    sql: `select count(*) ${W} and ${ret('2027-10-01', '2027-12-31')}`,
  },
  {
    question: 'And how many of them are women?',
    before: ['How many PhDs are at VINATOM?'],
    sql: `select count(*) ${W} and ${unit('VNLNTVN')} and p.highest_degree = 'tien_si' and p.sex = 'female'`,
  },
  {
    question: 'Ai trong số này sắp hết nhiệm kỳ sớm nhất?',
    before: ['Danh sách Trưởng phòng ở Cục Viễn thông'],
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.post_title = 'Trưởng phòng' order by p.post_term_end, p.id limit 1`,
  },
  {
    question: 'Liệt kê họ kèm ngày nghỉ hưu',
    before: ['Số người nghỉ hưu năm 2027 ở Văn phòng Bộ'],
    sql: `select p.full_name, p.retirement_date ${W} and ${unit('VPB')} and extract(year from p.retirement_date) = 2027`,
  },
  {
    question: 'Còn ở Cục Viễn thông?',
    before: ['Tỷ lệ nữ của Vụ Tổ chức cán bộ là bao nhiêu?'],
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and ${unit('CVT')}`,
  },
  { question: 'Cho tôi số điện thoại của ông Lê Văn Mạnh', sql: null },
  { question: 'Vì sao số người nghỉ việc năm 2025 tăng?', sql: null },
  // Rank thresholds, trainings, awards, quotas, English follow-ups, the scoped roles.
  {
    question: 'Vụ Hợp tác quốc tế có bao nhiêu chuyên viên chính trở lên là nữ?',
    sql: `select count(*) ${W} and ${unit('VHTQT')} and p.rank_grade <= 2 and p.sex = 'female'`,
  },
  {
    question: 'Số người từ 35 tuổi trở xuống ở Cục Công nghiệp công nghệ thông tin',
    sql: `select count(*) ${W} and ${unit('CCNCNTT')} and p.age <= 35`,
  },
  {
    question: 'Có bao nhiêu cán bộ thế hệ 7x ở Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia?',
    sql: `select count(*) ${W} and ${unit('UBTCDLCL')} and p.birth_year between 1970 and 1979`,
  },
  {
    question:
      'Bao nhiêu người ở Học viện Công nghệ Bưu chính Viễn thông có chứng chỉ tiếng Anh C1?',
    sql: `select count(*) ${W} and ${unit('HVCNBCVT')} and exists (select 1 from chat.trainings t where t.person_id = p.id and t.level = 'Tiếng Anh C1')`,
  },
  {
    question: 'Năm 2024 Cục Sở hữu trí tuệ có bao nhiêu người đạt Chiến sĩ thi đua cơ sở?',
    sql: `select count(*) ${W} and ${unit('CSHTT')} and exists (select 1 from chat.awards w where w.person_id = p.id and w.year = 2024 and w.kind = 'Chiến sĩ thi đua cơ sở')`,
  },
  {
    question: 'Biên chế giao cho Cục Tần số vô tuyến điện năm 2026 là bao nhiêu?',
    sql: `select sum(q.quota) from chat.quotas q join chat.units u on u.id = q.unit_id where q.year = 2026 and u.path like (select path from chat.units where code = 'CTSVTD') || '%'`,
  },
  {
    question: 'Có bao nhiêu người đang hưởng bậc lương 9 trở lên?',
    sql: `select count(*) ${W} and p.salary_step >= 9`,
  },
  {
    question: 'Số kế toán viên ở Vụ Kế hoạch – Tài chính',
    sql: `select count(*) ${W} and ${unit('VKHTC')} and p.rank_code = '06.031'`,
  },
  {
    question:
      'Bao nhiêu nghiên cứu viên chính có bằng tiến sĩ ở Viện Năng lượng nguyên tử Việt Nam?',
    sql: `select count(*) ${W} and ${unit('VNLNTVN')} and p.rank_code = 'V.05.01.02' and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'Số phóng viên của Báo VnExpress',
    sql: `select count(*) ${W} and ${unit('VNEXPRESS')} and p.rank_code in ('V.11.02.05', 'V.11.02.06')`,
  },
  {
    question: 'Hiện có bao nhiêu nữ lãnh đạo cấp phòng trong toàn Bộ?',
    sql: `select count(*) ${W} and p.sex = 'female' and p.post_level in (5, 6)`,
  },
  {
    question: 'Số cán bộ không giữ chức vụ lãnh đạo ở Vụ Bưu chính',
    sql: `select count(*) ${W} and ${unit('VBC')} and p.post_title is null`,
  },
  {
    question: 'Có bao nhiêu người nghỉ hưu trong năm 2025?',
    sql: `select count(*) from chat.movements m where m.direction = 'out' and m.reason = 'retired' and m.year = 2025`,
  },
  {
    question: 'Năm 2025 có bao nhiêu lượt bổ nhiệm lại chức vụ lãnh đạo?',
    sql: `select count(*) from chat.appointments a where a.kind = 'reappointment' and extract(year from a.start_date) = 2025`,
  },
  {
    question: 'so nguoi co chung chi IELTS 6.5 o Trung tam Internet Viet Nam',
    sql: `select count(*) ${W} and ${unit('VNNIC')} and exists (select 1 from chat.trainings t where t.person_id = p.id and t.level = 'IELTS 6.5')`,
  },
  {
    question: 'bao nhieu nguoi o Vu Phap che co he so luong tu 4,4 tro len',
    sql: `select count(*) ${W} and ${unit('VPC')} and p.salary_coefficient >= 4.4`,
  },
  // Without diacritics "nam sinh" is "năm sinh" or "nam" + "sinh": declined rather than guessed.
  { question: 'so can bo nam sinh sau nam 1990 o Cuc Chuyen doi so quoc gia', sql: null },
  {
    question: 'danh sach pho truong phong nu o Cuc So huu tri tue',
    sql: `select p.full_name ${W} and ${unit('CSHTT')} and p.post_title = 'Phó Trưởng phòng' and p.sex = 'female'`,
  },
  {
    question: 'tuoi trung binh cua giang vien Hoc vien Cong nghe Buu chinh Vien thong',
    sql: `select avg(p.age) ${W} and ${unit('HVCNBCVT')} and p.rank_code = 'V.07.01.03'`,
  },
  {
    question: 'How many senior experts (Chuyên viên cao cấp) work at the Ministry Office?',
    sql: `select count(*) ${W} and ${unit('VPB')} and p.rank_code = '01.001'`,
  },
  {
    question: 'How many people at PTIT are 60 or older?',
    sql: `select count(*) ${W} and ${unit('HVCNBCVT')} and p.age >= 60`,
  },
  {
    question: 'List the division heads at the Innovation Agency with their birth dates.',
    sql: `select p.full_name, p.birth_date ${W} and ${unit('CDMST')} and p.post_title = 'Trưởng phòng'`,
  },
  {
    question: 'What is the average age of female civil servants at the Inspectorate?',
    sql: `select avg(p.age) ${W} and ${unit('TTRB')} and p.sex = 'female' and p.staff_category = 'cong_chuc'`,
  },
  {
    question: 'How many staff at the Department of Planning and Finance hold a doctorate?',
    sql: `select count(*) ${W} and ${unit('VKHTC')} and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'Breakdown of VnExpress staff by age group',
    sql: `select (p.age / 10) * 10, count(*) ${W} and ${unit('VNEXPRESS')} group by 1`,
  },
  {
    question: 'Who at the IT Centre retires soonest?',
    sql: `select p.full_name ${W} and ${unit('TTCNTT')} order by p.retirement_date, p.id limit 1`,
  },
  // A condition on a group's count is not something the plan can hold.
  { question: 'Which units have more than 400 staff?', sql: null },
  {
    question: 'Top 3 đơn vị đông người nhất',
    sql: `select u.name, count(*) ${TOP} group by 1 order by 2 desc, 1 limit 3`,
    orderMatters: true,
  },
  {
    question: 'Đơn vị nào có tuổi bình quân thấp nhất?',
    sql: `select u.name ${TOP} group by u.name order by avg(p.age), u.name limit 1`,
  },
  {
    question:
      'So sánh số Phó Trưởng phòng của Cục Viễn thông, Cục Tần số vô tuyến điện và Cục Bưu điện Trung ương',
    sql: `select u.name, count(*) ${cmp('CVT', 'CTSVTD', 'CBDTW')} and p.post_title = 'Phó Trưởng phòng' group by 1`,
  },
  {
    question: 'Số người chuyển đến Cục Tần số vô tuyến điện theo từng năm từ 2022 đến 2025',
    sql: `select m.year, count(*) from chat.movements m where m.direction = 'in' and m.reason = 'transferred_in' and m.year between 2022 and 2025 and ${munit('CTSVTD')} group by 1`,
  },
  {
    question: 'Trong số đó có bao nhiêu người là viên chức?',
    before: ['Số người dưới 40 tuổi ở Viện Ứng dụng công nghệ'],
    sql: `select count(*) ${W} and ${unit('VUDCN')} and p.age < 40 and p.staff_category = 'vien_chuc'`,
  },
  {
    question: 'And at the IP Office?',
    before: ['How many Party members are there at the Inspectorate?'],
    sql: `select count(*) ${PRIV} and ${unit('CSHTT')} and pp.is_party_member`,
  },
  {
    question: 'Who among them is the oldest?',
    before: ['List the deputy directors general of the Radio Frequency Authority.'],
    sql: `select p.full_name ${W} and ${unit('CTSVTD')} and p.post_title = 'Phó Cục trưởng' order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Còn Phó Trưởng phòng?',
    before: ['Cục Sở hữu trí tuệ có bao nhiêu Trưởng phòng?'],
    sql: `select count(*) ${W} and ${unit('CSHTT')} and p.post_title = 'Phó Trưởng phòng'`,
  },
  {
    question: 'Ông ấy đang ở ngạch nào?',
    before: ['Ông Lê Hồng Phong sinh ngày nào?'],
    sql: person('rank_name', 'Lê Hồng Phong'),
  },
  {
    question: 'Phòng nào trong Cục có nhiều thạc sĩ nhất?',
    role: 'unit_hr',
    sql: `select u.name from chat.people p join chat.units u on u.parent_id = (select id from chat.units where code = 'CVT') and p.unit_path like u.path || '%' where p.status = 'working' and p.highest_degree = 'thac_si' group by u.name order by count(*) desc, u.name limit 1`,
  },
  {
    question: 'Những ai trong Cục hết nhiệm kỳ trong năm sau?',
    role: 'leader',
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.post_title is not null and extract(year from p.post_term_end) = extract(year from public.hr_today()) + 1`,
  },
  {
    question: 'Tỷ lệ đảng viên của Phòng Quản lý tài nguyên viễn thông',
    role: 'unit_hr',
    sql: `select 100.0 * count(*) filter (where pp.is_party_member) / count(*) ${PRIV} and ${unit('CVT.P04')}`,
  },
  {
    question: 'Số người nghỉ hưu theo từng năm của toàn Bộ giai đoạn 2027–2031',
    role: 'planner',
    sql: `select extract(year from p.retirement_date)::integer, count(*) ${W} and extract(year from p.retirement_date) between 2027 and 2031 group by 1`,
  },
  {
    question: 'Tuổi bình quân theo từng đơn vị',
    role: 'planner',
    sql: `select u.name, avg(p.age) ${TOP} group by 1`,
  },
  { question: 'Ai có khả năng được đề bạt nhanh nhất ở Vụ Pháp chế?', sql: null },
  { question: 'Bao nhiêu người có con nhỏ dưới 6 tuổi?', sql: null },
  { question: 'Which employees speak Chinese?', sql: null },
  // Conditions easy to drop silently, exclusions, a unit's events, more follow-ups.
  {
    question: 'Có bao nhiêu người vào Bộ trước năm 2000 mà vẫn đang công tác?',
    sql: `select count(*) ${W} and p.joined_ministry < date '2000-01-01'`,
  },
  {
    question: 'Số lãnh đạo nữ dưới 45 tuổi',
    sql: `select count(*) ${W} and p.sex = 'female' and p.post_title is not null and p.age < 45`,
  },
  {
    question: 'Số người có quê ở Nghệ An',
    sql: `select count(*) ${W} and p.home_town = 'Nghệ An'`,
  },
  {
    question: 'Có bao nhiêu người học chuyên ngành công nghệ thông tin ở Cục Viễn thông?',
    sql: null,
  },
  {
    question: 'Bao nhiêu người có từ 20 năm công tác trở lên?',
    sql: `select count(*) ${W} and date_part('year', age(hr_today(), p.joined_state_service)) >= 20`,
  },
  { question: 'Số đảng viên được kết nạp trước năm 2000', sql: null },
  {
    question: 'Danh sách người đang chịu kỷ luật còn hiệu lực ở Vụ Tổ chức cán bộ',
    sql: `select p.full_name from chat.people p where p.status = 'working' and ${unit('VTCCB')} and exists (select 1 from chat.disciplines d where d.person_id = p.id and d.effective_until >= public.hr_today())`,
  },
  {
    question: 'Năm 2025 Cục Sở hữu trí tuệ bổ nhiệm lần đầu bao nhiêu người?',
    sql: `select count(*) from chat.appointments a where a.kind = 'first' and extract(year from a.start_date) = 2025 and a.unit_id in (select id from chat.units where path like (select path from chat.units where code = 'CSHTT') || '%')`,
  },
  { question: 'Tỷ lệ nghỉ việc năm 2025 của toàn Bộ là bao nhiêu?', sql: null },
  { question: 'Tuổi trung bình khi được bổ nhiệm lần đầu là bao nhiêu?', sql: null },
  {
    question: 'Có bao nhiêu người gần đến tuổi nghỉ hưu?',
    sql: `select count(*) ${W} and p.retirement_date between hr_today() and (hr_today() + interval '6 months')::date`,
  },
  {
    question: 'Cho tôi danh sách cán bộ nữ sinh năm 1985 ở Cục Thông tin, Thống kê',
    sql: `select p.full_name ${W} and ${unit('CTTTK')} and p.sex = 'female' and p.birth_year = 1985`,
  },
  {
    question: 'Số người ở Cục An toàn bức xạ và hạt nhân, trừ lãnh đạo',
    sql: `select count(*) ${W} and ${unit('CATBXHN')} and p.post_title is null`,
  },
  {
    question: 'Bao nhiêu người có cả bằng tiến sĩ và học hàm phó giáo sư?',
    sql: `select count(*) ${W} and p.highest_degree = 'tien_si' and p.academic_title = 'pgs'`,
  },
  {
    question: 'Viện Nghiên cứu hạt nhân có bao nhiêu nghiên cứu viên cao cấp?',
    sql: `select count(*) ${W} and ${unit('VNLNTVN.V01')} and p.rank_code = 'V.05.01.01'`,
  },
  {
    question: 'Có bao nhiêu Giám đốc Trung tâm dưới 50 tuổi?',
    sql: `select count(*) ${W} and p.post_title = 'Giám đốc Trung tâm' and p.age < 50`,
  },
  {
    question: 'Số nữ được quy hoạch Cục trưởng ở Cục Tần số vô tuyến điện',
    sql: `select count(*) ${W} and ${unit('CTSVTD')} and p.sex = 'female' and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_title = 'Cục trưởng')`,
  },
  {
    question: 'Phó Giám đốc Học viện Công nghệ Bưu chính Viễn thông là những ai?',
    sql: `select p.full_name ${W} and ${unit('HVCNBCVT')} and p.post_title = 'Phó Giám đốc Học viện'`,
  },
  {
    question: 'Ai là Tổng Biên tập Báo VnExpress?',
    sql: `select p.full_name ${W} and ${unit('VNEXPRESS')} and p.post_title = 'Tổng Biên tập'`,
  },
  {
    question: 'Bà Phạm Khánh Nga giữ chức vụ gì và ở đơn vị nào?',
    sql: `select p.post_title, p.unit_name from chat.people p where p.full_name = 'Phạm Khánh Nga'`,
  },
  {
    question: 'Bà Lê Thị Ngọc Dung bao giờ đến tuổi nghỉ hưu?',
    sql: person('retirement_date', 'Lê Thị Ngọc Dung'),
  },
  { question: 'ong Le Huu Tam sinh nam nao', sql: person('birth_year', 'Lê Hữu Tâm') },
  { question: 'What post does Dang Hong Lan hold?', sql: person('post_title', 'Đặng Hồng Lan') },
  { question: 'How old is Tran Thu Minh?', sql: person('age', 'Trần Thu Minh') },
  {
    question: 'Năm 2027 Vụ Tổ chức cán bộ có ai hết nhiệm kỳ không?',
    sql: `select p.full_name ${W} and ${unit('VTCCB')} and p.post_title is not null and extract(year from p.post_term_end) = 2027`,
  },
  {
    question: 'Số người hết nhiệm kỳ trong 18 tháng tới',
    sql: `select count(*) ${W} and p.post_title is not null and p.post_term_end between public.hr_today() and (public.hr_today() + interval '18 months')::date`,
  },
  {
    question: 'Từ 2026 đến 2028 mỗi năm có bao nhiêu Trưởng phòng hết nhiệm kỳ?',
    sql: `select extract(year from p.post_term_end)::integer, count(*) ${W} and p.post_title = 'Trưởng phòng' and extract(year from p.post_term_end) between 2026 and 2028 group by 1`,
  },
  {
    question: 'Số người chuyển công tác đến Học viện Công nghệ Bưu chính Viễn thông năm 2024',
    sql: `select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'transferred_in' and m.year = 2024 and ${munit('HVCNBCVT')}`,
  },
  {
    question: 'Có bao nhiêu người thôi việc ở Báo VnExpress trong năm 2025?',
    sql: `select count(*) from chat.movements m where m.direction = 'out' and m.reason = 'resigned' and m.year = 2025 and ${munit('VNEXPRESS')}`,
  },
  {
    question: 'So sánh tỷ lệ thạc sĩ giữa Cục Viễn thông và Cục Tần số vô tuyến điện',
    sql: `select u.name, 100.0 * count(*) filter (where p.highest_degree = 'thac_si') / count(*) ${cmp('CVT', 'CTSVTD')} group by 1`,
  },
  {
    question: 'Compare the average salary coefficient of VNNIC and the IT Centre',
    sql: `select u.name, avg(p.salary_coefficient) ${cmp('VNNIC', 'TTCNTT')} group by 1`,
  },
  {
    question: 'Còn nam thì sao?',
    before: ['Tuổi trung bình của nữ ở Vụ Hợp tác quốc tế'],
    sql: `select avg(p.age) ${W} and ${unit('VHTQT')} and p.sex = 'male'`,
  },
  {
    question: 'Liệt kê những người đó kèm chức vụ',
    before: ['Có bao nhiêu người ở Vụ Pháp chế sinh trước năm 1970?'],
    sql: `select p.full_name, p.post_title ${W} and ${unit('VPC')} and p.birth_year < 1970`,
  },
  {
    question: 'Còn năm 2026?',
    before: ['Năm 2025 Thanh tra Bộ có bao nhiêu người hoàn thành xuất sắc nhiệm vụ?'],
    sql: `select count(*) ${W} and ${unit('TTRB')} and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2026 and e.level = 'xuat_sac')`,
  },
  {
    question: 'How many of them are Party members?',
    before: ['How many women work at the Legal Department?'],
    sql: `select count(*) ${PRIV} and ${unit('VPC')} and p.sex = 'female' and pp.is_party_member`,
  },
  {
    question: 'Cục mình có bao nhiêu người sinh từ năm 1990 trở về sau?',
    role: 'leader',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.birth_year >= 1990`,
  },
  {
    question: 'Danh sách người dân tộc thiểu số trong Cục',
    role: 'unit_hr',
    sql: `select p.full_name ${PRIV} and ${unit('CVT')} and pp.ethnicity <> 'Kinh'`,
  },
  {
    question: 'Có bao nhiêu người ở Viện Ứng dụng công nghệ không hoàn thành nhiệm vụ năm 2025?',
    role: 'planner',
    sql: `select count(*) ${W} and ${unit('VUDCN')} and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2025 and e.level = 'khong_hoan_thanh')`,
  },
  { question: 'Danh sách đảng viên Cục Viễn thông', role: 'planner', sql: null },
  {
    question: 'Số người có trình độ trung cấp lý luận chính trị trở lên ở Cục Bưu điện Trung ương',
    sql: `select count(*) ${W} and ${unit('CBDTW')} and p.political_theory in ('trung_cap', 'cao_cap', 'cu_nhan')`,
  },
  {
    question:
      'Số người có chứng chỉ quản lý nhà nước chương trình chuyên viên chính trở lên ở Viện Năng lượng nguyên tử Việt Nam',
    sql: `select count(*) ${W} and ${unit('VNLNTVN')} and p.state_management in ('chuyen_vien_chinh', 'chuyen_vien_cao_cap')`,
  },
  // Typed without diacritics, and more of the Cục Viễn thông leader and HR officer.
  {
    question: 'bao nhieu nguoi o Vu Hop tac quoc te co bang thac si',
    sql: `select count(*) ${W} and ${unit('VHTQT')} and p.highest_degree = 'thac_si'`,
  },
  {
    question: 'so nu duoi 35 tuoi o Bao VnExpress',
    sql: `select count(*) ${W} and ${unit('VNEXPRESS')} and p.sex = 'female' and p.age < 35`,
  },
  {
    question: 'danh sach truong phong o Cuc Tan so vo tuyen dien',
    sql: `select p.full_name ${W} and ${unit('CTSVTD')} and p.post_title = 'Trưởng phòng'`,
  },
  {
    question: 'ty le nu o Vu To chuc can bo',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and ${unit('VTCCB')}`,
  },
  {
    question: 'tuoi binh quan cua lanh dao cap vu',
    sql: `select avg(p.age) ${W} and p.post_level in (3, 4)`,
  },
  {
    question: 'nguoi tre nhat o Cuc Cong nghiep cong nghe thong tin la ai',
    sql: `select p.full_name ${W} and ${unit('CCNCNTT')} order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'nam 2028 Vien Nang luong nguyen tu Viet Nam co bao nhieu nguoi nghi huu',
    sql: `select count(*) ${W} and ${unit('VNLNTVN')} and extract(year from p.retirement_date) = 2028`,
  },
  {
    question: 'so nguoi het nhiem ky nam 2029 o Hoc vien Cong nghe Buu chinh Vien thong',
    sql: `select count(*) ${W} and ${unit('HVCNBCVT')} and p.post_title is not null and extract(year from p.post_term_end) = 2029`,
  },
  {
    question: 'thong ke so nguoi theo gioi tinh o Cuc Khoi nghiep va Doanh nghiep cong nghe',
    sql: `select p.sex, count(*) ${W} and ${unit('CKNDN')} group by 1`,
  },
  {
    question: 'so sanh so nguoi giua Vu Buu chinh va Vu Phap che',
    sql: `select u.name, count(*) ${cmp('VBC', 'VPC')} group by 1`,
  },
  {
    question: 'ong Truong Minh Nghia giu chuc vu gi',
    sql: person('post_title', 'Trương Minh Nghĩa'),
  },
  { question: 'ba Bui Thi Nhan sinh nam nao', sql: person('birth_year', 'Bùi Thị Nhàn') },
  {
    question: 'so nguoi duoc tuyen dung nam 2024 o Cuc So huu tri tue',
    sql: `select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year = 2024 and ${munit('CSHTT')}`,
  },
  {
    question: 'co bao nhieu chuyen vien chinh o Thanh tra Bo',
    sql: `select count(*) ${W} and ${unit('TTRB')} and p.rank_code = '01.002'`,
  },
  {
    question: 'bao nhieu nguoi dat chien si thi dua co so nam 2023',
    sql: `select count(*) ${W} and exists (select 1 from chat.awards w where w.person_id = p.id and w.year = 2023 and w.kind = 'Chiến sĩ thi đua cơ sở')`,
  },
  {
    question: 'so nguoi co trinh do cao cap ly luan chinh tri o Cuc Vien thong',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.political_theory = 'cao_cap'`,
  },
  {
    question: 'trong 2 nam toi co bao nhieu pho cuc truong nghi huu',
    sql: `select count(*) ${W} and p.post_title = 'Phó Cục trưởng' and p.retirement_date between public.hr_today() and (public.hr_today() + interval '2 years')::date`,
  },
  {
    question: 'danh sach nguoi nghi huu trong quy 1/2027',
    sql: `select p.full_name ${W} and ${ret('2027-01-01', '2027-03-31')}`,
  },
  {
    question: 'nhung ai o Vu Ke hoach Tai chinh sinh nam 1990',
    sql: `select p.full_name ${W} and ${unit('VKHTC')} and p.birth_year = 1990`,
  },
  {
    question: 'so vien chuc nu o Vien Ung dung cong nghe',
    sql: `select count(*) ${W} and ${unit('VUDCN')} and p.staff_category = 'vien_chuc' and p.sex = 'female'`,
  },
  {
    question: 'don vi nao co nhieu thac si nhat',
    sql: `select u.name ${TOP} and p.highest_degree = 'thac_si' group by u.name order by count(*) desc, u.name limit 1`,
  },
  {
    question: 'so nguoi chuyen di trong nam 2025',
    sql: `select count(*) from chat.movements m where m.direction = 'out' and m.reason = 'transferred_out' and m.year = 2025`,
  },
  {
    question: 'ty le dang vien o Bao VnExpress',
    sql: `select 100.0 * count(*) filter (where pp.is_party_member) / count(*) ${PRIV} and ${unit('VNEXPRESS')}`,
  },
  {
    question: 'so nguoi dan toc Tay o Cuc Buu dien Trung uong',
    sql: `select count(*) ${PRIV} and ${unit('CBDTW')} and pp.ethnicity = 'Tày'`,
  },
  {
    question: 'liet ke cac giam doc trung tam thuoc Cuc Buu dien Trung uong',
    sql: `select p.full_name ${W} and ${unit('CBDTW')} and p.post_title = 'Giám đốc Trung tâm'`,
  },
  {
    question: 'bao nhieu nguoi co chung chi tieng Anh B2 o Vu Hop tac quoc te',
    sql: `select count(*) ${W} and ${unit('VHTQT')} and exists (select 1 from chat.trainings t where t.person_id = p.id and t.level = 'Tiếng Anh B2')`,
  },
  {
    question: 'con Cuc Thong tin, Thong ke thi sao',
    before: ['so nguoi o Cuc Chuyen doi so quoc gia'],
    sql: `select count(*) ${W} and ${unit('CTTTK')}`,
  },
  {
    question: 'trong do co bao nhieu nu',
    before: ['co bao nhieu tien si o Vien Ung dung cong nghe'],
    sql: `select count(*) ${W} and ${unit('VUDCN')} and p.highest_degree = 'tien_si' and p.sex = 'female'`,
  },
  {
    question: 'phong Ke hoach Tai chinh cua cuc co bao nhieu nguoi',
    role: 'leader',
    sql: `select count(*) ${W} and ${unit('CVT.P02')}`,
  },
  {
    question: 'Ai là Trưởng phòng Phòng Chính sách?',
    role: 'leader',
    sql: `select p.full_name ${W} and ${unit('CVT.P03')} and p.post_title = 'Trưởng phòng'`,
  },
  {
    question: 'tuoi trung binh cua cuc',
    role: 'leader',
    sql: `select avg(p.age) ${W} and ${unit('CVT')}`,
  },
  {
    question: 'Cục có bao nhiêu người được xếp loại hoàn thành xuất sắc nhiệm vụ năm 2024?',
    role: 'unit_hr',
    sql: `select count(*) ${W} and ${unit('CVT')} and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2024 and e.level = 'xuat_sac')`,
  },
  {
    question: 'How many people in our agency retire in 2027?',
    role: 'unit_hr',
    sql: `select count(*) ${W} and ${unit('CVT')} and extract(year from p.retirement_date) = 2027`,
  },
  {
    question: 'Danh sách Phó Trưởng phòng nữ trong Cục',
    role: 'unit_hr',
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.post_title = 'Phó Trưởng phòng' and p.sex = 'female'`,
  },
  {
    question: 'so nguoi theo nhom tuoi cua Hoc vien Cong nghe Buu chinh Vien thong',
    role: 'planner',
    sql: `select (p.age / 10) * 10, count(*) ${W} and ${unit('HVCNBCVT')} group by 1`,
  },
  {
    question: 'How many staff retire each year from 2028 to 2032?',
    role: 'planner',
    sql: `select extract(year from p.retirement_date)::integer, count(*) ${W} and extract(year from p.retirement_date) between 2028 and 2032 group by 1`,
  },
  { question: 'ai la nguoi gioi nhat Cuc Vien thong', sql: null },
  { question: 'so nguoi nghi om nam 2025', sql: null },
  // Words that change the question: seniority, repetition, history, kinds of leader.
  {
    question: 'Ai có thâm niên công tác lâu nhất ở Vụ Pháp chế?',
    sql: `select p.full_name ${W} and ${unit('VPC')} and p.joined_state_service = (select min(q.joined_state_service) from chat.people q where q.status = 'working' and q.unit_path like (select path from chat.units where code = 'VPC') || '%')`,
  },
  { question: 'Ai làm việc ở Bộ lâu nhất?', sql: null },
  { question: 'Có bao nhiêu người được xếp loại xuất sắc 3 năm liên tiếp?', sql: null },
  { question: 'Số người có bằng thạc sĩ ở nước ngoài', sql: null },
  { question: 'Có bao nhiêu Phó Cục trưởng kiêm nhiệm?', sql: null },
  { question: 'Cục Viễn thông có bao nhiêu người vào năm 2020?', sql: null },
  { question: 'Số người của Cục Viễn thông tăng bao nhiêu so với năm ngoái?', sql: null },
  { question: 'Số người chưa được đánh giá năm 2025', sql: null },
  {
    question: 'Có bao nhiêu nữ là Vụ trưởng hoặc Phó Vụ trưởng?',
    sql: `select count(*) ${W} and p.sex = 'female' and p.post_title in ('Vụ trưởng', 'Phó Vụ trưởng')`,
  },
  {
    question: 'Tỷ lệ tiến sĩ trong số lãnh đạo cấp vụ',
    sql: `select 100.0 * count(*) filter (where p.highest_degree = 'tien_si') / count(*) ${W} and p.post_level in (3, 4)`,
  },
  {
    question: 'Số người có hệ số lương cao hơn 5,5 ở Cục Viễn thông',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.salary_coefficient > 5.5`,
  },
  {
    question: 'Bao nhiêu người đúng 30 tuổi?',
    sql: `select count(*) ${W} and p.age = 30`,
  },
  {
    question: 'Số người sinh trong thập niên 1980 ở Cục Sở hữu trí tuệ',
    sql: `select count(*) ${W} and ${unit('CSHTT')} and p.birth_year between 1980 and 1989`,
  },
  {
    question: 'How many staff who joined the ministry in 2024 are still working?',
    sql: `select count(*) ${W} and p.joined_ministry between date '2024-01-01' and date '2024-12-31'`,
  },
  {
    question: 'Phó Vụ trưởng lớn tuổi nhất Vụ Pháp chế sinh năm nào?',
    sql: `select p.birth_year ${W} and ${unit('VPC')} and p.post_title = 'Phó Vụ trưởng' order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Số cán bộ nữ đã nghỉ hưu trong năm 2024',
    sql: `select count(*) from chat.movements m join chat.people p on p.id = m.person_id where m.direction = 'out' and m.reason = 'retired' and m.year = 2024 and p.sex = 'female'`,
  },
  {
    question: 'Trưởng phòng là đảng viên ở Cục Sở hữu trí tuệ có bao nhiêu người?',
    sql: `select count(*) ${PRIV} and ${unit('CSHTT')} and p.post_title = 'Trưởng phòng' and pp.is_party_member`,
  },
  {
    question: 'Có bao nhiêu người ở Cục Viễn thông làm Chánh Văn phòng hoặc Phó Chánh Văn phòng?',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.post_title in ('Chánh Văn phòng', 'Phó Chánh Văn phòng')`,
  },
  {
    question: 'Danh sách lãnh đạo cấp phòng của Trung tâm Internet Việt Nam kèm chức vụ',
    sql: `select p.full_name, p.post_title ${W} and ${unit('VNNIC')} and p.post_level in (5, 6)`,
  },
  {
    question: 'Số người có hệ số lương từ 3 đến 4 là nữ ở Vụ Hợp tác quốc tế',
    sql: `select count(*) ${W} and ${unit('VHTQT')} and p.salary_coefficient between 3 and 4 and p.sex = 'female'`,
  },
  {
    question: 'Average age of heads of division at the Central Post Office',
    sql: `select avg(p.age) ${W} and ${unit('CBDTW')} and p.post_title = 'Trưởng phòng'`,
  },
  {
    question: 'How many women are deputy directors general?',
    sql: `select count(*) ${W} and p.sex = 'female' and p.post_level = 4`,
  },
  {
    question: 'Which deputy heads of division at VNNIC have terms ending in 2028?',
    sql: `select p.full_name ${W} and ${unit('VNNIC')} and p.post_title = 'Phó Trưởng phòng' and extract(year from p.post_term_end) = 2028`,
  },
  {
    question: 'How many people left the Radio Frequency Authority in 2025?',
    sql: `select count(*) from chat.movements m where m.direction = 'out' and m.year = 2025 and ${munit('CTSVTD')}`,
  },
  {
    question: 'Share of Party members among leaders',
    sql: `select 100.0 * count(*) filter (where pp.is_party_member) / count(*) ${PRIV} and p.post_title is not null`,
  },
  {
    question: 'How many civil servants in the ministry are under 30?',
    sql: `select count(*) ${W} and p.staff_category = 'cong_chuc' and p.age < 30`,
  },
  {
    question: 'Who is the youngest Cục trưởng?',
    sql: `select p.full_name ${W} and p.post_title = 'Cục trưởng' order by p.birth_date desc, p.id limit 1`,
  },
  { question: 'Who joined the ministry most recently?', sql: null },
  { question: 'How many staff were promoted last year?', sql: null },
  // Follow-ups that change one condition, two-key breakdowns, month spans, rankings of units.
  {
    question: 'Ai trong số họ sẽ nghỉ hưu trước năm 2030?',
    before: ['Danh sách Vụ trưởng'],
    sql: `select p.full_name ${W} and p.post_title = 'Vụ trưởng' and p.retirement_date < date '2030-01-01'`,
  },
  {
    question: 'Còn trên 55 tuổi?',
    before: ['Số người dưới 30 tuổi ở Cục Viễn thông'],
    sql: `select count(*) ${W} and ${unit('CVT')} and p.age > 55`,
  },
  {
    question: 'Break that down by unit.',
    before: ['How many people retire in 2027?'],
    sql: `select u.name, count(*) ${TOP} and extract(year from p.retirement_date) = 2027 group by 1`,
  },
  {
    question: 'Còn tỷ lệ đảng viên?',
    before: ['Tỷ lệ nữ ở Cục Tần số vô tuyến điện'],
    sql: `select 100.0 * count(*) filter (where pp.is_party_member) / count(*) ${PRIV} and ${unit('CTSVTD')}`,
  },
  {
    question: 'Trong đó có mấy người sinh sau 1975?',
    before: ['Có bao nhiêu Phó Cục trưởng?'],
    sql: `select count(*) ${W} and p.post_title = 'Phó Cục trưởng' and p.birth_year > 1975`,
  },
  {
    question: 'Còn Vụ Pháp chế?',
    before: ['Số người theo trình độ chuyên môn ở Thanh tra Bộ'],
    sql: `select p.highest_degree, count(*) ${W} and ${unit('VPC')} group by 1`,
  },
  {
    question: 'Còn trẻ nhất?',
    before: ['Ai là người lớn tuổi nhất ở Vụ Bưu chính?'],
    sql: `select p.full_name ${W} and ${unit('VBC')} order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'Bà ấy bao giờ hết nhiệm kỳ?',
    before: ['Bà Huỳnh Kim My làm ở đơn vị nào?'],
    sql: person('post_term_end', 'Huỳnh Kim My'),
  },
  {
    question: 'Còn năm 2023?',
    before: ['Năm 2024 có bao nhiêu người nghỉ hưu?'],
    sql: `select count(*) from chat.movements m where m.direction = 'out' and m.reason = 'retired' and m.year = 2023`,
  },
  {
    question: 'Chỉ tính nữ',
    before: ['Danh sách tiến sĩ ở Vụ Kinh tế và Xã hội số'],
    sql: `select p.full_name ${W} and ${unit('VKTXHS')} and p.highest_degree = 'tien_si' and p.sex = 'female'`,
  },
  {
    question: 'And how many of them hold a PhD?',
    before: ['How many researchers are at VINATOM?'],
    sql: `select count(*) ${W} and ${unit('VNLNTVN')} and p.rank_code = 'V.05.01.03' and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'Số người theo giới tính và trình độ chuyên môn ở Cục Thông tin, Thống kê',
    sql: `select p.sex, p.highest_degree, count(*) ${W} and ${unit('CTTTK')} group by 1, 2`,
  },
  {
    question: 'Số lãnh đạo cấp phòng theo chức vụ ở Cục Sở hữu trí tuệ',
    sql: `select p.post_title, count(*) ${W} and ${unit('CSHTT')} and p.post_level in (5, 6) group by 1`,
  },
  {
    question: 'Cơ cấu ngạch của lãnh đạo cấp vụ',
    sql: `select p.rank_name, count(*) ${W} and p.post_level in (3, 4) group by 1`,
  },
  {
    question: 'Headcount by unit within the Central Post Office',
    sql: `select p.unit_name, count(*) ${W} and ${unit('CBDTW')} group by 1`,
  },
  {
    question: 'Số người nghỉ hưu theo từng năm ở Vụ Tổ chức cán bộ từ 2027 đến 2035',
    sql: `select extract(year from p.retirement_date)::integer, count(*) ${W} and ${unit('VTCCB')} and extract(year from p.retirement_date) between 2027 and 2035 group by 1`,
  },
  {
    question: 'Số người theo nhóm tuổi và giới tính ở Vụ Hợp tác quốc tế',
    sql: `select (p.age / 10) * 10, p.sex, count(*) ${W} and ${unit('VHTQT')} group by 1, 2`,
  },
  {
    question: 'Number of people rated at each level in 2024 at PTIT',
    sql: `select e.level, count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and e.year = 2024 and ${unit('HVCNBCVT')} group by 1`,
  },
  {
    question: 'Top 5 đơn vị có nhiều người nghỉ hưu nhất năm 2028',
    sql: `select u.name, count(*) ${TOP} and extract(year from p.retirement_date) = 2028 group by 1 order by 2 desc, 1 limit 5`,
    orderMatters: true,
  },
  {
    question: 'Phòng nào của Cục Tần số vô tuyến điện có ít người nhất?',
    sql: `select u.name from chat.people p join chat.units u on u.kind = 'phong' and p.unit_path like u.path || '%' where p.status = 'working' and ${unit('CTSVTD')} group by u.name order by count(*), u.name limit 1`,
  },
  {
    question: 'Ai có hệ số lương thấp nhất ở Vụ Bưu chính?',
    sql: `select p.full_name ${W} and ${unit('VBC')} order by p.salary_coefficient, p.id limit 1`,
  },
  {
    question: 'Which Cục trưởng is closest to retirement?',
    sql: `select p.full_name ${W} and p.post_title = 'Cục trưởng' order by p.retirement_date, p.id limit 1`,
  },
  {
    question: 'Số người đến tuổi nghỉ hưu từ tháng 1/2027 đến tháng 6/2027',
    sql: `select count(*) ${W} and ${ret('2027-01-01', '2027-06-30')}`,
  },
  {
    question: 'Những ai hết nhiệm kỳ trong tháng 12/2027?',
    sql: `select p.full_name ${W} and p.post_title is not null and p.post_term_end between date '2027-12-01' and date '2027-12-31'`,
  },
  {
    question: 'Năm nay còn bao nhiêu Trưởng phòng hết nhiệm kỳ nữa?',
    sql: `select count(*) ${W} and p.post_title = 'Trưởng phòng' and p.post_term_end between public.hr_today() and date '2026-12-31'`,
  },
  {
    question: 'How many people at VINATOM reach retirement age in the next 18 months?',
    sql: `select count(*) ${W} and ${unit('VNLNTVN')} and p.retirement_date between public.hr_today() and (public.hr_today() + interval '18 months')::date`,
  },
  {
    question: 'Số nữ nghỉ hưu năm 2030 ở Văn phòng Bộ',
    sql: `select count(*) ${W} and ${unit('VPB')} and p.sex = 'female' and extract(year from p.retirement_date) = 2030`,
  },
  {
    question:
      'So sánh số lượng viên chức của Học viện Công nghệ Bưu chính Viễn thông và Viện Năng lượng nguyên tử Việt Nam',
    sql: `select u.name, count(*) ${cmp('HVCNBCVT', 'VNLNTVN')} and p.staff_category = 'vien_chuc' group by 1`,
  },
  {
    question: 'Compare the number of Trưởng phòng at the IP Office and the Central Post Office',
    sql: `select u.name, count(*) ${cmp('CSHTT', 'CBDTW')} and p.post_title = 'Trưởng phòng' group by 1`,
  },
  {
    question: 'So sánh số người nghỉ hưu năm 2027 của Cục Viễn thông và Cục Tần số vô tuyến điện',
    sql: `select u.name, count(*) ${cmp('CVT', 'CTSVTD')} and extract(year from p.retirement_date) = 2027 group by 1`,
  },
  {
    question: 'Có bao nhiêu người hạng II ở Học viện Công nghệ Bưu chính Viễn thông?',
    sql: `select count(*) ${W} and ${unit('HVCNBCVT')} and p.rank_grade = 2`,
  },
  {
    question: 'How many principal researchers work at VINATOM?',
    sql: `select count(*) ${W} and ${unit('VNLNTVN')} and p.rank_code = 'V.05.01.02'`,
  },
  {
    question: 'Bao nhiêu người được tặng Bằng khen của Bộ trưởng năm 2024 ở Cục Viễn thông?',
    sql: `select count(*) ${W} and ${unit('CVT')} and exists (select 1 from chat.awards w where w.person_id = p.id and w.year = 2024 and w.kind = 'Bằng khen của Bộ trưởng Bộ Khoa học và Công nghệ')`,
  },
  {
    question: 'Số người có chứng chỉ tiếng Nhật N3',
    sql: `select count(*) ${W} and exists (select 1 from chat.trainings t where t.person_id = p.id and t.level = 'Tiếng Nhật N3')`,
  },
  { question: 'Có bao nhiêu người đi công tác nước ngoài năm 2025?', sql: null },
  // A shortfall against the quota is the staffing forecast's question.
  { question: 'Vụ nào đang thiếu người nhất so với biên chế?', sql: null, expect: 'forecast' },
  // Sensitive data, discipline, appointments, statuses and quotas in everyday wordings.
  {
    question: 'Có bao nhiêu người theo đạo Phật ở Học viện Công nghệ Bưu chính Viễn thông?',
    sql: `select count(*) ${PRIV} and ${unit('HVCNBCVT')} and pp.religion = 'Phật giáo'`,
  },
  {
    question: 'Số đảng viên dưới 30 tuổi trong toàn Bộ',
    sql: `select count(*) ${PRIV} and pp.is_party_member and p.age < 30`,
  },
  {
    question: 'Tỷ lệ người dân tộc thiểu số ở Viện Năng lượng nguyên tử Việt Nam',
    sql: `select 100.0 * count(*) filter (where pp.ethnicity <> 'Kinh') / count(*) ${PRIV} and ${unit('VNLNTVN')}`,
  },
  {
    question: 'Số quyết định kỷ luật cảnh cáo từ năm 2020 đến nay',
    sql: `select count(*) from chat.disciplines d where d.form = 'canh_cao' and d.decided_on >= date '2020-01-01'`,
  },
  {
    question: 'Danh sách những người bị cách chức',
    sql: `select p.full_name from chat.people p where exists (select 1 from chat.disciplines d where d.person_id = p.id and d.form = 'cach_chuc')`,
  },
  {
    question: 'Năm 2026 Cục Tần số vô tuyến điện có bao nhiêu lượt bổ nhiệm lại?',
    sql: `select count(*) from chat.appointments a where a.kind = 'reappointment' and extract(year from a.start_date) = 2026 and a.unit_id in (select id from chat.units where path like (select path from chat.units where code = 'CTSVTD') || '%')`,
  },
  {
    question: 'Biên chế công chức năm 2027 của Vụ Pháp chế là bao nhiêu?',
    sql: `select sum(q.quota) from chat.quotas q join chat.units u on u.id = q.unit_id where q.year = 2027 and q.staff_category = 'cong_chuc' and u.path like (select path from chat.units where code = 'VPC') || '%'`,
  },
  {
    question: 'Vụ Bưu chính có bao nhiêu người đã nghỉ hưu?',
    sql: `select count(*) from chat.people p where p.status = 'retired' and ${unit('VBC')}`,
  },
  {
    question: 'Danh sách người đã chuyển công tác khỏi Cục Viễn thông năm 2025',
    sql: `select p.full_name from chat.people p where p.status = 'transferred_out' and ${unit('CVT')} and p.status_date between date '2025-01-01' and date '2025-12-31'`,
  },
  {
    question: 'Phó Vụ trưởng trẻ nhất là ai, bao nhiêu tuổi?',
    sql: `select p.full_name, p.age ${W} and p.post_title = 'Phó Vụ trưởng' order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'Số người sinh năm 1966 còn đang công tác',
    sql: `select count(*) ${W} and p.birth_year = 1966`,
  },
  {
    question: 'Danh sách Trưởng phòng sinh trước 1970 kèm ngày sinh và đơn vị',
    sql: `select p.full_name, p.birth_date, p.unit_name ${W} and p.post_title = 'Trưởng phòng' and p.birth_year < 1970`,
  },
  {
    question: 'How many people are in the planning pool for Vụ trưởng?',
    sql: `select count(*) ${W} and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_title = 'Vụ trưởng')`,
  },
  {
    question: 'List the staff over 60 at the Legal Department',
    sql: `select p.full_name ${W} and ${unit('VPC')} and p.age > 60`,
  },
  {
    question: 'What share of PTIT staff hold a PhD?',
    sql: `select 100.0 * count(*) filter (where p.highest_degree = 'tien_si') / count(*) ${W} and ${unit('HVCNBCVT')}`,
  },
  {
    question: 'How many staff have an IELTS 6.5 certificate?',
    sql: `select count(*) ${W} and exists (select 1 from chat.trainings t where t.person_id = p.id and t.level = 'IELTS 6.5')`,
  },
  {
    question: 'Party members at the Central Post Office by sex',
    sql: `select p.sex, count(*) ${PRIV} and ${unit('CBDTW')} and pp.is_party_member group by 1`,
  },
  {
    question: 'Which women are Cục trưởng?',
    sql: `select p.full_name ${W} and p.post_title = 'Cục trưởng' and p.sex = 'female'`,
  },
  {
    question: 'How many people retired from the ministry in 2024?',
    sql: `select count(*) from chat.movements m where m.direction = 'out' and m.reason = 'retired' and m.year = 2024`,
  },
  {
    question: 'con nam 2029 thi sao',
    before: ['so nguoi den tuoi nghi huu nam 2028 o Bao VnExpress'],
    sql: `select count(*) ${W} and ${unit('VNEXPRESS')} and extract(year from p.retirement_date) = 2029`,
  },
  {
    question: 'liet ke ho kem ngay sinh',
    before: ['so pho vu truong o Vu Hop tac quoc te'],
    sql: `select p.full_name, p.birth_date ${W} and ${unit('VHTQT')} and p.post_title = 'Phó Vụ trưởng'`,
  },
  {
    question: 'Còn Văn phòng Cục thì sao?',
    before: ['Phòng Chính sách có bao nhiêu đảng viên?'],
    role: 'unit_hr',
    sql: `select count(*) ${PRIV} and ${unit('CVT.P01')} and pp.is_party_member`,
  },
  {
    question: 'Trong Cục ai hết nhiệm kỳ sớm nhất?',
    role: 'leader',
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.post_title is not null order by p.post_term_end, p.id limit 1`,
  },
  {
    question: 'Số người của Cục theo ngạch',
    role: 'leader',
    sql: `select p.rank_name, count(*) ${W} and ${unit('CVT')} group by 1`,
  },
  {
    question: 'Phòng Quản lý tài nguyên viễn thông có ai sinh năm 1985 không?',
    role: 'unit_hr',
    sql: `select p.full_name ${W} and ${unit('CVT.P04')} and p.birth_year = 1985`,
  },
  {
    question: 'Tỷ lệ viên chức trong toàn Bộ',
    role: 'planner',
    sql: `select 100.0 * count(*) filter (where p.staff_category = 'vien_chuc') / count(*) ${W}`,
  },
  {
    question: 'Số người vào và ra của Cục Bưu điện Trung ương năm 2025',
    role: 'planner',
    sql: `select m.direction, count(*) from chat.movements m where m.year = 2025 and ${munit('CBDTW')} group by 1`,
  },
  { question: 'Số người không theo tôn giáo nào ở Cục Viễn thông', sql: null },
  { question: 'Ai là người được khen thưởng nhiều nhất?', sql: null },
  { question: 'Danh sách người có vợ hoặc chồng làm cùng đơn vị', sql: null },
  // Ages in words, approximate and combined conditions, facts of a post's holder.
  {
    question: 'Có bao nhiêu người trên năm mươi tuổi ở Vụ Kế hoạch – Tài chính?',
    sql: `select count(*) ${W} and ${unit('VKHTC')} and p.age > 50`,
  },
  { question: 'Có bao nhiêu người khoảng 40 tuổi ở Cục Viễn thông?', sql: null },
  { question: 'Số người trên dưới 50 tuổi ở Vụ Pháp chế', sql: null },
  {
    question: 'Số người ngoài 40 nhưng dưới 50 tuổi ở Thanh tra Bộ',
    sql: `select count(*) ${W} and ${unit('TTRB')} and p.age > 40 and p.age < 50`,
  },
  {
    question: 'Có bao nhiêu người tuổi từ 30 tới 40 ở Cục Đổi mới sáng tạo?',
    sql: `select count(*) ${W} and ${unit('CDMST')} and p.age between 30 and 40`,
  },
  {
    question: 'Ai là người già nhất ở Trung tâm Internet Việt Nam?',
    sql: `select p.full_name ${W} and ${unit('VNNIC')} order by p.birth_date, p.id limit 1`,
  },
  { question: 'Số cán bộ nữ trên 50 tuổi và nam trên 55 tuổi ở Vụ Bưu chính', sql: null },
  {
    question: 'Số người ở Vụ Pháp chế hoặc Vụ Bưu chính',
    sql: `select count(*) ${W} and (${unit('VPC')} or ${unit('VBC')})`,
  },
  { question: 'Số người không phải công chức ở Cục Viễn thông', sql: null },
  // Fewer than 5 people: the count is withheld.
  { question: 'Bao nhiêu người chưa là đảng viên ở Vụ Pháp chế?', sql: null },
  { question: 'Ông Đào Xuân Tuấn còn bao nhiêu năm nữa thì nghỉ hưu?', sql: null },
  {
    question: 'Vụ trưởng Vụ Pháp chế bao nhiêu tuổi?',
    sql: `select p.age ${W} and ${unit('VPC')} and p.post_title = 'Vụ trưởng'`,
  },
  {
    question: 'Cục trưởng Cục Viễn thông sinh năm nào?',
    sql: `select p.birth_year ${W} and ${unit('CVT')} and p.post_title = 'Cục trưởng'`,
  },
  { question: 'Ai là Phó Cục trưởng phụ trách nhân sự của Cục Viễn thông?', sql: null },
  {
    question: 'Giám đốc Trung tâm Internet Việt Nam hết nhiệm kỳ khi nào?',
    sql: `select p.post_term_end ${W} and ${unit('VNNIC')} and p.post_title = 'Giám đốc'`,
  },
  {
    question: 'Số người có bằng thạc sĩ hoặc tiến sĩ ở Vụ Kinh tế và Xã hội số',
    sql: `select count(*) ${W} and ${unit('VKTXHS')} and p.highest_degree in ('thac_si', 'tien_si')`,
  },
  {
    question: 'Có bao nhiêu công chức và viên chức ở Văn phòng Bộ?',
    sql: `select count(*) ${W} and ${unit('VPB')} and p.staff_category in ('cong_chuc', 'vien_chuc')`,
  },
  {
    question: 'How many men over 58 are still working?',
    sql: `select count(*) ${W} and p.sex = 'male' and p.age > 58`,
  },
  { question: 'How many people are roughly 45 years old?', sql: null },
  {
    question: 'How old is the Director General of the Telecommunications Authority?',
    sql: `select p.age ${W} and ${unit('CVT')} and p.post_title = 'Cục trưởng'`,
  },
  {
    question: 'Which staff at the Inspectorate were born in 1980?',
    sql: `select p.full_name ${W} and ${unit('TTRB')} and p.birth_year = 1980`,
  },
  {
    question: 'ai la nguoi lon tuoi nhat trong so cac Cuc truong',
    sql: `select p.full_name ${W} and p.post_title = 'Cục trưởng' order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'tong so nguoi cua Vien Nghien cuu hat nhan va Vien Cong nghe xa hiem',
    sql: `select count(*) ${W} and (${unit('VNLNTVN.V01')} or ${unit('VNLNTVN.V03')})`,
  },
  // Two ranges, two titles, exclusions of a unit, top-N lists with their facts.
  { question: 'Bao nhiêu người dưới 30 tuổi và trên 55 tuổi ở Vụ Pháp chế?', sql: null },
  {
    question: 'Số người ở Cục Viễn thông và Cục Tần số vô tuyến điện là nữ',
    sql: `select u.name, count(*) ${cmp('CVT', 'CTSVTD')} and p.sex = 'female' group by 1`,
  },
  // Not read yet: two titles of one named unit (the unit is linked to the second title only,
  // which then names a level while the first names a title). Declined, not guessed.
  { question: 'Số Vụ trưởng và Phó Vụ trưởng của Vụ Hợp tác quốc tế', sql: null },
  { question: 'Số người ở Cục Viễn thông trừ Văn phòng Cục', sql: null },
  { question: 'Số người ngoài Văn phòng Bộ', sql: null },
  { question: 'Số người chuyển từ Cục Viễn thông sang Cục Tần số vô tuyến điện', sql: null },
  {
    question: 'Danh sách 10 người lớn tuổi nhất Bộ',
    sql: `select p.full_name ${W} order by p.birth_date, p.id limit 10`,
    orderMatters: true,
  },
  {
    question: '3 người trẻ nhất ở Cục Viễn thông kèm ngày sinh',
    sql: `select p.full_name, p.birth_date ${W} and ${unit('CVT')} order by p.birth_date desc, p.id limit 3`,
    orderMatters: true,
  },
  {
    question: 'Ai có hệ số lương cao nhất Vụ Pháp chế, hệ số bao nhiêu?',
    sql: `select p.full_name, p.salary_coefficient ${W} and ${unit('VPC')} order by p.salary_coefficient desc, p.id limit 1`,
  },
  {
    question: 'Số người từ 30 đến 40 tuổi là nữ ở Cục Đổi mới sáng tạo',
    sql: `select count(*) ${W} and ${unit('CDMST')} and p.age between 30 and 40 and p.sex = 'female'`,
  },
  {
    question: 'Số người sinh từ 1970 đến 1975 ở Thanh tra Bộ',
    sql: `select count(*) ${W} and ${unit('TTRB')} and p.birth_year between 1970 and 1975`,
  },
  {
    question: 'Những người sinh năm 1968 ở Vụ Tổ chức cán bộ sẽ nghỉ hưu khi nào?',
    sql: `select p.full_name, p.retirement_date ${W} and ${unit('VTCCB')} and p.birth_year = 1968`,
  },
  {
    question: 'Số nữ công chức dưới 40 tuổi có bằng thạc sĩ ở Vụ Kế hoạch – Tài chính',
    sql: `select count(*) ${W} and ${unit('VKHTC')} and p.sex = 'female' and p.staff_category = 'cong_chuc' and p.age < 40 and p.highest_degree = 'thac_si'`,
  },
  // Fewer than 5 people: withheld.
  { question: 'How many female Party members under 40 are there at the Inspectorate?', sql: null },
  {
    question: 'List the 5 youngest division heads in the ministry with their ages',
    sql: `select p.full_name, p.age ${W} and p.post_title = 'Trưởng phòng' order by p.birth_date desc, p.id limit 5`,
    orderMatters: true,
  },
  {
    question: 'How many people between 45 and 50 work at the Legal Department?',
    sql: `select count(*) ${W} and ${unit('VPC')} and p.age between 45 and 50`,
  },
  { question: 'How many people under 30 or over 60 work at VNNIC?', sql: null },
  {
    question: 'so nguoi tu 50 tuoi tro len va co bang tien si o Vien Nang luong nguyen tu Viet Nam',
    sql: `select count(*) ${W} and ${unit('VNLNTVN')} and p.age >= 50 and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'danh sach 3 nguoi co he so luong cao nhat Thanh tra Bo',
    sql: `select p.full_name, p.salary_coefficient ${W} and ${unit('TTRB')} order by p.salary_coefficient desc, p.id limit 3`,
    orderMatters: true,
  },
  // Longer conversations, English names and rankings of units by an event.
  {
    question: 'Còn Vụ Bưu chính?',
    before: ['Số người ở Vụ Pháp chế', 'Trong đó bao nhiêu nữ?'],
    sql: `select count(*) ${W} and ${unit('VBC')} and p.sex = 'female'`,
  },
  {
    question: 'List them with their birth dates',
    before: ['How many PhDs are there at PTIT?', 'And how many of them are women?'],
    sql: `select p.full_name, p.birth_date ${W} and ${unit('HVCNBCVT')} and p.highest_degree = 'tien_si' and p.sex = 'female'`,
  },
  {
    question: 'Ông Vi Duy Thuận sinh năm nào?',
    before: ['Danh sách Phó Cục trưởng Cục Viễn thông'],
    sql: person('birth_year', 'Vi Duy Thuận'),
  },
  {
    question: 'Theo giới tính',
    before: ['Số người nghỉ hưu năm 2027'],
    sql: `select p.sex, count(*) ${W} and extract(year from p.retirement_date) = 2027 group by 1`,
  },
  {
    question: 'Ở Cục Viễn thông thì sao?',
    before: ['Số người nghỉ hưu năm 2027'],
    sql: `select count(*) ${W} and ${unit('CVT')} and extract(year from p.retirement_date) = 2027`,
  },
  {
    question: 'Theo từng đơn vị',
    before: ['Tuổi trung bình toàn Bộ'],
    sql: `select u.name, avg(p.age) ${TOP} group by 1`,
  },
  { question: "What is Vu Hoai Thao's rank?", sql: person('rank_name', 'Vũ Hoài Thảo') },
  {
    question: 'Which unit does Hoang Hoang Thuan work in?',
    sql: person('unit_name', 'Hoàng Hoàng Thuận'),
  },
  {
    question: 'How many Phó Trưởng phòng at the Innovation Agency are women?',
    sql: `select count(*) ${W} and ${unit('CDMST')} and p.post_title = 'Phó Trưởng phòng' and p.sex = 'female'`,
  },
  {
    question: 'Show the headcount of each division of the Vietnam Atomic Energy Institute',
    sql: `select p.unit_name, count(*) ${W} and ${unit('VNLNTVN')} group by 1`,
  },
  {
    question: 'Who are the 3 oldest staff at the Department of Posts?',
    sql: `select p.full_name ${W} and ${unit('VBC')} order by p.birth_date, p.id limit 3`,
    orderMatters: true,
  },
  {
    question: 'What percentage of leaders are under 45?',
    sql: `select 100.0 * count(*) filter (where p.age < 45) / count(*) ${W} and p.post_title is not null`,
  },
  {
    question: 'How many staff at the Innovation Agency were rated good in 2025?',
    sql: `select count(*) ${W} and ${unit('CDMST')} and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2025 and e.level = 'tot')`,
  },
  {
    question: 'How many civil servants retire in Q1 2028?',
    sql: `select count(*) ${W} and p.staff_category = 'cong_chuc' and ${ret('2028-01-01', '2028-03-31')}`,
  },
  {
    question: 'co bao nhieu nguoi o Cuc Vien thong va Cuc Tan so vo tuyen dien',
    sql: `select u.name, count(*) ${cmp('CVT', 'CTSVTD')} group by 1`,
  },
  { question: 'Số người bình quân mỗi đơn vị là bao nhiêu?', sql: null },
  {
    question: 'Đơn vị nào có nhiều người nghỉ hưu nhất trong 5 năm tới?',
    sql: `select u.name ${TOP} and p.retirement_date between public.hr_today() and (public.hr_today() + interval '5 years')::date group by u.name order by count(*) desc, u.name limit 1`,
  },
  {
    question: 'Số người đến tuổi nghỉ hưu năm 2029 theo đơn vị',
    sql: `select u.name, count(*) ${TOP} and extract(year from p.retirement_date) = 2029 group by 1`,
  },
  {
    question: 'Phòng nào của Cục Viễn thông có nhiều đảng viên nhất?',
    sql: `select u.name from chat.people p join chat.people_private pp on pp.person_id = p.id join chat.units u on u.kind = 'phong' and p.unit_path like u.path || '%' where p.status = 'working' and ${unit('CVT')} and pp.is_party_member group by u.name order by count(*) desc, u.name limit 1`,
  },
  // Degree thresholds, ranks as nouns, recent periods, shares among a post's holders.
  { question: 'Số người nghỉ hưu trước tuổi năm 2025', sql: null },
  { question: 'Số người được nâng lương năm 2025', sql: null },
  {
    question: 'Danh sách Trưởng phòng không phải đảng viên ở Cục Sở hữu trí tuệ',
    sql: `select p.full_name ${PRIV} and ${unit('CSHTT')} and p.post_title = 'Trưởng phòng' and not pp.is_party_member`,
  },
  {
    question: 'Có bao nhiêu người có trình độ đại học trở lên ở Cục Viễn thông?',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.highest_degree in ('dai_hoc', 'thac_si', 'tien_si')`,
  },
  {
    question: 'Số người có trình độ dưới đại học ở Văn phòng Bộ',
    sql: `select count(*) ${W} and ${unit('VPB')} and p.highest_degree in ('cao_dang', 'trung_cap', 'pho_thong')`,
  },
  {
    question: 'Nhân viên bảo vệ lớn tuổi nhất là ai?',
    sql: `select p.full_name ${W} and p.rank_code = '01.011' order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Lái xe cơ quan ở Văn phòng Bộ có mấy người?',
    sql: `select count(*) ${W} and ${unit('VPB')} and p.rank_code = '01.010'`,
  },
  {
    question: 'Tỷ lệ nữ trong số Phó Vụ trưởng',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and p.post_title = 'Phó Vụ trưởng'`,
  },
  { question: 'Tuổi trung bình của những người nghỉ hưu năm 2025', sql: null },
  {
    question: 'Số người nghỉ việc trong 12 tháng qua ở Báo VnExpress',
    sql: `select count(*) from chat.movements m where m.direction = 'out' and m.reason = 'resigned' and m.event_date between (public.hr_today() - interval '12 months')::date and public.hr_today() and ${munit('VNEXPRESS')}`,
  },
  {
    question: 'Số người được tiếp nhận vào Cục Bưu điện Trung ương từ đầu năm đến nay',
    sql: `select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'transferred_in' and m.event_date between date_trunc('year', public.hr_today())::date and public.hr_today() and ${munit('CBDTW')}`,
  },
  // Months named in English words: the whole months between.
  {
    question: 'How many people will retire between July 2027 and December 2027?',
    sql: `select count(*) ${W} and ${ret('2027-07-01', '2027-12-31')}`,
  },
  {
    question: 'Who in the IT Centre has the highest salary coefficient?',
    sql: `select p.full_name ${W} and ${unit('TTCNTT')} order by p.salary_coefficient desc, p.id limit 1`,
  },
  {
    question: 'ty le nguoi co bang thac si tro len o Cuc So huu tri tue',
    sql: `select 100.0 * count(*) filter (where p.highest_degree in ('thac_si', 'tien_si')) / count(*) ${W} and ${unit('CSHTT')}`,
  },
  {
    question: 'cac truong phong het nhiem ky trong 6 thang toi',
    sql: `select p.full_name ${W} and p.post_title = 'Trưởng phòng' and p.post_term_end between public.hr_today() and (public.hr_today() + interval '6 months')::date`,
  },
  { question: 'Ai ở Vụ Tổ chức cán bộ sinh cùng năm với bà Lê Thị Quỳnh?', sql: null },
  // Yes-or-no lists, counts of units rather than people, turning an age this year.
  {
    question: 'Có ai ở Vụ Pháp chế sinh năm 1999 không?',
    sql: `select p.full_name ${W} and ${unit('VPC')} and p.birth_year = 1999`,
  },
  {
    question: 'Vụ Kế hoạch – Tài chính có người nào trên 60 tuổi không?',
    sql: `select p.full_name ${W} and ${unit('VKHTC')} and p.age > 60`,
  },
  {
    question: 'Trưởng phòng trẻ nhất ở Cục Sở hữu trí tuệ bao nhiêu tuổi?',
    sql: `select p.age ${W} and ${unit('CSHTT')} and p.post_title = 'Trưởng phòng' order by p.birth_date desc, p.id limit 1`,
  },
  { question: 'Tổng số cán bộ toàn Bộ', sql: `select count(*) ${W}` },
  { question: 'Toàn Bộ có bao nhiêu đơn vị?', sql: null },
  { question: 'Bao nhiêu phòng thuộc Cục Bưu điện Trung ương?', sql: null },
  {
    question: 'Số người đã mất trong năm 2024',
    sql: `select count(*) from chat.movements m where m.direction = 'out' and m.reason = 'deceased' and m.year = 2024`,
  },
  {
    question: 'Danh sách người bị buộc thôi việc năm 2023',
    sql: `select p.full_name from chat.people p where p.status = 'dismissed' and p.status_date between date '2023-01-01' and date '2023-12-31'`,
  },
  {
    question: 'How many people has the ministry recruited since 2020?',
    sql: `select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year >= 2020`,
  },
  // Not read yet ("the most common" value of an attribute): declined.
  { question: 'What is the most common degree at VNNIC?', sql: null },
  {
    question: 'Trung bình mỗi năm có bao nhiêu người nghỉ hưu trong giai đoạn 2020–2025?',
    sql: null,
  },
  {
    question: 'Ai sẽ nghỉ hưu trong tháng tới?',
    sql: `select p.full_name ${W} and ${ret('2026-12-01', '2026-12-31')}`,
  },
  // "Tròn 60 tuổi năm nay" is a birth year, not today's age.
  {
    question: 'Có bao nhiêu người năm nay tròn 60 tuổi?',
    sql: `select count(*) ${W} and extract(year from p.birth_date) = 1966`,
  },
  {
    question: 'so nguoi da nghi huu cua Thanh tra Bo',
    sql: `select count(*) from chat.people p where p.status = 'retired' and ${unit('TTRB')}`,
  },
  {
    question: 'Who are the women heads of division at the Ministry Office?',
    sql: `select p.full_name ${W} and ${unit('VPB')} and p.post_title = 'Trưởng phòng' and p.sex = 'female'`,
  },
  // More English and plain-letter wordings of everyday counts and lists.
  {
    question: 'How many staff does the Department of Digital Economy have?',
    sql: `select count(*) ${W} and ${unit('VKTXHS')}`,
  },
  {
    question: 'List the Party members at the Department of Posts',
    sql: `select p.full_name ${PRIV} and ${unit('VBC')} and pp.is_party_member`,
  },
  {
    question:
      'How many people at the Agency for Startups and Technology Enterprises were born in the 1990s?',
    sql: `select count(*) ${W} and ${unit('CKNDN')} and p.birth_year between 1990 and 1999`,
  },
  {
    question: 'Who is the head of the Information and Statistics Agency?',
    sql: `select p.full_name ${W} and ${unit('CTTTK')} and p.post_title = 'Cục trưởng'`,
  },
  {
    question:
      'What is the average salary coefficient of women at the Intellectual Property Office?',
    sql: `select avg(p.salary_coefficient) ${W} and ${unit('CSHTT')} and p.sex = 'female'`,
  },
  {
    question: 'How many staff at the Ministry Office are contract workers?',
    sql: `select count(*) ${W} and ${unit('VPB')} and p.staff_category = 'nguoi_lao_dong'`,
  },
  {
    question: 'How many deputy directors general reach retirement age by 2030?',
    sql: `select count(*) ${W} and p.post_level = 4 and p.retirement_date <= date '2030-12-31'`,
  },
  {
    question: 'Number of women by age group at the Inspectorate',
    sql: `select (p.age / 10) * 10, count(*) ${W} and ${unit('TTRB')} and p.sex = 'female' group by 1`,
  },
  { question: 'so nguoi cua Quy NAFOSTED', sql: `select count(*) ${W} and ${unit('NAFOSTED')}` },
  {
    question: 'danh sach can bo sinh nam 1995 o Cuc Vien thong',
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.birth_year = 1995`,
  },
  {
    question: 'ti le nu trong so lanh dao cap phong',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and p.post_level in (5, 6)`,
  },
  {
    question: 'bao nhieu nguoi o Vien Khoa hoc va Ky thuat hat nhan',
    sql: `select count(*) ${W} and ${unit('VNLNTVN.V02')}`,
  },
  {
    question: 'ai la vu truong vu phap che',
    sql: `select p.full_name ${W} and ${unit('VPC')} and p.post_title = 'Vụ trưởng'`,
  },
  {
    question: 'thong ke so nguoi theo xep loai nam 2025 o Cuc Vien thong',
    sql: `select e.level, count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and e.year = 2025 and ${unit('CVT')} group by 1`,
  },
  // Namesakes told apart by what the asker wrote: the honorific, and the diacritics typed.
  {
    question: 'ba Phan Ngoc Hien sinh nam nao',
    sql: `select p.birth_year from chat.people p where p.full_name = 'Phan Ngọc Hiền'`,
  },
  {
    question: 'ông Phan Ngoc Hien công tác ở đơn vị nào?',
    sql: `select p.unit_name from chat.people p where p.full_name = 'Phan Ngọc Hiển'`,
  },
  { question: 'Phan Ngoc Hien sinh năm nào?', sql: null },
  {
    question: 'Trần Thành Dũng giữ chức vụ gì?',
    sql: `select p.post_title from chat.people p where p.full_name = 'Trần Thành Dũng'`,
  },
  {
    question: 'When was Ms Tran Thanh Dung born?',
    sql: `select p.birth_date from chat.people p where p.full_name = 'Trần Thanh Dung'`,
  },
]
