import type { DevExample } from './shared.js'

/**
 * Report-style questions from a later round of development: wordings the engine first declined
 * (a unit named without "Việt Nam", "chỉ" inside a question, "từ 35 đến dưới 45 tuổi", "buộc
 * thôi việc" as a discipline form, a follow-up that switches the form or keeps "chức vụ này").
 */
export const REPORT_ROUND_SIBLINGS: readonly DevExample[] = [
  {
    question: 'so ky su chinh o vien nang luong nguyen tu',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VNLNTVN') || '%' and p.rank_code = 'V.05.02.06'",
  },
  {
    question: 'ds giao su, pho giao su cua hoc vien cong nghe buu chinh vien thong',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'HVCNBCVT') || '%' and p.academic_title in ('gs', 'pgs')",
  },
  {
    question: 'List the Trưởng phòng of Cục Sở hữu trí tuệ with their departments.',
    sql: "select p.full_name, p.unit_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CSHTT') || '%' and p.post_title = 'Trưởng phòng'",
  },
  {
    question: 'nhung ai o Vu HTQT chi xep loai hoan thanh nhiem vu nam 2025',
    sql: "select p.full_name from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VHTQT') || '%' and e.year = 2025 and e.level = 'hoan_thanh'",
  },
  {
    question: 'Which women at VINATOM hold a leadership post? Show their titles.',
    sql: "select p.full_name, p.post_title from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VNLNTVN') || '%' and p.sex = 'female' and p.post_title is not null",
  },
  {
    question:
      'Cơ cấu độ tuổi của Cục Chuyển đổi số quốc gia theo nhóm 10 tuổi, tách theo giới tính.',
    sql: "select (p.age / 10) * 10 as age_band, p.sex, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CCDSQG') || '%' group by 1, 2",
  },
  {
    question: 'Break down PTIT staff by academic title.',
    sql: "select p.academic_title, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'HVCNBCVT') || '%' group by p.academic_title",
  },
  {
    question:
      'What is the average length of service (years in the state sector) at Cục Sở hữu trí tuệ?',
    sql: "select avg(date_part('year', age(public.hr_today(), p.joined_state_service))) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CSHTT') || '%'",
  },
  {
    question: 'Which Vụ has the most staff over 55?',
    sql: "select u.name from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' and u.kind = 'vu' and p.age > 55 group by u.name order by count(*) desc, u.name limit 1",
  },
  {
    question: 'nhiem ky cua ong Tran Xuan Viet het khi nao',
    sql: "select p.post_term_end from chat.people p where p.full_name = 'Trần Xuân Việt'",
  },
  {
    question: 'so nguoi tuyen dung moi vao vien nang luong nguyen tu tung nam tu 2021 den 2025',
    sql: "select m.year, count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year between 2021 and 2025 and m.unit_id in (select id from chat.units where path like (select path from chat.units where code = 'VNLNTVN') || '%') group by m.year",
  },
  {
    question: 'How many people were appointed to a leadership post for the first time in 2025?',
    sql: "select count(*) from chat.appointments a where a.kind = 'first' and extract(year from a.start_date) = 2025",
  },
  {
    question: 'ty le dang vien o vien nang luong nguyen tu',
    sql: "select 100.0 * count(*) filter (where pp.is_party_member) / count(*) from chat.people p join chat.people_private pp on pp.person_id = p.id where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VNLNTVN') || '%'",
  },
  {
    question: 'so nguoi tu 35 den duoi 45 tuoi o vu to chuc can bo',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VTCCB') || '%' and p.age >= 35 and p.age < 45",
  },
  {
    question: 'Số người không phải dân tộc Kinh ở Cục Bưu điện Trung ương?',
    sql: "select count(*) from chat.people p join chat.people_private pp on pp.person_id = p.id where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CBDTW') || '%' and pp.ethnicity <> 'Kinh'",
  },
  {
    question: 'Viện Năng lượng nguyên tử có bao nhiêu kỹ sư chính?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VNLNTVN') || '%' and p.rank_code = 'V.05.02.06'",
  },
  {
    question: 'When does his term end?',
    sql: "select p.post_term_end from chat.people p where p.full_name = 'Vi Duy Thuận'",
    before: ["What is Vi Duy Thuận's current post?"],
  },
  {
    question: 'Ai giữ chức vụ này lâu nhất?',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CTSVTD') || '%' and p.post_title = 'Giám đốc Trung tâm' order by (select min(a.start_date) from chat.appointments a where a.person_id = p.id and a.post_id = (select c.post_id from chat.appointments c where c.person_id = p.id and c.end_date is null)), p.id limit 1",
    before: [
      'Liệt kê các Giám đốc Trung tâm thuộc Cục Tần số vô tuyến điện, kèm ngày hết nhiệm kỳ.',
    ],
  },
  {
    question: 'Show me their names and current units.',
    sql: "select p.full_name, p.unit_name from chat.people p where p.status = 'working' and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_title = 'Cục trưởng')",
    before: ['How many people are in the planning pool for Cục trưởng?'],
  },
  {
    question: 'Còn hình thức cảnh cáo?',
    sql: "select count(*) from chat.disciplines d where d.form = 'canh_cao' and d.decided_on between date '2021-01-01' and public.hr_today()",
    before: ['Từ năm 2021 đến nay có bao nhiêu quyết định kỷ luật khiển trách?'],
  },
  {
    question: 'Which top-level unit has the most people in leadership planning pools?',
    sql: "select u.name from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active) group by u.name order by count(*) desc, u.name limit 1",
  },
  {
    question: "When does Nguyen Trung Khoa's current term end?",
    sql: "select p.post_term_end from chat.people p where p.full_name = 'Nguyễn Trung Khoa'",
  },
  {
    question: 'ong thach trung viet nam nay bao nhieu tuoi',
    sql: "select p.age from chat.people p where p.full_name = 'Thạch Trung Việt'",
  },
  {
    question: 'List the Thứ trưởng with their birth years.',
    sql: "select p.full_name, p.birth_year from chat.people p where p.status = 'working' and p.post_title = 'Thứ trưởng'",
  },
  {
    question: 'Thống kê kết quả xếp loại chất lượng năm 2023 của Vụ Bưu chính.',
    sql: "select e.level, count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VBC') || '%' and e.year = 2023 group by e.level",
  },
  {
    question: 'nam 2025 co bao nhieu lanh dao cap vu cuc chi xep loai hoan thanh nhiem vu',
    sql: "select count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and p.post_level in (3, 4) and e.year = 2025 and e.level = 'hoan_thanh'",
  },
  {
    question: 'Từ năm 2020 đến nay có bao nhiêu quyết định kỷ luật buộc thôi việc?',
    sql: "select count(*) from chat.disciplines d where d.form = 'buoc_thoi_viec' and d.decided_on between date '2020-01-01' and public.hr_today()",
  },
  {
    question:
      'Danh sách lãnh đạo cấp Vụ, Cục và tương đương chưa có chứng chỉ quản lý nhà nước chương trình chuyên viên cao cấp.',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.post_level in (3, 4) and p.state_management is distinct from 'chuyen_vien_cao_cap'",
  },
  {
    question: 'How many Trưởng phòng have only elementary (sơ cấp) political theory?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.post_title = 'Trưởng phòng' and p.political_theory = 'so_cap'",
  },
  {
    question: 'cuc minh co bao nhieu nguoi co chung chi chuyen vien chinh',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' and p.state_management = 'chuyen_vien_chinh'",
    role: 'leader',
  },
  {
    question:
      'Anh/chị cho tôi biết Cục Bưu điện Trung ương hiện có bao nhiêu công chức nữ có trình độ thạc sĩ?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CBDTW') || '%' and p.sex = 'female' and p.staff_category = 'cong_chuc' and p.highest_degree = 'thac_si'",
  },
  {
    question:
      'Nhờ em thống kê giúp số CBCCVC dưới 35 tuổi có bằng TS đang công tác tại Viện Năng lượng nguyên tử Việt Nam.',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VNLNTVN') || '%' and p.age < 35 and p.highest_degree = 'tien_si'",
  },
  {
    question: 'Báo cáo số lượng CVC trong toàn Bộ đã có trình độ LLCT cao cấp.',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.rank_code = '01.002' and p.political_theory = 'cao_cap'",
  },
  {
    question: 'Toàn Bộ hiện có bao nhiêu người đang giữ ngạch CVCC?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.rank_code = '01.001'",
  },
  {
    question: 'Có bao nhiêu PGS.TS đang công tác tại Học viện Công nghệ Bưu chính Viễn thông?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'HVCNBCVT') || '%' and p.academic_title = 'pgs'",
  },
  {
    question:
      'How many section-level managers (lãnh đạo cấp phòng) are there at Cục Tần số vô tuyến điện?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CTSVTD') || '%' and p.post_level in (5, 6)",
  },
  {
    question: 'Tính đến thời điểm hiện tại, Cục Chuyển đổi số quốc gia có bao nhiêu ĐV?',
    sql: "select count(*) from chat.people p join chat.people_private pp on pp.person_id = p.id where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CCDSQG') || '%' and pp.is_party_member",
  },
  {
    question: 'List everyone at Vụ Hợp tác quốc tế born before 1975, with their birth dates.',
    sql: "select p.full_name, p.birth_date from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VHTQT') || '%' and p.birth_year < 1975",
  },
  {
    question: 'Tổng hợp số lượng cán bộ theo nhóm tuổi 10 năm ở Cục Bưu điện Trung ương.',
    sql: "select (p.age / 10) * 10 as age_band, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CBDTW') || '%' group by 1",
  },
  {
    question: 'Thống kê số người theo trình độ QLNN ở Báo VnExpress.',
    sql: "select p.state_management, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VNEXPRESS') || '%' group by p.state_management",
  },
  {
    question: 'Năm 2024, kết quả xếp loại của lãnh đạo cấp vụ toàn Bộ phân bố như thế nào?',
    sql: "select e.level, count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and p.post_level in (3, 4) and e.year = 2024 group by e.level",
  },
  {
    question:
      'Nhờ em tính giúp tuổi bình quân của CBCCVC từng đơn vị trực thuộc Bộ để đưa vào báo cáo.',
    sql: "select u.name, avg(p.age) from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' group by u.name",
  },
  {
    question: 'Since when has Vũ Anh Thịnh held his current post?',
    sql: "select (select min(a.start_date) from chat.appointments a where a.person_id = p.id and a.post_id = (select c.post_id from chat.appointments c where c.person_id = p.id and c.end_date is null)) from chat.people p where p.full_name = 'Vũ Anh Thịnh'",
  },
  {
    question: 'How many section-level managers reach retirement age within the next 5 years?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.post_level in (5, 6) and p.retirement_date between hr_today() and (hr_today() + interval '5 years')::date",
  },
  {
    question: 'Tính đến 31/12/2028, có bao nhiêu lãnh đạo cấp phòng sẽ đến tuổi nghỉ hưu?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.post_level in (5, 6) and p.retirement_date between hr_today() and date '2028-12-31'",
  },
  {
    question: 'List the Phó Vụ trưởng whose terms end in quý 1/2028, with the end dates.',
    sql: "select p.full_name, p.post_term_end from chat.people p where p.status = 'working' and p.post_title = 'Phó Vụ trưởng' and p.post_term_end between date '2028-01-01' and date '2028-03-31'",
  },
  {
    question: 'Tổng hợp số người được tuyển dụng theo từng năm giai đoạn 2021-2025 của toàn Bộ.',
    sql: "select m.year, count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year between 2021 and 2025 group by m.year",
  },
  {
    question: '6 thang dau nam 2026 co bao nhieu nguoi chuyen cong tac ra khoi Bo',
    sql: "select count(*) from chat.movements m where m.direction = 'out' and m.reason = 'transferred_out' and m.event_date between date '2026-01-01' and date '2026-06-30'",
  },
  {
    question: 'Quý 1/2026 có bao nhiêu người được tuyển dụng mới?',
    sql: "select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.event_date between date '2026-01-01' and date '2026-03-31'",
  },
  {
    question: 'tu dau nam 2026 den nay co bao nhieu quyet dinh ky luat',
    sql: "select count(*) from chat.disciplines d where d.decided_on between date '2026-01-01' and public.hr_today()",
  },
  {
    question: 'liet ke ten giup toi',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CBDTW') || '%' and extract(year from p.retirement_date) = 2028",
    before: ['so nguoi den tuoi nghi huu nam 2028 o Cuc Buu dien Trung uong'],
  },
  {
    question: 'Break that down by year.',
    sql: "select m.year, count(*) from chat.movements m where m.direction = 'in' and m.reason = 'transferred_in' and m.year between 2021 and 2025 group by m.year",
    before: ['How many people transferred in from other agencies between 2021 and 2025?'],
  },
  {
    question: "What's the gender split in our department?",
    sql: "select p.sex, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' group by p.sex",
    role: 'leader',
  },
  {
    question: 'How many Catholics are there in my unit?',
    sql: "select count(*) from chat.people p join chat.people_private pp on pp.person_id = p.id where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' and pp.religion = 'Công giáo'",
    role: 'unit_hr',
  },
  {
    question: 'Các Phó Tổng Biên tập Báo VnExpress',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VNEXPRESS') || '%' and p.post_title = 'Phó Tổng Biên tập'",
  },
  {
    question: 'Các Phó Cục trưởng Cục Bưu điện Trung ương',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CBDTW') || '%' and p.post_title = 'Phó Cục trưởng'",
  },
  {
    question: 'Các Phó Chủ nhiệm Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'UBTCDLCL') || '%' and p.post_title = 'Phó Chủ nhiệm Ủy ban'",
  },
  {
    question: 'Số lượt bổ nhiệm lần đầu Phó Vụ trưởng theo từng năm 2021–2025',
    sql: "select extract(year from a.start_date)::integer as year, count(*) from chat.appointments a where a.kind = 'first' and a.post_title = 'Phó Vụ trưởng' and extract(year from a.start_date) between 2021 and 2025 group by 1",
  },
  {
    question: 'Có bao nhiêu quyết định cách chức từ năm 2020 đến nay?',
    sql: "select count(*) from chat.disciplines d where d.form = 'cach_chuc' and d.decided_on between date '2020-01-01' and public.hr_today()",
  },
  {
    question: 'Who in my unit reaches retirement age in December 2026?',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' and p.retirement_date between date '2026-12-01' and date '2026-12-31'",
    role: 'unit_hr',
  },
  {
    question: 'Gender split at VNNIC?',
    sql: "select p.sex, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VNNIC') || '%' group by p.sex",
  },
  {
    question: 'How many folks at PTIT hold a PhD?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'HVCNBCVT') || '%' and p.highest_degree = 'tien_si'",
  },
  {
    question: "Break down the ministry's workforce by staff category and gender.",
    sql: "select p.staff_category, p.sex, count(*) from chat.people p where p.status = 'working' group by p.staff_category, p.sex",
  },
  {
    question: "Which leaders' terms end in the first quarter of 2027?",
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.post_term_end between date '2027-01-01' and date '2027-03-31'",
  },
  {
    question: 'How many women serve as Phó Cục trưởng?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.post_title = 'Phó Cục trưởng' and p.sex = 'female'",
  },
  {
    question: "What's the average length of service at the Ministry Inspectorate (Thanh tra Bộ)?",
    sql: "select avg(date_part('year', age(hr_today(), p.joined_state_service))) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'TTRB') || '%'",
  },
  // Declined rather than answered with something else: the year of an award, who joined (not
  // how many), the longest service of people who hold no post named.
  { question: 'Số người đạt chiến sĩ thi đua cơ sở theo từng năm 2022-2025', sql: null },
  {
    question: 'Những ai ở Vụ Pháp chế vào Bộ từ năm 2020 trở lại đây?',
    sql: "select p.full_name from chat.movements m join chat.people p on p.id = m.person_id where m.direction = 'in' and m.event_date >= '2020-01-01' and m.unit_id in (select id from chat.units where path like (select path from chat.units where code = 'VPC') || '%')",
  },
  {
    question: "Who's the longest-serving staff member at the Department of Legal Affairs?",
    sql: null,
  },
  {
    question: 'Top 5 đơn vị có đông CBCCVC nhất, xếp từ cao xuống thấp.',
    sql: "select u.name, count(*) from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' group by u.name order by count(*) desc, u.name limit 5",
    orderMatters: true,
  },
  {
    question: 'ba Phan Thi Phuong Hoa dang cong tac o don vi nao',
    sql: "select p.unit_name from chat.people p where p.full_name = 'Phan Thị Phương Hoa'",
  },
  {
    question: 'Năm 2027 có bao nhiêu người tròn 60 tuổi?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.birth_year = 1967",
  },
  {
    question: 'How many staff turn 30 next year?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.birth_year = 1997",
  },
  {
    question: 'Năm nay có bao nhiêu người tròn 50 tuổi?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.birth_year = 1976",
  },
  {
    question: 'How many Trưởng phòng are there across the whole ministry?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.post_title = 'Trưởng phòng'",
  },
  {
    question: 'don vi nao co it nhan su nhat',
    sql: "select u.name from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' group by u.name order by count(*), u.name limit 1",
  },
  {
    question: 'Top 5 đơn vị đông người nhất, xếp theo số người giảm dần.',
    sql: "select u.name, count(*) from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' group by u.name order by count(*) desc, u.name limit 5",
    orderMatters: true,
  },
  {
    question: "When does Nguyễn Minh Dung's term of office end?",
    sql: "select p.post_term_end from chat.people p where p.full_name = 'Nguyễn Minh Dung'",
  },
  {
    question: 'Bao nhiêu người của Thanh tra Bộ sẽ nghỉ hưu trong ba năm tới?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'TTRB') || '%' and p.retirement_date between public.hr_today() and (public.hr_today() + interval '3 years')::date",
  },
  {
    question: 'Số lãnh đạo cấp Vụ, Cục hết nhiệm kỳ trong ba năm tới?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.post_level in (3, 4) and p.post_term_end between public.hr_today() and (public.hr_today() + interval '3 years')::date",
  },
  {
    question: 'Trong tháng vừa rồi Bộ có mấy người nghỉ hưu?',
    sql: "select count(*) from chat.movements m where m.direction = 'out' and m.reason = 'retired' and m.event_date >= (date_trunc('month', public.hr_today()) - interval '1 month')::date and m.event_date < date_trunc('month', public.hr_today())::date",
  },
  {
    question: 'Năm kia có bao nhiêu người được tuyển dụng?',
    sql: "select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year = extract(year from public.hr_today()) - 2",
  },
  {
    question: 'How many people were rated excellent (hoàn thành xuất sắc) in both 2024 and 2025?',
    sql: "select count(*) from chat.people p where p.status = 'working' and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2024 and e.level = 'xuat_sac') and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2025 and e.level = 'xuat_sac')",
  },
  {
    question:
      'Có bao nhiêu người được xếp loại hoàn thành xuất sắc nhiệm vụ cả ba năm 2023, 2024 và 2025?',
    sql: "select count(*) from chat.people p where p.status = 'working' and (select count(*) from chat.evaluations e where e.person_id = p.id and e.year between 2023 and 2025 and e.level = 'xuat_sac') = 3",
  },
  {
    question:
      'Headcount quota for Học viện Chiến lược Khoa học và Công nghệ in 2027, by staff category.',
    sql: "select q.staff_category, sum(q.quota) from chat.quotas q join chat.units u on u.id = q.unit_id where q.year = 2027 and u.path like (select path from chat.units where code = 'HVCLKHCN') || '%' group by q.staff_category",
    role: 'planner',
  },
  {
    question:
      'What is the number of staff with an intermediate (trung cấp) political theory level?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.political_theory = 'trung_cap'",
  },
  {
    question: 'How many PTIT staff are currently in a planning pool for a management position?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'HVCNBCVT') || '%' and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active)",
  },
  {
    question: 'Bao nhiêu người của Cục Sở hữu trí tuệ đã chuyển công tác sang đơn vị khác?',
    sql: "select count(*) from chat.people p where p.status = 'transferred_out' and p.unit_path like (select path from chat.units where code = 'CSHTT') || '%'",
  },
  {
    question: 'Có bao nhiêu quyết định kỷ luật được ban hành trong năm 2021?',
    sql: 'select count(*) from chat.disciplines d where extract(year from d.decided_on) = 2021',
  },
  {
    question: 'nhung ai nhan bang khen cua Bo truong trong nam 2022',
    sql: "select p.full_name from chat.people p where p.status = 'working' and exists (select 1 from chat.awards w where w.person_id = p.id and w.year = 2022 and w.kind = 'Bằng khen của Bộ trưởng Bộ Khoa học và Công nghệ')",
  },
  {
    question: 'Which men currently serve as Phó Cục trưởng? Show their units too.',
    sql: "select p.full_name, p.unit_name from chat.people p where p.status = 'working' and p.post_title = 'Phó Cục trưởng' and p.sex = 'male'",
  },
  {
    question: 'thong ke nam nu o Trung tam Internet Viet Nam',
    sql: "select p.sex, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VNNIC') || '%' group by p.sex",
  },
  {
    question: 'Headcount by highest qualification at PTIT.',
    sql: "select p.highest_degree, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'HVCNBCVT') || '%' group by p.highest_degree",
  },
  {
    question: 'What was the distribution of evaluation ratings in 2023?',
    sql: "select e.level, count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and e.year = 2023 group by e.level",
  },
  {
    question: 'Age profile in 10-year groups of staff at Trung tâm Internet Việt Nam.',
    sql: "select (p.age / 10) * 10 as age_band, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VNNIC') || '%' group by 1",
  },
  {
    question: 'Which civil service rank is Vu Quang Chien in?',
    sql: "select p.rank_name from chat.people p where p.full_name = 'Vũ Quang Chiến'",
  },
  {
    question: 'ba Hoang Bich Tuyet hien o bac luong thu may',
    sql: "select p.salary_step from chat.people p where p.full_name = 'Hoàng Bích Tuyết'",
  },
  {
    question: 'ba Nong Thi Ngoc sinh ngay thang nam nao',
    sql: "select p.birth_date from chat.people p where p.full_name = 'Nông Thị Ngọc'",
  },
  {
    question: 'Tỷ lệ nữ ở Cục Viễn thông, Cục SHTT và Thanh tra Bộ khác nhau thế nào?',
    sql: "select u.name, 100.0 * count(*) filter (where p.sex = 'female') / count(*) from chat.units u join chat.people p on p.unit_path like u.path || '%' where u.code in ('CVT', 'CSHTT', 'TTRB') and p.status = 'working' group by u.name",
  },
  {
    question: 'Còn lại bao nhiêu người không phải đảng viên?',
    sql: "select count(*) from chat.people p join chat.people_private pp on pp.person_id = p.id where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT.P03') || '%' and not pp.is_party_member",
    role: 'unit_hr',
    before: ['Phòng Chính sách có bao nhiêu đảng viên?'],
  },
  {
    question: 'how many are women?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VNEXPRESS') || '%' and p.sex = 'female'",
    before: ['How many people work at VnExpress?'],
  },
  {
    question: 'Có bao nhiêu nữ?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VNEXPRESS') || '%' and p.sex = 'female'",
    before: ['Báo VnExpress có bao nhiêu người?'],
  },
  {
    question: 'Toàn Bộ có bao nhiêu nữ?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.sex = 'female'",
    before: ['Báo VnExpress có bao nhiêu người?'],
  },
  // A year counted from the one asked before, not from today.
  {
    question: 'Năm trước đó thì sao?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.retirement_date between '2026-01-01' and '2026-12-31'",
    before: ['Năm 2027 có bao nhiêu người nghỉ hưu?'],
  },
  {
    question: 'What about the following year?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.retirement_date between '2028-01-01' and '2028-12-31'",
    before: ['How many people will retire in 2027?'],
  },
  {
    question: 'Còn năm sau đó?',
    sql: "select count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and e.year = 2025 and e.level = 'xuat_sac'",
    before: ['Năm 2024 có bao nhiêu người hoàn thành xuất sắc nhiệm vụ?'],
  },
  {
    question: 'And the year before?',
    sql: "select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year = 2024",
    before: ['How many people were recruited in 2025?'],
  },
  { question: 'Năm trước đó có bao nhiêu người nghỉ hưu?', sql: null, expect: 'abstain' },
  {
    question: 'Còn năm sau đó?',
    sql: null,
    expect: 'abstain',
    before: ['Trong 5 năm tới có bao nhiêu người nghỉ hưu?'],
  },
  // Part of a year asked before, a whole year now: the days asked before no longer hold.
  {
    question: 'Còn năm 2025?',
    sql: "select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.event_date between '2025-01-01' and '2025-12-31'",
    before: ['Số người được tuyển dụng 6 tháng đầu năm 2026'],
  },
  // An English title glossed with the Vietnamese one it means.
  {
    question: 'How many Deputy Directors (Phó Vụ trưởng) are there in the ministry?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.post_title = 'Phó Vụ trưởng'",
  },
  {
    question: 'Who are the heads of division (Trưởng phòng) at Cục Viễn thông?',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.post_title = 'Trưởng phòng' and p.unit_path like (select path from chat.units where code = 'CVT') || '%'",
  },
  // A follow-up naming other joins or exits counts those; 'show me' people lists them.
  {
    question: 'What about departures?',
    sql: "select m.year, count(*) from chat.movements m where m.direction = 'out' and m.year between 2020 and 2025 group by m.year",
    before: ['How many people were recruited each year from 2020 to 2025?'],
  },
  {
    question: 'Còn nghỉ hưu thì sao?',
    sql: "select count(*) from chat.movements m where m.direction = 'out' and m.reason = 'retired' and m.year = 2024",
    before: ['Năm 2024 có bao nhiêu người được tuyển dụng?'],
  },
  {
    question: 'Còn số người rời khỏi Bộ?',
    sql: "select m.year, count(*) from chat.movements m where m.direction = 'out' and m.year between 2020 and 2025 group by m.year",
    before: ['How many people were recruited each year from 2020 to 2025?'],
  },
  {
    question: 'con thoi viec thi sao',
    sql: "select m.year, count(*) from chat.movements m where m.direction = 'out' and m.reason = 'resigned' and m.year between 2020 and 2025 group by m.year",
    before: ['so nguoi nghi huu theo tung nam tu 2020 den 2025'],
  },
  {
    question: 'What about recruitment?',
    sql: "select m.year, count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year between 2020 and 2025 group by m.year",
    before: ['so nguoi nghi huu theo tung nam tu 2020 den 2025'],
  },
  {
    question: 'Còn nữ?',
    sql: "select count(*) from chat.movements m join chat.people p on p.id = m.person_id where m.direction = 'in' and m.reason = 'recruited' and m.year = 2024 and p.sex = 'female'",
    before: ['Năm 2024 có bao nhiêu người được tuyển dụng?'],
  },
  {
    question: 'And departures?',
    sql: "select count(*) from chat.movements m where m.direction = 'out' and m.year = 2023",
    before: ['How many people joined the ministry in 2023?'],
  },
  {
    question: 'How many new staff were recruited in 2024?',
    sql: "select count(*) from chat.movements m where m.direction='in' and m.reason='recruited' and m.year=2024",
  },
  {
    question: 'How many new recruits joined in 2024?',
    sql: "select count(*) from chat.movements m where m.direction='in' and m.reason='recruited' and m.year=2024",
  },
  {
    question: 'How many new employees joined the ministry in 2024?',
    sql: "select count(*) from chat.movements m where m.direction='in' and m.year=2024",
  },
  {
    question: 'Show me PhD holders at Vụ Pháp chế.',
    sql: "select p.full_name from chat.people p where p.status='working' and p.highest_degree='tien_si' and p.unit_path like (select path from chat.units where code = 'VPC') || '%'",
  },
  {
    question: 'Show me the Vụ trưởng.',
    sql: "select p.full_name from chat.people p where p.status='working' and p.post_title = 'Vụ trưởng'",
  },
  {
    question: 'Give me the Vụ trưởng.',
    sql: "select p.full_name from chat.people p where p.status='working' and p.post_title = 'Vụ trưởng'",
  },
  {
    question: 'Show me the deputy directors-general (Phó Cục trưởng) of Cục Viễn thông.',
    sql: "select p.full_name from chat.people p where p.status='working' and p.post_title = 'Phó Cục trưởng' and p.unit_path like (select path from chat.units where code = 'CVT') || '%'",
  },
  // Rounds of fresh questions: 'còn ai sắp nghỉ hưu', exits of several kinds, comparisons with the last answer, English wordings.
  {
    question: 'Năm nay Viện Năng lượng nguyên tử Việt Nam còn ai sắp nghỉ hưu không?',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VNLNTVN') || '%' and p.retirement_date between public.hr_today() and date '2026-12-31'",
  },
  {
    question: 'Năm nay còn bao nhiêu người sẽ nghỉ hưu?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.retirement_date between public.hr_today() and date '2026-12-31'",
  },
  {
    question: 'Còn bao nhiêu người nghỉ hưu năm 2027?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.retirement_date between date '2027-01-01' and date '2027-12-31'",
  },
  {
    question: 'Năm 2025 có bao nhiêu người nghỉ hưu và bao nhiêu người thôi việc?',
    sql: "select m.reason, count(*) from chat.movements m where m.direction = 'out' and m.reason in ('retired', 'resigned') and m.year = 2025 group by m.reason",
  },
  {
    question: 'Tổng số người nghỉ hưu và thôi việc năm 2025',
    sql: "select count(*) from chat.movements m where m.direction = 'out' and m.reason in ('retired', 'resigned') and m.year = 2025",
  },
  {
    question: 'Compare that with VINATOM.',
    sql: "select u.name, 100.0*count(*) filter (where p.sex='female')/count(*) from chat.units u join chat.people p on p.unit_path like u.path||'%' where u.code in ('HVCNBCVT','VNLNTVN') and p.status='working' group by u.name",
    before: ['What is the share of women at PTIT?'],
  },
  {
    question: 'So sánh với Cục Đổi mới sáng tạo',
    sql: "select u.name, 100.0*count(*) filter (where p.sex='female')/count(*) from chat.units u join chat.people p on p.unit_path like u.path||'%' where u.code in ('CTTTK','CDMST') and p.status='working' group by u.name",
    before: ['Tỷ lệ nữ của Cục Thông tin, Thống kê là bao nhiêu?'],
  },
  {
    question: 'So sánh với Cục Tần số vô tuyến điện',
    sql: "select u.name, count(*) from chat.units u join chat.people p on p.unit_path like u.path||'%' where u.code in ('CVT','CTSVTD') and p.status='working' group by u.name",
    before: ['Cục Viễn thông có bao nhiêu người?'],
  },
  {
    question: 'Compare PTIT with VINATOM.',
    sql: "select u.name, 100.0*count(*) filter (where p.sex='female')/count(*) from chat.units u join chat.people p on p.unit_path like u.path||'%' where u.code in ('HVCNBCVT','VNLNTVN') and p.status='working' group by u.name",
    before: ['What is the share of women at PTIT?'],
  },
  {
    question: 'So sánh tỷ lệ này với Cục Viễn thông',
    sql: "select u.name, 100.0*count(*) filter (where p.sex='female')/count(*) from chat.units u join chat.people p on p.unit_path like u.path||'%' where u.code in ('CTTTK','CVT') and p.status='working' group by u.name",
    before: ['Tỷ lệ nữ của Cục Thông tin, Thống kê là bao nhiêu?'],
  },
  {
    question: 'Compare PTIT with VINATOM.',
    sql: "select u.name, count(*) from chat.units u join chat.people p on p.unit_path like u.path||'%' where u.code in ('HVCNBCVT','VNLNTVN') and p.status='working' group by u.name",
  },
  {
    question: 'How does that compare with VINATOM?',
    sql: "select u.name, round(avg(p.age),2) from chat.units u join chat.people p on p.unit_path like u.path||'%' where u.code in ('HVCNBCVT','VNLNTVN') and p.status='working' group by u.name",
    before: ['What is the average age at PTIT?'],
  },
  {
    question: 'How many public employees (viên chức) aged between 30 and 40 work at VINATOM?',
    sql: "select count(*) from chat.people p where p.status='working' and p.staff_category='vien_chuc' and p.age between 30 and 40 and p.unit_path like (select path from chat.units where code = 'VNLNTVN') || '%'",
  },
  {
    question: 'How many staff between the ages of 30 and 40 work at VINATOM?',
    sql: "select count(*) from chat.people p where p.status='working' and p.age between 30 and 40 and p.unit_path like (select path from chat.units where code = 'VNLNTVN') || '%'",
  },
  {
    question: 'List the full professors in the ministry with their units.',
    sql: "select p.full_name, p.unit_name from chat.people p where p.status='working' and p.academic_title='gs'",
  },
  {
    question: 'Top 5 units by number of women, highest first.',
    sql: "select u.name, count(*) from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' and p.sex='female' group by u.name order by count(*) desc, u.name limit 5",
    orderMatters: true,
  },
  {
    question:
      'How many staff of the Intellectual Property Office were rated as excellently completing their duties in 2024?',
    sql: "select count(*) from chat.people p where p.status='working' and p.unit_path like (select path from chat.units where code = 'CSHTT') || '%' and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2024 and e.level = 'xuat_sac')",
  },
  {
    question: 'How many people completed their duties excellently in 2025?',
    sql: "select count(*) from chat.people p where p.status='working' and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2025 and e.level = 'xuat_sac')",
  },
  {
    question: 'Ai được bổ nhiệm lần đầu năm 2026?',
    sql: "select p.full_name from chat.appointments a join chat.people p on p.id = a.person_id where a.kind = 'first' and extract(year from a.start_date) = 2026",
  },
  {
    question: 'Trung tâm Internet Việt Nam năm nay có bao nhiêu người đến tuổi nghỉ hưu?',
    sql: "select count(*) from chat.people p where p.status='working' and p.unit_path like (select path from chat.units where code = 'VNNIC') || '%' and p.retirement_date between '2026-01-01' and '2026-12-31'",
  },
  // A report's heading breaks down by the key it names; ranked holders of a post.
  {
    question: 'Số cán bộ theo tôn giáo của toàn Bộ.',
    sql: "select pp.religion, count(*) from chat.people p join chat.people_private pp on pp.person_id = p.id where p.status = 'working' group by pp.religion",
  },
  {
    question: 'Thống kê số người theo tôn giáo',
    sql: "select pp.religion, count(*) from chat.people p join chat.people_private pp on pp.person_id = p.id where p.status = 'working' group by pp.religion",
  },
  {
    question: 'Bộ có bao nhiêu người theo tôn giáo?',
    sql: "select count(*) from chat.people p join chat.people_private pp on pp.person_id = p.id where p.status = 'working' and pp.religion is not null and pp.religion <> 'Không'",
  },
  {
    question: 'Who is the youngest Trưởng phòng in the ministry?',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.post_title = 'Trưởng phòng' order by p.birth_date desc, p.id limit 1",
  },
  {
    question: 'Vụ trưởng nào giữ chức vụ lâu nhất?',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.post_title = 'Vụ trưởng' order by (select min(a.start_date) from chat.appointments a where a.person_id = p.id and a.post_id = (select c.post_id from chat.appointments c where c.person_id = p.id and c.end_date is null)), p.id limit 1",
  },
  {
    question: '3 Cục trưởng lớn tuổi nhất',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.post_title = 'Cục trưởng' order by p.birth_date, p.id limit 3",
    orderMatters: true,
  },
  // Quota breakdowns in a follow-up; shares of two conditions without their population, exits ahead and events of several units are declined; moves in from elsewhere.
  {
    question:
      'so sanh so nguoi tuyen dung nam 2025 cua Cuc Tan so vo tuyen dien va Cuc Buu dien Trung uong',
    sql: null,
    expect: 'abstain',
  },
  {
    question: 'Năm 2025 có bao nhiêu người chuyển công tác từ cơ quan khác đến Bộ?',
    sql: "select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'transferred_in' and m.year = 2025",
  },
  {
    question: 'Bao nhiêu người chuyển từ cơ quan khác về Bộ trong năm 2025?',
    sql: "select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'transferred_in' and m.year = 2025",
  },
  {
    question:
      'Tổng số người được tuyển dụng năm 2025 của Cục Tần số vô tuyến điện và Cục Bưu điện Trung ương',
    sql: "select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year = 2025 and m.unit_id in (select id from chat.units where path like '/1/20/%' or path like '/1/14/%')",
  },
  {
    question: 'Chia theo loại cán bộ.',
    sql: 'select q.staff_category, sum(q.quota) from chat.quotas q where q.year = 2027 group by q.staff_category',
    role: 'planner',
    before: ['Tổng biên chế được giao năm 2027 là bao nhiêu?'],
  },
  {
    question: 'Breakdown by staff category.',
    sql: 'select q.staff_category, sum(q.quota) from chat.quotas q where q.year = 2027 group by q.staff_category',
    role: 'planner',
    before: ['What is the total headcount quota for 2027?'],
  },
  {
    question: 'Tỷ lệ công chức nữ của Cục Sở hữu trí tuệ?',
    sql: null,
    expect: 'abstain',
  },
  {
    question: 'Tỷ lệ nữ trong số công chức của Cục Sở hữu trí tuệ?',
    sql: "select round(100.0 * count(*) filter (where p.sex = 'female') / count(*), 2) from chat.people p where p.status = 'working' and p.staff_category = 'cong_chuc' and p.unit_path like (select path from chat.units where code = 'CSHTT') || '%'",
  },
  {
    question: 'Năm sau có bao nhiêu người thôi việc?',
    sql: null,
    expect: 'abstain',
  },
  {
    question: 'Năm ngoái có bao nhiêu người thôi việc?',
    sql: "select count(*) from chat.people p where p.status = 'resigned' and p.status_date between '2025-01-01' and '2025-12-31'",
  },
  // A year asked of a date; rankings turned and counts made shares in a follow-up; the latest to retire.
  {
    question: 'ong Dinh Dinh Thai nam nao nghi huu',
    sql: "select extract(year from p.retirement_date)::integer from chat.people p where p.full_name = 'Đinh Đình Thái'",
  },
  {
    question: 'Ông Đinh Đình Thái nghỉ hưu vào năm nào?',
    sql: "select extract(year from p.retirement_date)::integer from chat.people p where p.full_name = 'Đinh Đình Thái'",
  },
  {
    question: 'Ông Đinh Đình Thái khi nào nghỉ hưu?',
    sql: "select p.retirement_date from chat.people p where p.full_name = 'Đinh Đình Thái'",
  },
  {
    question: 'Ông Lê Quang Bình hết nhiệm kỳ năm nào?',
    sql: "select extract(year from p.post_term_end)::integer from chat.people p where p.full_name = 'Lê Quang Bình'",
  },
  {
    question: 'Ông Lê Quang Bình sinh năm nào?',
    sql: "select p.birth_year from chat.people p where p.full_name = 'Lê Quang Bình'",
  },
  {
    question: 'Còn ít nhất?',
    sql: "select u.name from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' and p.highest_degree = 'tien_si' group by u.name order by count(*) asc, u.name limit 1",
    before: ['Đơn vị nào có nhiều tiến sĩ nhất?'],
  },
  {
    question: 'And which has the fewest?',
    sql: "select u.name from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' group by u.name order by count(*) asc, u.name limit 1",
    before: ['Which unit has the most staff?'],
  },
  {
    question: 'Chiếm tỷ lệ bao nhiêu?',
    sql: "select round(100.0 * count(*) filter (where p.age < 35) / count(*), 2) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'HVCNBCVT') || '%'",
    before: ['Học viện Công nghệ Bưu chính Viễn thông có bao nhiêu người dưới 35 tuổi?'],
  },
  {
    question: 'Còn tỷ lệ thì sao?',
    sql: "select round(100.0 * count(*) filter (where p.highest_degree = 'tien_si') / count(*), 2) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%'",
    before: ['Cục Viễn thông có bao nhiêu tiến sĩ?'],
  },
  {
    question: 'Trưởng phòng nào của Cục nghỉ hưu muộn nhất?',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.post_title = 'Trưởng phòng' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' order by p.retirement_date desc, p.id limit 1",
    role: 'leader',
  },
  {
    question: 'Phòng nào trong Cục đông người nhất?',
    sql: "select p.unit_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' group by p.unit_name order by count(*) desc, p.unit_name limit 1",
    role: 'leader',
  },
  // Top N ranks the largest first; English keys with digits take English prefixes.
  {
    question: 'Top 5 units by number of PhDs.',
    sql: "select u.name, count(*) from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' and p.highest_degree='tien_si' group by u.name order by count(*) desc, u.name limit 5",
    orderMatters: true,
  },
  {
    question: 'Top 3 đơn vị đông người nhất',
    sql: "select u.name, count(*) from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' group by u.name order by count(*) desc, u.name limit 3",
    orderMatters: true,
  },
  {
    question: 'top 5 nguoi tre nhat Cuc Vien thong',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' order by p.birth_date desc, p.id limit 5",
    orderMatters: true,
  },
  {
    question: 'Headcount of PTIT by 10-year age band',
    sql: "select (p.age / 10) * 10, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'HVCNBCVT') || '%' group by 1",
  },
  {
    question: 'Top 5 units by number of PhDs, most first',
    sql: "select u.name, count(*) from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' and p.highest_degree='tien_si' group by u.name order by count(*) desc, u.name limit 5",
    orderMatters: true,
  },
  // Follow-ups that change the kind of appointment, the year of a share, a count into a share of the same people, a breakdown by the units of the unit asked; who and in which division.
  {
    question: 'And reappointments?',
    sql: "select count(*) from chat.appointments a where a.kind = 'reappointment' and extract(year from a.start_date) = 2025",
    before: ['How many first-time leadership appointments were made in 2025?'],
  },
  {
    question: 'Còn bổ nhiệm lại thì sao?',
    sql: "select count(*) from chat.appointments a where a.kind = 'reappointment' and extract(year from a.start_date) = 2025",
    before: ['Năm 2025 có bao nhiêu lượt bổ nhiệm lần đầu?'],
  },
  {
    question: 'Còn tỷ lệ nữ?',
    sql: "select u.name, round(100.0 * count(*) filter (where p.sex = 'female') / count(*), 2) from chat.units u join chat.people p on p.unit_path like u.path || '%' where u.code in ('VPC','VBC') and p.status = 'working' group by u.name",
    before: ['So sánh số nữ giữa Vụ Pháp chế và Vụ Bưu chính'],
  },
  {
    question: 'What about the share of women?',
    sql: "select round(100.0 * count(*) filter (where p.sex = 'female') / count(*), 2) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VPC') || '%'",
    before: ['How many women work at Vụ Pháp chế?'],
  },
  {
    question: 'Quê quán của ông Đào Xuân Tuấn ở đâu?',
    sql: "select p.home_town from chat.people p where p.full_name = 'Đào Xuân Tuấn'",
  },
  {
    question: 'Break that down by reason.',
    sql: "select m.reason, count(*) from chat.movements m where m.direction = 'out' and m.year = 2025 group by m.reason",
    before: ['How many people left the ministry in 2025?'],
  },
  {
    question: 'con nam 2023',
    sql: "select round(100.0 * count(*) filter (where e.level = 'khong_hoan_thanh') / count(*), 2) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and e.year = 2023",
    before: ['Năm 2025 tỷ lệ không hoàn thành nhiệm vụ của toàn Bộ là bao nhiêu?'],
  },
  {
    question: 'Chia theo đơn vị.',
    sql: "select p.unit_name, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CBDTW') || '%' and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2025 and e.level = 'xuat_sac') group by p.unit_name",
    before: ['Năm 2025 Cục Bưu điện Trung ương có bao nhiêu người hoàn thành xuất sắc nhiệm vụ?'],
  },
  {
    question: 'tuoi binh quan cua lanh dao cac phong trong cuc la bao nhieu',
    sql: "select round(avg(p.age), 2) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' and p.post_level in (5, 6)",
    role: 'leader',
  },
  {
    question: 'Số người trong quy hoạch theo từng chức danh',
    sql: null,
    expect: 'abstain',
  },
  {
    question: 'Tiến sĩ trong Cục gồm những ai, làm ở phòng nào?',
    sql: "select p.full_name, p.unit_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' and p.highest_degree = 'tien_si'",
    role: 'unit_hr',
  },
  {
    question: 'Họ là ai, ở phòng nào?',
    sql: "select p.full_name, p.unit_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2025 and e.level = 'khong_hoan_thanh')",
    role: 'leader',
    before: ['Năm 2025 Cục có bao nhiêu người không hoàn thành nhiệm vụ?'],
  },
  {
    question: 'Phòng nào trong Cục có nhiều tiến sĩ nhất?',
    sql: "select p.unit_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' and p.highest_degree = 'tien_si' group by p.unit_name order by count(*) desc, p.unit_name limit 1",
    role: 'leader',
  },
  // Request words; the asker's staff and division heads; the people a share is among, said first or as 'what share of X are Y'.
  {
    question: 'Could you tell me how many women work at Vụ Pháp chế?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.sex = 'female' and p.unit_path like (select path from chat.units where code = 'VPC') || '%'",
  },
  {
    question: 'I need the number of PhDs at VINATOM.',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.highest_degree = 'tien_si' and p.unit_path like (select path from chat.units where code = 'VNLNTVN') || '%'",
  },
  {
    question: "I'd like to know the average age of the ministry's staff.",
    sql: "select round(avg(p.age), 2) from chat.people p where p.status = 'working'",
  },
  {
    question: "What's the gender split at VNNIC?",
    sql: "select p.sex, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VNNIC') || '%' group by p.sex",
  },
  {
    question: 'How many of my staff are women?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.sex = 'female' and p.unit_path like (select path from chat.units where code = 'CVT') || '%'",
    role: 'leader',
  },
  {
    question: 'Which of my division heads is the oldest?',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.post_title = 'Trưởng phòng' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' order by p.birth_date, p.id limit 1",
    role: 'leader',
  },
  {
    question: 'When was I born?',
    sql: null,
    role: 'leader',
    expect: 'abstain',
  },
  {
    question: 'Trong số công chức toàn Bộ, tỷ lệ có lý luận chính trị cao cấp là bao nhiêu?',
    sql: "select round(100.0 * count(*) filter (where p.political_theory = 'cao_cap') / count(*), 2) from chat.people p where p.status = 'working' and p.staff_category = 'cong_chuc'",
  },
  {
    question: 'Trong số cán bộ nữ của Báo VnExpress, bao nhiêu phần trăm là đảng viên?',
    sql: "select round(100.0 * count(*) filter (where pp.is_party_member) / count(*), 2) from chat.people p join chat.people_private pp on pp.person_id = p.id where p.status = 'working' and p.sex = 'female' and p.unit_path like (select path from chat.units where code = 'VNEXPRESS') || '%'",
  },
  {
    question: 'Among civil servants, what share are women?',
    sql: "select round(100.0 * count(*) filter (where p.sex = 'female') / count(*), 2) from chat.people p where p.status = 'working' and p.staff_category = 'cong_chuc'",
  },
  {
    question: 'What share of civil servants are under 30?',
    sql: "select round(100.0 * count(*) filter (where p.age < 30) / count(*), 2) from chat.people p where p.status = 'working' and p.staff_category = 'cong_chuc'",
  },
  {
    question: "What share of the ministry's civil servants are women?",
    sql: "select round(100.0 * count(*) filter (where p.sex = 'female') / count(*), 2) from chat.people p where p.status = 'working' and p.staff_category = 'cong_chuc'",
  },
  {
    question: 'What percentage of PhD holders are women?',
    sql: "select round(100.0 * count(*) filter (where p.sex = 'female') / count(*), 2) from chat.people p where p.status = 'working' and p.highest_degree = 'tien_si'",
  },
  {
    question: 'Tỷ lệ công chức dưới 30 tuổi là bao nhiêu?',
    sql: null,
    expect: 'abstain',
  },
  // A count about one named person that no fact answers is declined.
  {
    question: 'Ông Ngô Văn Phong có mấy người con?',
    sql: null,
    expect: 'abstain',
  },
  {
    question: 'Ông Lê Quang Bình năm nay bao nhiêu tuổi?',
    sql: "select p.age from chat.people p where p.full_name = 'Lê Quang Bình'",
  },
  // 'Chỉ tính nữ' in a question of its own; 'between now and …'; the year someone joined.
  {
    question: 'Cục Viễn thông có bao nhiêu tiến sĩ, chỉ tính nữ?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.highest_degree = 'tien_si' and p.sex = 'female' and p.unit_path like (select path from chat.units where code = 'CVT') || '%'",
  },
  {
    question: 'Tính riêng nữ thì sao?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.highest_degree = 'tien_si' and p.sex = 'female' and p.unit_path like (select path from chat.units where code = 'CVT') || '%'",
    before: ['Cục Viễn thông có bao nhiêu tiến sĩ?'],
  },
  {
    question: 'Chỉ tính công chức.',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.staff_category = 'cong_chuc' and p.unit_path like (select path from chat.units where code = 'VPC') || '%'",
    before: ['Vụ Pháp chế có bao nhiêu người?'],
  },
  {
    question: 'Who at VINATOM will reach retirement age between now and the end of 2027?',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VNLNTVN') || '%' and p.retirement_date between public.hr_today() and date '2027-12-31'",
  },
  {
    question: 'How many people will retire between now and 2028?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.retirement_date between public.hr_today() and date '2028-12-31'",
  },
  {
    question: 'How many people were recruited between 2020 and 2023?',
    sql: "select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year between 2020 and 2023",
  },
  {
    question: 'chi Phan Hai Lan vao Bo nam nao',
    sql: "select extract(year from p.joined_ministry)::integer from chat.people p where p.full_name = 'Phan Hải Lan'",
  },
  {
    question: 'Bà Phan Hải Lan vào Bộ khi nào?',
    sql: "select p.joined_ministry from chat.people p where p.full_name = 'Phan Hải Lan'",
  },
  // The results of an evaluation year as a heading, or after 'phân bố'.
  {
    question: 'Kết quả xếp loại chất lượng năm 2023 của Văn phòng Bộ',
    sql: "select e.level, count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and e.year = 2023 and p.unit_path like (select path from chat.units where code = 'VPB') || '%' group by e.level",
  },
  {
    question: 'Phân bố xếp loại năm 2024 của Cục Viễn thông',
    sql: "select e.level, count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and e.year = 2024 and p.unit_path like (select path from chat.units where code = 'CVT') || '%' group by e.level",
  },
  {
    question: 'Năm 2024 Cục Viễn thông có bao nhiêu người xếp loại xuất sắc?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2024 and e.level = 'xuat_sac')",
  },
  {
    question: 'Kết quả xếp loại của ông Lê Quang Bình năm 2024',
    sql: null,
    expect: 'abstain',
  },
  // Heads and deputies of a level named; who, and in which unit; left to retire; in and out whichever verbs.
  {
    question: 'Tỷ lệ nữ trong lãnh đạo cấp Vụ, Cục (cấp trưởng và cấp phó) là bao nhiêu?',
    sql: "select round(100.0 * count(*) filter (where p.sex = 'female') / count(*), 2) from chat.people p where p.status = 'working' and p.post_level in (3, 4)",
  },
  {
    question: 'Có bao nhiêu lãnh đạo cấp phòng, gồm cả cấp trưởng và cấp phó?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.post_level in (5, 6)",
  },
  {
    question: 'Có bao nhiêu cấp trưởng và cấp phó?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.post_level in (1, 2, 3, 4, 5, 6)",
  },
  {
    question: 'Which women are currently Phó Cục trưởng, and in which unit?',
    sql: "select p.full_name, p.unit_name from chat.people p where p.status='working' and p.post_title='Phó Cục trưởng' and p.sex='female'",
  },
  {
    question: 'How many people are left to retire this year?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.retirement_date between public.hr_today() and date '2026-12-31'",
  },
  {
    question: 'How many people will still reach retirement age this year?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.retirement_date between public.hr_today() and date '2026-12-31'",
  },
  {
    question: 'Thống kê số người đến và rời khỏi Bộ qua các năm 2018–2021.',
    sql: 'select m.year, m.direction, count(*) from chat.movements m where m.year between 2018 and 2021 group by m.year, m.direction',
  },
  // Paraphrases of the tuning set: years ago, 'tới giờ', sort orders that rank without cutting, English synonyms.
  {
    question: 'How many people were recruited two years ago?',
    sql: "select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year = 2024",
  },
  {
    question: 'How many people left the ministry the year before last?',
    sql: "select count(*) from chat.movements m where m.direction = 'out' and m.year = 2024",
  },
  {
    question: 'Số người được tuyển dụng từ năm 2022 tới giờ',
    sql: "select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.event_date between '2022-01-01' and public.hr_today()",
  },
  {
    question: 'How many people joined since the start of this year?',
    sql: "select count(*) from chat.movements m where m.direction = 'in' and m.event_date between '2026-01-01' and public.hr_today()",
  },
  {
    question: 'Xếp các đơn vị theo số tiến sĩ từ cao đến thấp',
    sql: "select u.name, count(*) from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' and p.highest_degree = 'tien_si' group by u.name order by count(*) desc, u.name",
    orderMatters: true,
  },
  {
    question: 'How many staff at VINATOM are from ethnic minority groups?',
    sql: "select count(*) from chat.people p join chat.people_private pp on pp.person_id = p.id where p.status = 'working' and pp.ethnicity <> 'Kinh' and p.unit_path like (select path from chat.units where code = 'VNLNTVN') || '%'",
  },
  {
    question: 'How many people got an excellent rating in 2025?',
    sql: "select count(*) from chat.people p where p.status = 'working' and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2025 and e.level = 'xuat_sac')",
  },
  {
    question: 'Who is in the succession pool for Cục trưởng?',
    sql: "select p.full_name from chat.people p where p.status = 'working' and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_title = 'Cục trưởng')",
  },
  {
    question: 'Phân bố nam nữ của Cục Viễn thông',
    sql: "select p.sex, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' group by p.sex",
  },
  {
    question: 'How many people will hit retirement age next year?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.retirement_date between '2027-01-01' and '2027-12-31'",
  },
  {
    question: 'Headcount of PTIT by 10-year age group',
    sql: "select (p.age / 10) * 10, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'HVCNBCVT') || '%' group by 1",
  },
  {
    question: 'Top 3 đơn vị có tuổi bình quân cao nhất, xếp từ cao xuống thấp.',
    sql: "select u.name, avg(p.age) from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' group by u.name order by avg(p.age) desc, u.name limit 3",
    orderMatters: true,
  },
  // English breakdown and title words from paraphrases of the tuning set.
  {
    question: 'Split the staff of Vụ Pháp chế by sex.',
    sql: "select p.sex, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VPC') || '%' group by p.sex",
  },
  {
    question: 'Headcount of VINATOM by civil-service rank',
    sql: "select p.rank_name, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VNLNTVN') || '%' group by p.rank_name",
  },
  {
    question: 'Breakdown of Cục Viễn thông staff by employment category',
    sql: "select p.staff_category, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' group by p.staff_category",
  },
  {
    question: 'How many people got each appraisal rating in 2024?',
    sql: "select e.level, count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and e.year = 2024 group by e.level",
  },
  {
    question: 'List the deputy centre directors (Phó Giám đốc Trung tâm) of the ministry',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.post_title = 'Phó Giám đốc Trung tâm'",
  },
  {
    question: 'Which unit employs the most PhDs?',
    sql: "select u.name from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' and p.highest_degree = 'tien_si' group by u.name order by count(*) desc, u.name limit 1",
  },
  // Vietnamese and English wording of disciplines, trainings, transfers and birth years from paraphrases.
  {
    question: 'co bao nhieu nguoi da qua boi duong quan ly nha nuoc chuong trinh chuyen vien chinh',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.state_management = 'chuyen_vien_chinh'",
  },
  {
    question: 'Ông Lê Quang Bình sinh vào năm bao nhiêu?',
    sql: "select p.birth_year from chat.people p where p.full_name = 'Lê Quang Bình'",
  },
  {
    question: 'Năm 2025 có bao nhiêu người chuyển đi đơn vị khác?',
    sql: "select count(*) from chat.people p where p.status = 'transferred_out' and p.status_date between '2025-01-01' and '2025-12-31'",
  },
  // Terms of office, in more English words.
  {
    question: 'How many leaders will see their terms expire in 2027?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.post_title is not null and p.post_term_end between '2027-01-01' and '2027-12-31'",
  },
  {
    question: 'Which division heads in our agency finish their term in 2029?',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.post_title = 'Trưởng phòng' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' and p.post_term_end between '2029-01-01' and '2029-12-31'",
    role: 'leader',
  },
  // Joining the asker's own agency.
  {
    question: 'Năm 2025 có bao nhiêu người vào Cục?',
    sql: "select count(*) from chat.movements m where m.direction = 'in' and m.year = 2025 and m.unit_id in (select id from chat.units where path like (select path from chat.units where code = 'CVT') || '%')",
    role: 'leader',
  },
  {
    question: 'tu nam 2020 den nay co bao nhieu nguoi vao cuc',
    sql: "select count(*) from chat.movements m where m.direction = 'in' and m.event_date between '2020-01-01' and public.hr_today() and m.unit_id in (select id from chat.units where path like (select path from chat.units where code = 'CVT') || '%')",
    role: 'leader',
  },
  {
    question: 'Top 5 units by headcount',
    sql: "select u.name, count(*) from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' group by u.name order by count(*) desc, u.name limit 5",
    orderMatters: true,
  },
  // Law as a field of study is not a question of the rules.
  {
    question: 'Có bao nhiêu người chuyên ngành Luật?',
    sql: null,
    expect: 'abstain',
  },
  {
    question: 'Quy định về tuổi nghỉ hưu của nữ là gì?',
    sql: null,
    expect: 'regulation',
  },
  // Who joined, left or was appointed: the people, in the order of the events.
  {
    question: 'Danh sách những người được bổ nhiệm lần đầu năm 2025',
    sql: "select p.full_name from chat.appointments a join chat.people p on p.id = a.person_id where a.kind = 'first' and a.start_date between '2025-01-01' and '2025-12-31'",
  },
  {
    question: 'List the people who joined Cục Viễn thông in 2025',
    sql: "select p.full_name from chat.movements m join chat.people p on p.id = m.person_id where m.direction = 'in' and m.year = 2025 and m.unit_id in (select id from chat.units where path like (select path from chat.units where code = 'CVT') || '%')",
  },
  {
    question: 'Which people left VNNIC in 2025?',
    sql: "select p.full_name from chat.movements m join chat.people p on p.id = m.person_id where m.direction = 'out' and m.year = 2025 and m.unit_id in (select id from chat.units where path like (select path from chat.units where code = 'VNNIC') || '%')",
  },
  {
    question: 'nhung ai chuyen den cuc vien thong tu nam 2024',
    sql: "select p.full_name from chat.movements m join chat.people p on p.id = m.person_id where m.direction = 'in' and m.reason = 'transferred_in' and m.event_date >= '2024-01-01' and m.unit_id in (select id from chat.units where path like (select path from chat.units where code = 'CVT') || '%')",
  },
  {
    question: 'Năm 2025 có bao nhiêu người được bổ nhiệm lại, là những ai?',
    sql: "select p.full_name from chat.appointments a join chat.people p on p.id = a.person_id where a.kind = 'reappointment' and extract(year from a.start_date) = 2025",
  },
  {
    question: 'Ai được bổ nhiệm làm Phó Vụ trưởng trong năm 2025?',
    sql: "select p.full_name from chat.appointments a join chat.people p on p.id = a.person_id where a.post_title = 'Phó Vụ trưởng' and extract(year from a.start_date) = 2025",
  },
  {
    question: 'Danh sách người nghỉ việc ở Cục Viễn thông năm 2025, kèm ngày nghỉ',
    sql: "select p.full_name, p.status_date from chat.people p where p.status = 'resigned' and p.status_date between '2025-01-01' and '2025-12-31' and p.unit_path like (select path from chat.units where code = 'CVT') || '%'",
  },
  // Sorting a list by a fact: every row in that order, the fact not a column.
  {
    question: 'Danh sách các Cục trưởng, sắp xếp theo ngày hết nhiệm kỳ',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.post_title = 'Cục trưởng' order by p.post_term_end, p.id",
    orderMatters: true,
  },
  {
    question: 'Sắp xếp theo tuổi từ cao xuống thấp.',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CTSVTD') || '%' and p.post_title = 'Trưởng phòng' order by p.birth_date, p.id",
    before: ['Danh sách Trưởng phòng của Cục Tần số vô tuyến điện'],
    orderMatters: true,
  },
  {
    question: 'Sort them by birth date, youngest first.',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.post_title = 'Vụ trưởng' order by p.birth_date desc, p.id",
    before: ['List the Vụ trưởng'],
    orderMatters: true,
  },
  {
    question: 'liet ke cac vu truong xep theo ngay nghi huu',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.post_title = 'Vụ trưởng' order by p.retirement_date, p.id",
    orderMatters: true,
  },
  {
    question: 'Danh sách Phó Cục trưởng Cục Viễn thông, người lớn tuổi nhất trước',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' and p.post_title = 'Phó Cục trưởng' order by p.birth_date, p.id",
    orderMatters: true,
  },
  {
    question: 'Ai lớn tuổi nhất?',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.post_title = 'Cục trưởng' order by p.birth_date, p.id limit 1",
    before: ['Liệt kê các Cục trưởng hiện nay.'],
  },
  {
    question: 'List the Cục trưởng with their term end dates, sorted by term end',
    sql: "select p.full_name, p.post_term_end from chat.people p where p.status = 'working' and p.post_title = 'Cục trưởng' order by p.post_term_end, p.id",
    orderMatters: true,
  },
  // Joins and exits by unit and ranked, reasons named in both directions; pronouns within a question; fronted shares; heads and their deputies; sorting words.
  {
    question: 'Sắp xếp theo ngày sinh, người lớn tuổi nhất trước.',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CTSVTD') || '%' and p.post_title = 'Trưởng phòng' order by p.birth_date, p.id",
    before: ['Danh sách Trưởng phòng của Cục Tần số vô tuyến điện'],
    orderMatters: true,
  },
  {
    question: 'sap xep theo ngay het nhiem ky',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.post_title = 'Cục trưởng' order by p.post_term_end, p.id",
    before: ['danh sach cac cuc truong'],
    orderMatters: true,
  },
  {
    question: 'Trong số các Phó Vụ trưởng, nữ chiếm bao nhiêu phần trăm?',
    sql: "select 100.0 * count(*) filter (where p.sex = 'female') / count(*) from chat.people p where p.status = 'working' and p.post_title = 'Phó Vụ trưởng'",
  },
  {
    question:
      'Biến động nhân sự từng năm 2021–2025 theo lý do: tuyển dụng, chuyển đến, nghỉ hưu, thôi việc.',
    sql: "select m.year, m.reason, count(*) from chat.movements m where m.reason in ('recruited', 'transferred_in', 'retired', 'resigned') and m.year between 2021 and 2025 group by m.year, m.reason",
  },
  {
    question: 'Năm 2025 đơn vị nào tuyển dụng nhiều người nhất?',
    sql: "select u.name from chat.movements m join chat.units mu on mu.id = m.unit_id join chat.units u on u.depth = 1 and mu.path like u.path || '%' where m.direction = 'in' and m.reason = 'recruited' and m.year = 2025 group by u.name order by count(*) desc, u.name limit 1",
  },
  {
    question:
      'so nguoi chuyen den va chuyen di cua Hoc vien Cong nghe Buu chinh Vien thong tung nam 2021-2025',
    sql: "select m.year, m.reason, count(*) from chat.movements m where m.reason in ('transferred_in', 'transferred_out') and m.year between 2021 and 2025 and m.unit_id in (select id from chat.units where path like (select path from chat.units where code = 'HVCNBCVT') || '%') group by m.year, m.reason",
  },
  {
    question: 'headcount by division',
    sql: "select p.unit_name, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' group by p.unit_name",
    role: 'leader',
  },
  {
    question: 'theo don vi thi sao',
    sql: "select u.name, count(*) from chat.movements m join chat.units mu on mu.id = m.unit_id join chat.units u on u.depth = 1 and mu.path like u.path || '%' where m.direction = 'in' and m.reason = 'transferred_in' and m.year = 2025 group by u.name",
    before: ['so nguoi chuyen cong tac den Bo nam 2025'],
  },
  {
    question: 'Liệt kê cán bộ Vụ Pháp chế sinh trước năm 1975 và ngày sinh của họ.',
    sql: "select p.full_name, p.birth_date from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VPC') || '%' and p.birth_year < 1975",
  },
  {
    question: 'Mỗi phòng, trung tâm của Cục Bưu điện Trung ương có bao nhiêu người?',
    sql: "select p.unit_name, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CBDTW') || '%' group by p.unit_name",
  },
  {
    question:
      'Liệt kê 3 cán bộ lớn tuổi nhất của Cục Đổi mới sáng tạo kèm ngày sinh, người lớn tuổi nhất đứng đầu.',
    sql: "select p.full_name, p.birth_date from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CDMST') || '%' order by p.birth_date, p.id limit 3",
    orderMatters: true,
  },
  {
    question: 'Which Phó Cục trưởng see their term end in 2029?',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.post_title = 'Phó Cục trưởng' and extract(year from p.post_term_end) = 2029",
  },
  {
    question: 'Which division heads or deputies in our agency finish their term in 2029?',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' and p.post_level in (5, 6) and extract(year from p.post_term_end) = 2029",
    role: 'leader',
  },
  {
    question: 'Người nào có nhiệm kỳ kết thúc muộn nhất?',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CTSVTD') || '%' and p.post_title = 'Phó Cục trưởng' order by p.post_term_end desc, p.id limit 1",
    before: ['Danh sách Phó Cục trưởng Cục Tần số vô tuyến điện.'],
  },
  // Quarters and months next to today, breakdowns by quarter, salary step and field of study, shares of a retirement window or among 'X có Y', bare 'bao nhiêu' after a statistic, joiners and trends.
  {
    question:
      'Có bao nhiêu người ở Vụ TCCB có chứng chỉ quản lý nhà nước từ chuyên viên chính trở lên?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VTCCB') || '%' and p.state_management in ('chuyen_vien_chinh', 'chuyen_vien_cao_cap')",
  },
  {
    question: 'Thống kê số người theo bậc lương ở Vụ Kế hoạch – Tài chính',
    sql: "select p.salary_step, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VKHTC') || '%' group by p.salary_step",
  },
  {
    question: 'so nguoi theo chuyen nganh dao tao o Trung tam Cong nghe thong tin',
    sql: "select p.field_of_study, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'TTCNTT') || '%' group by p.field_of_study",
  },
  {
    question: 'Quý 2 năm nay Bộ tuyển dụng được bao nhiêu người?',
    sql: "select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.event_date between date '2026-04-01' and date '2026-06-30'",
  },
  {
    question: 'How many people reach retirement age between now and the end of next year?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.retirement_date between public.hr_today() and date '2027-12-31'",
  },
  {
    question: 'Trong quý 4 năm nay có bao nhiêu người hết nhiệm kỳ?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.post_term_end between date '2026-10-01' and date '2026-12-31'",
  },
  {
    question: 'Tháng 9 vừa rồi có những ai nghỉ hưu?',
    sql: "select p.full_name from chat.movements m join chat.people p on p.id = m.person_id where m.direction = 'out' and m.reason = 'retired' and m.event_date between date '2026-09-01' and date '2026-09-30'",
  },
  {
    question: 'Retirements by quarter in 2027',
    sql: "select extract(quarter from p.retirement_date)::integer as quarter, count(*) from chat.people p where p.status = 'working' and extract(year from p.retirement_date) = 2027 group by 1",
  },
  {
    question: 'so nguoi nghi huu theo tung quy nam 2028',
    sql: "select extract(quarter from p.retirement_date)::integer as quarter, count(*) from chat.people p where p.status = 'working' and extract(year from p.retirement_date) = 2028 group by 1",
  },
  {
    question: 'What share of current staff will reach retirement age within the next 5 years?',
    sql: "select 100.0 * count(*) filter (where p.retirement_date between public.hr_today() and (public.hr_today() + interval '5 years')::date) / count(*) from chat.people p where p.status = 'working'",
  },
  {
    question: 'Tỷ lệ người đến tuổi nghỉ hưu trong 5 năm tới của từng đơn vị?',
    sql: "select u.name, 100.0 * count(*) filter (where p.retirement_date between public.hr_today() and (public.hr_today() + interval '5 years')::date) / count(*) from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' group by u.name",
  },
  {
    question: 'Trong năm 2028, mỗi quý có bao nhiêu lãnh đạo cấp phòng đến tuổi nghỉ hưu?',
    sql: "select extract(quarter from p.retirement_date)::integer as quarter, count(*) from chat.people p where p.status = 'working' and p.post_level in (5, 6) and extract(year from p.retirement_date) = 2028 group by 1",
  },
  {
    question: 'Số lãnh đạo hết nhiệm kỳ theo từng quý của năm 2028',
    sql: "select extract(quarter from p.post_term_end)::integer as quarter, count(*) from chat.people p where p.status = 'working' and extract(year from p.post_term_end) = 2028 group by 1",
  },
  {
    question: 'Recruitment trend 2019-2025',
    sql: "select m.year, count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year between 2019 and 2025 group by m.year",
  },
  {
    question: 'Số người vào, ra theo từng năm kể từ 2020',
    sql: 'select m.year, m.direction, count(*) from chat.movements m where m.year >= 2020 group by m.year, m.direction',
  },
  {
    question: 'Joiners and leavers at Cục Sở hữu trí tuệ in 2025?',
    sql: "select m.direction, count(*) from chat.movements m where m.year = 2025 and m.unit_id in (select id from chat.units where path like (select path from chat.units where code = 'CSHTT') || '%') group by m.direction",
  },
  {
    question: 'ty le cong chuc co trinh do ly luan chinh tri cao cap',
    sql: "select 100.0 * count(*) filter (where p.political_theory = 'cao_cap') / count(*) from chat.people p where p.status = 'working' and p.staff_category = 'cong_chuc'",
  },
  {
    question: "What % of 2025 evaluations were 'không hoàn thành nhiệm vụ'?",
    sql: "select 100.0 * count(*) filter (where e.level = 'khong_hoan_thanh') / count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and e.year = 2025",
  },
  {
    question: "What's the mean length of state service of Trưởng phòng across the ministry?",
    sql: "select avg(date_part('year', age(public.hr_today(), p.joined_state_service))) from chat.people p where p.status = 'working' and p.post_title = 'Trưởng phòng'",
  },
  {
    question: "Average age of the ministry's workforce, men vs women",
    sql: "select p.sex, avg(p.age) from chat.people p where p.status = 'working' group by p.sex",
    role: 'planner',
  },
  {
    question: 'How many people are on each salary step at Vụ HTQT?',
    sql: "select p.salary_step, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VHTQT') || '%' group by p.salary_step",
  },
  {
    question: 'ty le dang vien trong so can bo nu cua Cuc Vien thong',
    sql: "select 100.0 * count(*) filter (where pp.is_party_member) / count(*) from chat.people p join chat.people_private pp on pp.person_id = p.id where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' and p.sex = 'female'",
  },
  {
    question: 'Break it down by quarter.',
    sql: "select extract(quarter from p.retirement_date)::integer as quarter, count(*) from chat.people p where p.status = 'working' and extract(year from p.retirement_date) = 2027 group by 1",
    before: ['How many people retire in 2027?'],
  },
  {
    question: 'Cho tôi tên những người được Bộ trưởng tặng Bằng khen năm 2020.',
    sql: "select p.full_name from chat.people p where p.status = 'working' and exists (select 1 from chat.awards w where w.person_id = p.id and w.year = 2020 and w.kind = 'Bằng khen của Bộ trưởng Bộ Khoa học và Công nghệ')",
  },
  {
    question: 'Which division heads (Trưởng phòng) are women, and in which units?',
    sql: "select p.full_name, p.unit_name from chat.people p where p.status = 'working' and p.post_title = 'Trưởng phòng' and p.sex = 'female'",
  },
  {
    question: 'Bà Nguyễn Ngọc Nhung hiện hưởng lương bậc mấy?',
    sql: "select p.salary_step from chat.people p where p.full_name = 'Nguyễn Ngọc Nhung'",
  },
  {
    question: 'Riêng công chức thì bao nhiêu?',
    sql: "select avg(p.age) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'TTRB') || '%' and p.staff_category = 'cong_chuc'",
    before: ['Tuổi bình quân của cán bộ Thanh tra Bộ?'],
  },
  {
    question: 'nam 2023 bao nhieu nguoi duoc tang Ky niem chuong Vi su nghiep KH&CN',
    sql: "select count(*) from chat.people p where p.status = 'working' and exists (select 1 from chat.awards w where w.person_id = p.id and w.year = 2023 and w.kind = 'Kỷ niệm chương Vì sự nghiệp Khoa học và Công nghệ')",
  },
  {
    question: 'Thống kê số người vào, ra của Bộ từng năm 2020–2024.',
    sql: 'select m.year, m.direction, count(*) from chat.movements m where m.year between 2020 and 2024 group by m.year, m.direction',
  },
  {
    question: 'Còn nữ thì bao nhiêu?',
    sql: "select count(*) from chat.people p where p.status='working' and p.unit_path like (select path from chat.units where code='VPC') || '%' and p.sex='female'",
    before: ['Vụ Pháp chế có bao nhiêu người?'],
  },
  {
    question: 'Riêng nam thì bao nhiêu?',
    sql: "select 100.0 * count(*) filter (where pp.is_party_member) / count(*) from chat.people p join chat.people_private pp on pp.person_id = p.id where p.status='working' and p.unit_path like (select path from chat.units where code='VPC') || '%' and p.sex='male'",
    before: ['Tỷ lệ đảng viên ở Vụ Pháp chế là bao nhiêu?'],
  },
  // Wordings of a second round of sibling questions: the minister's certificate of merit, 'lương bậc mấy', 'ra sao', 'trên toàn Bộ', 'xếp theo quân số', 'earmarked', English dates of a person.
  {
    question: 'Bao nhiêu người mới chỉ có trình độ sơ cấp lý luận chính trị?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.political_theory = 'so_cap'",
  },
  {
    question: 'Báo VnExpress: how many of its people are in leadership planning (quy hoạch)?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VNEXPRESS') || '%' and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active)",
  },
  {
    question: 'tong so truong hop can bo da tu tran la bao nhieu',
    sql: "select count(*) from chat.people p where p.status = 'deceased'",
  },
  {
    question: 'nam 2024 VNNIC co nhung ai dat muc hoan thanh xuat sac nhiem vu',
    sql: "select p.full_name from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VNNIC') || '%' and e.year = 2024 and e.level = 'xuat_sac'",
  },
  {
    question: 'co cau nam nu cua Quy NAFOSTED ra sao',
    sql: "select p.sex, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'NAFOSTED') || '%' group by p.sex",
  },
  {
    question:
      'Ministry-wide workforce by staff type: cán bộ, công chức, viên chức and contract workers.',
    sql: "select p.staff_category, count(*) from chat.people p where p.status = 'working' group by p.staff_category",
  },
  {
    question: '2023 appraisal results: how many staff at each rating?',
    sql: "select e.level, count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and e.year = 2023 group by e.level",
  },
  {
    question: 'Split the staff of Văn phòng Bộ by gender and employment category.',
    sql: "select p.sex, p.staff_category, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VPB') || '%' group by p.sex, p.staff_category",
  },
  {
    question: '4 đơn vị đông người nhất Bộ, xếp theo quân số giảm dần.',
    sql: "select u.name, count(*) from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' group by u.name order by count(*) desc, u.name limit 4",
    orderMatters: true,
  },
  {
    question: "When does Hà Văn Tùng's term as Cục trưởng end?",
    sql: "select p.post_term_end from chat.people p where p.full_name = 'Hà Văn Tùng'",
  },
  {
    question: 'Ông Lường Đức Hoàng đang đảm nhiệm chức vụ gì?',
    sql: "select p.post_title from chat.people p where p.full_name = 'Lường Đức Hoàng'",
  },
  {
    question: 'On what date does Ngo Huu Phuc reach retirement age?',
    sql: "select p.retirement_date from chat.people p where p.full_name = 'Ngô Hữu Phúc'",
  },
  {
    question: 'How many viên chức (public employees) reach retirement age over 2028–2032?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.staff_category = 'vien_chuc' and extract(year from p.retirement_date) between 2028 and 2032",
  },
  {
    question:
      'Which leaders at Báo VnExpress have their appointment terms expiring within the next 3 years? Include the end dates.',
    sql: "select p.full_name, p.post_term_end from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VNEXPRESS') || '%' and p.post_term_end between public.hr_today() and (public.hr_today() + interval '3 years')::date",
  },
  {
    question: 'Transfers in from other agencies, per year, 2016–2020?',
    sql: "select m.year, count(*) from chat.movements m where m.direction = 'in' and m.reason = 'transferred_in' and m.year between 2016 and 2020 group by m.year",
  },
  {
    question: 'Give me the names of our people earmarked (quy hoạch) for Trưởng phòng.',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_title = 'Trưởng phòng')",
    role: 'leader',
  },
  {
    question: 'List the ethnic-minority staff in our agency together with their ethnic group.',
    sql: "select p.full_name, pp.ethnicity from chat.people p join chat.people_private pp on pp.person_id = p.id where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' and pp.ethnicity <> 'Kinh'",
    role: 'unit_hr',
  },
  {
    question: 'Tỷ lệ nhân sự từ 55 tuổi trở lên trên toàn Bộ?',
    sql: "select 100.0 * count(*) filter (where p.age >= 55) / count(*) from chat.people p where p.status = 'working'",
    role: 'planner',
  },
  {
    question: 'Over the past two years, how many new people came into the ministry?',
    sql: "select count(*) from chat.movements m where m.direction = 'in' and m.event_date between (public.hr_today() - interval '2 years')::date and public.hr_today()",
  },
  {
    question: 'nhiem ky cua ai ket thuc truoc tien',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'HVCNBCVT') || '%' and p.post_title = 'Phó Giám đốc Học viện' order by p.post_term_end, p.id limit 1",
    before: ['danh sach pho giam doc Hoc vien Cong nghe Buu chinh Vien thong'],
  },
  {
    question: 'How many of them have a postgraduate degree?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'HVCLKHCN') || '%' and p.highest_degree in ('thac_si', 'tien_si')",
    before: ['How many people work at Học viện Chiến lược Khoa học và Công nghệ?'],
  },
  {
    question: 'Còn lại bao nhiêu người chưa phải đảng viên?',
    sql: "select count(*) from chat.people p join chat.people_private pp on pp.person_id = p.id where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT.P03') || '%' and not pp.is_party_member",
    role: 'unit_hr',
    before: ['Cục có bao nhiêu đảng viên?', 'Phòng Chính sách thì sao?'],
  },
  {
    question: "When does Hà Văn Tùng's term as Cục trưởng end?",
    sql: "select p.post_term_end from chat.people p where p.full_name = 'Hà Văn Tùng'",
  },
  {
    question: 'On what date does Ngo Huu Phuc reach retirement age?',
    sql: "select p.retirement_date from chat.people p where p.full_name = 'Ngô Hữu Phúc'",
  },
  {
    question: 'How many of them have a postgraduate degree?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'HVCLKHCN') || '%' and p.highest_degree in ('thac_si', 'tien_si')",
    before: ['How many people work at Học viện Chiến lược Khoa học và Công nghệ?'],
  },
  // A third round of siblings and a round of conversations: counts asked of each category, a person's fact asked by a key alone, 'vậy … thì', 'only the female ones', 'earned', 'recruit', 'khoảng tuổi', 'chênh nhau'.
  {
    question: 'How many staff earned the Chiến sĩ thi đua cơ sở title in 2021?',
    sql: "select count(*) from chat.people p where p.status = 'working' and exists (select 1 from chat.awards w where w.person_id = p.id and w.year = 2021 and w.kind = 'Chiến sĩ thi đua cơ sở')",
  },
  {
    question: 'so luong can bo toan Bo theo tung khoang tuoi 10 nam',
    sql: "select (p.age / 10) * 10 as age_band, count(*) from chat.people p where p.status = 'working' group by 1",
  },
  {
    question: 'Toàn Bộ hiện có bao nhiêu cán bộ, bao nhiêu công chức, viên chức và người lao động?',
    sql: "select p.staff_category, count(*) from chat.people p where p.status = 'working' group by p.staff_category",
  },
  {
    question: 'For the remainder of this year, how many staff will still hit retirement age?',
    sql: "select count(*) from chat.people p where p.status = 'working' and extract(year from p.retirement_date) = extract(year from public.hr_today()) and p.retirement_date >= public.hr_today()",
  },
  {
    question:
      'Tỷ lệ nữ ở Vụ Bưu chính, Vụ Khoa học Xã hội, Nhân văn và Tự nhiên và Vụ Kinh tế và Xã hội số chênh nhau thế nào?',
    sql: "select u.name, 100.0 * count(*) filter (where p.sex = 'female') / count(*) from chat.units u join chat.people p on p.unit_path like u.path || '%' where u.code in ('VBC', 'VKHXH', 'VKTXHS') and p.status = 'working' group by u.name",
  },
  {
    question: 'Party members in our agency aged 35 or younger: how many?',
    sql: "select count(*) from chat.people p join chat.people_private pp on pp.person_id = p.id where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' and p.age <= 35 and pp.is_party_member",
    role: 'unit_hr',
  },
  {
    question: 'Cross-tab of ministry staff by 10-year age band and highest degree.',
    sql: "select (p.age / 10) * 10 as age_band, p.highest_degree, count(*) from chat.people p where p.status = 'working' group by 1, 2",
    role: 'planner',
  },
  {
    question: 'Only the female ones.',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'HVCNBCVT') || '%' and p.post_title = 'Trưởng khoa' and p.sex = 'female'",
    before: ['Who are the Trưởng khoa at PTIT?'],
  },
  {
    question: 'ai se het nhiem ky dau tien',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CBDTW') || '%' and p.post_title = 'Phó Cục trưởng' order by p.post_term_end, p.id limit 1",
    before: ['danh sach pho cuc truong cuc buu dien trung uong'],
  },
  {
    question: 'What is his political theory level?',
    sql: "select p.political_theory from chat.people p where p.full_name = 'Hoàng Đình Phong'",
    before: ['What post does Hoàng Đình Phong hold?'],
  },
  {
    question: 'What about 2021?',
    sql: "select count(*) from chat.people p where p.status = 'working' and exists (select 1 from chat.awards w where w.person_id = p.id and w.year = 2021 and w.kind = 'Chiến sĩ thi đua cơ sở')",
    before: ['How many people earned the Chiến sĩ thi đua cơ sở title in 2023?'],
  },
  {
    question: 'Vậy nữ thì?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VHTQT') || '%' and p.sex = 'female'",
    before: ['Vụ Hợp tác quốc tế có bao nhiêu nam?'],
  },
  {
    question: 'Ông ấy giữ chức vụ đó từ khi nào?',
    sql: "select (select min(a.start_date) from chat.appointments a where a.person_id = p.id and a.post_id = (select c.post_id from chat.appointments c where c.person_id = p.id and c.end_date is null)) from chat.people p where p.full_name = 'Nguyễn Thanh Tiến' and p.status = 'working'",
    before: ['Ông Nguyễn Thanh Tiến đang công tác ở đâu?'],
  },
  {
    question: 'And in 2022?',
    sql: "select count(*) from chat.movements m join chat.units u on u.id = m.unit_id where m.direction = 'in' and m.reason = 'recruited' and m.year = 2022 and u.path like (select path from chat.units where code = 'CVT') || '%'",
    role: 'leader',
    before: ['How many people did our agency recruit in 2024?', 'And in 2023?'],
  },
  {
    question: 'Vụ Pháp chế có bao nhiêu công chức, bao nhiêu viên chức?',
    sql: "select p.staff_category, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VPC') || '%' and p.staff_category in ('cong_chuc', 'vien_chuc') group by 1",
  },
  {
    question: 'Cục Viễn thông có bao nhiêu thạc sĩ, bao nhiêu tiến sĩ?',
    sql: "select p.highest_degree, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' and p.highest_degree in ('thac_si', 'tien_si') group by 1",
  },
  // A division named by its initials; the year people left, ranked in a follow-up.
  {
    question: 'phong KHTC cua cuc co bao nhieu can bo',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT.P02') || '%'",
    role: 'leader',
  },
  {
    question: 'Năm nào nhiều nhất?',
    sql: "select extract(year from p.status_date)::integer, count(*) from chat.people p where p.status = 'resigned' and p.status_date between '2021-01-01' and '2025-12-31' group by 1 order by 2 desc limit 1",
    before: ['Từ 2021 đến 2025 có bao nhiêu người thôi việc?'],
  },
  // A fourth round of siblings: disciplines in effect of the people still working, by sex or category; 'đã học', 'trở lại đây', 'the averages', 'been given'.
  {
    question: 'bao nhieu nguoi da hoc qlnn chuong trinh chuyen vien chinh',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.state_management = 'chuyen_vien_chinh'",
  },
  {
    question:
      'Which male staff currently have a disciplinary measure still in effect? Include the form and the date it expires.',
    sql: "select p.full_name, d.form, d.effective_until from chat.people p join chat.disciplines d on d.person_id = p.id where p.status = 'working' and p.sex = 'male' and d.effective_until >= public.hr_today()",
  },
  {
    question: 'Liệt kê cán bộ Thanh tra Bộ sinh từ năm 1993 trở lại đây, kèm ngày sinh.',
    sql: "select p.full_name, p.birth_date from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'TTRB') || '%' and p.birth_year >= 1993",
  },
  {
    question: 'Which two units have the lowest average age? Youngest first, with the averages.',
    sql: "select u.name, avg(p.age) from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' group by u.name order by avg(p.age), u.name limit 2",
    orderMatters: true,
  },
  {
    question: 'Number of reappointments (bổ nhiệm lại) to leadership posts per year, 2021–2025.',
    sql: "select extract(year from a.start_date)::integer as year, count(*) from chat.appointments a where a.kind = 'reappointment' and extract(year from a.start_date) between 2021 and 2025 group by 1",
  },
  {
    question: 'What viên chức quota has VNNIC been given for 2028?',
    sql: "select sum(q.quota) from chat.quotas q join chat.units u on u.id = q.unit_id where q.year = 2028 and q.staff_category = 'vien_chuc' and u.path like (select path from chat.units where code = 'VNNIC') || '%'",
    role: 'planner',
  },
  {
    question:
      'Danh sách công chức đang trong thời hạn kỷ luật, kèm hình thức và ngày hết hiệu lực.',
    sql: "select p.full_name, d.form, d.effective_until from chat.people p join chat.disciplines d on d.person_id = p.id where p.status = 'working' and p.staff_category = 'cong_chuc' and d.effective_until >= public.hr_today()",
  },
  // A level of political theory said alone in a follow-up; 'was named' an award; 'our Cục's'.
  {
    question: 'con trung cap',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.political_theory = 'trung_cap'",
    before: ['co bao nhieu nguoi co trinh do ly luan chinh tri cao cap'],
  },
  {
    question: 'Còn sơ cấp?',
    sql: "select count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VPC') || '%' and p.political_theory = 'so_cap'",
    before: ['Vụ Pháp chế có bao nhiêu người có LLCT cao cấp?'],
  },
  { question: 'Có bao nhiêu người trung cấp?', sql: null, expect: 'abstain' },
  {
    question: 'Who in Vụ Kế hoạch – Tài chính was named Chiến sĩ thi đua cơ sở in 2024?',
    sql: "select p.full_name from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VKHTC') || '%' and exists (select 1 from chat.awards w where w.person_id = p.id and w.year = 2024 and w.kind = 'Chiến sĩ thi đua cơ sở')",
  },
  {
    question: "Break down our Cục's staff by 10-year age band.",
    sql: "select (p.age / 10) * 10 as age_band, count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' group by 1",
    role: 'unit_hr',
  },
]
