import { cmp, type DevExample, munit, PRIV, since, TOP, unit, W } from './shared.js'

/** Retirement dates from today to today + n years, inclusive. */
const next = (n: number) =>
  `p.retirement_date between hr_today() and (hr_today() + interval '${n} years')::date`
/** A master's degree or higher ("thạc sĩ trở lên"). */
const MA = `p.highest_degree in ('thac_si', 'tien_si')`
/** Terms of office ending from today to today + n years, inclusive. */
const termNext = (n: number) =>
  `p.post_term_end between hr_today() and (hr_today() + interval '${n} years')::date`
/** Working people with their evaluations. */
const EV = `from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working'`
/** Whole years since joining the state service. */
const svc = `date_part('year', age(hr_today(), p.joined_state_service))`

/**
 * Questions that ask several things at once, the way a ministry leader or an HR officer does:
 * three or four conditions together, a breakdown of a filtered population or by two keys,
 * comparisons that break down, shares and averages of a subgroup, superlatives with qualifiers.
 */
export const COMBINATION_SIBLINGS: readonly DevExample[] = [
  // Counts under three or four filters.
  {
    question: 'Cục Sở hữu trí tuệ có bao nhiêu nữ thạc sĩ dưới 35 tuổi?',
    sql: `select count(*) ${W} and ${unit('CSHTT')} and p.sex = 'female' and p.highest_degree = 'thac_si' and p.age < 35`,
  },
  {
    question: 'so nu cong chuc tu 50 tuoi tro len o Cuc Tan so vo tuyen dien',
    sql: `select count(*) ${W} and ${unit('CTSVTD')} and p.sex = 'female' and p.staff_category = 'cong_chuc' and p.age >= 50`,
  },
  {
    question: 'How many male civil servants aged 30 to 40 work at Cục Bưu điện Trung ương?',
    sql: `select count(*) ${W} and ${unit('CBDTW')} and p.sex = 'male' and p.staff_category = 'cong_chuc' and p.age between 30 and 40`,
  },
  {
    question:
      'Viện Năng lượng nguyên tử Việt Nam có bao nhiêu tiến sĩ nữ sinh từ năm 1980 trở về sau?',
    sql: `select count(*) ${W} and ${unit('VNLNTVN')} and p.highest_degree = 'tien_si' and p.sex = 'female' and p.birth_year >= 1980`,
  },
  {
    question:
      'Cho mình hỏi Học viện Công nghệ Bưu chính Viễn thông có bao nhiêu giảng viên chính là nữ nhỉ?',
    sql: `select count(*) ${W} and ${unit('HVCNBCVT')} and p.rank_code = 'V.07.01.02' and p.sex = 'female'`,
  },
  {
    question: 'Số chuyên viên chính có trình độ lý luận chính trị cao cấp ở Văn phòng Bộ?',
    sql: `select count(*) ${W} and ${unit('VPB')} and p.rank_code = '01.002' and p.political_theory = 'cao_cap'`,
  },
  {
    question: 'Có bao nhiêu đảng viên nữ dưới 30 tuổi ở Cục Sở hữu trí tuệ?',
    sql: `select count(*) ${PRIV} and ${unit('CSHTT')} and p.sex = 'female' and p.age < 30 and pp.is_party_member`,
  },
  {
    question: 'bao nhieu nguoi chua co trinh do ly luan chinh tri o Trung tam Internet Viet Nam',
    sql: `select count(*) ${W} and ${unit('VNNIC')} and p.political_theory is null`,
  },
  {
    question: 'How many staff at Báo VnExpress under 35 are not Party members?',
    sql: `select count(*) ${PRIV} and ${unit('VNEXPRESS')} and p.age < 35 and not pp.is_party_member`,
  },
  {
    question: 'Cục Chuyển đổi số quốc gia hiện có bao nhiêu người có trình độ thạc sĩ trở lên?',
    sql: `select count(*) ${W} and ${unit('CCDSQG')} and ${MA}`,
  },
  {
    question: 'Số viên chức nam có học vị tiến sĩ từ 40 đến 50 tuổi ở Viện Ứng dụng công nghệ',
    sql: `select count(*) ${W} and ${unit('VUDCN')} and p.staff_category = 'vien_chuc' and p.sex = 'male' and p.highest_degree = 'tien_si' and p.age between 40 and 50`,
  },
  {
    question:
      'anh cho em xin số lượng cán bộ nữ là người dân tộc thiểu số ở Học viện Công nghệ Bưu chính Viễn thông',
    sql: `select count(*) ${PRIV} and ${unit('HVCNBCVT')} and p.sex = 'female' and pp.ethnicity <> 'Kinh'`,
  },
  {
    question:
      'Năm 2025 Cục Bưu điện Trung ương có bao nhiêu nữ được xếp loại hoàn thành xuất sắc nhiệm vụ?',
    sql: `select count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and ${unit('CBDTW')} and p.sex = 'female' and e.year = 2025 and e.level = 'xuat_sac'`,
  },
  {
    question: 'Có bao nhiêu Trưởng phòng hoặc Phó Trưởng phòng là nữ ở Cục Sở hữu trí tuệ?',
    sql: `select count(*) ${W} and ${unit('CSHTT')} and p.post_title in ('Trưởng phòng', 'Phó Trưởng phòng') and p.sex = 'female'`,
  },
  {
    question: 'How many people at VINATOM were born between 1970 and 1979 and hold a doctorate?',
    sql: `select count(*) ${W} and ${unit('VNLNTVN')} and p.birth_year between 1970 and 1979 and p.highest_degree = 'tien_si'`,
  },
  {
    question:
      'so nguoi co trinh do quan ly nha nuoc chuyen vien chinh tro len o Vu Ke hoach Tai chinh',
    sql: `select count(*) ${W} and ${unit('VKHTC')} and p.state_management in ('chuyen_vien_chinh', 'chuyen_vien_cao_cap')`,
  },
  {
    question: 'Cục Tần số vô tuyến điện có bao nhiêu người lao động là nam từ 45 tuổi trở lên?',
    sql: `select count(*) ${W} and ${unit('CTSVTD')} and p.staff_category = 'nguoi_lao_dong' and p.sex = 'male' and p.age >= 45`,
  },
  {
    question:
      'Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia có bao nhiêu người không phải là đảng viên?',
    sql: `select count(*) ${PRIV} and ${unit('UBTCDLCL')} and not pp.is_party_member`,
  },
  {
    question: 'Có bao nhiêu người trong quy hoạch Trưởng phòng là nữ và dưới 40 tuổi?',
    sql: `select count(*) ${W} and p.sex = 'female' and p.age < 40 and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_title = 'Trưởng phòng')`,
  },
  {
    question: 'tinh den nay Cuc Vien thong co bao nhieu cong chuc nu co bang thac si tro len',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.staff_category = 'cong_chuc' and p.sex = 'female' and ${MA}`,
  },
  // Lists.
  {
    question: 'Danh sách các Phó Cục trưởng nữ sinh trước năm 1975.',
    sql: `select p.full_name ${W} and p.post_title = 'Phó Cục trưởng' and p.sex = 'female' and p.birth_year < 1975`,
  },
  {
    question: 'liet ke cac tien si duoi 35 tuoi o Hoc vien Cong nghe Buu chinh Vien thong',
    sql: `select p.full_name ${W} and ${unit('HVCNBCVT')} and p.highest_degree = 'tien_si' and p.age < 35`,
  },
  {
    question: 'List the female Trưởng phòng at Cục Tần số vô tuyến điện with their units.',
    sql: `select p.full_name, p.unit_name ${W} and ${unit('CTSVTD')} and p.post_title = 'Trưởng phòng' and p.sex = 'female'`,
  },
  {
    question: 'Những ai ở Vụ Tổ chức cán bộ vừa là đảng viên vừa có trình độ thạc sĩ trở lên?',
    sql: `select p.full_name ${PRIV} and ${unit('VTCCB')} and pp.is_party_member and ${MA}`,
  },
  {
    question:
      'Cho tôi danh sách nữ Phó Giám đốc Trung tâm ở Cục Bưu điện Trung ương, kèm năm sinh.',
    sql: `select p.full_name, p.birth_year ${W} and ${unit('CBDTW')} and p.post_title = 'Phó Giám đốc Trung tâm' and p.sex = 'female'`,
  },
  {
    question: "Which women under 40 at VNNIC hold a master's degree?",
    sql: `select p.full_name ${W} and ${unit('VNNIC')} and p.sex = 'female' and p.age < 40 and p.highest_degree = 'thac_si'`,
  },
  // Breakdowns with a filter or two keys.
  {
    question: 'Thống kê số cán bộ nữ theo trình độ chuyên môn ở Cục Sở hữu trí tuệ',
    sql: `select p.highest_degree, count(*) ${W} and ${unit('CSHTT')} and p.sex = 'female' group by p.highest_degree`,
  },
  {
    question: 'so cong chuc theo ngach o Cuc Tan so vo tuyen dien',
    sql: `select p.rank_name, count(*) ${W} and ${unit('CTSVTD')} and p.staff_category = 'cong_chuc' group by p.rank_name`,
  },
  {
    question: 'Breakdown of Party members at VNNIC by sex.',
    sql: `select p.sex, count(*) ${PRIV} and ${unit('VNNIC')} and pp.is_party_member group by p.sex`,
  },
  {
    question: 'Cơ cấu giới tính theo nhóm tuổi 10 năm ở Học viện Công nghệ Bưu chính Viễn thông',
    sql: `select (p.age / 10) * 10, p.sex, count(*) ${W} and ${unit('HVCNBCVT')} group by 1, 2`,
  },
  {
    question: 'Số người đang công tác theo năm sinh ở Vụ Pháp chế',
    sql: `select p.birth_year, count(*) ${W} and ${unit('VPC')} group by p.birth_year`,
  },
  {
    question:
      'Thống kê số người theo trình độ lý luận chính trị và giới tính của Cục Chuyển đổi số quốc gia',
    sql: `select p.political_theory, p.sex, count(*) ${W} and ${unit('CCDSQG')} group by 1, 2`,
  },
  {
    question: 'Headcount of Cục Tần số vô tuyến điện by unit and sex.',
    sql: `select p.unit_name, p.sex, count(*) ${W} and ${unit('CTSVTD')} group by 1, 2`,
  },
  {
    question: 'Số lãnh đạo cấp phòng là nữ ở từng đơn vị trực thuộc Bộ',
    sql: `select u.name, count(*) ${TOP} and p.post_level in (5, 6) and p.sex = 'female' group by u.name`,
  },
  {
    question: 'Số người dưới 35 tuổi theo từng đơn vị thuộc Cục Sở hữu trí tuệ',
    sql: `select p.unit_name, count(*) ${W} and ${unit('CSHTT')} and p.age < 35 group by p.unit_name`,
  },
  // Comparisons.
  {
    question: 'So sánh cơ cấu giới tính giữa Cục Viễn thông và Cục Tần số vô tuyến điện',
    sql: `select u.name, p.sex, count(*) ${cmp('CVT', 'CTSVTD')} group by 1, 2`,
  },
  {
    question: 'Compare the average age of women at PTIT and VINATOM.',
    sql: `select u.name, avg(p.age) ${cmp('HVCNBCVT', 'VNLNTVN')} and p.sex = 'female' group by u.name`,
  },
  {
    question:
      'So sánh số người đến tuổi nghỉ hưu trong 5 năm tới giữa Cục Bưu điện Trung ương và Cục Sở hữu trí tuệ',
    sql: `select u.name, count(*) ${cmp('CBDTW', 'CSHTT')} and ${next(5)} group by u.name`,
  },
  {
    question:
      'so sanh so tien si giua Vien Ung dung cong nghe, Vien Nang luong nguyen tu Viet Nam va Hoc vien Chien luoc Khoa hoc va Cong nghe',
    sql: `select u.name, count(*) ${cmp('VUDCN', 'VNLNTVN', 'HVCLKHCN')} and p.highest_degree = 'tien_si' group by u.name`,
  },
  {
    question: 'Compare the share of Party members at Vụ Pháp chế and Vụ Hợp tác quốc tế.',
    sql: `select u.name, 100.0 * count(*) filter (where pp.is_party_member) / count(*) from chat.units u join chat.people p on p.unit_path like u.path || '%' join chat.people_private pp on pp.person_id = p.id where u.code in ('VPC', 'VHTQT') and p.status = 'working' group by u.name`,
  },
  {
    question:
      'So sánh tuổi bình quân của lãnh đạo cấp phòng giữa Cục Viễn thông và Cục Sở hữu trí tuệ',
    sql: `select u.name, avg(p.age) ${cmp('CVT', 'CSHTT')} and p.post_level in (5, 6) group by u.name`,
  },
  // Averages and shares.
  {
    question: 'Hệ số lương bình quân của chuyên viên chính ở Cục Sở hữu trí tuệ là bao nhiêu?',
    sql: `select avg(p.salary_coefficient) ${W} and ${unit('CSHTT')} and p.rank_code = '01.002'`,
  },
  {
    question: 'Tỷ lệ đảng viên ở Cục Bưu điện Trung ương hiện tại là bao nhiêu?',
    sql: `select 100.0 * count(*) filter (where pp.is_party_member) / count(*) ${PRIV} and ${unit('CBDTW')}`,
  },
  {
    question: 'ty le nguoi co trinh do thac si tro len o Cuc Doi moi sang tao',
    sql: `select 100.0 * count(*) filter (where ${MA}) / count(*) ${W} and ${unit('CDMST')}`,
  },
  {
    question: 'What share of the staff of Cục Tần số vô tuyến điện is under 35?',
    sql: `select 100.0 * count(*) filter (where p.age < 35) / count(*) ${W} and ${unit('CTSVTD')}`,
  },
  {
    question: 'Tuổi bình quân của các nữ Trưởng phòng toàn Bộ là bao nhiêu?',
    sql: `select avg(p.age) ${W} and p.post_title = 'Trưởng phòng' and p.sex = 'female'`,
  },
  {
    question: 'Thâm niên công tác bình quân của công chức Vụ Hợp tác quốc tế là bao nhiêu năm?',
    sql: `select round(avg(${svc})::numeric, 2) ${W} and ${unit('VHTQT')} and p.staff_category = 'cong_chuc'`,
  },
  {
    question: 'Tỷ lệ nữ trong số lãnh đạo cấp phòng của Cục Sở hữu trí tuệ',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and ${unit('CSHTT')} and p.post_level in (5, 6)`,
  },
  {
    question: 'Average salary coefficient of female public employees (viên chức) at VNNIC?',
    sql: `select avg(p.salary_coefficient) ${W} and ${unit('VNNIC')} and p.sex = 'female' and p.staff_category = 'vien_chuc'`,
  },
  {
    question: 'Tỷ lệ tiến sĩ trong số viên chức của Viện Năng lượng nguyên tử Việt Nam',
    sql: `select 100.0 * count(*) filter (where p.highest_degree = 'tien_si') / count(*) ${W} and ${unit('VNLNTVN')} and p.staff_category = 'vien_chuc'`,
  },
  // Superlatives with qualifiers.
  {
    question: 'Ai là nữ Phó Trưởng phòng lớn tuổi nhất của Cục Sở hữu trí tuệ?',
    sql: `select p.full_name ${W} and ${unit('CSHTT')} and p.post_title = 'Phó Trưởng phòng' and p.sex = 'female' order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Trong số các Cục trưởng, ai giữ chức vụ lâu nhất?',
    sql: `select p.full_name ${W} and p.post_title = 'Cục trưởng' order by ${since}, p.id limit 1`,
  },
  {
    question: 'Đơn vị nào có tỷ lệ tiến sĩ cao nhất?',
    sql: `select u.name ${TOP} group by u.name order by 100.0 * count(*) filter (where p.highest_degree = 'tien_si') / count(*) desc, u.name limit 1`,
  },
  {
    question: 'Top 5 đơn vị có nhiều người đến tuổi nghỉ hưu nhất trong 5 năm tới',
    sql: `select u.name, count(*) ${TOP} and ${next(5)} group by u.name order by count(*) desc, u.name limit 5`,
    orderMatters: true,
  },
  {
    question: 'Who is the youngest female Phó Vụ trưởng?',
    sql: `select p.full_name ${W} and p.post_title = 'Phó Vụ trưởng' and p.sex = 'female' order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'nguoi tre nhat co hoc vi tien si o Vien Nang luong nguyen tu Viet Nam la ai',
    sql: `select p.full_name ${W} and ${unit('VNLNTVN')} and p.highest_degree = 'tien_si' order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'Which unit has the most Party members?',
    sql: `select u.name from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' join chat.people_private pp on pp.person_id = p.id where p.status = 'working' and pp.is_party_member group by u.name order by count(*) desc, u.name limit 1`,
  },
  {
    question: 'Phòng nào của Cục Sở hữu trí tuệ có nhiều nữ nhất?',
    sql: `select p.unit_name ${W} and ${unit('CSHTT')} and p.sex = 'female' group by p.unit_name order by count(*) desc, p.unit_name limit 1`,
  },
  // Retirements, term ends, trends.
  {
    question:
      'Có bao nhiêu nữ lãnh đạo cấp phòng ở Cục Bưu điện Trung ương đến tuổi nghỉ hưu trong 5 năm tới?',
    sql: `select count(*) ${W} and ${unit('CBDTW')} and p.sex = 'female' and p.post_level in (5, 6) and ${next(5)}`,
  },
  {
    question: 'Danh sách Phó Vụ trưởng hết nhiệm kỳ trong năm 2027, kèm ngày hết nhiệm kỳ',
    sql: `select p.full_name, p.post_term_end ${W} and p.post_title = 'Phó Vụ trưởng' and extract(year from p.post_term_end) = 2027`,
  },
  {
    question:
      'so nguoi den tuoi nghi huu theo tung nam tu 2027 den 2030 o Cuc Tan so vo tuyen dien',
    sql: `select extract(year from p.retirement_date)::integer as year, count(*) ${W} and ${unit('CTSVTD')} and extract(year from p.retirement_date) between 2027 and 2030 group by 1`,
  },
  {
    question:
      'How many Trưởng phòng at Cục Sở hữu trí tuệ reach retirement age between 2027 and 2031?',
    sql: `select count(*) ${W} and ${unit('CSHTT')} and p.post_title = 'Trưởng phòng' and extract(year from p.retirement_date) between 2027 and 2031`,
  },
  {
    question:
      'Số người nghỉ hưu ở Học viện Công nghệ Bưu chính Viễn thông hằng năm từ 2020 đến 2025',
    sql: `select m.year, count(*) from chat.movements m where m.direction = 'out' and m.reason = 'retired' and m.year between 2020 and 2025 and ${munit('HVCNBCVT')} group by m.year`,
  },
  {
    question:
      'Số người được tuyển dụng vào Viện Năng lượng nguyên tử Việt Nam theo từng năm 2021–2025',
    sql: `select m.year, count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year between 2021 and 2025 and ${munit('VNLNTVN')} group by m.year`,
  },
  {
    question: 'so nguoi thoi viec o Bao VnExpress qua tung nam tu 2019 den 2025',
    sql: `select m.year, count(*) from chat.movements m where m.direction = 'out' and m.reason = 'resigned' and m.year between 2019 and 2025 and ${munit('VNEXPRESS')} group by m.year`,
  },
  {
    question: 'Năm 2028 Cục Tần số vô tuyến điện có bao nhiêu lãnh đạo cấp phòng hết nhiệm kỳ?',
    sql: `select count(*) ${W} and ${unit('CTSVTD')} and p.post_level in (5, 6) and extract(year from p.post_term_end) = 2028`,
  },
  // Roles.
  {
    question: 'Cục mình có bao nhiêu nữ thạc sĩ dưới 40 tuổi vậy?',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.sex = 'female' and p.highest_degree = 'thac_si' and p.age < 40`,
    role: 'leader',
  },
  {
    question: 'Thống kê số người theo giới tính ở từng phòng của Cục',
    sql: `select p.unit_name, p.sex, count(*) ${W} and ${unit('CVT')} group by 1, 2`,
    role: 'leader',
  },
  {
    question: 'Danh sách đảng viên nữ của Cục sinh từ năm 1985 trở về sau',
    sql: `select p.full_name ${PRIV} and ${unit('CVT')} and p.sex = 'female' and pp.is_party_member and p.birth_year >= 1985`,
    role: 'unit_hr',
  },
  {
    question: 'Số người đến tuổi nghỉ hưu theo giới tính giai đoạn 2027–2030 của toàn Bộ',
    sql: `select p.sex, count(*) ${W} and extract(year from p.retirement_date) between 2027 and 2030 group by p.sex`,
    role: 'planner',
  },
  {
    question: 'Tỷ lệ cán bộ có trình độ thạc sĩ trở lên của toàn Bộ là bao nhiêu?',
    sql: `select 100.0 * count(*) filter (where ${MA}) / count(*) ${W}`,
    role: 'planner',
  },
  // A second round: the same shapes with other units, posts and wordings.
  // Counts.
  {
    question:
      'Có bao nhiêu Phó Giám đốc Trung tâm là nam từ 50 tuổi trở lên ở Cục Tần số vô tuyến điện?',
    sql: `select count(*) ${W} and ${unit('CTSVTD')} and p.post_title = 'Phó Giám đốc Trung tâm' and p.sex = 'male' and p.age >= 50`,
  },
  {
    question: 'so vien chuc co hoc ham pho giao su o Hoc vien Cong nghe Buu chinh Vien thong',
    sql: `select count(*) ${W} and ${unit('HVCNBCVT')} and p.staff_category = 'vien_chuc' and p.academic_title = 'pgs'`,
  },
  {
    question:
      'How many women at Cục Sở hữu trí tuệ were born between 1985 and 1995 and are civil servants?',
    sql: `select count(*) ${W} and ${unit('CSHTT')} and p.sex = 'female' and p.birth_year between 1985 and 1995 and p.staff_category = 'cong_chuc'`,
  },
  {
    question: 'Bao nhiêu người ở Viện Năng lượng nguyên tử Việt Nam có trình độ đại học trở xuống?',
    sql: `select count(*) ${W} and ${unit('VNLNTVN')} and p.highest_degree in ('dai_hoc', 'cao_dang', 'trung_cap', 'pho_thong')`,
  },
  {
    question: 'Cục Bưu điện Trung ương có bao nhiêu đảng viên là người dân tộc thiểu số?',
    sql: `select count(*) ${PRIV} and ${unit('CBDTW')} and pp.is_party_member and pp.ethnicity <> 'Kinh'`,
  },
  {
    question: 'Số cán bộ nữ có trình độ lý luận chính trị trung cấp trở lên ở Văn phòng Bộ',
    sql: `select count(*) ${W} and ${unit('VPB')} and p.sex = 'female' and p.political_theory in ('trung_cap', 'cao_cap', 'cu_nhan')`,
  },
  {
    question:
      'Năm 2024 Cục Tần số vô tuyến điện có bao nhiêu nam được xếp loại hoàn thành tốt nhiệm vụ trở lên?',
    sql: `select count(*) ${EV} and ${unit('CTSVTD')} and p.sex = 'male' and e.year = 2024 and e.level in ('tot', 'xuat_sac')`,
  },
  {
    question: "How many Party members under 35 at VINATOM hold a master's degree or higher?",
    sql: `select count(*) ${PRIV} and ${unit('VNLNTVN')} and pp.is_party_member and p.age < 35 and ${MA}`,
  },
  {
    question: 'co bao nhieu nguoi tren 55 tuoi chua co trinh do quan ly nha nuoc',
    sql: `select count(*) ${W} and p.age > 55 and p.state_management is null`,
  },
  {
    question: 'Bao nhiêu lãnh đạo cấp Vụ, Cục và tương đương là nữ dưới 50 tuổi?',
    sql: `select count(*) ${W} and p.post_level in (3, 4) and p.sex = 'female' and p.age < 50`,
  },
  {
    question: 'Có bao nhiêu người trong quy hoạch Phó Cục trưởng có học vị tiến sĩ?',
    sql: `select count(*) ${W} and p.highest_degree = 'tien_si' and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_title = 'Phó Cục trưởng')`,
  },
  {
    question:
      'Học viện Công nghệ Bưu chính Viễn thông có bao nhiêu giảng viên cao cấp hoặc giảng viên chính là nam?',
    sql: `select count(*) ${W} and ${unit('HVCNBCVT')} and p.rank_code in ('V.07.01.01', 'V.07.01.02') and p.sex = 'male'`,
  },
  {
    question:
      'Có bao nhiêu nghiên cứu viên chính dưới 45 tuổi ở Viện Năng lượng nguyên tử Việt Nam vậy?',
    sql: `select count(*) ${W} and ${unit('VNLNTVN')} and p.rank_code = 'V.05.01.02' and p.age < 45`,
  },
  {
    question: 'anh cho em hỏi Vụ Tổ chức cán bộ hiện có mấy chuyên viên nữ sinh sau năm 1990 ạ',
    sql: `select count(*) ${W} and ${unit('VTCCB')} and p.rank_code = '01.003' and p.sex = 'female' and p.birth_year > 1990`,
  },
  // Lists.
  {
    question:
      'Liệt kê các Trưởng phòng của Cục Bưu điện Trung ương sinh từ năm 1975 trở về trước, kèm ngày sinh',
    sql: `select p.full_name, p.birth_date ${W} and ${unit('CBDTW')} and p.post_title = 'Trưởng phòng' and p.birth_year <= 1975`,
  },
  {
    question: 'Danh sách nữ tiến sĩ dưới 40 tuổi ở Viện Ứng dụng công nghệ',
    sql: `select p.full_name ${W} and ${unit('VUDCN')} and p.sex = 'female' and p.highest_degree = 'tien_si' and p.age < 40`,
  },
  {
    question: 'List the Party members at Vụ Pháp chế who are under 40.',
    sql: `select p.full_name ${PRIV} and ${unit('VPC')} and pp.is_party_member and p.age < 40`,
  },
  {
    question:
      'nhung ai o Vu Hop tac quoc te vua la chuyen vien chinh vua co trinh do ly luan chinh tri cao cap',
    sql: `select p.full_name ${W} and ${unit('VHTQT')} and p.rank_code = '01.002' and p.political_theory = 'cao_cap'`,
  },
  {
    question: 'Danh sách Phó Vụ trưởng là nữ, kèm đơn vị và năm sinh',
    sql: `select p.full_name, p.unit_name, p.birth_year ${W} and p.post_title = 'Phó Vụ trưởng' and p.sex = 'female'`,
  },
  {
    question: 'Những ai trong quy hoạch Vụ trưởng hiện dưới 45 tuổi?',
    sql: `select p.full_name ${W} and p.age < 45 and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_title = 'Vụ trưởng')`,
  },
  {
    question: 'Which women at Cục Viễn thông were rated "hoàn thành xuất sắc nhiệm vụ" in 2025?',
    sql: `select p.full_name ${EV} and ${unit('CVT')} and p.sex = 'female' and e.year = 2025 and e.level = 'xuat_sac'`,
  },
  // Breakdowns.
  {
    question: 'Thống kê số đảng viên theo độ tuổi ở Cục Bưu điện Trung ương',
    sql: `select (p.age / 10) * 10, count(*) ${PRIV} and ${unit('CBDTW')} and pp.is_party_member group by 1 having count(*) >= 5`,
  },
  {
    question: 'so luong cong chuc theo trinh do chuyen mon va gioi tinh o Vu To chuc can bo',
    sql: `select p.highest_degree, p.sex, count(*) ${W} and ${unit('VTCCB')} and p.staff_category = 'cong_chuc' group by 1, 2`,
  },
  {
    question:
      'Số người đến tuổi nghỉ hưu theo từng năm 2027–2031 ở Viện Năng lượng nguyên tử Việt Nam, chia theo giới tính',
    sql: `select extract(year from p.retirement_date)::integer as year, p.sex, count(*) ${W} and ${unit('VNLNTVN')} and extract(year from p.retirement_date) between 2027 and 2031 group by 1, 2`,
  },
  {
    question: 'Breakdown of 2025 evaluation results at Cục Sở hữu trí tuệ.',
    sql: `select e.level, count(*) ${EV} and ${unit('CSHTT')} and e.year = 2025 group by e.level`,
  },
  {
    question: 'Thống kê số lãnh đạo cấp phòng theo nhóm tuổi của toàn Bộ',
    sql: `select (p.age / 10) * 10, count(*) ${W} and p.post_level in (5, 6) group by 1`,
  },
  {
    question: 'Số tiến sĩ ở từng đơn vị thuộc Viện Năng lượng nguyên tử Việt Nam',
    sql: `select p.unit_name, count(*) ${W} and ${unit('VNLNTVN')} and p.highest_degree = 'tien_si' group by p.unit_name`,
  },
  {
    question: 'Cơ cấu ngạch của nữ công chức ở Cục Tần số vô tuyến điện',
    sql: `select p.rank_name, count(*) ${W} and ${unit('CTSVTD')} and p.sex = 'female' and p.staff_category = 'cong_chuc' group by p.rank_name`,
  },
  {
    question: 'Số lãnh đạo cấp Vụ, Cục và tương đương theo năm sinh',
    sql: `select p.birth_year, count(*) ${W} and p.post_level in (3, 4) group by p.birth_year`,
  },
  {
    question: 'Headcount by staff category and sex at VNNIC.',
    sql: `select p.staff_category, p.sex, count(*) ${W} and ${unit('VNNIC')} group by 1, 2`,
  },
  // Comparisons.
  {
    question:
      'So sánh tỷ lệ người có trình độ thạc sĩ trở lên giữa Cục Viễn thông, Cục Sở hữu trí tuệ và Cục Tần số vô tuyến điện',
    sql: `select u.name, 100.0 * count(*) filter (where ${MA}) / count(*) ${cmp('CVT', 'CSHTT', 'CTSVTD')} group by u.name`,
  },
  {
    question:
      'Compare the number of female Trưởng phòng at Cục Bưu điện Trung ương and Cục Tần số vô tuyến điện.',
    sql: `select u.name, count(*) ${cmp('CBDTW', 'CTSVTD')} and p.post_title = 'Trưởng phòng' and p.sex = 'female' group by u.name`,
  },
  {
    question:
      'so sanh so nguoi nghi huu nam 2025 giua Cuc Buu dien Trung uong va Hoc vien Cong nghe Buu chinh Vien thong',
    sql: `select u.name, count(*) from chat.units u join chat.units x on x.path like u.path || '%' join chat.movements m on m.unit_id = x.id where u.code in ('CBDTW', 'HVCNBCVT') and m.direction = 'out' and m.reason = 'retired' and m.year = 2025 group by u.name`,
  },
  {
    question: 'So sánh hệ số lương bình quân của chuyên viên giữa Vụ Pháp chế và Vụ Tổ chức cán bộ',
    sql: `select u.name, avg(p.salary_coefficient) ${cmp('VPC', 'VTCCB')} and p.rank_code = '01.003' group by u.name`,
  },
  {
    question:
      'So sánh số lãnh đạo hết nhiệm kỳ trong 2 năm tới giữa Cục Viễn thông và Cục Sở hữu trí tuệ',
    sql: `select u.name, count(*) ${cmp('CVT', 'CSHTT')} and ${termNext(2)} group by u.name`,
  },
  {
    question: 'Compare the share of staff under 35 at VNNIC, PTIT and VnExpress.',
    sql: `select u.name, 100.0 * count(*) filter (where p.age < 35) / count(*) ${cmp('VNNIC', 'HVCNBCVT', 'VNEXPRESS')} group by u.name`,
  },
  // Averages and shares.
  {
    question: 'Tuổi bình quân của các nữ Phó Cục trưởng là bao nhiêu?',
    sql: `select avg(p.age) ${W} and p.post_title = 'Phó Cục trưởng' and p.sex = 'female'`,
  },
  {
    question: 'he so luong trung binh cua nu cong chuc o Cuc So huu tri tue',
    sql: `select avg(p.salary_coefficient) ${W} and ${unit('CSHTT')} and p.sex = 'female' and p.staff_category = 'cong_chuc'`,
  },
  {
    question: 'Tỷ lệ nữ trong số tiến sĩ của Học viện Công nghệ Bưu chính Viễn thông',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and ${unit('HVCNBCVT')} and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'What percentage of Trưởng phòng across the ministry are Party members?',
    sql: `select 100.0 * count(*) filter (where pp.is_party_member) / count(*) ${PRIV} and p.post_title = 'Trưởng phòng'`,
  },
  {
    question: 'Tỷ lệ người dưới 35 tuổi trong số viên chức của Trung tâm Internet Việt Nam',
    sql: `select 100.0 * count(*) filter (where p.age < 35) / count(*) ${W} and ${unit('VNNIC')} and p.staff_category = 'vien_chuc'`,
  },
  {
    question: 'Thâm niên công tác trung bình của lãnh đạo cấp phòng ở Cục Bưu điện Trung ương',
    sql: `select round(avg(${svc})::numeric, 2) ${W} and ${unit('CBDTW')} and p.post_level in (5, 6)`,
  },
  {
    question: 'Tỷ lệ đảng viên trong số cán bộ nữ của Cục là bao nhiêu?',
    sql: `select 100.0 * count(*) filter (where pp.is_party_member) / count(*) ${PRIV} and ${unit('CVT')} and p.sex = 'female'`,
    role: 'unit_hr',
  },
  {
    question:
      'Năm 2025 tỷ lệ cán bộ không hoàn thành nhiệm vụ ở Cục Bưu điện Trung ương là bao nhiêu?',
    sql: `select 100.0 * count(*) filter (where e.level = 'khong_hoan_thanh') / count(*) ${EV} and ${unit('CBDTW')} and e.year = 2025`,
  },
  // Superlatives.
  {
    question: 'Ai là Trưởng phòng trẻ nhất ở Cục Bưu điện Trung ương?',
    sql: `select p.full_name ${W} and ${unit('CBDTW')} and p.post_title = 'Trưởng phòng' order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'Trong các Phó Vụ trưởng, ai giữ chức vụ lâu nhất?',
    sql: `select p.full_name ${W} and p.post_title = 'Phó Vụ trưởng' order by ${since}, p.id limit 1`,
  },
  {
    question: 'Đơn vị nào có tỷ lệ đảng viên cao nhất?',
    sql: `select u.name from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' join chat.people_private pp on pp.person_id = p.id where p.status = 'working' group by u.name order by 100.0 * count(*) filter (where pp.is_party_member) / count(*) desc, u.name limit 1`,
  },
  {
    question: 'Top 3 đơn vị có tỷ lệ nữ thấp nhất',
    sql: `select u.name, 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${TOP} group by u.name order by 2, u.name limit 3`,
    orderMatters: true,
  },
  {
    question: 'Cục nào có nhiều tiến sĩ nhất?',
    sql: `select u.name ${TOP} and u.kind = 'cuc' and p.highest_degree = 'tien_si' group by u.name order by count(*) desc, u.name limit 1`,
  },
  {
    question: 'Who is the oldest female Trưởng phòng at Cục Tần số vô tuyến điện?',
    sql: `select p.full_name ${W} and ${unit('CTSVTD')} and p.post_title = 'Trưởng phòng' and p.sex = 'female' order by p.birth_date, p.id limit 1`,
  },
  {
    question: '5 người có hệ số lương cao nhất ở Cục Viễn thông là ai, kèm hệ số lương',
    sql: `select p.full_name, p.salary_coefficient ${W} and ${unit('CVT')} order by p.salary_coefficient desc, p.id limit 5`,
    orderMatters: true,
  },
  {
    question: 'Phòng nào ở Cục Tần số vô tuyến điện có nhiều thạc sĩ nhất?',
    sql: `select u.name from chat.units u join chat.people p on p.unit_path like u.path || '%' where u.kind = 'phong' and u.path like (select path from chat.units where code = 'CTSVTD') || '%' and p.status = 'working' and p.highest_degree = 'thac_si' group by u.name order by count(*) desc, u.name limit 1`,
  },
  {
    question: 'Top 5 đơn vị có nhiều nữ Phó Trưởng phòng nhất',
    sql: `select u.name, count(*) ${TOP} and p.post_title = 'Phó Trưởng phòng' and p.sex = 'female' group by u.name order by count(*) desc, u.name limit 5`,
    orderMatters: true,
  },
  // Retirements, term ends, trends.
  {
    question: 'Danh sách nữ Trưởng phòng đến tuổi nghỉ hưu trong 3 năm tới, kèm đơn vị',
    sql: `select p.full_name, p.unit_name ${W} and p.post_title = 'Trưởng phòng' and p.sex = 'female' and ${next(3)}`,
  },
  {
    question:
      'Có bao nhiêu Giám đốc Trung tâm hoặc Phó Giám đốc Trung tâm ở Cục Bưu điện Trung ương hết nhiệm kỳ năm 2027?',
    sql: `select count(*) ${W} and ${unit('CBDTW')} and p.post_title in ('Giám đốc Trung tâm', 'Phó Giám đốc Trung tâm') and extract(year from p.post_term_end) = 2027`,
  },
  {
    question: 'so nguoi den tuoi nghi huu nam 2028 o tung don vi truc thuoc Bo',
    sql: `select u.name, count(*) ${TOP} and extract(year from p.retirement_date) = 2028 group by u.name`,
  },
  {
    question:
      'How many people transferred out of Cục Tần số vô tuyến điện each year from 2020 to 2025?',
    sql: `select m.year, count(*) from chat.movements m where m.direction = 'out' and m.reason = 'transferred_out' and m.year between 2020 and 2025 and ${munit('CTSVTD')} group by m.year`,
  },
  {
    question: 'Số nữ được tuyển dụng vào Bộ hằng năm từ 2021 đến 2025',
    sql: `select m.year, count(*) from chat.movements m join chat.people p on p.id = m.person_id where m.direction = 'in' and m.reason = 'recruited' and p.sex = 'female' and m.year between 2021 and 2025 group by m.year`,
  },
  {
    question: 'Trong quý 4/2027 Cục Bưu điện Trung ương có ai đến tuổi nghỉ hưu không?',
    sql: `select p.full_name ${W} and ${unit('CBDTW')} and p.retirement_date between date '2027-10-01' and date '2027-12-31'`,
  },
  {
    question:
      'Số người nghỉ hưu và thôi việc ở Cục Bưu điện Trung ương theo từng năm từ 2021 đến 2025',
    sql: `select m.year, m.reason, count(*) from chat.movements m where m.direction = 'out' and m.reason in ('retired', 'resigned') and m.year between 2021 and 2025 and ${munit('CBDTW')} group by 1, 2`,
  },
  // Roles.
  {
    question: 'Phòng nào của Cục có tỷ lệ nữ cao nhất?',
    sql: `select p.unit_name ${W} and ${unit('CVT')} group by p.unit_name order by 100.0 * count(*) filter (where p.sex = 'female') / count(*) desc, p.unit_name limit 1`,
    role: 'leader',
  },
  {
    question: 'Cục mình có bao nhiêu người sẽ nghỉ hưu trong 5 năm tới, chia theo giới tính?',
    sql: `select p.sex, count(*) ${W} and ${unit('CVT')} and ${next(5)} group by p.sex`,
    role: 'leader',
  },
  {
    question: 'Top 3 đơn vị có nhiều người đến tuổi nghỉ hưu nhất giai đoạn 2027–2030',
    sql: `select u.name, count(*) ${TOP} and extract(year from p.retirement_date) between 2027 and 2030 group by u.name order by count(*) desc, u.name limit 3`,
    role: 'planner',
    orderMatters: true,
  },
  {
    question: 'Danh sách đảng viên của Cục dưới 35 tuổi có trình độ thạc sĩ trở lên',
    sql: `select p.full_name ${PRIV} and ${unit('CVT')} and pp.is_party_member and p.age < 35 and ${MA}`,
    role: 'unit_hr',
  },
  // A third round: everyday wordings, English, and comparisons between the divisions of a unit.
  {
    question:
      'Hiện tại Cục An toàn bức xạ và hạt nhân có bao nhiêu nữ công chức từ 30 đến 45 tuổi nhỉ?',
    sql: `select count(*) ${W} and ${unit('CATBXHN')} and p.sex = 'female' and p.staff_category = 'cong_chuc' and p.age between 30 and 45`,
  },
  {
    question: 'How many men under 40 with a PhD work at Học viện Chiến lược Khoa học và Công nghệ?',
    sql: `select count(*) ${W} and ${unit('HVCLKHCN')} and p.sex = 'male' and p.age < 40 and p.highest_degree = 'tien_si'`,
  },
  {
    question:
      'tinh den nay Uy ban Tieu chuan Do luong Chat luong Quoc gia co bao nhieu nguoi sinh tu 1975 den 1985 co bang thac si',
    sql: `select count(*) ${W} and ${unit('UBTCDLCL')} and p.birth_year between 1975 and 1985 and p.highest_degree = 'thac_si'`,
  },
  {
    question: 'Thanh tra Bộ có bao nhiêu thanh tra viên chính hoặc thanh tra viên cao cấp?',
    sql: `select count(*) ${W} and ${unit('TTRB')} and p.rank_code in ('04.024', '04.023')`,
  },
  {
    question:
      'Số đảng viên có trình độ lý luận chính trị cao cấp ở Cục Sở hữu trí tuệ là bao nhiêu?',
    sql: `select count(*) ${PRIV} and ${unit('CSHTT')} and pp.is_party_member and p.political_theory = 'cao_cap'`,
  },
  {
    question: 'Có bao nhiêu người lao động nam từ 40 tuổi trở lên ở Văn phòng Bộ vậy?',
    sql: `select count(*) ${W} and ${unit('VPB')} and p.staff_category = 'nguoi_lao_dong' and p.sex = 'male' and p.age >= 40`,
  },
  {
    question:
      'Năm 2026 Viện Năng lượng nguyên tử Việt Nam có bao nhiêu tiến sĩ được xếp loại hoàn thành xuất sắc nhiệm vụ?',
    sql: `select count(*) ${EV} and ${unit('VNLNTVN')} and p.highest_degree = 'tien_si' and e.year = 2026 and e.level = 'xuat_sac'`,
  },
  {
    question:
      "How many women in the planning pool for Phó Vụ trưởng hold a master's degree or higher?",
    sql: `select count(*) ${W} and p.sex = 'female' and ${MA} and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_title = 'Phó Vụ trưởng')`,
  },
  {
    question: 'Cục Thông tin, Thống kê có bao nhiêu chuyên viên từ 50 tuổi trở lên?',
    sql: `select count(*) ${W} and ${unit('CTTTK')} and p.rank_code = '01.003' and p.age >= 50`,
  },
  {
    question: 'Liệt kê các Giám đốc Trung tâm nữ của Cục Tần số vô tuyến điện, kèm ngày sinh',
    sql: `select p.full_name, p.birth_date ${W} and ${unit('CTSVTD')} and p.post_title = 'Giám đốc Trung tâm' and p.sex = 'female'`,
  },
  {
    question: 'danh sach pho giao su duoi 50 tuoi o Hoc vien Cong nghe Buu chinh Vien thong',
    sql: `select p.full_name ${W} and ${unit('HVCNBCVT')} and p.academic_title = 'pgs' and p.age < 50`,
  },
  {
    question: 'List the Phó Cục trưởng born after 1975, with their units.',
    sql: `select p.full_name, p.unit_name ${W} and p.post_title = 'Phó Cục trưởng' and p.birth_year > 1975`,
  },
  {
    question: 'Thống kê số viên chức theo chức danh nghề nghiệp ở Viện Ứng dụng công nghệ',
    sql: `select p.rank_name, count(*) ${W} and ${unit('VUDCN')} and p.staff_category = 'vien_chuc' group by p.rank_name`,
  },
  {
    question: 'Breakdown of women at Cục Bưu điện Trung ương by age group.',
    sql: `select (p.age / 10) * 10, count(*) ${W} and ${unit('CBDTW')} and p.sex = 'female' group by 1`,
  },
  {
    question: 'so nguoi theo loai can bo va gioi tinh o Hoc vien Chien luoc Khoa hoc va Cong nghe',
    sql: `select p.staff_category, p.sex, count(*) ${W} and ${unit('HVCLKHCN')} group by 1, 2`,
  },
  {
    question:
      'Số người đến tuổi nghỉ hưu theo từng năm 2027–2030, chia theo giới tính, của toàn Bộ',
    sql: `select extract(year from p.retirement_date)::integer as year, p.sex, count(*) ${W} and extract(year from p.retirement_date) between 2027 and 2030 group by 1, 2`,
  },
  {
    question:
      'So sánh cơ cấu trình độ chuyên môn giữa Cục Sở hữu trí tuệ và Cục Bưu điện Trung ương',
    sql: `select u.name, p.highest_degree, count(*) ${cmp('CSHTT', 'CBDTW')} group by 1, 2`,
  },
  {
    question: 'so sanh so nu duoi 35 tuoi giua Vu Phap che va Vu Hop tac quoc te',
    sql: `select u.name, count(*) ${cmp('VPC', 'VHTQT')} and p.sex = 'female' and p.age < 35 group by u.name`,
  },
  {
    question:
      'Compare the average salary coefficient of civil servants at Cục Viễn thông and Cục Tần số vô tuyến điện.',
    sql: `select u.name, avg(p.salary_coefficient) ${cmp('CVT', 'CTSVTD')} and p.staff_category = 'cong_chuc' group by u.name`,
  },
  {
    question: 'So sánh tỷ lệ đảng viên giữa Cục Viễn thông và Cục Sở hữu trí tuệ',
    sql: `select u.name, 100.0 * count(*) filter (where pp.is_party_member) / count(*) from chat.units u join chat.people p on p.unit_path like u.path || '%' join chat.people_private pp on pp.person_id = p.id where u.code in ('CVT', 'CSHTT') and p.status = 'working' group by u.name`,
  },
  {
    question: 'Tuổi trung bình của tiến sĩ nữ ở Viện Năng lượng nguyên tử Việt Nam là bao nhiêu?',
    sql: `select avg(p.age) ${W} and ${unit('VNLNTVN')} and p.highest_degree = 'tien_si' and p.sex = 'female'`,
  },
  {
    question:
      "What share of civil servants at Vụ Kế hoạch – Tài chính hold a master's degree or higher?",
    sql: `select 100.0 * count(*) filter (where ${MA}) / count(*) ${W} and ${unit('VKHTC')} and p.staff_category = 'cong_chuc'`,
  },
  {
    question: 'ty le nu trong so Pho Vu truong la bao nhieu',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and p.post_title = 'Phó Vụ trưởng'`,
  },
  {
    question: 'Hệ số lương trung bình của lãnh đạo cấp phòng ở Cục Sở hữu trí tuệ',
    sql: `select avg(p.salary_coefficient) ${W} and ${unit('CSHTT')} and p.post_level in (5, 6)`,
  },
  {
    question: 'Ai là Phó Giám đốc Trung tâm lớn tuổi nhất của Cục Bưu điện Trung ương?',
    sql: `select p.full_name ${W} and ${unit('CBDTW')} and p.post_title = 'Phó Giám đốc Trung tâm' order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Which Trưởng phòng at Cục Sở hữu trí tuệ has held the post the longest?',
    sql: `select p.full_name ${W} and ${unit('CSHTT')} and p.post_title = 'Trưởng phòng' order by ${since}, p.id limit 1`,
  },
  {
    question: 'Top 3 đơn vị có tỷ lệ người dưới 35 tuổi cao nhất',
    sql: `select u.name, 100.0 * count(*) filter (where p.age < 35) / count(*) ${TOP} group by u.name order by 2 desc, u.name limit 3`,
    orderMatters: true,
  },
  {
    question: 'Đơn vị nào có nhiều nữ thạc sĩ nhất?',
    sql: `select u.name ${TOP} and p.sex = 'female' and p.highest_degree = 'thac_si' group by u.name order by count(*) desc, u.name limit 1`,
  },
  {
    question: 'Có bao nhiêu Phó Trưởng phòng nữ đến tuổi nghỉ hưu trong 5 năm tới?',
    sql: `select count(*) ${W} and p.post_title = 'Phó Trưởng phòng' and p.sex = 'female' and ${next(5)}`,
  },
  {
    question:
      'Danh sách Trưởng phòng của Cục Tần số vô tuyến điện hết nhiệm kỳ trong 2 năm tới, kèm ngày hết nhiệm kỳ',
    sql: `select p.full_name, p.post_term_end ${W} and ${unit('CTSVTD')} and p.post_title = 'Trưởng phòng' and ${termNext(2)}`,
  },
  {
    question:
      'How many people left Viện Năng lượng nguyên tử Việt Nam on retirement each year from 2019 to 2025?',
    sql: `select m.year, count(*) from chat.movements m where m.direction = 'out' and m.reason = 'retired' and m.year between 2019 and 2025 and ${munit('VNLNTVN')} group by m.year`,
  },
  {
    question: 'Số người chuyển đến Cục Sở hữu trí tuệ theo từng năm từ 2020 đến 2025',
    sql: `select m.year, count(*) from chat.movements m where m.direction = 'in' and m.reason = 'transferred_in' and m.year between 2020 and 2025 and ${munit('CSHTT')} group by m.year`,
  },
  {
    question: 'Danh sách nữ đảng viên dưới 30 tuổi của Phòng Chính sách',
    sql: `select p.full_name ${PRIV} and ${unit('CVT.P03')} and p.sex = 'female' and pp.is_party_member and p.age < 30`,
    role: 'unit_hr',
  },
  {
    question: 'So sánh số người dưới 35 tuổi giữa các phòng của Cục',
    sql: `select p.unit_name, count(*) ${W} and ${unit('CVT')} and p.age < 35 group by p.unit_name`,
    role: 'leader',
  },
  // A fourth round: "trở xuống", sums of two units, ethnic groups, grades, averages by sex.
  {
    question: 'Cục Sở hữu trí tuệ có bao nhiêu người từ 35 tuổi trở xuống có bằng thạc sĩ?',
    sql: `select count(*) ${W} and ${unit('CSHTT')} and p.age <= 35 and p.highest_degree = 'thac_si'`,
  },
  {
    question: 'Có bao nhiêu người dân tộc Tày là nữ ở Cục Bưu điện Trung ương?',
    sql: `select count(*) ${PRIV} and ${unit('CBDTW')} and pp.ethnicity = 'Tày' and p.sex = 'female'`,
  },
  {
    question: 'Số người có chứng chỉ quản lý nhà nước chuyên viên cao cấp dưới 50 tuổi ở toàn Bộ',
    sql: `select count(*) ${W} and p.state_management = 'chuyen_vien_cao_cap' and p.age < 50`,
  },
  {
    question: 'Tổng số nữ ở Vụ Pháp chế và Vụ Hợp tác quốc tế là bao nhiêu?',
    sql: `select count(*) ${W} and (${unit('VPC')} or ${unit('VHTQT')}) and p.sex = 'female'`,
  },
  {
    question: 'Danh sách lãnh đạo cấp phòng nữ dưới 40 tuổi ở Cục Sở hữu trí tuệ, kèm chức vụ',
    sql: `select p.full_name, p.post_title ${W} and ${unit('CSHTT')} and p.post_level in (5, 6) and p.sex = 'female' and p.age < 40`,
  },
  {
    question: 'Thống kê số người theo trình độ quản lý nhà nước và giới tính ở Văn phòng Bộ',
    sql: `select p.state_management, p.sex, count(*) ${W} and ${unit('VPB')} group by 1, 2`,
  },
  {
    question:
      'So sánh số người đến tuổi nghỉ hưu trong 3 năm tới giữa Viện Năng lượng nguyên tử Việt Nam và Viện Ứng dụng công nghệ',
    sql: `select u.name, count(*) ${cmp('VNLNTVN', 'VUDCN')} and ${next(3)} group by u.name`,
  },
  {
    question: 'Which unit has the highest average salary coefficient?',
    sql: `select u.name ${TOP} group by u.name order by avg(p.salary_coefficient) desc, u.name limit 1`,
  },
  {
    question: 'Tỷ lệ nữ trong số người đến tuổi nghỉ hưu trong 5 năm tới là bao nhiêu?',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and ${next(5)}`,
  },
  {
    question:
      'Số lãnh đạo cấp phòng hết nhiệm kỳ theo từng năm 2027–2030 ở Cục Bưu điện Trung ương',
    sql: `select extract(year from p.post_term_end)::integer as year, count(*) ${W} and ${unit('CBDTW')} and p.post_level in (5, 6) and extract(year from p.post_term_end) between 2027 and 2030 group by 1`,
  },
  {
    question: 'so vien chuc hang I o Hoc vien Cong nghe Buu chinh Vien thong',
    sql: `select count(*) ${W} and ${unit('HVCNBCVT')} and p.staff_category = 'vien_chuc' and p.rank_grade = 1`,
  },
  {
    question: 'Average age of Party members at Cục Viễn thông, by sex?',
    sql: `select p.sex, avg(p.age) ${PRIV} and ${unit('CVT')} and pp.is_party_member group by p.sex`,
    role: 'unit_hr',
  },
  {
    question: 'Tuổi bình quân theo từng đơn vị trực thuộc Cục Tần số vô tuyến điện',
    sql: `select p.unit_name, avg(p.age) ${W} and ${unit('CTSVTD')} group by p.unit_name`,
  },
]
