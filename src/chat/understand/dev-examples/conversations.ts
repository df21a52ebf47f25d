import { type DevExample, PRIV, since, unit, W } from './shared.js'

/** Follow-ups in conversations, questions by a unit's leader, HR officer and planners, and English wordings. */
export const CONVERSATION_SIBLINGS: readonly DevExample[] = [
  // Round 1: siblings of the tuning set's follow-ups, unit and planner questions, and English.
  // Follow-ups: another unit or year, "trong đó", "ai … nhất", "ông ấy", "liệt kê những người đó".
  {
    question: 'Thế còn Vụ Pháp chế?',
    before: ['Vụ Bưu chính có bao nhiêu người?'],
    sql: `select count(*) ${W} and ${unit('VPC')}`,
  },
  {
    question: 'Còn Cục Tần số vô tuyến điện thì sao?',
    before: ['Cục Sở hữu trí tuệ có bao nhiêu tiến sĩ?'],
    sql: `select count(*) ${W} and ${unit('CTSVTD')} and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'con Bao VnExpress',
    before: ['co bao nhieu nguoi duoi 30 tuoi o Trung tam Internet Viet Nam'],
    sql: `select count(*) ${W} and ${unit('VNEXPRESS')} and p.age < 30`,
  },
  {
    question: 'What about Vụ Tổ chức cán bộ?',
    before: ['How many women work at Cục Chuyển đổi số quốc gia?'],
    sql: `select count(*) ${W} and ${unit('VTCCB')} and p.sex = 'female'`,
  },
  {
    question: 'And at VNNIC?',
    before: ["How many master's degree holders are at PTIT?"],
    sql: `select count(*) ${W} and ${unit('VNNIC')} and p.highest_degree = 'thac_si'`,
  },
  {
    question: 'Trong đó có bao nhiêu nữ?',
    before: ['Năm 2028 có bao nhiêu người đến tuổi nghỉ hưu?'],
    sql: `select count(*) ${W} and extract(year from p.retirement_date) = 2028 and p.sex = 'female'`,
  },
  {
    question: 'Trong đó có bao nhiêu lãnh đạo cấp Vụ, Cục và tương đương?',
    before: ['Trong 5 năm tới có bao nhiêu người nghỉ hưu?'],
    sql: `select count(*) ${W} and p.post_level in (3, 4) and p.retirement_date between public.hr_today() and (public.hr_today() + interval '5 years')::date`,
  },
  {
    question: 'trong do co bao nhieu nguoi tren 50 tuoi',
    before: ['Viện Ứng dụng công nghệ có bao nhiêu viên chức?'],
    sql: `select count(*) ${W} and ${unit('VUDCN')} and p.staff_category = 'vien_chuc' and p.age > 50`,
  },
  {
    question: 'Ai trẻ nhất?',
    before: ['Liệt kê các Vụ trưởng hiện nay.'],
    sql: `select p.full_name ${W} and p.post_title = 'Vụ trưởng' order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'Ai lớn tuổi nhất?',
    before: ['Danh sách Phó Cục trưởng Cục Viễn thông'],
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.post_title = 'Phó Cục trưởng' order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Who is the youngest?',
    before: ['List the Cục trưởng of the ministry.'],
    sql: `select p.full_name ${W} and p.post_title = 'Cục trưởng' order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'Ông ấy sinh năm nào?',
    before: ['Ông Lý Tiến Hòa giữ chức vụ gì?'],
    sql: `select p.birth_year from chat.people p where p.full_name = 'Lý Tiến Hòa'`,
  },
  {
    question: 'Bà ấy bao giờ nghỉ hưu?',
    before: ['Bà Hồ Thị Quỳnh làm ở đơn vị nào?'],
    sql: `select p.retirement_date from chat.people p where p.full_name = 'Hồ Thị Quỳnh'`,
  },
  {
    question: 'ong ay het nhiem ky khi nao',
    before: ['ong Bui Van Kien dang giu chuc vu gi'],
    sql: `select p.post_term_end from chat.people p where p.full_name = 'Bùi Văn Kiên'`,
  },
  {
    question: 'When was he born?',
    before: ['What post does Hoàng Văn Khánh hold?'],
    sql: `select p.birth_date from chat.people p where p.full_name = 'Hoàng Văn Khánh'`,
  },
  {
    question: 'Ông ấy đang ở ngạch nào?',
    before: ['Ông Đỗ Văn Trung sinh năm nào?'],
    sql: `select p.rank_name from chat.people p where p.full_name = 'Đỗ Văn Trung'`,
  },
  {
    question: 'Còn theo ngạch?',
    before: ['Thống kê số người theo giới tính ở Vụ Hợp tác quốc tế.'],
    sql: `select p.rank_name, count(*) ${W} and ${unit('VHTQT')} group by p.rank_name`,
  },
  {
    question: 'Còn theo nhóm tuổi 10 năm?',
    before: ['Số người theo trình độ chuyên môn của Cục Tần số vô tuyến điện'],
    sql: `select (p.age / 10) * 10 as age_band, count(*) ${W} and ${unit('CTSVTD')} group by 1`,
  },
  {
    question: 'And by staff category?',
    before: ['breakdown of VINATOM staff by sex'],
    sql: `select p.staff_category, count(*) ${W} and ${unit('VNLNTVN')} group by p.staff_category`,
  },
  {
    question: 'con theo trinh do ly luan chinh tri thi sao',
    before: ['thong ke so nguoi theo loai can bo o Vu Ke hoach Tai chinh'],
    sql: `select p.political_theory, count(*) ${W} and ${unit('VKHTC')} group by p.political_theory`,
  },
  {
    question: 'Liệt kê tên những người đó.',
    before: ['Cục Bưu điện Trung ương có bao nhiêu người đến tuổi nghỉ hưu năm 2027?'],
    sql: `select p.full_name ${W} and ${unit('CBDTW')} and extract(year from p.retirement_date) = 2027`,
  },
  {
    question: 'Đó là những ai?',
    before: ['Có bao nhiêu Phó Vụ trưởng hết nhiệm kỳ trong năm 2029?'],
    sql: `select p.full_name ${W} and p.post_title = 'Phó Vụ trưởng' and extract(year from p.post_term_end) = 2029`,
  },
  {
    question: 'List them.',
    before: ['How many people at VNNIC hold a doctorate?'],
    sql: `select p.full_name ${W} and ${unit('VNNIC')} and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'Which of them are over 50?',
    before: ['List the Phó Vụ trưởng of the ministry.'],
    sql: `select p.full_name ${W} and p.post_title = 'Phó Vụ trưởng' and p.age > 50`,
  },
  {
    question: 'Những ai là nữ?',
    before: ['Danh sách các Cục trưởng'],
    sql: `select p.full_name ${W} and p.post_title = 'Cục trưởng' and p.sex = 'female'`,
  },
  {
    question: 'Tính riêng nam thôi.',
    before: ['Tuổi bình quân của cán bộ Vụ Pháp chế là bao nhiêu?'],
    sql: `select avg(p.age) ${W} and ${unit('VPC')} and p.sex = 'male'`,
  },
  {
    question: 'rieng vien chuc thi sao',
    before: ['tuoi trung binh cua nguoi dang lam viec o Cuc Thong tin, Thong ke'],
    sql: `select avg(p.age) ${W} and ${unit('CTTTK')} and p.staff_category = 'vien_chuc'`,
  },
  {
    question: 'Trong đó bao nhiêu người dưới 45 tuổi?',
    before: ['Có bao nhiêu người trong quy hoạch chức danh Phó Cục trưởng?'],
    sql: `select count(*) ${W} and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_title = 'Phó Cục trưởng') and p.age < 45`,
  },
  {
    question: 'Còn năm ngoái?',
    before: ['Năm 2022 có bao nhiêu người được tuyển dụng?', 'Năm 2023 thì sao?'],
    sql: `select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year = extract(year from public.hr_today()) - 1`,
  },
  {
    question: 'Còn năm nay?',
    before: ['Năm ngoái có bao nhiêu người nghỉ hưu?'],
    sql: `select count(*) from chat.movements m where m.direction = 'out' and m.reason = 'retired' and m.year = extract(year from public.hr_today())`,
  },
  {
    question: 'And in 2023?',
    before: ['How many people resigned in 2024?'],
    sql: `select count(*) from chat.movements m where m.direction = 'out' and m.reason = 'resigned' and m.year = 2023`,
  },
  {
    question: 'How many of them are women?',
    before: ['How many people work at Vụ Bưu chính?'],
    sql: `select count(*) ${W} and ${unit('VBC')} and p.sex = 'female'`,
  },
  {
    question: 'Trong số đó có bao nhiêu thạc sĩ?',
    before: ['Trung tâm Công nghệ thông tin có bao nhiêu người?'],
    sql: `select count(*) ${W} and ${unit('TTCNTT')} and p.highest_degree = 'thac_si'`,
  },
  {
    question: 'Trong đó bao nhiêu người là nữ?',
    role: 'unit_hr',
    before: ['Cục có bao nhiêu đảng viên?'],
    sql: `select count(*) ${PRIV} and ${unit('CVT')} and pp.is_party_member and p.sex = 'female'`,
  },
  {
    question: 'Còn Phòng Quản lý doanh nghiệp?',
    role: 'unit_hr',
    before: ['Phòng Chính sách có bao nhiêu đảng viên?'],
    sql: `select count(*) ${PRIV} and ${unit('CVT.P05')} and pp.is_party_member`,
  },
  {
    question: 'Còn Phòng Chính sách?',
    role: 'leader',
    before: ['Văn phòng Cục có bao nhiêu người?'],
    sql: `select count(*) ${W} and ${unit('CVT.P03')}`,
  },
  {
    question: 'Còn tiến sĩ?',
    role: 'leader',
    before: ['Cục có bao nhiêu thạc sĩ?'],
    sql: `select count(*) ${W} and ${unit('CVT')} and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'Trong đó bao nhiêu nữ?',
    before: ['Vụ Pháp chế có bao nhiêu người?', 'Còn Vụ Bưu chính?'],
    sql: `select count(*) ${W} and ${unit('VBC')} and p.sex = 'female'`,
  },
  {
    question: 'Liệt kê tên những người đó',
    before: ['Vụ Tổ chức cán bộ có bao nhiêu người nghỉ hưu năm 2029?', 'Còn năm 2030?'],
    sql: `select p.full_name ${W} and ${unit('VTCCB')} and extract(year from p.retirement_date) = 2030`,
  },
  {
    question: 'ai het nhiem ky som nhat',
    before: ['danh sach pho cuc truong Cuc Tan so vo tuyen dien'],
    sql: `select p.full_name ${W} and ${unit('CTSVTD')} and p.post_title = 'Phó Cục trưởng' order by p.post_term_end, p.id limit 1`,
  },
  {
    question: 'Whose term ends first?',
    before: ['List the Trưởng phòng at Cục Viễn thông.'],
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.post_title = 'Trưởng phòng' order by p.post_term_end, p.id limit 1`,
  },
  {
    question: 'Còn Vụ Pháp chế?',
    before: ['Số người theo trình độ chuyên môn ở Vụ Tổ chức cán bộ.'],
    sql: `select p.highest_degree, count(*) ${W} and ${unit('VPC')} group by p.highest_degree`,
  },
  {
    question: 'Còn năm 2024?',
    before: ['Năm 2025 có bao nhiêu người đạt danh hiệu Chiến sĩ thi đua cơ sở?'],
    sql: `select count(*) ${W} and exists (select 1 from chat.awards w where w.person_id = p.id and w.year = 2024 and w.kind = 'Chiến sĩ thi đua cơ sở')`,
  },
  {
    question: 'Còn Cục Bưu điện Trung ương?',
    before: ['Năm 2025 Cục Sở hữu trí tuệ có bao nhiêu người hoàn thành xuất sắc nhiệm vụ?'],
    sql: `select count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and e.year = 2025 and e.level = 'xuat_sac' and ${unit('CBDTW')}`,
  },
  {
    question: 'Of those, how many are women?',
    before: ['How many people reach retirement age in 2031?'],
    sql: `select count(*) ${W} and extract(year from p.retirement_date) = 2031 and p.sex = 'female'`,
  },
  {
    question: 'Còn Học viện Công nghệ Bưu chính Viễn thông?',
    before: ['Viện Năng lượng nguyên tử Việt Nam có bao nhiêu giáo sư, phó giáo sư?'],
    sql: `select count(*) ${W} and ${unit('HVCNBCVT')} and p.academic_title in ('gs', 'pgs')`,
  },
  {
    question: 'Ai trong số đó trẻ nhất?',
    before: ['liệt kê các phó giám đốc Trung tâm Internet Việt Nam'],
    sql: `select p.full_name ${W} and ${unit('VNNIC')} and p.post_title = 'Phó Giám đốc' order by p.birth_date desc, p.id limit 1`,
  },
  // The leader of Cục Viễn thông: "Cục", "cục mình", "our agency", its Phòng and Văn phòng Cục.
  {
    question: 'Cục mình có bao nhiêu thạc sĩ?',
    role: 'leader',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.highest_degree = 'thac_si'`,
  },
  {
    question: 'cuc co bao nhieu nguoi tren 50 tuoi',
    role: 'leader',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.age > 50`,
  },
  {
    question: 'Danh sách trưởng phòng của Cục',
    role: 'leader',
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.post_title = 'Trưởng phòng'`,
  },
  {
    question: 'How many women work in our agency?',
    role: 'leader',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.sex = 'female'`,
  },
  {
    question: 'Who is the youngest person in our agency?',
    role: 'leader',
    sql: `select p.full_name ${W} and ${unit('CVT')} order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'Thống kê số người theo ngạch của Cục.',
    role: 'leader',
    sql: `select p.rank_name, count(*) ${W} and ${unit('CVT')} group by p.rank_name`,
  },
  {
    question: 'thong ke so can bo theo gioi tinh cua cuc minh',
    role: 'leader',
    sql: `select p.sex, count(*) ${W} and ${unit('CVT')} group by p.sex`,
  },
  {
    question: 'Những ai trong Cục sẽ đến tuổi nghỉ hưu trong 5 năm tới?',
    role: 'leader',
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.retirement_date between public.hr_today() and (public.hr_today() + interval '5 years')::date`,
  },
  {
    question: 'Phòng Chính sách có bao nhiêu người?',
    role: 'leader',
    sql: `select count(*) ${W} and ${unit('CVT.P03')}`,
  },
  {
    question: 'phong quan ly doanh nghiep co bao nhieu nu',
    role: 'leader',
    sql: `select count(*) ${W} and ${unit('CVT.P05')} and p.sex = 'female'`,
  },
  {
    question: 'Phòng nào trong Cục có ít người nhất?',
    role: 'leader',
    sql: `select u.name from chat.units u join chat.people p on p.unit_path like u.path || '%' where u.kind = 'phong' and u.path like (select path from chat.units where code = 'CVT') || '%' and p.status = 'working' group by u.name order by count(*), u.name limit 1`,
  },
  {
    question: 'Số người nghỉ hưu của Cục mỗi năm từ 2020 đến 2025?',
    role: 'leader',
    sql: `select m.year, count(*) from chat.movements m join chat.units u on u.id = m.unit_id where m.direction = 'out' and m.reason = 'retired' and m.year between 2020 and 2025 and u.path like (select path from chat.units where code = 'CVT') || '%' group by m.year`,
  },
  {
    question: 'Lãnh đạo cấp phòng nào của Cục hết nhiệm kỳ trong năm 2027?',
    role: 'leader',
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.post_level in (5, 6) and extract(year from p.post_term_end) = 2027`,
  },
  {
    question: 'Which of our staff are in the planning pool for Trưởng phòng?',
    role: 'leader',
    sql: `select p.full_name ${W} and ${unit('CVT')} and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_title = 'Trưởng phòng')`,
  },
  {
    question: 'Tuổi bình quân của cán bộ Cục là bao nhiêu?',
    role: 'leader',
    sql: `select avg(p.age) ${W} and ${unit('CVT')}`,
  },
  {
    question: 'Tỷ lệ nữ của Cục?',
    role: 'leader',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and ${unit('CVT')}`,
  },
  {
    question: 'How many people in our agency are under 35?',
    role: 'leader',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.age < 35`,
  },
  {
    question: 'cuc minh co bao nhieu nguoi duoc tuyen dung nam 2025',
    role: 'leader',
    sql: `select count(*) from chat.movements m join chat.units u on u.id = m.unit_id where m.direction = 'in' and m.reason = 'recruited' and m.year = 2025 and u.path like (select path from chat.units where code = 'CVT') || '%'`,
  },
  {
    question: 'Văn phòng Cục có bao nhiêu người dưới 40 tuổi?',
    role: 'leader',
    sql: `select count(*) ${W} and ${unit('CVT.P01')} and p.age < 40`,
  },
  {
    question: 'Danh sách cán bộ Phòng Quản lý tài nguyên viễn thông',
    role: 'leader',
    sql: `select p.full_name ${W} and ${unit('CVT.P04')}`,
  },
  {
    question: 'Ai là trưởng phòng trẻ nhất của Cục?',
    role: 'leader',
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.post_title = 'Trưởng phòng' order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'Năm 2025 Cục có bao nhiêu người hoàn thành xuất sắc nhiệm vụ?',
    role: 'leader',
    sql: `select count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and e.year = 2025 and e.level = 'xuat_sac' and ${unit('CVT')}`,
  },
  {
    question: 'Cục có bao nhiêu đảng viên?',
    role: 'leader',
    sql: null,
    expect: 'abstain',
  },
  // The unit HR officer of Cục Viễn thông, who may see sensitive data.
  {
    question: 'Danh sách đảng viên của Văn phòng Cục.',
    role: 'unit_hr',
    sql: `select p.full_name ${PRIV} and ${unit('CVT.P01')} and pp.is_party_member`,
  },
  {
    question: 'How many Party members are there in our agency?',
    role: 'unit_hr',
    sql: `select count(*) ${PRIV} and ${unit('CVT')} and pp.is_party_member`,
  },
  {
    question: 'cuc co bao nhieu dang vien nu',
    role: 'unit_hr',
    sql: `select count(*) ${PRIV} and ${unit('CVT')} and pp.is_party_member and p.sex = 'female'`,
  },
  {
    question: 'Số người theo trình độ lý luận chính trị của Cục?',
    role: 'unit_hr',
    sql: `select p.political_theory, count(*) ${W} and ${unit('CVT')} group by p.political_theory`,
  },
  {
    question: 'Trong Cục có ai bị kỷ luật từ năm 2020 đến nay không?',
    role: 'unit_hr',
    sql: `select p.full_name from chat.disciplines d join chat.people p on p.id = d.person_id where ${unit('CVT')} and d.decided_on between date '2020-01-01' and public.hr_today()`,
  },
  {
    question: 'Tỷ lệ đảng viên của Cục là bao nhiêu?',
    role: 'unit_hr',
    sql: `select 100.0 * count(*) filter (where pp.is_party_member) / count(*) ${PRIV} and ${unit('CVT')}`,
  },
  {
    question: 'Thống kê số người theo loại cán bộ của Cục',
    role: 'unit_hr',
    sql: `select p.staff_category, count(*) ${W} and ${unit('CVT')} group by p.staff_category`,
  },
  {
    question: 'Cục có bao nhiêu người là dân tộc thiểu số?',
    role: 'unit_hr',
    sql: `select count(*) ${PRIV} and ${unit('CVT')} and pp.ethnicity <> 'Kinh'`,
  },
  // Planners: quotas, retirements by year, the ministry's age and sex structure.
  {
    question: 'Tổng biên chế được giao năm 2027 của toàn Bộ là bao nhiêu?',
    role: 'planner',
    sql: `select sum(q.quota) from chat.quotas q where q.year = 2027`,
  },
  {
    question: 'bien che cong chuc giao cho Cuc Vien thong nam 2026 la bao nhieu',
    role: 'planner',
    sql: `select sum(q.quota) from chat.quotas q join chat.units u on u.id = q.unit_id where q.year = 2026 and q.staff_category = 'cong_chuc' and u.path like (select path from chat.units where code = 'CVT') || '%'`,
  },
  {
    question: 'Viên chức headcount quota for each year from 2027 to 2031.',
    role: 'planner',
    sql: `select q.year, sum(q.quota) from chat.quotas q where q.staff_category = 'vien_chuc' and q.year between 2027 and 2031 group by q.year`,
  },
  {
    question: 'Số người đến tuổi nghỉ hưu theo từng năm giai đoạn 2027-2030.',
    role: 'planner',
    sql: `select extract(year from p.retirement_date)::integer as year, count(*) ${W} and extract(year from p.retirement_date) between 2027 and 2030 group by 1`,
  },
  {
    question: 'How many people across the ministry reach retirement age in the next 5 years?',
    role: 'planner',
    sql: `select count(*) ${W} and p.retirement_date between public.hr_today() and (public.hr_today() + interval '5 years')::date`,
  },
  {
    question: 'Tỷ lệ nữ của toàn Bộ là bao nhiêu?',
    role: 'planner',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W}`,
  },
  {
    question: 'so nguoi dang cong tac theo nhom tuoi 10 nam cua toan Bo',
    role: 'planner',
    sql: `select (p.age / 10) * 10 as age_band, count(*) ${W} group by 1`,
  },
  {
    question: 'Số lãnh đạo cấp phòng đến tuổi nghỉ hưu theo từng năm 2027–2031.',
    role: 'planner',
    sql: `select extract(year from p.retirement_date)::integer as year, count(*) ${W} and p.post_level in (5, 6) and extract(year from p.retirement_date) between 2027 and 2031 group by 1`,
  },
  {
    question: 'Tỷ lệ cán bộ từ 50 tuổi trở lên của toàn Bộ?',
    role: 'planner',
    sql: `select 100.0 * count(*) filter (where p.age >= 50) / count(*) ${W}`,
  },
  {
    question: 'Biên chế được giao cho Viện Năng lượng nguyên tử Việt Nam năm 2026 là bao nhiêu?',
    role: 'planner',
    sql: `select sum(q.quota) from chat.quotas q join chat.units u on u.id = q.unit_id where q.year = 2026 and u.path like (select path from chat.units where code = 'VNLNTVN') || '%'`,
  },
  {
    question: 'What share of staff across the ministry are under 30?',
    role: 'planner',
    sql: `select 100.0 * count(*) filter (where p.age < 30) / count(*) ${W}`,
  },
  {
    question: 'Số người đang công tác theo loại cán bộ và giới tính của toàn Bộ.',
    role: 'planner',
    sql: `select p.staff_category, p.sex, count(*) ${W} group by p.staff_category, p.sex`,
  },
  // English wordings of counts, lists, breakdowns, person facts, events and comparisons.
  {
    question: 'How many Party members work at Vụ Pháp chế?',
    sql: `select count(*) ${PRIV} and ${unit('VPC')} and pp.is_party_member`,
  },
  {
    question: 'List the staff of Vụ Hợp tác quốc tế born in 1990 or later, with their birth dates.',
    sql: `select p.full_name, p.birth_date ${W} and ${unit('VHTQT')} and p.birth_year >= 1990`,
  },
  {
    question: 'Breakdown of Cục Sở hữu trí tuệ staff by staff category.',
    sql: `select p.staff_category, count(*) ${W} and ${unit('CSHTT')} group by p.staff_category`,
  },
  {
    question: 'What is the average age of Trưởng phòng across the ministry?',
    sql: `select avg(p.age) ${W} and p.post_title = 'Trưởng phòng'`,
  },
  {
    question: 'What share of VNNIC staff are women?',
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and ${unit('VNNIC')}`,
  },
  {
    question: "Which unit has the most master's degree holders?",
    sql: `select u.name from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' and p.highest_degree = 'thac_si' group by u.name order by count(*) desc, u.name limit 1`,
  },
  {
    question: 'Who is the oldest person at Vụ Pháp chế?',
    sql: `select p.full_name ${W} and ${unit('VPC')} order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Which unit does Phạm Hồng Vinh work in?',
    sql: `select p.unit_name from chat.people p where p.full_name = 'Phạm Hồng Vinh'`,
  },
  {
    question: "What is Le Hoang Loi's date of birth?",
    sql: `select p.birth_date from chat.people p where p.full_name = 'Lê Hoàng Lợi'`,
  },
  {
    question: 'How many people reach retirement age in 2029?',
    sql: `select count(*) ${W} and extract(year from p.retirement_date) = 2029`,
  },
  {
    question: 'Which Phó Cục trưởng have terms ending in 2028?',
    sql: `select p.full_name ${W} and p.post_title = 'Phó Cục trưởng' and extract(year from p.post_term_end) = 2028`,
  },
  {
    question: 'How many people were recruited each year from 2019 to 2024?',
    sql: `select m.year, count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year between 2019 and 2024 group by m.year`,
  },
  {
    question: 'Compare the average age of Vụ Bưu chính and Vụ Pháp chế.',
    sql: `select u.name, avg(p.age) from chat.units u join chat.people p on p.unit_path like u.path || '%' where u.code in ('VBC', 'VPC') and p.status = 'working' group by u.name`,
  },
  {
    question: 'How many people were rated as excellent (hoàn thành xuất sắc) in 2024?',
    sql: `select count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and e.year = 2024 and e.level = 'xuat_sac'`,
  },
  {
    question: 'How many people have retired from the ministry?',
    sql: `select count(*) from chat.people p where p.status = 'retired'`,
  },
  {
    question: 'How many people left Cục Tần số vô tuyến điện each year from 2021 to 2025?',
    sql: `select m.year, count(*) from chat.movements m join chat.units u on u.id = m.unit_id where m.direction = 'out' and m.year between 2021 and 2025 and u.path like (select path from chat.units where code = 'CTSVTD') || '%' group by m.year`,
  },
  {
    question: 'Which Cục trưởng has been in post the longest?',
    sql: `select p.full_name ${W} and p.post_title = 'Cục trưởng' order by ${since}, p.id limit 1`,
  },
  {
    question: 'How many staff hold an English B2 certificate?',
    sql: `select count(*) ${W} and exists (select 1 from chat.trainings t where t.person_id = p.id and t.kind = 'foreign_language' and t.level = 'Tiếng Anh B2')`,
  },
  {
    question: 'List the people reaching retirement age in Q3 2027, with their retirement dates.',
    sql: `select p.full_name, p.retirement_date ${W} and p.retirement_date between date '2027-07-01' and date '2027-09-30'`,
  },
  {
    question: 'How many professors and associate professors work at PTIT?',
    sql: `select count(*) ${W} and ${unit('HVCNBCVT')} and p.academic_title in ('gs', 'pgs')`,
  },
  {
    question: 'How many people joined the ministry this year?',
    sql: `select count(*) from chat.movements m where m.direction = 'in' and m.year = extract(year from public.hr_today())`,
  },
  {
    question: 'How many staff at Cục Viễn thông have senior-level political theory (cao cấp)?',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.political_theory = 'cao_cap'`,
  },
  {
    question:
      "How many people were awarded the Minister's certificate of merit (Bằng khen của Bộ trưởng) in 2024?",
    sql: `select count(*) ${W} and exists (select 1 from chat.awards w where w.person_id = p.id and w.year = 2024 and w.kind = 'Bằng khen của Bộ trưởng Bộ Khoa học và Công nghệ')`,
  },
  {
    question: 'What is the average age of division-level leaders (lãnh đạo cấp phòng)?',
    sql: `select avg(p.age) ${W} and p.post_level in (5, 6)`,
  },
  // Round 2: more of the same, other units, people, years and wordings.
  // Follow-ups: another unit or year, "trong đó", "ai … nhất", "ông ấy", "liệt kê những người đó".
  {
    question: 'Vậy còn Cục Thông tin, Thống kê?',
    before: ['Cục Đổi mới sáng tạo có bao nhiêu người từ 55 tuổi trở lên?'],
    sql: `select count(*) ${W} and ${unit('CTTTK')} and p.age >= 55`,
  },
  {
    question: 'con vu phap che thi sao',
    before: ['so cong chuc cua Vu Hop tac quoc te'],
    sql: `select count(*) ${W} and ${unit('VPC')} and p.staff_category = 'cong_chuc'`,
  },
  {
    question: 'What about the Central Post Office?',
    before: ['How many PhDs work at Cục Tần số vô tuyến điện?'],
    sql: `select count(*) ${W} and ${unit('CBDTW')} and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'And Thanh tra Bộ?',
    before: ['How many women work at Văn phòng Bộ?'],
    sql: `select count(*) ${W} and ${unit('TTRB')} and p.sex = 'female'`,
  },
  {
    question: 'Trong số đó có bao nhiêu người là nữ?',
    before: ['Trong 3 năm tới có bao nhiêu người đến tuổi nghỉ hưu?'],
    sql: `select count(*) ${W} and p.retirement_date between public.hr_today() and (public.hr_today() + interval '3 years')::date and p.sex = 'female'`,
  },
  {
    question: 'Trong đó bao nhiêu người là Trưởng phòng?',
    before: ['Năm 2029 có bao nhiêu người nghỉ hưu?'],
    sql: `select count(*) ${W} and extract(year from p.retirement_date) = 2029 and p.post_title = 'Trưởng phòng'`,
  },
  {
    question: 'trong do bao nhieu nguoi co bang thac si',
    before: ['Vu Ke hoach Tai chinh co bao nhieu nu'],
    sql: `select count(*) ${W} and ${unit('VKHTC')} and p.sex = 'female' and p.highest_degree = 'thac_si'`,
  },
  {
    question: 'Ai trẻ tuổi nhất?',
    before: ['Danh sách các Phó Cục trưởng trong Bộ'],
    sql: `select p.full_name ${W} and p.post_title = 'Phó Cục trưởng' order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'Who is the oldest of them?',
    before: ['List the Viện trưởng in the ministry.'],
    sql: `select p.full_name ${W} and p.post_title = 'Viện trưởng' order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'ai lon tuoi nhat',
    before: ['danh sach truong phong Cuc Tan so vo tuyen dien'],
    sql: `select p.full_name ${W} and ${unit('CTSVTD')} and p.post_title = 'Trưởng phòng' order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Ông ấy sinh ngày nào?',
    before: ['Ông Huỳnh Văn Lâm công tác ở đơn vị nào?'],
    sql: `select p.birth_date from chat.people p where p.full_name = 'Huỳnh Văn Lâm'`,
  },
  {
    question: 'Bà ấy đang giữ chức vụ gì?',
    before: ['Bà Phan Hải Thúy sinh năm nào?'],
    sql: `select p.post_title from chat.people p where p.full_name = 'Phan Hải Thúy'`,
  },
  {
    question: 'When does she retire?',
    before: ['Which unit does Lê Ngọc Liên work in?'],
    sql: `select p.retirement_date from chat.people p where p.full_name = 'Lê Ngọc Liên'`,
  },
  {
    question: 'ong ay sinh nam nao',
    before: ['ong Ly Van Tung giu chuc vu gi'],
    sql: `select p.birth_year from chat.people p where p.full_name = 'Lý Văn Tùng'`,
  },
  {
    question: 'Ông ấy hết nhiệm kỳ vào ngày nào?',
    before: ['Ông Nguyễn Trung Lực đang giữ chức vụ gì?'],
    sql: `select p.post_term_end from chat.people p where p.full_name = 'Nguyễn Trung Lực'`,
  },
  {
    question: 'Còn theo giới tính?',
    before: ['Thống kê số người theo loại cán bộ ở Văn phòng Bộ.'],
    sql: `select p.sex, count(*) ${W} and ${unit('VPB')} group by p.sex`,
  },
  {
    question: 'Còn theo trình độ chuyên môn thì sao?',
    before: ['Số người theo ngạch của Cục Viễn thông'],
    sql: `select p.highest_degree, count(*) ${W} and ${unit('CVT')} group by p.highest_degree`,
  },
  {
    question: 'And by highest degree?',
    before: ['Breakdown of VnExpress staff by sex.'],
    sql: `select p.highest_degree, count(*) ${W} and ${unit('VNEXPRESS')} group by p.highest_degree`,
  },
  {
    question: 'con theo gioi tinh',
    before: [
      'thong ke so nguoi theo trinh do chuyen mon cua Hoc vien Cong nghe Buu chinh Vien thong',
    ],
    sql: `select p.sex, count(*) ${W} and ${unit('HVCNBCVT')} group by p.sex`,
  },
  {
    question: 'Liệt kê những người đó.',
    before: ['Vụ Pháp chế có bao nhiêu người đến tuổi nghỉ hưu trong 5 năm tới?'],
    sql: `select p.full_name ${W} and ${unit('VPC')} and p.retirement_date between public.hr_today() and (public.hr_today() + interval '5 years')::date`,
  },
  {
    question: 'Cho danh sách cụ thể.',
    before: ['Có bao nhiêu Trưởng phòng hết nhiệm kỳ trong năm 2027?'],
    sql: `select p.full_name ${W} and p.post_title = 'Trưởng phòng' and extract(year from p.post_term_end) = 2027`,
  },
  {
    question: 'Who are they?',
    before: ['How many PhDs are there at Vụ Kế hoạch – Tài chính?'],
    sql: `select p.full_name ${W} and ${unit('VKHTC')} and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'liet ke ten nhung nguoi do',
    before: ['Cuc So huu tri tue co bao nhieu nguoi duoi 25 tuoi'],
    sql: `select p.full_name ${W} and ${unit('CSHTT')} and p.age < 25`,
  },
  {
    question: 'Which of them are under 50?',
    before: ['List the Cục trưởng of the ministry.'],
    sql: `select p.full_name ${W} and p.post_title = 'Cục trưởng' and p.age < 50`,
  },
  {
    question: 'Ai trong số đó là nữ?',
    before: ['Liệt kê các Phó Vụ trưởng.'],
    sql: `select p.full_name ${W} and p.post_title = 'Phó Vụ trưởng' and p.sex = 'female'`,
  },
  {
    question: 'Tính riêng nữ thôi.',
    before: ['Tuổi trung bình của cán bộ Trung tâm Internet Việt Nam?'],
    sql: `select avg(p.age) ${W} and ${unit('VNNIC')} and p.sex = 'female'`,
  },
  {
    question: 'Chỉ tính công chức thôi',
    before: ['Vụ Bưu chính có bao nhiêu người dưới 35 tuổi?'],
    sql: `select count(*) ${W} and ${unit('VBC')} and p.staff_category = 'cong_chuc' and p.age < 35`,
  },
  {
    question: 'Trong đó có bao nhiêu nữ?',
    before: ['Có bao nhiêu người trong quy hoạch chức danh Vụ trưởng?'],
    sql: `select count(*) ${W} and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_title = 'Vụ trưởng') and p.sex = 'female'`,
  },
  {
    question: 'Còn năm ngoái?',
    before: ['Năm 2022 có bao nhiêu người nghỉ hưu?', 'Năm 2023 thì sao?'],
    sql: `select count(*) from chat.movements m where m.direction = 'out' and m.reason = 'retired' and m.year = extract(year from public.hr_today()) - 1`,
  },
  {
    question: 'Năm 2023 thì sao?',
    before: ['Năm 2024 có bao nhiêu người chuyển đến Bộ công tác?'],
    sql: `select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'transferred_in' and m.year = 2023`,
  },
  {
    question: 'What about last year?',
    before: ['How many people were recruited in 2023?'],
    sql: `select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'recruited' and m.year = extract(year from public.hr_today()) - 1`,
  },
  {
    question: 'How many of them are civil servants?',
    before: ['How many people work at Vụ Đánh giá và Thẩm định công nghệ?'],
    sql: `select count(*) ${W} and ${unit('VDGTD')} and p.staff_category = 'cong_chuc'`,
  },
  {
    question: 'Trong số đó có bao nhiêu người trên 45 tuổi?',
    before: ['Vụ Kinh tế và Xã hội số có bao nhiêu tiến sĩ?'],
    sql: `select count(*) ${W} and ${unit('VKTXHS')} and p.highest_degree = 'tien_si' and p.age > 45`,
  },
  {
    question: 'Còn Phòng Chính sách?',
    role: 'unit_hr',
    before: ['Văn phòng Cục có bao nhiêu đảng viên?'],
    sql: `select count(*) ${PRIV} and ${unit('CVT.P03')} and pp.is_party_member`,
  },
  {
    question: 'Còn bao nhiêu người chưa là đảng viên?',
    role: 'unit_hr',
    before: ['Phòng Quản lý tài nguyên viễn thông có bao nhiêu đảng viên?'],
    sql: `select count(*) ${PRIV} and ${unit('CVT.P04')} and not pp.is_party_member`,
  },
  {
    question: 'Còn Phòng Kế hoạch – Tài chính?',
    role: 'leader',
    before: ['Phòng Chính sách có bao nhiêu nữ?'],
    sql: `select count(*) ${W} and ${unit('CVT.P02')} and p.sex = 'female'`,
  },
  {
    question: 'Trong đó có bao nhiêu nữ?',
    role: 'leader',
    before: ['Cục có bao nhiêu người dưới 35 tuổi?'],
    sql: `select count(*) ${W} and ${unit('CVT')} and p.age < 35 and p.sex = 'female'`,
  },
  {
    question: 'Còn tiến sĩ?',
    before: ['Văn phòng Bộ có bao nhiêu thạc sĩ?', 'Còn Thanh tra Bộ?'],
    sql: `select count(*) ${W} and ${unit('TTRB')} and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'Ai trong số đó hết nhiệm kỳ sớm nhất?',
    before: ['Danh sách Phó Cục trưởng Cục An toàn bức xạ và hạt nhân'],
    sql: `select p.full_name ${W} and ${unit('CATBXHN')} and p.post_title = 'Phó Cục trưởng' order by p.post_term_end, p.id limit 1`,
  },
  {
    question: 'Còn Vụ Bưu chính?',
    before: ['Thống kê số người theo ngạch ở Vụ Pháp chế.'],
    sql: `select p.rank_name, count(*) ${W} and ${unit('VBC')} group by p.rank_name`,
  },
  {
    question: 'Còn Cục Sở hữu trí tuệ?',
    before: ['Năm 2024 Cục Tần số vô tuyến điện có bao nhiêu người không hoàn thành nhiệm vụ?'],
    sql: `select count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and e.year = 2024 and e.level = 'khong_hoan_thanh' and ${unit('CSHTT')}`,
  },
  // The leader of Cục Viễn thông: "Cục", "cục mình", "our agency", its Phòng and Văn phòng Cục.
  {
    question: 'Cục có bao nhiêu người là viên chức?',
    role: 'leader',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.staff_category = 'vien_chuc'`,
  },
  {
    question: 'cuc minh co bao nhieu tien si',
    role: 'leader',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'Danh sách phó trưởng phòng của Cục',
    role: 'leader',
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.post_title = 'Phó Trưởng phòng'`,
  },
  {
    question: 'Who is the oldest person in our agency?',
    role: 'leader',
    sql: `select p.full_name ${W} and ${unit('CVT')} order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Thống kê số người theo nhóm tuổi của Cục',
    role: 'leader',
    sql: `select (p.age / 10) * 10 as age_band, count(*) ${W} and ${unit('CVT')} group by 1`,
  },
  {
    question: 'Những ai trong Cục sẽ nghỉ hưu trong năm 2028?',
    role: 'leader',
    sql: `select p.full_name ${W} and ${unit('CVT')} and extract(year from p.retirement_date) = 2028`,
  },
  {
    question: 'Phòng Kế hoạch – Tài chính có bao nhiêu nữ?',
    role: 'leader',
    sql: `select count(*) ${W} and ${unit('CVT.P02')} and p.sex = 'female'`,
  },
  {
    question: 'Số người thôi việc ở Cục theo từng năm từ 2021 đến 2025',
    role: 'leader',
    sql: `select m.year, count(*) from chat.movements m join chat.units u on u.id = m.unit_id where m.direction = 'out' and m.reason = 'resigned' and m.year between 2021 and 2025 and u.path like (select path from chat.units where code = 'CVT') || '%' group by m.year`,
  },
  {
    question: 'Lãnh đạo nào của Cục hết nhiệm kỳ trong 2 năm tới?',
    role: 'leader',
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.post_term_end between public.hr_today() and (public.hr_today() + interval '2 years')::date`,
  },
  {
    question: 'How many of our staff are in a planning pool?',
    role: 'leader',
    sql: `select count(*) ${W} and ${unit('CVT')} and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active)`,
  },
  {
    question: "Breakdown of our agency's staff by staff category.",
    role: 'leader',
    sql: `select p.staff_category, count(*) ${W} and ${unit('CVT')} group by p.staff_category`,
  },
  {
    question: 'Tỷ lệ thạc sĩ của Cục là bao nhiêu?',
    role: 'leader',
    sql: `select 100.0 * count(*) filter (where p.highest_degree = 'thac_si') / count(*) ${W} and ${unit('CVT')}`,
  },
  {
    question: 'van phong cuc co bao nhieu thac si',
    role: 'leader',
    sql: `select count(*) ${W} and ${unit('CVT.P01')} and p.highest_degree = 'thac_si'`,
  },
  {
    question: 'Danh sách đảng viên của Cục',
    role: 'leader',
    sql: null,
    expect: 'abstain',
  },
  // The unit HR officer of Cục Viễn thông, who may see sensitive data.
  {
    question: 'Số đảng viên của Phòng Quản lý doanh nghiệp?',
    role: 'unit_hr',
    sql: `select count(*) ${PRIV} and ${unit('CVT.P05')} and pp.is_party_member`,
  },
  {
    question: 'List the Party members in Phòng Kế hoạch – Tài chính.',
    role: 'unit_hr',
    sql: `select p.full_name ${PRIV} and ${unit('CVT.P02')} and pp.is_party_member`,
  },
  {
    question: 'Thống kê số người theo trình độ chuyên môn của Cục',
    role: 'unit_hr',
    sql: `select p.highest_degree, count(*) ${W} and ${unit('CVT')} group by p.highest_degree`,
  },
  {
    question: 'cuc co bao nhieu dang vien duoi 35 tuoi',
    role: 'unit_hr',
    sql: `select count(*) ${PRIV} and ${unit('CVT')} and p.age < 35 and pp.is_party_member`,
  },
  // Planners: quotas, retirements by year, the ministry's age and sex structure.
  {
    question: 'Tổng biên chế được giao năm 2030 là bao nhiêu?',
    role: 'planner',
    sql: `select sum(q.quota) from chat.quotas q where q.year = 2030`,
  },
  {
    question: 'How many people reach retirement age each year from 2028 to 2032?',
    role: 'planner',
    sql: `select extract(year from p.retirement_date)::integer as year, count(*) ${W} and extract(year from p.retirement_date) between 2028 and 2032 group by 1`,
  },
  {
    question: 'Tỷ lệ tiến sĩ của toàn Bộ?',
    role: 'planner',
    sql: `select 100.0 * count(*) filter (where p.highest_degree = 'tien_si') / count(*) ${W}`,
  },
  {
    question: 'bien che cong chuc theo tung nam tu 2026 den 2030',
    role: 'planner',
    sql: `select q.year, sum(q.quota) from chat.quotas q where q.staff_category = 'cong_chuc' and q.year between 2026 and 2030 group by q.year`,
  },
  {
    question: 'Số người đến tuổi nghỉ hưu trong 3 năm tới của toàn Bộ?',
    role: 'planner',
    sql: `select count(*) ${W} and p.retirement_date between public.hr_today() and (public.hr_today() + interval '3 years')::date`,
  },
  {
    question: 'Headcount by sex across the ministry.',
    role: 'planner',
    sql: `select p.sex, count(*) ${W} group by p.sex`,
  },
  // English wordings of counts, lists, breakdowns, person facts, events and comparisons.
  {
    question: 'How many Phó Giám đốc Trung tâm are there?',
    sql: `select count(*) ${W} and p.post_title = 'Phó Giám đốc Trung tâm'`,
  },
  {
    question: 'Who is the youngest Phó Vụ trưởng?',
    sql: `select p.full_name ${W} and p.post_title = 'Phó Vụ trưởng' order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'How many people at Vụ Bưu chính were born in 1980?',
    sql: `select count(*) ${W} and ${unit('VBC')} and p.birth_year = 1980`,
  },
  {
    question: 'List the professors at VINATOM.',
    sql: `select p.full_name ${W} and ${unit('VNLNTVN')} and p.academic_title = 'gs'`,
  },
  {
    question: 'Which division-level leaders (lãnh đạo cấp phòng) reach retirement age in 2027?',
    sql: `select p.full_name ${W} and p.post_level in (5, 6) and extract(year from p.retirement_date) = 2027`,
  },
  {
    question: 'How many people left the ministry in 2024?',
    sql: `select count(*) from chat.movements m where m.direction = 'out' and m.year = 2024`,
  },
  {
    question: 'Compare the share of women at Vụ Pháp chế and Thanh tra Bộ.',
    sql: `select u.name, 100.0 * count(*) filter (where p.sex = 'female') / count(*) from chat.units u join chat.people p on p.unit_path like u.path || '%' where u.code in ('VPC', 'TTRB') and p.status = 'working' group by u.name`,
  },
  {
    question: "What is Nguyen Minh Dung's post?",
    sql: null,
    expect: 'abstain',
  },
  {
    question: 'Number of people by evaluation level in 2024 at Cục Viễn thông.',
    sql: `select e.level, count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and ${unit('CVT')} and e.year = 2024 group by e.level`,
  },
  {
    question: 'How many staff have transferred out of Vụ Pháp chế?',
    sql: `select count(*) from chat.people p where p.status = 'transferred_out' and ${unit('VPC')}`,
  },
  // Round 3: chains of turns, breakdowns and shares narrowed, facts about a person.
  // Follow-ups: another unit or year, "trong đó", "ai … nhất", "ông ấy", "liệt kê những người đó".
  {
    question: 'Còn Viện Ứng dụng công nghệ thì thế nào?',
    before: ['Viện Năng lượng nguyên tử Việt Nam có bao nhiêu viên chức?'],
    sql: `select count(*) ${W} and ${unit('VUDCN')} and p.staff_category = 'vien_chuc'`,
  },
  {
    question: 'How about Vụ Bưu chính?',
    before: ["What's the average age at Vụ Pháp chế?"],
    sql: `select avg(p.age) ${W} and ${unit('VBC')}`,
  },
  {
    question: 'Còn năm 2029?',
    before: ['Những Phó Vụ trưởng nào hết nhiệm kỳ trong năm 2028?'],
    sql: `select p.full_name ${W} and p.post_title = 'Phó Vụ trưởng' and extract(year from p.post_term_end) = 2029`,
  },
  {
    question: 'Năm 2031 thì sao?',
    before: ['Có bao nhiêu Trưởng phòng đến tuổi nghỉ hưu năm 2030?'],
    sql: `select count(*) ${W} and p.post_title = 'Trưởng phòng' and extract(year from p.retirement_date) = 2031`,
  },
  {
    question: 'Trong số họ có bao nhiêu người là đảng viên?',
    before: ['Vụ Tổ chức cán bộ có bao nhiêu nữ?'],
    sql: `select count(*) ${PRIV} and ${unit('VTCCB')} and p.sex = 'female' and pp.is_party_member`,
  },
  {
    question: 'Ai là người lớn tuổi nhất trong số đó?',
    before: ['Danh sách Giám đốc Trung tâm'],
    sql: `select p.full_name ${W} and p.post_title = 'Giám đốc Trung tâm' order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Còn theo loại cán bộ?',
    before: ['Số người theo giới tính của Cục Sở hữu trí tuệ'],
    sql: `select p.staff_category, count(*) ${W} and ${unit('CSHTT')} group by p.staff_category`,
  },
  {
    question: 'Tính riêng viên chức',
    before: ['Tỷ lệ nữ ở Viện Năng lượng nguyên tử Việt Nam?'],
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) ${W} and ${unit('VNLNTVN')} and p.staff_category = 'vien_chuc'`,
  },
  {
    question: 'Of those, how many are women?',
    before: ['How many people at Cục Viễn thông are over 50?'],
    sql: `select count(*) ${W} and ${unit('CVT')} and p.age > 50 and p.sex = 'female'`,
  },
  {
    question: 'Bà ấy bao nhiêu tuổi?',
    before: ['Bà Phan Thị Phương Hoa làm ở đơn vị nào?'],
    sql: `select p.age from chat.people p where p.full_name = 'Phan Thị Phương Hoa'`,
  },
  {
    question: 'What rank does he hold?',
    before: ['Where does Vi Duy Thuận work?'],
    sql: `select p.rank_name from chat.people p where p.full_name = 'Vi Duy Thuận'`,
  },
  {
    question: 'ong ay que o dau',
    before: ['ong Ha Hoang Dung sinh nam nao'],
    sql: `select p.home_town from chat.people p where p.full_name = 'Hà Hoàng Dũng'`,
  },
  {
    question: 'Năm ngoái thì sao?',
    before: ['Năm 2024 có bao nhiêu người được tiếp nhận chuyển đến?'],
    sql: `select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'transferred_in' and m.year = extract(year from public.hr_today()) - 1`,
  },
  {
    question: 'Còn năm nay?',
    before: ['Năm ngoái có bao nhiêu người thôi việc?'],
    sql: `select count(*) from chat.movements m where m.direction = 'out' and m.reason = 'resigned' and m.year = extract(year from public.hr_today())`,
  },
  {
    question: 'Còn Phòng Chính sách?',
    role: 'leader',
    before: ['Phòng Quản lý doanh nghiệp có bao nhiêu thạc sĩ?'],
    sql: `select count(*) ${W} and ${unit('CVT.P03')} and p.highest_degree = 'thac_si'`,
  },
  {
    question: 'Trong đó bao nhiêu người dưới 40 tuổi?',
    role: 'leader',
    before: ['Phòng Chính sách có bao nhiêu nữ?'],
    sql: `select count(*) ${W} and ${unit('CVT.P03')} and p.sex = 'female' and p.age < 40`,
  },
  {
    question: 'Còn Cục Tần số vô tuyến điện?',
    before: ['Cục Sở hữu trí tuệ có bao nhiêu người?', 'Trong đó bao nhiêu nữ?'],
    sql: `select count(*) ${W} and ${unit('CTSVTD')} and p.sex = 'female'`,
  },
  {
    question: 'Trong đó ai là nữ?',
    before: ['Danh sách Trưởng phòng hết nhiệm kỳ năm 2028'],
    sql: `select p.full_name ${W} and p.post_title = 'Trưởng phòng' and extract(year from p.post_term_end) = 2028 and p.sex = 'female'`,
  },
  {
    question: 'Tính riêng nữ',
    before: ['Số người theo trình độ chuyên môn của Vụ Pháp chế'],
    sql: `select p.highest_degree, count(*) ${W} and ${unit('VPC')} and p.sex = 'female' group by p.highest_degree`,
  },
  {
    question: 'Liệt kê kèm ngày nghỉ hưu',
    before: ['Số người nghỉ hưu trong năm 2027 của Cục Bưu điện Trung ương?'],
    sql: `select p.full_name, p.retirement_date ${W} and ${unit('CBDTW')} and extract(year from p.retirement_date) = 2027`,
  },
  // The leader of Cục Viễn thông: "Cục", "cục mình", "our agency", its Phòng and Văn phòng Cục.
  {
    question: 'Cục mình có bao nhiêu người sinh từ năm 1990 trở về sau?',
    role: 'leader',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.birth_year >= 1990`,
  },
  {
    question: 'Ai là người trẻ nhất Văn phòng Cục?',
    role: 'leader',
    sql: `select p.full_name ${W} and ${unit('CVT.P01')} order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'What is the average age in our agency?',
    role: 'leader',
    sql: `select avg(p.age) ${W} and ${unit('CVT')}`,
  },
  {
    question: 'Số người được tuyển dụng vào Cục theo từng năm 2019-2024',
    role: 'leader',
    sql: `select m.year, count(*) from chat.movements m join chat.units u on u.id = m.unit_id where m.direction = 'in' and m.reason = 'recruited' and m.year between 2019 and 2024 and u.path like (select path from chat.units where code = 'CVT') || '%' group by m.year`,
  },
  {
    question: 'danh sach nhung nguoi trong quy hoach pho cuc truong cua cuc',
    role: 'leader',
    sql: `select p.full_name ${W} and ${unit('CVT')} and exists (select 1 from chat.planning pl where pl.person_id = p.id and pl.active and pl.post_title = 'Phó Cục trưởng')`,
  },
  {
    question: 'How many Trưởng phòng does our agency have?',
    role: 'leader',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.post_title = 'Trưởng phòng'`,
  },
  {
    question: 'Có bao nhiêu người trong Cục hết nhiệm kỳ năm 2029?',
    role: 'leader',
    sql: `select count(*) ${W} and ${unit('CVT')} and extract(year from p.post_term_end) = 2029`,
  },
  {
    question: 'Thống kê số người theo trình độ lý luận chính trị của Cục',
    role: 'leader',
    sql: `select p.political_theory, count(*) ${W} and ${unit('CVT')} group by p.political_theory`,
  },
  // The unit HR officer of Cục Viễn thông, who may see sensitive data.
  {
    question: 'Danh sách đảng viên nữ của Cục',
    role: 'unit_hr',
    sql: `select p.full_name ${PRIV} and ${unit('CVT')} and pp.is_party_member and p.sex = 'female'`,
  },
  {
    question: 'Phòng Chính sách có bao nhiêu người dân tộc thiểu số?',
    role: 'unit_hr',
    sql: `select count(*) ${PRIV} and ${unit('CVT.P03')} and pp.ethnicity <> 'Kinh'`,
  },
  // Planners: quotas, retirements by year, the ministry's age and sex structure.
  {
    question: 'Biên chế được giao cho Cục Viễn thông năm 2027 là bao nhiêu?',
    role: 'planner',
    sql: `select sum(q.quota) from chat.quotas q join chat.units u on u.id = q.unit_id where q.year = 2027 and u.path like (select path from chat.units where code = 'CVT') || '%'`,
  },
  {
    question: 'Tổng biên chế người lao động được giao năm 2028',
    role: 'planner',
    sql: `select sum(q.quota) from chat.quotas q where q.year = 2028 and q.staff_category = 'nguoi_lao_dong'`,
  },
  {
    question: 'How many people across the ministry reach retirement age in 2030?',
    role: 'planner',
    sql: `select count(*) ${W} and extract(year from p.retirement_date) = 2030`,
  },
  {
    question: 'so lanh dao cap phong den tuoi nghi huu theo tung nam tu 2026 den 2030',
    role: 'planner',
    sql: `select extract(year from p.retirement_date)::integer as year, count(*) ${W} and p.post_level in (5, 6) and extract(year from p.retirement_date) between 2026 and 2030 group by 1`,
  },
  // English wordings of counts, lists, breakdowns, person facts, events and comparisons.
  {
    question: 'How many Trưởng phòng are women?',
    sql: `select count(*) ${W} and p.post_title = 'Trưởng phòng' and p.sex = 'female'`,
  },
  {
    question: 'List the Phó Viện trưởng at VINATOM.',
    sql: `select p.full_name ${W} and ${unit('VNLNTVN')} and p.post_title = 'Phó Viện trưởng'`,
  },
  {
    question: 'Which unit has the lowest average age?',
    sql: `select u.name from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working' group by u.name order by avg(p.age), u.name limit 1`,
  },
  {
    question: 'How many public employees (viên chức) work at PTIT?',
    sql: `select count(*) ${W} and ${unit('HVCNBCVT')} and p.staff_category = 'vien_chuc'`,
  },
  {
    question: "When does Vi Duy Thuan's term end?",
    sql: `select p.post_term_end from chat.people p where p.full_name = 'Vi Duy Thuận'`,
  },
  {
    question: 'How many people transferred in during 2025?',
    sql: `select count(*) from chat.movements m where m.direction = 'in' and m.reason = 'transferred_in' and m.year = 2025`,
  },
  {
    question: 'Compare the number of women at VNNIC and VnExpress.',
    sql: `select u.name, count(*) from chat.units u join chat.people p on p.unit_path like u.path || '%' where u.code in ('VNNIC', 'VNEXPRESS') and p.status = 'working' and p.sex = 'female' group by u.name`,
  },
  {
    question: "How many people at Thanh tra Bộ have a master's degree?",
    sql: `select count(*) ${W} and ${unit('TTRB')} and p.highest_degree = 'thac_si'`,
  },
  {
    question: 'Who are the Giám đốc Trung tâm at PTIT?',
    sql: `select p.full_name ${W} and ${unit('HVCNBCVT')} and p.post_title = 'Giám đốc Trung tâm'`,
  },
  {
    question: 'How many people will retire in the next 2 years?',
    sql: `select count(*) ${W} and p.retirement_date between public.hr_today() and (public.hr_today() + interval '2 years')::date`,
  },
  // Round 4: follow-ups of quotas and events, English follow-ups; a possessive unit name is declined.
  // Follow-ups: another unit or year, "trong đó", "ai … nhất", "ông ấy", "liệt kê những người đó".
  {
    question: 'What about women?',
    before: ['How many people at Vụ Pháp chế are over 50?'],
    sql: `select count(*) ${W} and ${unit('VPC')} and p.age > 50 and p.sex = 'female'`,
  },
  {
    question: 'Same for Cục Viễn thông?',
    before: ['Breakdown of Vụ Bưu chính staff by degree.'],
    sql: `select p.highest_degree, count(*) ${W} and ${unit('CVT')} group by p.highest_degree`,
  },
  {
    question: 'And in 2027?',
    before: ['Which Phó Cục trưởng have terms ending in 2028?'],
    sql: `select p.full_name ${W} and p.post_title = 'Phó Cục trưởng' and extract(year from p.post_term_end) = 2027`,
  },
  {
    question: 'Who among them is the youngest?',
    before: ['List the Trưởng phòng at Cục Sở hữu trí tuệ.'],
    sql: `select p.full_name ${W} and ${unit('CSHTT')} and p.post_title = 'Trưởng phòng' order by p.birth_date desc, p.id limit 1`,
  },
  {
    question: 'List their names.',
    before: ['How many people at Văn phòng Bộ were born in 1995?'],
    sql: `select p.full_name ${W} and ${unit('VPB')} and p.birth_year = 1995`,
  },
  {
    question: 'What is her date of birth?',
    before: ['Which unit does Trần Phương Hằng work in?'],
    sql: `select p.birth_date from chat.people p where p.full_name = 'Trần Phương Hằng'`,
  },
  {
    question: 'Thế còn nam?',
    before: ['Vụ Pháp chế có bao nhiêu nữ?'],
    sql: `select count(*) ${W} and ${unit('VPC')} and p.sex = 'male'`,
  },
  {
    question: 'Riêng Phòng Chính sách thì sao?',
    role: 'leader',
    before: ['Cục có bao nhiêu thạc sĩ?'],
    sql: `select count(*) ${W} and ${unit('CVT.P03')} and p.highest_degree = 'thac_si'`,
  },
  {
    question: 'Liệt kê họ',
    role: 'leader',
    before: ['Cục có bao nhiêu tiến sĩ?'],
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.highest_degree = 'tien_si'`,
  },
  {
    question: 'Trong số đó ai lớn tuổi nhất?',
    role: 'leader',
    before: ['Danh sách phó trưởng phòng của Cục'],
    sql: `select p.full_name ${W} and ${unit('CVT')} and p.post_title = 'Phó Trưởng phòng' order by p.birth_date, p.id limit 1`,
  },
  {
    question: 'Còn năm 2024?',
    role: 'leader',
    before: ['Năm 2025 Cục có bao nhiêu người được tuyển dụng?'],
    sql: `select count(*) from chat.movements m join chat.units u on u.id = m.unit_id where m.direction = 'in' and m.reason = 'recruited' and m.year = 2024 and u.path like (select path from chat.units where code = 'CVT') || '%'`,
  },
  {
    question: 'Trong đó bao nhiêu người dưới 45 tuổi?',
    role: 'unit_hr',
    before: ['Cục có bao nhiêu đảng viên?'],
    sql: `select count(*) ${PRIV} and ${unit('CVT')} and pp.is_party_member and p.age < 45`,
  },
  {
    question: 'And for 2029?',
    role: 'planner',
    before: ['What is the total headcount quota for 2028?'],
    sql: `select sum(q.quota) from chat.quotas q where q.year = 2029`,
  },
  {
    question: 'Còn viên chức?',
    role: 'planner',
    before: ['Biên chế công chức năm 2027 của toàn Bộ là bao nhiêu?'],
    sql: `select sum(q.quota) from chat.quotas q where q.year = 2027 and q.staff_category = 'vien_chuc'`,
  },
  {
    question: 'Trong đó có bao nhiêu người là công chức?',
    before: ['Cục Đổi mới sáng tạo có bao nhiêu nữ?'],
    sql: `select count(*) ${W} and ${unit('CDMST')} and p.sex = 'female' and p.staff_category = 'cong_chuc'`,
  },
  {
    question: 'con nam 2025',
    before: ['nam 2024 co bao nhieu nguoi khong hoan thanh nhiem vu'],
    sql: `select count(*) from chat.people p join chat.evaluations e on e.person_id = p.id where p.status = 'working' and e.year = 2025 and e.level = 'khong_hoan_thanh'`,
  },
  // The unit HR officer of Cục Viễn thông, who may see sensitive data.
  {
    question: 'How many of our staff are Party members?',
    role: 'unit_hr',
    sql: `select count(*) ${PRIV} and ${unit('CVT')} and pp.is_party_member`,
  },
  // English wordings of counts, lists, breakdowns, person facts, events and comparisons.
  {
    question: 'Who is the longest-serving Vụ trưởng?',
    sql: `select p.full_name ${W} and p.post_title = 'Vụ trưởng' order by ${since}, p.id limit 1`,
  },
  {
    question: 'Which Trưởng phòng retires first?',
    sql: `select p.full_name ${W} and p.post_title = 'Trưởng phòng' order by p.retirement_date, p.id limit 1`,
  },
  {
    question: 'How many people received the Chiến sĩ thi đua cơ sở title in 2024?',
    sql: `select count(*) ${W} and exists (select 1 from chat.awards w where w.person_id = p.id and w.year = 2024 and w.kind = 'Chiến sĩ thi đua cơ sở')`,
  },
  {
    question: "What share of Cục Viễn thông's staff are women?",
    sql: null,
    expect: 'abstain',
  },
  {
    question: 'How many people at Vụ Hợp tác quốc tế are aged 40 or over?',
    sql: `select count(*) ${W} and ${unit('VHTQT')} and p.age >= 40`,
  },
  {
    question: 'List the women under 35 at Thanh tra Bộ.',
    sql: `select p.full_name ${W} and ${unit('TTRB')} and p.sex = 'female' and p.age < 35`,
  },
  {
    question: 'What is the average age of Party members in the ministry?',
    sql: `select avg(p.age) ${PRIV} and pp.is_party_member`,
  },
  {
    question: 'nam 2026 co bao nhieu nguoi het nhiem ky',
    sql: `select count(*) ${W} and extract(year from p.post_term_end) = 2026`,
  },
  {
    question: 'Năm nay còn bao nhiêu người nữa ở Cục Viễn thông đến tuổi nghỉ hưu?',
    sql: `select count(*) ${W} and ${unit('CVT')} and extract(year from p.retirement_date) = extract(year from public.hr_today()) and p.retirement_date >= public.hr_today()`,
  },
  {
    question: 'Tỷ lệ đó ở Cục Viễn thông là bao nhiêu?',
    before: ['Tỷ lệ nữ của toàn Bộ'],
    sql: `select 100.0 * count(*) filter (where p.sex = 'female') / count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'CVT') || '%'`,
  },
  {
    question: 'What about that share for Vụ Pháp chế?',
    before: ['What percentage of staff hold a doctorate?'],
    sql: `select 100.0 * count(*) filter (where p.highest_degree = 'tien_si') / count(*) from chat.people p where p.status = 'working' and p.unit_path like (select path from chat.units where code = 'VPC') || '%'`,
  },
  {
    question: 'Tỷ lệ ở Cục Viễn thông là bao nhiêu?',
    sql: null,
    expect: 'abstain',
  },
  {
    question: 'Bao nhiêu người có chức danh nghề nghiệp hạng I?',
    sql: `select count(*) from chat.people p where p.status = 'working' and p.rank_grade = 1 and p.staff_category = 'vien_chuc'`,
  },
  {
    question: 'Trình độ của ông Lý Tiến Hòa',
    sql: `select p.highest_degree from chat.people p where p.full_name = 'Lý Tiến Hòa' and p.status = 'working'`,
  },
  {
    question: 'Trình độ lý luận chính trị của ông Lý Tiến Hòa',
    sql: `select p.political_theory from chat.people p where p.full_name = 'Lý Tiến Hòa' and p.status = 'working'`,
  },
  {
    question: 'Ông Trần Xuân Việt được bổ nhiệm chức vụ hiện tại từ ngày nào?',
    sql: `select (select min(a.start_date) from chat.appointments a where a.person_id = p.id and a.post_id = (select c.post_id from chat.appointments c where c.person_id = p.id and c.end_date is null)) from chat.people p where p.full_name = 'Trần Xuân Việt' and p.status = 'working'`,
  },
  {
    question: 'Trình độ ở Cục Viễn thông?',
    sql: null,
    expect: 'abstain',
  },
  {
    question: 'How many staff members were rated as not completing their duties in 2025?',
    sql: `select count(*) from chat.people p where p.status = 'working' and exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2025 and e.level = 'khong_hoan_thanh')`,
  },
  {
    question: 'ba ho thi quynh nghi huu khi nao',
    sql: `select p.retirement_date from chat.people p where p.full_name = 'Hồ Thị Quỳnh' and p.status = 'working'`,
  },
  {
    question: 'Số người có hệ số lương cao nhất',
    sql: null,
    expect: 'abstain',
  },
  {
    question: 'Số người ở bậc lương cao nhất của ngạch',
    sql: null,
    expect: 'abstain',
  },
]
