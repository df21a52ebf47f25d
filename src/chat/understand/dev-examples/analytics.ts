import { type DevExample, W, TOP, cmp, since, unit } from './shared.js'

/** Working people with each of their yearly evaluations. */
const EV = `from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working'`

/** Breakdowns, averages, shares, superlatives and comparisons between units. */
export const ANALYTICS_SIBLINGS: readonly DevExample[] = [
  // Round 1: siblings of the breakdown, average, share, superlative and comparison questions,
  // other units, divisions, posts, degrees, years and wordings. A per-year count of evaluations
  // and a post named both by level and by title in one breath stay unanswered.
  {
    question: 'Thống kê số lượng cán bộ theo ngạch ở Cục Sở hữu trí tuệ.',
    sql: `select p.rank_name, count(*) ${W} and ${unit('CSHTT')} group by p.rank_name`,
  },
  {
    question: 'so can bo theo ngach cua Thanh tra Bo',
    sql: `select p.rank_name, count(*) ${W} and ${unit('TTRB')} group by p.rank_name`,
  },
  {
    question: 'Headcount by rank at the Office of the Ministry (Văn phòng Bộ)?',
    sql: `select p.rank_name, count(*) ${W} and ${unit('VPB')} group by p.rank_name`,
  },
  {
    question: 'Phân bố ngạch, chức danh nghề nghiệp của Trung tâm Internet Việt Nam',
    sql: `select p.rank_name, count(*) ${W} and ${unit('VNNIC')} group by p.rank_name`,
  },
  {
    question: 'so nguoi theo gioi tinh cua Vien Nang luong nguyen tu Viet Nam',
    sql: `select p.sex, count(*) ${W} and ${unit('VNLNTVN')} group by p.sex`,
  },
  {
    question: 'Cơ cấu giới tính của Học viện Công nghệ Bưu chính Viễn thông?',
    sql: `select p.sex, count(*) ${W} and ${unit('HVCNBCVT')} group by p.sex`,
  },
  {
    question: 'Gender breakdown of Cục Tần số vô tuyến điện staff',
    sql: `select p.sex, count(*) ${W} and ${unit('CTSVTD')} group by p.sex`,
  },
  {
    question: 'Số nam, số nữ đang công tác tại Vụ Pháp chế',
    sql: `select p.sex, count(*) ${W} and ${unit('VPC')} group by p.sex`,
  },
  {
    question: 'Breakdown of Báo VnExpress staff by highest degree.',
    sql: `select p.highest_degree, count(*) ${W} and ${unit('VNEXPRESS')} group by p.highest_degree`,
  },
  {
    question: 'Thống kê trình độ chuyên môn của cán bộ Cục Viễn thông',
    sql: `select p.highest_degree, count(*) ${W} and ${unit('CVT')} group by p.highest_degree`,
  },
  {
    question: 'so nguoi theo trinh do chuyen mon o Cuc Chuyen doi so quoc gia',
    sql: `select p.highest_degree, count(*) ${W} and ${unit('CCDSQG')} group by p.highest_degree`,
  },
  {
    question: 'Cơ cấu trình độ đào tạo của toàn Bộ',
    sql: `select p.highest_degree, count(*) ${W} group by p.highest_degree`,
    role: 'planner',
  },
  {
    question: 'Cơ cấu độ tuổi theo nhóm 10 năm của Cục Bưu điện Trung ương.',
    sql: `select (p.age / 10) * 10 as age_band, count(*) ${W} and ${unit('CBDTW')} group by 1`,
  },
  {
    question: 'co cau do tuoi cua can bo Vien Ung dung cong nghe theo nhom 10 tuoi',
    sql: `select (p.age / 10) * 10 as age_band, count(*) ${W} and ${unit('VUDCN')} group by 1`,
  },
  {
    question: 'Age distribution of the whole ministry in 10-year bands',
    sql: `select (p.age / 10) * 10 as age_band, count(*) ${W} group by 1`,
    role: 'planner',
  },
  {
    question: 'Số người theo nhóm tuổi của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia',
    sql: `select (p.age / 10) * 10 as age_band, count(*) ${W} and ${unit('UBTCDLCL')} group by 1`,
  },
  {
    question:
      'Số người đang công tác theo loại cán bộ của Học viện Chiến lược Khoa học và Công nghệ.',
    sql: `select p.staff_category, count(*) ${W} and ${unit('HVCLKHCN')} group by p.staff_category`,
  },
  {
    question: 'so cong chuc, vien chuc, nguoi lao dong cua Trung tam Cong nghe thong tin',
    sql: `select count(*) ${W} and ${unit('TTCNTT')}`,
  },
  {
    question: 'Staff category breakdown for Cục Sở hữu trí tuệ',
    sql: `select p.staff_category, count(*) ${W} and ${unit('CSHTT')} group by p.staff_category`,
  },
  {
    question: 'Số cán bộ theo từng đơn vị thuộc Cục Sở hữu trí tuệ.',
    sql: `select p.unit_name, count(*) ${W} and ${unit('CSHTT')} group by p.unit_name`,
  },
  {
    question: 'so nguoi cua tung phong thuoc Cuc Viễn thong',
    sql: `select p.unit_name, count(*) ${W} and ${unit('CVT')} group by p.unit_name`,
  },
  {
    question: 'Headcount of each division of Viện Năng lượng nguyên tử Việt Nam',
    sql: `select p.unit_name, count(*) ${W} and ${unit('VNLNTVN')} group by p.unit_name`,
  },
  {
    question: 'Số người đang công tác của từng đơn vị trực thuộc Bộ',
    sql: `select u.name, count(*) ${TOP} group by u.name`,
    role: 'planner',
  },
  {
    question: 'thong ke so nguoi theo trinh do ly luan chinh tri o Vu To chuc can bo',
    sql: `select p.political_theory, count(*) ${W} and ${unit('VTCCB')} group by p.political_theory`,
  },
  {
    question: 'Cơ cấu trình độ lý luận chính trị của Văn phòng Bộ',
    sql: `select p.political_theory, count(*) ${W} and ${unit('VPB')} group by p.political_theory`,
  },
  {
    question: 'Political theory level breakdown at Thanh tra Bộ',
    sql: `select p.political_theory, count(*) ${W} and ${unit('TTRB')} group by p.political_theory`,
  },
  {
    question: 'Thống kê trình độ quản lý nhà nước của cán bộ Cục An toàn bức xạ và hạt nhân',
    sql: `select p.state_management, count(*) ${W} and ${unit('CATBXHN')} group by p.state_management`,
  },
  {
    question: 'so nguoi theo trinh do quan ly nha nuoc cua Vu Hop tac quoc te',
    sql: `select p.state_management, count(*) ${W} and ${unit('VHTQT')} group by p.state_management`,
  },
  {
    question: 'How many people got each evaluation level in 2024?',
    sql: `select e.level, count(*) ${EV} and e.year = 2024 group by e.level`,
  },
  {
    question: 'Kết quả xếp loại năm 2023 của Cục Viễn thông theo từng mức',
    sql: `select e.level, count(*) ${EV} and e.year = 2023 and ${unit('CVT')} group by e.level`,
  },
  {
    question: 'so nguoi theo muc xep loai danh gia nam 2025 cua Cuc Tan so vo tuyen dien',
    sql: `select e.level, count(*) ${EV} and e.year = 2025 and ${unit('CTSVTD')} group by e.level`,
  },
  {
    question: 'Số người được xếp loại hoàn thành xuất sắc nhiệm vụ theo từng năm từ 2021 đến 2025',
    sql: `select e.year, count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and e.level = 'xuat_sac' and e.year between 2021 and 2025 group by e.year`,
  },
  {
    question: 'Cục Viễn thông có bao nhiêu người không hoàn thành nhiệm vụ qua từng năm?',
    sql: `select e.year, count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%' and e.level = 'khong_hoan_thanh' group by e.year`,
  },
  {
    question: 'How many staff were rated excellent each year?',
    sql: `select e.year, count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and e.level = 'xuat_sac' group by e.year`,
  },
  {
    question: 'so nguoi nu hoan thanh xuat sac nhiem vu theo tung nam',
    sql: `select e.year, count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and p.sex = 'female' and e.level = 'xuat_sac' group by e.year`,
  },
  {
    question: 'Số người xuất sắc qua các năm theo giới tính',
    sql: `select e.year, p.sex, count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and e.level = 'xuat_sac' group by e.year, p.sex`,
  },
  {
    question: 'Có bao nhiêu người sinh năm 1990 hoặc 1991?',
    sql: `select count(*) from chat.people p where p.status = 'working' and p.birth_year in (1990, 1991)`,
  },
  {
    question: 'So sánh số người được tuyển dụng năm 2023 và năm 2024',
    sql: `select m.year, count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year in (2023, 2024) group by m.year`,
  },
  {
    question: 'Số người được tuyển dụng trong năm 2023 và năm 2024 là bao nhiêu?',
    sql: `select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year in (2023, 2024)`,
  },
  {
    question: 'Số người nghỉ hưu năm 2020 và năm 2024?',
    sql: null,
    expect: 'abstain',
  },
  {
    question: 'Ai là người trẻ nhất trong quy hoạch Cục trưởng?',
    sql: `select p.full_name from chat.people p join chat.planning pl on pl.person_id = p.id where p.status = 'working' and pl.active and pl.post_title = 'Cục trưởng' order by p.birth_date desc limit 1`,
    orderMatters: true,
  },
  {
    question: 'Lê Quang Bình giữ chức Vụ trưởng từ khi nào?',
    sql: `select (select min(a.start_date) from chat.appointments a where a.person_id = p.id and a.post_id = (select c.post_id from chat.appointments c where c.person_id = p.id and c.end_date is null)) from chat.people p where p.full_name = 'Lê Quang Bình' and p.status = 'working'`,
  },
  {
    question: 'Tỷ lệ viên chức trên tổng số người của Bộ',
    sql: `select 100.0 * count(*) filter (where p.staff_category = 'vien_chuc') / count(*) from chat.people p where p.status = 'working'`,
    role: 'planner',
  },
  {
    question: 'Số người có trình độ tiến sĩ theo từng Cục',
    sql: `select u.name, count(*) from chat.units u join chat.people p on p.unit_path like u.path || '%' where u.kind = 'cuc' and p.status = 'working' and p.highest_degree = 'tien_si' group by u.name`,
  },
  {
    question: 'Average age per institute',
    sql: `select u.name, avg(p.age) from chat.units u join chat.people p on p.unit_path like u.path || '%' where u.kind = 'vien' and p.status = 'working' group by u.name`,
  },
  {
    question: 'so nu theo tung trung tam',
    sql: `select u.name, count(*) from chat.units u join chat.people p on p.unit_path like u.path || '%' where u.kind = 'trung_tam' and p.status = 'working' and p.sex = 'female' group by u.name`,
  },
  {
    question: 'What year was Nguyễn Xuân Hưng born?',
    sql: `select p.birth_year from chat.people p where p.full_name = 'Nguyễn Xuân Hưng' and p.status = 'working'`,
  },
  {
    question: 'Số người đang công tác theo giới tính và loại cán bộ ở Cục Bưu điện Trung ương.',
    sql: `select p.sex, p.staff_category, count(*) ${W} and ${unit('CBDTW')} group by p.sex, p.staff_category`,
  },
  {
    question:
      'so nguoi theo gioi tinh va trinh do chuyen mon cua Vu Khoa hoc ky thuat va cong nghe',
    sql: `select p.sex, p.highest_degree, count(*) ${W} and ${unit('VKHKT')} group by p.sex, p.highest_degree`,
  },
  {
    question: 'Headcount of Trung tâm Internet Việt Nam by age group (10-year bands).',
    sql: `select (p.age / 10) * 10 as age_band, count(*) ${W} and ${unit('VNNIC')} group by 1`,
  },
  {
    question: 'Headcount by sex and staff category across the ministry',
    sql: `select p.sex, p.staff_category, count(*) ${W} group by p.sex, p.staff_category`,
    role: 'planner',
  },
  {
    question: 'Số người đang công tác theo nhóm tuổi 10 năm và giới tính của Cục Sở hữu trí tuệ.',
    sql: `select (p.age / 10) * 10 as age_band, p.sex, count(*) ${W} and ${unit('CSHTT')} group by 1, 2`,
    role: 'planner',
  },
  {
    question: 'so nguoi theo nhom tuoi va gioi tinh cua toan Bo',
    sql: `select (p.age / 10) * 10 as age_band, p.sex, count(*) ${W} group by 1, 2`,
    role: 'planner',
  },
  {
    question: 'Cơ cấu theo ngạch và giới tính của Vụ Kinh tế và Xã hội số',
    sql: `select p.rank_name, p.sex, count(*) ${W} and ${unit('VKTXHS')} group by p.rank_name, p.sex`,
  },
  {
    question: 'Số lượng người giữ chức vụ lãnh đạo theo từng chức vụ ở Cục Tần số vô tuyến điện',
    sql: `select p.post_title, count(*) ${W} and ${unit('CTSVTD')} and p.post_title is not null group by p.post_title`,
  },
  {
    question: 'tuoi trung binh cua can bo Cuc So huu tri tue la bao nhieu',
    sql: `select avg(p.age) ${W} and ${unit('CSHTT')}`,
  },
  {
    question: 'Tuổi bình quân của cán bộ Học viện Công nghệ Bưu chính Viễn thông?',
    sql: `select avg(p.age) ${W} and ${unit('HVCNBCVT')}`,
  },
  {
    question: 'What is the average age of staff in the whole ministry?',
    sql: `select avg(p.age) ${W}`,
    role: 'planner',
  },
  {
    question: 'tuoi binh quan cua lanh dao cap vu, cuc la bao nhieu',
    sql: `select avg(p.age) ${W} and p.post_level in (3, 4)`,
  },
  {
    question: 'Tuổi trung bình của trưởng phòng và phó trưởng phòng trong toàn Bộ',
    sql: `select avg(p.age) ${W} and p.post_title in ('Trưởng phòng', 'Phó Trưởng phòng')`,
  },
  {
    question: 'What is the average age of men at Báo VnExpress?',
    sql: `select avg(p.age) ${W} and ${unit('VNEXPRESS')} and p.sex = 'male'`,
  },
  {
    question: 'Tuổi bình quân của nữ cán bộ Viện Năng lượng nguyên tử Việt Nam là bao nhiêu?',
    sql: `select avg(p.age) ${W} and ${unit('VNLNTVN')} and p.sex = 'female'`,
  },
  {
    question: 'Tuổi trung bình của các tiến sĩ trong Bộ',
    sql: `select avg(p.age) ${W} and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'He so luong binh quan cua Cuc Vien thong',
    sql: `select avg(p.salary_coefficient) ${W} and ${unit('CVT')}`,
  },
  {
    question: 'Average salary coefficient of Thanh tra Bộ staff',
    sql: `select avg(p.salary_coefficient) ${W} and ${unit('TTRB')}`,
  },
  {
    question: 'Hệ số lương trung bình của công chức toàn Bộ là bao nhiêu?',
    sql: `select avg(p.salary_coefficient) ${W} and p.staff_category = 'cong_chuc'`,
  },
  {
    question: 'Thâm niên công tác bình quân của cán bộ Vụ Hợp tác quốc tế',
    sql: `select avg(date_part('year', age(hr_today(), p.joined_state_service))) ${W} and ${unit('VHTQT')}`,
  },
  {
    question: 'Tuổi trung bình của Phó Vụ trưởng',
    sql: `select avg(p.age) ${W} and p.post_title = 'Phó Vụ trưởng'`,
  },
  {
    question: 'Tỷ lệ nữ trong tổng số cán bộ đang công tác của Cục Tần số vô tuyến điện?',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and ${unit('CTSVTD')}`,
  },
  {
    question: 'ty le nu cua Hoc vien Cong nghe Buu chinh Vien thong',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and ${unit('HVCNBCVT')}`,
  },
  {
    question: 'What percentage of ministry staff are women?',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W}`,
    role: 'planner',
  },
  {
    question: 'ty le cong chuc trong tong so nguoi dang lam viec o Cuc Vien thong',
    sql: `select 100.0 * count(*) filter (where p.staff_category = 'cong_chuc') / count(*) ${W} and ${unit('CVT')}`,
  },
  {
    question: 'Tỷ lệ viên chức của Viện Năng lượng nguyên tử Việt Nam là bao nhiêu?',
    sql: `select 100.0 * count(*) filter (where p.staff_category = 'vien_chuc') / count(*) ${W} and ${unit('VNLNTVN')}`,
  },
  {
    question: 'Tỷ lệ tiến sĩ trong số cán bộ của Học viện Chiến lược Khoa học và Công nghệ',
    sql: `select 100.0 * count(*) filter (where p.highest_degree = 'tien_si') / count(*) ${W} and ${unit('HVCLKHCN')}`,
  },
  {
    question: "What share of staff at VNNIC hold a master's degree?",
    sql: `select 100.0 * count(*) filter (where p.highest_degree = 'thac_si') / count(*) ${W} and ${unit('VNNIC')}`,
  },
  {
    // The words in brackets say which leaders: Trưởng phòng and their deputies.
    question: 'What share of department-level leaders (Trưởng phòng and deputies) are women?',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and p.post_title in ('Trưởng phòng', 'Phó Trưởng phòng')`,
  },
  {
    question: 'Tỷ lệ nữ trong số lãnh đạo cấp vụ, cục?',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and p.post_level in (3, 4)`,
  },
  {
    question: 'Năm 2024 tỷ lệ cán bộ được xếp loại hoàn thành xuất sắc nhiệm vụ là bao nhiêu?',
    sql: `select 100.0 * count(*) filter (where e.level = 'xuat_sac') / count(*) ${EV} and e.year = 2024`,
  },
  {
    question: 'ty le khong hoan thanh nhiem vu nam 2025 cua toan Bo',
    sql: `select 100.0 * count(*) filter (where e.level = 'khong_hoan_thanh') / count(*) ${EV} and e.year = 2025`,
  },
  {
    question: 'Tỷ lệ cán bộ Cục Sở hữu trí tuệ xếp loại hoàn thành tốt nhiệm vụ năm 2025',
    sql: `select 100.0 * count(*) filter (where e.level = 'tot') / count(*) ${EV} and e.year = 2025 and ${unit('CSHTT')}`,
  },
  {
    question: 'Tỷ lệ cán bộ dưới 30 tuổi của toàn Bộ?',
    sql: `select 100.0 * count(*) filter (where p.age < 30) / count(*) ${W}`,
    role: 'planner',
  },
  {
    question: 'ty le can bo tren 50 tuoi cua Cuc Buu dien Trung uong',
    sql: `select 100.0 * count(*) filter (where p.age > 50) / count(*) ${W} and ${unit('CBDTW')}`,
    role: 'planner',
  },
  {
    question: 'What share of Báo VnExpress staff are under 35?',
    sql: `select 100.0 * count(*) filter (where p.age < 35) / count(*) ${W} and ${unit('VNEXPRESS')}`,
    role: 'planner',
  },
  {
    question: 'Tỷ lệ người có trình độ cao cấp lý luận chính trị ở Văn phòng Bộ',
    sql: `select 100.0 * count(*) filter (where p.political_theory = 'cao_cap') / count(*) ${W} and ${unit('VPB')}`,
  },
  {
    question: 'Tỷ lệ nữ của từng đơn vị trực thuộc Bộ',
    sql: `select u.name, 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${TOP} group by u.name`,
  },
  {
    question: 'Ai là người trẻ nhất đang công tác tại Cục Sở hữu trí tuệ?',
    sql: `select p.full_name ${W} and ${unit('CSHTT')} order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'nguoi tre tuoi nhat cua Vu Phap che la ai',
    sql: `select p.full_name ${W} and ${unit('VPC')} order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'Who is the youngest person at Thanh tra Bộ?',
    sql: `select p.full_name ${W} and ${unit('TTRB')} order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'nguoi lon tuoi nhat Vu Hop tac quoc te la ai',
    sql: `select p.full_name ${W} and ${unit('VHTQT')} order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Ai lớn tuổi nhất ở Trung tâm Internet Việt Nam?',
    sql: `select p.full_name ${W} and ${unit('VNNIC')} order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Who is the oldest employee of Báo VnExpress?',
    sql: `select p.full_name ${W} and ${unit('VNEXPRESS')} order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Who is the youngest Phó Trưởng phòng in the ministry?',
    sql: `select p.full_name ${W} and p.post_title = 'Phó Trưởng phòng' order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'Cục trưởng nào trẻ nhất?',
    sql: `select p.full_name ${W} and p.post_title = 'Cục trưởng' order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'Vụ trưởng nào lớn tuổi nhất?',
    sql: `select p.full_name ${W} and p.post_title = 'Vụ trưởng' order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Cục trưởng nào giữ chức vụ lâu nhất?',
    sql: `select p.full_name ${W} and p.post_title = 'Cục trưởng' order by ${since}, p.id limit 1`,
  },
  {
    question: 'truong phong nao giu chuc vu lau nhat o Cuc Vien thong',
    sql: `select p.full_name ${W} and p.post_title = 'Trưởng phòng' and ${unit('CVT')} order by ${since}, p.id limit 1`,
  },
  {
    question: 'Which Phó Cục trưởng has been in post the longest?',
    sql: `select p.full_name ${W} and p.post_title = 'Phó Cục trưởng' order by ${since}, p.id limit 1`,
  },
  {
    question: 'Đơn vị nào có nhiều thạc sĩ nhất?',
    sql: `select u.name ${TOP} and p.highest_degree = 'thac_si' group by u.name order by count(*) desc, u.name limit 1`,
  },
  {
    question: 'don vi nao co it nguoi nhat',
    sql: `select u.name ${TOP} group by u.name order by count(*), u.name limit 1`,
  },
  {
    question: 'Which unit has the most women?',
    sql: `select u.name ${TOP} and p.sex = 'female' group by u.name order by count(*) desc, u.name limit 1`,
  },
  {
    question: 'Top 3 đơn vị có tuổi bình quân thấp nhất, xếp từ thấp lên cao.',
    sql: `select u.name, avg(p.age) ${TOP} group by u.name order by avg(p.age), u.name limit 3`,
    orderMatters: true,
  },
  {
    question: 'Top 5 units by headcount',
    sql: `select u.name, count(*) ${TOP} group by u.name order by count(*) desc, u.name limit 5`,
    orderMatters: true,
  },
  {
    question: '5 đơn vị có tuổi trung bình cao nhất',
    sql: `select u.name, avg(p.age) ${TOP} group by u.name order by avg(p.age) desc, u.name limit 5`,
    orderMatters: true,
  },
  {
    question: 'Which unit has the lowest share of women?',
    sql: `select u.name ${TOP} group by u.name order by 100.0 * count(*) filter (where p.sex = 'female') / count(*), u.name limit 1`,
  },
  {
    question: 'Đơn vị nào có tỷ lệ tiến sĩ cao nhất?',
    sql: `select u.name ${TOP} group by u.name order by 100.0 * count(*) filter (where p.highest_degree = 'tien_si') / count(*) desc, u.name limit 1`,
  },
  {
    question: 'List the 5 youngest staff of Cục Viễn thông with their birth dates, youngest first.',
    sql: `select p.full_name, p.birth_date ${W} and ${unit('CVT')} order by p.birth_date desc, p.id limit 5`,
    orderMatters: true,
  },
  {
    question: 'Danh sách 3 người lớn tuổi nhất Vụ Tổ chức cán bộ kèm ngày sinh',
    sql: `select p.full_name, p.birth_date ${W} and ${unit('VTCCB')} order by p.birth_date, p.id limit 3`,
    orderMatters: true,
  },
  {
    question: 'top 10 nguoi lon tuoi nhat cua Cuc An toan buc xa va hat nhan, kem ngay sinh',
    sql: `select p.full_name, p.birth_date ${W} and ${unit('CATBXHN')} order by p.birth_date, p.id limit 10`,
    orderMatters: true,
  },
  {
    question: '5 người có hệ số lương cao nhất ở Thanh tra Bộ',
    sql: `select p.full_name, p.salary_coefficient ${W} and ${unit('TTRB')} order by p.salary_coefficient desc, p.id limit 5`,
    orderMatters: true,
  },
  {
    question: 'Ai có hệ số lương cao nhất Vụ Pháp chế?',
    sql: `select p.full_name ${W} and ${unit('VPC')} order by p.salary_coefficient desc, p.id limit 1`,
  },
  {
    question: 'So sánh số người đang công tác giữa Vụ Bưu chính và Vụ Kinh tế và Xã hội số.',
    sql: `select u.name, count(*) ${cmp('VBC', 'VKTXHS')} group by u.name`,
  },
  {
    question: 'so sanh quan so Cuc Vien thong voi Cuc Tan so vo tuyen dien',
    sql: `select u.name, count(*) ${cmp('CVT', 'CTSVTD')} group by u.name`,
  },
  {
    question:
      'Compare headcount of VNNIC, Trung tâm Công nghệ thông tin and Cục Chuyển đổi số quốc gia',
    sql: `select u.name, count(*) ${cmp('VNNIC', 'TTCNTT', 'CCDSQG')} group by u.name`,
  },
  {
    question: 'so sanh tuoi binh quan cua Vu Phap che va Thanh tra Bo',
    sql: `select u.name, avg(p.age) ${cmp('VPC', 'TTRB')} group by u.name`,
  },
  {
    question:
      'Compare the average age at Báo VnExpress and Học viện Công nghệ Bưu chính Viễn thông',
    sql: `select u.name, avg(p.age) ${cmp('VNEXPRESS', 'HVCNBCVT')} group by u.name`,
  },
  {
    question:
      'So sánh tuổi trung bình của Cục Sở hữu trí tuệ, Cục Viễn thông và Cục Bưu điện Trung ương',
    sql: `select u.name, avg(p.age) ${cmp('CSHTT', 'CVT', 'CBDTW')} group by u.name`,
  },
  {
    question: "Compare the number of master's degree holders at VNNIC and Cục Viễn thông.",
    sql: `select u.name, count(*) ${cmp('VNNIC', 'CVT')} and p.highest_degree = 'thac_si' group by u.name`,
  },
  {
    question:
      'So sánh số tiến sĩ của Viện Ứng dụng công nghệ và Học viện Chiến lược Khoa học và Công nghệ',
    sql: `select u.name, count(*) ${cmp('VUDCN', 'HVCLKHCN')} and p.highest_degree = 'tien_si' group by u.name`,
  },
  {
    question: 'so sanh so nu giua Vu Hop tac quoc te va Vu Phap che',
    sql: `select u.name, count(*) ${cmp('VHTQT', 'VPC')} and p.sex = 'female' group by u.name`,
  },
  {
    question: 'So sánh tỷ lệ nữ của Cục Viễn thông và Cục Tần số vô tuyến điện.',
    sql: `select u.name, 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${cmp('CVT', 'CTSVTD')} group by u.name`,
  },
  {
    question: 'Compare the share of women at Thanh tra Bộ, Vụ Pháp chế and Vụ Hợp tác quốc tế',
    sql: `select u.name, 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${cmp('TTRB', 'VPC', 'VHTQT')} group by u.name`,
  },
  {
    question:
      'so sanh ty le tien si cua Vien Nang luong nguyen tu Viet Nam va Hoc vien Cong nghe Buu chinh Vien thong',
    sql: `select u.name, 100.0 * count(*) filter (where p.highest_degree = 'tien_si') / count(*) ${cmp('VNLNTVN', 'HVCNBCVT')} group by u.name`,
  },
  {
    question:
      'So sánh số người xếp loại hoàn thành xuất sắc nhiệm vụ năm 2024 giữa Cục Viễn thông và Cục Bưu điện Trung ương.',
    sql: `select u.name, count(*) from chat.units u join chat.people p on p.unit_path like u.path || '%' join chat.evaluations e on e.person_id = p.id where u.code in ('CVT', 'CBDTW') and p.status = 'working' and e.year = 2024 and e.level = 'xuat_sac' group by u.name`,
  },
  {
    question:
      'so sanh so nguoi khong hoan thanh nhiem vu nam 2025 cua Cuc So huu tri tue va Cuc Tan so vo tuyen dien',
    sql: `select u.name, count(*) from chat.units u join chat.people p on p.unit_path like u.path || '%' join chat.evaluations e on e.person_id = p.id where u.code in ('CSHTT', 'CTSVTD') and p.status = 'working' and e.year = 2025 and e.level = 'khong_hoan_thanh' group by u.name`,
  },
  {
    question: 'So sánh hệ số lương bình quân của Vụ Tổ chức cán bộ và Văn phòng Bộ',
    sql: `select u.name, avg(p.salary_coefficient) ${cmp('VTCCB', 'VPB')} group by u.name`,
  },
  {
    question: 'So sánh số người đang công tác giữa Phòng Sáng chế số 1 và Phòng Sáng chế số 2',
    sql: `select u.name, count(*) ${cmp('CSHTT.P05', 'CSHTT.P06')} group by u.name`,
  },
  // Round 2: more siblings, written before probing. Evaluation levels asked "by level" alone and
  // a political theory breakdown "phân theo từng mức" stay unanswered: "mức" there is not an
  // evaluation level.
  {
    question: 'Phân bổ số người theo ngạch của Cục Công nghiệp công nghệ thông tin',
    sql: `select p.rank_name, count(*) ${W} and ${unit('CCNCNTT')} group by p.rank_name`,
  },
  {
    question: 'cơ cấu ngạch công chức của Vụ Đánh giá và Thẩm định công nghệ',
    sql: `select p.rank_name, count(*) ${W} and ${unit('VDGTD')} group by p.rank_name`,
  },
  {
    question: 'Rank breakdown for Quỹ Phát triển khoa học và công nghệ Quốc gia',
    sql: `select p.rank_name, count(*) ${W} and ${unit('NAFOSTED')} group by p.rank_name`,
  },
  {
    question: 'Cục Đổi mới sáng tạo có bao nhiêu nam, bao nhiêu nữ?',
    sql: `select p.sex, count(*) ${W} and ${unit('CDMST')} group by p.sex`,
  },
  {
    question: 'thong ke gioi tinh cua Cuc Khoi nghiep va Doanh nghiep cong nghe',
    sql: `select p.sex, count(*) ${W} and ${unit('CKNDN')} group by p.sex`,
  },
  {
    question: 'How many men and women work at Khoa An toàn thông tin?',
    sql: `select p.sex, count(*) ${W} and ${unit('HVCNBCVT.K07')} group by p.sex`,
  },
  {
    question: 'Số người theo trình độ chuyên môn của Trung tâm Chiếu xạ Hà Nội',
    sql: `select p.highest_degree, count(*) ${W} and ${unit('VNLNTVN.T02')} group by p.highest_degree`,
  },
  {
    question: 'phan bo trinh do dao tao cua Vu Buu chinh',
    sql: `select p.highest_degree, count(*) ${W} and ${unit('VBC')} group by p.highest_degree`,
  },
  {
    question: 'Education levels of staff at Viện Ứng dụng công nghệ',
    sql: `select p.highest_degree, count(*) ${W} and ${unit('VUDCN')} group by p.highest_degree`,
  },
  {
    question: 'Tháp tuổi của Cục Chuyển đổi số quốc gia',
    sql: `select (p.age / 10) * 10 as age_band, count(*) ${W} and ${unit('CCDSQG')} group by 1`,
  },
  {
    question: 'Số người theo độ tuổi của Báo VnExpress, chia nhóm 10 năm',
    sql: `select (p.age / 10) * 10 as age_band, count(*) ${W} and ${unit('VNEXPRESS')} group by 1`,
  },
  {
    question: 'so nguoi theo nhom tuoi cua Vu Kinh te va Xa hoi so',
    sql: `select (p.age / 10) * 10 as age_band, count(*) ${W} and ${unit('VKTXHS')} group by 1`,
  },
  {
    question:
      'Cơ cấu đối tượng (công chức, viên chức, người lao động) của Cục An toàn bức xạ và hạt nhân',
    sql: `select p.staff_category, count(*) ${W} and ${unit('CATBXHN')} group by p.staff_category`,
  },
  {
    question:
      'How many civil servants, public employees and contract workers does Viện Năng lượng nguyên tử Việt Nam have, by category?',
    sql: `select p.staff_category, count(*) ${W} and ${unit('VNLNTVN')} group by p.staff_category`,
  },
  {
    question: 'Số người của từng phòng thuộc Cục Chuyển đổi số quốc gia',
    sql: `select p.unit_name, count(*) ${W} and ${unit('CCDSQG')} group by p.unit_name`,
  },
  {
    question: 'so can bo tung don vi truc thuoc Hoc vien Cong nghe Buu chinh Vien thong',
    sql: `select p.unit_name, count(*) ${W} and ${unit('HVCNBCVT')} group by p.unit_name`,
  },
  {
    question: 'Headcount per top-level unit of the ministry',
    sql: `select u.name, count(*) ${TOP} group by u.name`,
    role: 'planner',
  },
  {
    question: 'Trình độ lý luận chính trị của cán bộ Cục Đổi mới sáng tạo phân theo từng mức',
    sql: null,
    expect: 'abstain',
  },
  {
    question: 'Political theory levels at Vụ Khoa học Xã hội, Nhân văn và Tự nhiên',
    sql: `select p.political_theory, count(*) ${W} and ${unit('VKHXH')} group by p.political_theory`,
  },
  {
    question: 'co cau trinh do quan ly nha nuoc cua Cuc So huu tri tue',
    sql: `select p.state_management, count(*) ${W} and ${unit('CSHTT')} group by p.state_management`,
  },
  {
    question: 'Breakdown by state management qualification at Văn phòng Bộ',
    sql: `select p.state_management, count(*) ${W} and ${unit('VPB')} group by p.state_management`,
  },
  {
    question: 'Số người theo từng mức xếp loại năm 2022 của toàn Bộ',
    sql: `select e.level, count(*) ${EV} and e.year = 2022 group by e.level`,
  },
  {
    question: 'Evaluation results of Học viện Công nghệ Bưu chính Viễn thông in 2025 by level',
    sql: null,
    expect: 'abstain',
  },
  {
    question: 'Số người theo giới tính và nhóm tuổi của Cục Tần số vô tuyến điện',
    sql: `select (p.age / 10) * 10 as age_band, p.sex, count(*) ${W} and ${unit('CTSVTD')} group by 1, 2`,
    role: 'planner',
  },
  {
    question: 'So nguoi theo loai can bo va gioi tinh cua Bao VnExpress',
    sql: `select p.staff_category, p.sex, count(*) ${W} and ${unit('VNEXPRESS')} group by p.staff_category, p.sex`,
  },
  {
    question: 'Headcount by degree and sex in Cục Viễn thông',
    sql: `select p.highest_degree, p.sex, count(*) ${W} and ${unit('CVT')} group by p.highest_degree, p.sex`,
  },
  {
    question: 'Số lãnh đạo theo chức vụ của Viện Năng lượng nguyên tử Việt Nam',
    sql: `select p.post_title, count(*) ${W} and ${unit('VNLNTVN')} and p.post_title is not null group by p.post_title`,
  },
  {
    question: 'Độ tuổi bình quân của Cục Khởi nghiệp và Doanh nghiệp công nghệ',
    sql: `select avg(p.age) ${W} and ${unit('CKNDN')}`,
  },
  {
    question: 'can bo Bao VnExpress trung binh bao nhieu tuoi',
    sql: `select avg(p.age) ${W} and ${unit('VNEXPRESS')}`,
  },
  {
    question: 'Average age of Cục trưởng and Phó Cục trưởng',
    sql: `select avg(p.age) ${W} and p.post_title in ('Cục trưởng', 'Phó Cục trưởng')`,
  },
  {
    question: 'Tuổi bình quân của nam giới ở Cục Bưu điện Trung ương',
    sql: `select avg(p.age) ${W} and ${unit('CBDTW')} and p.sex = 'male'`,
  },
  {
    question: 'What is the average salary coefficient of women in the ministry?',
    sql: `select avg(p.salary_coefficient) ${W} and p.sex = 'female'`,
  },
  {
    question: 'hệ số lương bình quân của viên chức Học viện Công nghệ Bưu chính Viễn thông',
    sql: `select avg(p.salary_coefficient) ${W} and ${unit('HVCNBCVT')} and p.staff_category = 'vien_chuc'`,
  },
  {
    question: 'Average length of service at Cục Tần số vô tuyến điện',
    sql: `select avg(date_part('year', age(hr_today(), p.joined_state_service))) ${W} and ${unit('CTSVTD')}`,
  },
  {
    question: 'Số năm công tác trung bình của cán bộ Thanh tra Bộ',
    sql: `select avg(date_part('year', age(hr_today(), p.joined_state_service))) ${W} and ${unit('TTRB')}`,
  },
  {
    question: 'tuoi trung binh cua thac si o Trung tam Internet Viet Nam',
    sql: `select avg(p.age) ${W} and ${unit('VNNIC')} and p.highest_degree = 'thac_si'`,
  },
  {
    question: 'Nữ chiếm bao nhiêu phần trăm ở Cục Sở hữu trí tuệ?',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and ${unit('CSHTT')}`,
  },
  {
    question: 'ti le nu cua Bao VnExpress',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and ${unit('VNEXPRESS')}`,
  },
  {
    question: 'Percentage of women at Viện Năng lượng nguyên tử Việt Nam',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and ${unit('VNLNTVN')}`,
  },
  {
    question: 'Tỷ lệ người lao động trong tổng số cán bộ của Trung tâm Công nghệ thông tin',
    sql: `select 100.0 * count(*) filter (where p.staff_category = 'nguoi_lao_dong') / count(*) ${W} and ${unit('TTCNTT')}`,
  },
  {
    question: 'Tỷ lệ có bằng tiến sĩ của toàn Bộ là bao nhiêu?',
    sql: `select 100.0 * count(*) filter (where p.highest_degree = 'tien_si') / count(*) ${W}`,
    role: 'planner',
  },
  {
    question: 'What percentage of Học viện Công nghệ Bưu chính Viễn thông staff have a PhD?',
    sql: `select 100.0 * count(*) filter (where p.highest_degree = 'tien_si') / count(*) ${W} and ${unit('HVCNBCVT')}`,
  },
  {
    question: 'Tỷ lệ nữ trong số Trưởng phòng của toàn Bộ',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and p.post_title = 'Trưởng phòng'`,
  },
  {
    question: 'ty le can bo duoi 40 tuoi o Cuc Chuyen doi so quoc gia',
    sql: `select 100.0 * count(*) filter (where p.age < 40) / count(*) ${W} and ${unit('CCDSQG')}`,
    role: 'planner',
  },
  {
    question: 'Share of staff aged 55 and over in the ministry',
    sql: `select 100.0 * count(*) filter (where p.age >= 55) / count(*) ${W}`,
    role: 'planner',
  },
  {
    question: 'Tỷ lệ cán bộ được xếp loại hoàn thành tốt nhiệm vụ năm 2024 của toàn Bộ',
    sql: `select 100.0 * count(*) filter (where e.level = 'tot') / count(*) ${EV} and e.year = 2024`,
  },
  {
    question: 'What share of Cục Viễn thông staff were rated excellent in 2025?',
    sql: `select 100.0 * count(*) filter (where e.level = 'xuat_sac') / count(*) ${EV} and e.year = 2025 and ${unit('CVT')}`,
  },
  {
    question: 'Tỷ lệ nữ theo từng đơn vị',
    sql: `select u.name, 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${TOP} group by u.name`,
    role: 'planner',
  },
  {
    question: 'Ai trẻ tuổi nhất Cục Khởi nghiệp và Doanh nghiệp công nghệ?',
    sql: `select p.full_name ${W} and ${unit('CKNDN')} order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'nguoi nhieu tuoi nhat o Cuc Chuyen doi so quoc gia',
    sql: `select p.full_name ${W} and ${unit('CCDSQG')} order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Who is the oldest person working at Khoa Viễn thông 1?',
    sql: `select p.full_name ${W} and ${unit('HVCNBCVT.K02')} order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Phó Vụ trưởng trẻ nhất là ai?',
    sql: `select p.full_name ${W} and p.post_title = 'Phó Vụ trưởng' order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'Who is the oldest Giám đốc Trung tâm?',
    sql: `select p.full_name ${W} and p.post_title = 'Giám đốc Trung tâm' order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Trưởng phòng nào giữ chức lâu nhất ở Cục Sở hữu trí tuệ?',
    sql: `select p.full_name ${W} and p.post_title = 'Trưởng phòng' and ${unit('CSHTT')} order by ${since}, p.id limit 1`,
  },
  {
    question: 'Which Vụ trưởng has held the post the longest?',
    sql: `select p.full_name ${W} and p.post_title = 'Vụ trưởng' order by ${since}, p.id limit 1`,
  },
  {
    question: 'Đơn vị nào đông người nhất?',
    sql: `select u.name ${TOP} group by u.name order by count(*) desc, u.name limit 1`,
  },
  {
    question: 'Which unit has the most PhDs?',
    sql: `select u.name ${TOP} and p.highest_degree = 'tien_si' group by u.name order by count(*) desc, u.name limit 1`,
  },
  {
    question: 'don vi nao co ty le nu cao nhat',
    sql: `select u.name ${TOP} group by u.name order by 100.0 * count(*) filter (where p.sex = 'female') / count(*) desc, u.name limit 1`,
  },
  {
    question: 'Đơn vị nào có tuổi bình quân thấp nhất?',
    sql: `select u.name ${TOP} group by u.name order by avg(p.age), u.name limit 1`,
  },
  {
    question: 'Top 3 units with the highest average age, highest first',
    sql: `select u.name, avg(p.age) ${TOP} group by u.name order by avg(p.age) desc, u.name limit 3`,
    orderMatters: true,
  },
  {
    question: '3 đơn vị có tỷ lệ nữ cao nhất, từ cao xuống thấp',
    sql: `select u.name, 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${TOP} group by u.name order by 100.0 * count(*) filter (where p.sex = 'female') / count(*) desc, u.name limit 3`,
    orderMatters: true,
  },
  {
    question: 'Liệt kê 5 người trẻ nhất Cục Sở hữu trí tuệ kèm ngày sinh, trẻ nhất trước',
    sql: `select p.full_name, p.birth_date ${W} and ${unit('CSHTT')} order by p.birth_date desc, p.id limit 5`,
    orderMatters: true,
  },
  {
    question: 'List the 3 oldest staff of Thanh tra Bộ with their birth dates',
    sql: `select p.full_name, p.birth_date ${W} and ${unit('TTRB')} order by p.birth_date, p.id limit 3`,
    orderMatters: true,
  },
  {
    question: 'Top 5 hệ số lương cao nhất Cục Viễn thông',
    sql: `select p.full_name, p.salary_coefficient ${W} and ${unit('CVT')} order by p.salary_coefficient desc, p.id limit 5`,
    orderMatters: true,
  },
  {
    question: 'Ai có thâm niên công tác lâu nhất ở Vụ Hợp tác quốc tế?',
    sql: `select p.full_name ${W} and ${unit('VHTQT')} order by p.joined_state_service, p.id limit 1`,
  },
  {
    question:
      'So sánh quân số giữa Cục Đổi mới sáng tạo và Cục Khởi nghiệp và Doanh nghiệp công nghệ',
    sql: `select u.name, count(*) ${cmp('CDMST', 'CKNDN')} group by u.name`,
  },
  {
    question: 'Compare headcount: Báo VnExpress vs Trung tâm Internet Việt Nam',
    sql: `select u.name, count(*) ${cmp('VNEXPRESS', 'VNNIC')} group by u.name`,
  },
  {
    question:
      'so sanh so nguoi cua Vu Khoa hoc ky thuat va cong nghe, Vu Khoa hoc Xa hoi, Nhan van va Tu nhien va Vu Kinh te va Xa hoi so',
    sql: `select u.name, count(*) ${cmp('VKHKT', 'VKHXH', 'VKTXHS')} group by u.name`,
  },
  {
    question:
      'So sánh tuổi bình quân giữa Viện Năng lượng nguyên tử Việt Nam và Viện Ứng dụng công nghệ',
    sql: `select u.name, avg(p.age) ${cmp('VNLNTVN', 'VUDCN')} group by u.name`,
  },
  {
    question: 'Compare the average age of Vụ Tổ chức cán bộ and Vụ Kế hoạch – Tài chính',
    sql: `select u.name, avg(p.age) ${cmp('VTCCB', 'VKHTC')} group by u.name`,
  },
  {
    question:
      'so sanh so tien si cua Cuc So huu tri tue va Uy ban Tieu chuan Do luong Chat luong Quoc gia',
    sql: `select u.name, count(*) ${cmp('CSHTT', 'UBTCDLCL')} and p.highest_degree = 'tien_si' group by u.name`,
  },
  {
    question: 'Compare the number of women at Cục Viễn thông and Cục Bưu điện Trung ương',
    sql: `select u.name, count(*) ${cmp('CVT', 'CBDTW')} and p.sex = 'female' group by u.name`,
  },
  {
    question: 'So sánh tỷ lệ nữ giữa Báo VnExpress và Học viện Công nghệ Bưu chính Viễn thông',
    sql: `select u.name, 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${cmp('VNEXPRESS', 'HVCNBCVT')} group by u.name`,
  },
  {
    question: 'Compare the share of PhDs at VINATOM, PTIT and Viện Ứng dụng công nghệ',
    sql: `select u.name, 100.0 * count(*) filter (where p.highest_degree = 'tien_si') / count(*) ${cmp('VNLNTVN', 'HVCNBCVT', 'VUDCN')} group by u.name`,
  },
  {
    question:
      'So sánh số người hoàn thành xuất sắc nhiệm vụ năm 2023 của Vụ Pháp chế và Vụ Hợp tác quốc tế',
    sql: `select u.name, count(*) from chat.units u join chat.people p on p.unit_path like u.path || '%' join chat.evaluations e on e.person_id = p.id where u.code in ('VPC', 'VHTQT') and p.status = 'working' and e.year = 2023 and e.level = 'xuat_sac' group by u.name`,
  },
  {
    question: 'So sánh số công chức của Vụ Pháp chế, Vụ Bưu chính và Thanh tra Bộ',
    sql: `select u.name, count(*) ${cmp('VPC', 'VBC', 'TTRB')} and p.staff_category = 'cong_chuc' group by u.name`,
  },
  // Round 3: breakdowns with a condition, averages per group, divisions ranked inside a unit.
  {
    question: 'Thống kê số người theo học hàm của Học viện Công nghệ Bưu chính Viễn thông',
    sql: `select p.academic_title, count(*) ${W} and ${unit('HVCNBCVT')} group by p.academic_title`,
  },
  {
    question: 'So luong vien chuc theo gioi tinh cua Vien Nang luong nguyen tu Viet Nam',
    sql: `select p.sex, count(*) ${W} and ${unit('VNLNTVN')} and p.staff_category = 'vien_chuc' group by p.sex`,
  },
  {
    question: 'Breakdown of women at Cục Sở hữu trí tuệ by degree',
    sql: `select p.highest_degree, count(*) ${W} and ${unit('CSHTT')} and p.sex = 'female' group by p.highest_degree`,
  },
  {
    question: 'Số tiến sĩ của từng đơn vị trực thuộc Bộ',
    sql: `select u.name, count(*) ${TOP} and p.highest_degree = 'tien_si' group by u.name`,
    role: 'planner',
  },
  {
    question: 'Tuổi bình quân theo giới tính của toàn Bộ',
    sql: `select p.sex, avg(p.age) ${W} group by p.sex`,
    role: 'planner',
  },
  {
    question: 'Average age by unit across the ministry',
    sql: `select u.name, avg(p.age) ${TOP} group by u.name`,
    role: 'planner',
  },
  {
    question: 'Tuổi trung bình của từng phòng thuộc Cục Viễn thông',
    sql: `select p.unit_name, avg(p.age) ${W} and ${unit('CVT')} group by p.unit_name`,
  },
  {
    question: 'Cán bộ Cục Tần số vô tuyến điện có tuổi đời bình quân là bao nhiêu?',
    sql: `select avg(p.age) ${W} and ${unit('CTSVTD')}`,
  },
  {
    question: 'Average age of Phó Trưởng phòng at Cục Sở hữu trí tuệ',
    sql: `select avg(p.age) ${W} and ${unit('CSHTT')} and p.post_title = 'Phó Trưởng phòng'`,
  },
  {
    question: 'Tỷ lệ thạc sĩ trở lên ở Vụ Kế hoạch – Tài chính',
    sql: `select 100.0 * count(*) filter (where p.highest_degree in ('thac_si', 'tien_si')) / count(*) ${W} and ${unit('VKHTC')}`,
  },
  {
    question: 'Phụ nữ chiếm bao nhiêu phần trăm trong lãnh đạo cấp phòng?',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and p.post_level in (5, 6)`,
  },
  {
    question: 'ty le nu trong tong so lanh dao cap vu cua Bo',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and p.post_level in (3, 4)`,
  },
  {
    question: 'Share of Cục Bưu điện Trung ương staff who are người lao động',
    sql: `select 100.0 * count(*) filter (where p.staff_category = 'nguoi_lao_dong') / count(*) ${W} and ${unit('CBDTW')}`,
  },
  {
    question: 'Tỷ lệ cán bộ từ 50 tuổi trở lên ở Thanh tra Bộ',
    sql: `select 100.0 * count(*) filter (where p.age >= 50) / count(*) ${W} and ${unit('TTRB')}`,
    role: 'planner',
  },
  {
    question: 'Phòng nào của Cục Sở hữu trí tuệ đông người nhất?',
    sql: `select p.unit_name ${W} and ${unit('CSHTT')} group by p.unit_name order by count(*) desc, p.unit_name limit 1`,
  },
  {
    question: 'Người lớn tuổi nhất trong các Viện trưởng là ai?',
    sql: `select p.full_name ${W} and p.post_title = 'Viện trưởng' order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'youngest Cục trưởng',
    sql: `select p.full_name ${W} and p.post_title = 'Cục trưởng' order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'Ai là nữ trẻ nhất ở Vụ Tổ chức cán bộ?',
    sql: `select p.full_name ${W} and ${unit('VTCCB')} and p.sex = 'female' order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'Đơn vị nào có ít tiến sĩ nhất?',
    sql: `select u.name ${TOP} and p.highest_degree = 'tien_si' group by u.name order by count(*), u.name limit 1`,
  },
  {
    question: 'Which unit has the youngest average age?',
    sql: `select u.name ${TOP} group by u.name order by avg(p.age), u.name limit 1`,
  },
  {
    question: 'Top 3 đơn vị đông người nhất',
    sql: `select u.name, count(*) ${TOP} group by u.name order by count(*) desc, u.name limit 3`,
    orderMatters: true,
  },
  {
    question: 'The 3 units with the fewest staff, smallest first',
    sql: `select u.name, count(*) ${TOP} group by u.name order by count(*), u.name limit 3`,
    orderMatters: true,
  },
  {
    question: '5 người trẻ nhất toàn Bộ kèm ngày sinh',
    sql: `select p.full_name, p.birth_date ${W} order by p.birth_date desc, p.id limit 5`,
    orderMatters: true,
  },
  {
    question: 'Ai có hệ số lương thấp nhất ở Cục Viễn thông?',
    sql: `select p.full_name ${W} and ${unit('CVT')} order by p.salary_coefficient, p.id limit 1`,
  },
  {
    question:
      'So sánh số người của Cục Viễn thông với Cục Bưu điện Trung ương và Cục Tần số vô tuyến điện',
    sql: `select u.name, count(*) ${cmp('CVT', 'CBDTW', 'CTSVTD')} group by u.name`,
  },
  {
    question: 'Compare average salary coefficient between Thanh tra Bộ and Vụ Pháp chế',
    sql: `select u.name, avg(p.salary_coefficient) ${cmp('TTRB', 'VPC')} group by u.name`,
  },
  {
    question: 'so sanh so thac si cua Bao VnExpress va Trung tam Cong nghe thong tin',
    sql: `select u.name, count(*) ${cmp('VNEXPRESS', 'TTCNTT')} and p.highest_degree = 'thac_si' group by u.name`,
  },
  {
    question: 'Tỷ lệ nữ: Cục Sở hữu trí tuệ so với Cục Viễn thông',
    sql: `select u.name, 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${cmp('CSHTT', 'CVT')} group by u.name`,
  },
  {
    question: 'So sánh thâm niên công tác bình quân của Vụ Pháp chế và Vụ Hợp tác quốc tế',
    sql: `select u.name, avg(date_part('year', age(hr_today(), p.joined_state_service))) ${cmp('VPC', 'VHTQT')} group by u.name`,
  },
  {
    question:
      'So sánh số người dưới 35 tuổi giữa Cục Đổi mới sáng tạo và Cục Khởi nghiệp và Doanh nghiệp công nghệ',
    sql: `select u.name, count(*) ${cmp('CDMST', 'CKNDN')} and p.age < 35 group by u.name`,
    role: 'planner',
  },
]
