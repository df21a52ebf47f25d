import { type DevExample, munit, person, unit, W } from './shared.js'

const T = 'public.hr_today()'
/** From today to today plus a span: "trong 5 năm tới", "in the next 6 months". */
const ahead = (n: number, u = 'years') => `between ${T} and (${T} + interval '${n} ${u}')::date`
/** A span back from today: "12 tháng qua", "in the past 6 months". */
const back = (n: number, u = 'months') => `between (${T} - interval '${n} ${u}')::date and ${T}`
/** "Từ đầu năm đến nay": this year up to today. */
const YTD = `between date_trunc('year', ${T})::date and ${T}`
const MV = 'from chat.movements m where'

/** One person's facts, retirements, term ends, yearly joins and exits, and time expressions. */
export const EVENT_SIBLINGS: readonly DevExample[] = [
  // Round 1: one person's facts (namesakes and unknown names must be asked back), retirements
  // and term ends by period, yearly inflows and outflows, and relative time spans.
  { question: 'Bà Phan Quỳnh Hiền sinh năm nào?', sql: person('birth_year', 'Phan Quỳnh Hiền') },
  {
    question: 'ong Dinh Minh Thanh cong tac o don vi nao',
    sql: person('unit_name', 'Đinh Minh Thành'),
  },
  {
    question: 'Chức vụ hiện nay của ông Trần Xuân Việt là gì?',
    sql: person('post_title', 'Trần Xuân Việt'),
  },
  { question: 'Ông Hà Văn Tùng khi nào nghỉ hưu?', sql: person('retirement_date', 'Hà Văn Tùng') },
  { question: "When does Ly Tien Hoa's term end?", sql: person('post_term_end', 'Lý Tiến Hòa') },
  { question: 'What rank does Ngo Van Phong hold?', sql: person('rank_name', 'Ngô Văn Phong') },
  { question: 'Ngày sinh của bà Hồ Thị Quỳnh?', sql: person('birth_date', 'Hồ Thị Quỳnh') },
  { question: 'ong Bui Van Long huong bac luong may', sql: person('salary_step', 'Bùi Văn Long') },
  {
    question: 'Ông Phan Văn Vinh ngạch gì, bậc mấy?',
    sql: `select p.rank_name, p.salary_step from chat.people p where p.full_name = 'Phan Văn Vinh'`,
  },
  {
    question: 'Chị Nguyễn Thị Thanh Thúy công tác ở đơn vị nào?',
    sql: person('unit_name', 'Nguyễn Thị Thanh Thúy'),
  },
  {
    question: 'Hệ số lương của ông Vũ Quang Tuấn là bao nhiêu?',
    sql: person('salary_coefficient', 'Vũ Quang Tuấn'),
  },
  { question: "What is Tran Thanh Khanh's rank?", sql: person('rank_name', 'Trần Thanh Khánh') },
  { question: 'chi Huynh Thi Trang sinh ngay nao', sql: person('birth_date', 'Huỳnh Thị Trang') },
  {
    question: 'Ông Nguyễn Tiến Việt bao giờ đến tuổi nghỉ hưu?',
    sql: person('retirement_date', 'Nguyễn Tiến Việt'),
  },
  { question: 'Which unit does Phan Van Duc work in?', sql: person('unit_name', 'Phan Văn Đức') },
  { question: 'anh Pham Trung Khai bac luong may', sql: person('salary_step', 'Phạm Trung Khải') },
  { question: 'Chị Lê Minh Lụa sinh năm bao nhiêu?', sql: person('birth_year', 'Lê Minh Lụa') },
  {
    question: 'When will Pham Thanh Hung retire?',
    sql: person('retirement_date', 'Phạm Thanh Hùng'),
  },
  { question: 'Anh Kiều Đức Long giữ ngạch gì?', sql: person('rank_name', 'Kiều Đức Long') },
  {
    question: 'he so luong cua ong Tran Minh Thuan',
    sql: person('salary_coefficient', 'Trần Minh Thuận'),
  },
  { question: 'When was Hoang Duc Thang born?', sql: person('birth_date', 'Hoàng Đức Thắng') },
  {
    question: 'Anh Võ Minh Long về Bộ từ khi nào?',
    sql: person('joined_ministry', 'Võ Minh Long'),
  },
  { question: "What is Tran Anh Chien's position?", sql: person('post_title', 'Trần Anh Chiến') },
  {
    question: 'ba Nguyen Minh Khue het nhiem ky khi nao',
    sql: person('post_term_end', 'Nguyễn Minh Khuê'),
  },
  {
    question: 'Bà Danh Thanh Hương năm nay bao nhiêu tuổi?',
    sql: person('age', 'Danh Thanh Hương'),
  },
  {
    question: 'Ông Trương Minh Nghĩa đang giữ chức vụ gì, ở đơn vị nào?',
    sql: `select p.post_title, p.unit_name from chat.people p where p.full_name = 'Trương Minh Nghĩa'`,
  },
  {
    question: 'What is the salary grade of Nguyen Van Cong?',
    sql: person('salary_step', 'Nguyễn Văn Công'),
  },
  { question: 'Phan Hoài Loan sinh năm nào?', sql: person('birth_year', 'Phan Hoài Loan') },
  { question: "Mr Le Minh Tien's date of birth?", sql: person('birth_date', 'Lê Minh Tiến') },
  { question: 'Bà Nguyễn Thị Hà sinh năm nào?', sql: null, expect: 'abstain' },
  { question: 'Ông Nguyễn Văn Hải công tác ở đơn vị nào?', sql: null, expect: 'abstain' },
  { question: 'What rank does Le Thi Hoa hold?', sql: null, expect: 'abstain' },
  { question: 'Ông Trần Quốc Bảo sinh năm nào?', sql: null, expect: 'abstain' },
  { question: 'ba Nguyen Thi Thuy het nhiem ky khi nao', sql: null, expect: 'abstain' },
  {
    question: 'Năm 2029 có bao nhiêu người đến tuổi nghỉ hưu?',
    sql: `select count(*) ${W} and extract(year from p.retirement_date) = 2029`,
  },
  {
    question: 'nam sau co bao nhieu nguoi nghi huu',
    sql: `select count(*) ${W} and extract(year from p.retirement_date) = extract(year from ${T}) + 1`,
  },
  {
    question: 'How many people will retire in 2031?',
    sql: `select count(*) ${W} and extract(year from p.retirement_date) = 2031`,
  },
  {
    question: 'How many men reach retirement age between 2027 and 2029?',
    sql: `select count(*) ${W} and p.sex = 'male' and extract(year from p.retirement_date) between 2027 and 2029`,
  },
  {
    question: 'Số nữ đến tuổi nghỉ hưu từ năm 2028 đến năm 2032 là bao nhiêu?',
    sql: `select count(*) ${W} and p.sex = 'female' and extract(year from p.retirement_date) between 2028 and 2032`,
  },
  {
    question: 'Danh sách người đến tuổi nghỉ hưu trong quý 3/2027, kèm ngày nghỉ hưu.',
    sql: `select p.full_name, p.retirement_date ${W} and p.retirement_date between date '2027-07-01' and date '2027-09-30'`,
  },
  {
    question: 'Ai đến tuổi nghỉ hưu trong quý 1/2027?',
    sql: `select p.full_name ${W} and p.retirement_date between date '2027-01-01' and date '2027-03-31'`,
  },
  {
    question: 'Trong 3 năm tới Cục Viễn thông có bao nhiêu người nghỉ hưu?',
    sql: `select count(*) ${W} and ${unit('CVT')} and p.retirement_date ${ahead(3)}`,
  },
  {
    question: 'trong 5 nam toi vu to chuc can bo co bao nhieu nguoi den tuoi nghi huu',
    sql: `select count(*) ${W} and ${unit('VTCCB')} and p.retirement_date ${ahead(5)}`,
  },
  {
    question:
      'How many staff of Cục Tần số vô tuyến điện reach retirement age in the next 4 years?',
    sql: `select count(*) ${W} and ${unit('CTSVTD')} and p.retirement_date ${ahead(4)}`,
  },
  {
    question: 'so lanh dao cap vu, cuc den tuoi nghi huu trong 5 nam toi',
    sql: `select count(*) ${W} and p.post_level in (3, 4) and p.retirement_date ${ahead(5)}`,
  },
  {
    question: 'Những Phó Cục trưởng nào sẽ nghỉ hưu trong năm 2029?',
    sql: `select p.full_name ${W} and p.post_title = 'Phó Cục trưởng' and extract(year from p.retirement_date) = 2029`,
  },
  {
    question: 'Which Cục trưởng reach retirement age before 2031?',
    sql: `select p.full_name ${W} and p.post_title = 'Cục trưởng' and p.retirement_date < date '2031-01-01'`,
  },
  {
    question: 'trưởng phòng nào nghỉ hưu trong năm 2027',
    sql: `select p.full_name ${W} and p.post_title = 'Trưởng phòng' and extract(year from p.retirement_date) = 2027`,
  },
  {
    question: 'Những lãnh đạo cấp phòng nào đến tuổi nghỉ hưu trong năm 2027?',
    sql: `select p.full_name ${W} and p.post_level in (5, 6) and extract(year from p.retirement_date) = 2027`,
  },
  {
    question: 'Năm nay còn bao nhiêu người nữa đến tuổi nghỉ hưu?',
    sql: `select count(*) ${W} and extract(year from p.retirement_date) = extract(year from ${T}) and p.retirement_date >= ${T}`,
  },
  {
    question: 'How many people are still due to retire this year?',
    sql: `select count(*) ${W} and extract(year from p.retirement_date) = extract(year from ${T}) and p.retirement_date >= ${T}`,
  },
  {
    question: 'trong 2 nam toi co bao nhieu nguoi nghi huu',
    sql: `select count(*) ${W} and p.retirement_date ${ahead(2)}`,
  },
  {
    question: 'Who reaches retirement age in the next 3 months?',
    sql: `select p.full_name ${W} and p.retirement_date ${ahead(3, 'months')}`,
  },
  {
    question: 'How many people reach retirement age in the next 5 years?',
    sql: `select count(*) ${W} and p.retirement_date ${ahead(5)}`,
    role: 'planner',
  },
  {
    question: 'so nguoi den tuoi nghi huu theo tung nam giai doan 2027-2031',
    sql: `select extract(year from p.retirement_date)::integer as year, count(*) ${W} and extract(year from p.retirement_date) between 2027 and 2031 group by 1`,
    role: 'planner',
  },
  {
    question: 'Number of retirements per year from 2028 to 2032',
    sql: `select extract(year from p.retirement_date)::integer as year, count(*) ${W} and extract(year from p.retirement_date) between 2028 and 2032 group by 1`,
    role: 'planner',
  },
  {
    question: 'Số lãnh đạo cấp phòng đến tuổi nghỉ hưu theo từng năm 2027–2030.',
    sql: `select extract(year from p.retirement_date)::integer as year, count(*) ${W} and p.post_level in (5, 6) and extract(year from p.retirement_date) between 2027 and 2030 group by 1`,
    role: 'planner',
  },
  {
    question: 'Số người Cục Viễn thông đến tuổi nghỉ hưu theo từng năm từ 2027 đến 2030',
    sql: `select extract(year from p.retirement_date)::integer as year, count(*) ${W} and ${unit('CVT')} and extract(year from p.retirement_date) between 2027 and 2030 group by 1`,
  },
  {
    question: 'Trong 10 năm tới toàn Bộ có bao nhiêu người đến tuổi nghỉ hưu?',
    sql: `select count(*) ${W} and p.retirement_date ${ahead(10)}`,
    role: 'planner',
  },
  {
    question: 'How many women in the ministry reach retirement age in the next 5 years?',
    sql: `select count(*) ${W} and p.sex = 'female' and p.retirement_date ${ahead(5)}`,
    role: 'planner',
  },
  {
    question: 'Năm 2029 có bao nhiêu lãnh đạo hết nhiệm kỳ?',
    sql: `select count(*) ${W} and extract(year from p.post_term_end) = 2029`,
  },
  {
    question: 'nam sau co bao nhieu nguoi het nhiem ky',
    sql: `select count(*) ${W} and extract(year from p.post_term_end) = extract(year from ${T}) + 1`,
  },
  {
    question: 'nhung truong phong nao het nhiem ky trong nam 2027',
    sql: `select p.full_name ${W} and p.post_title = 'Trưởng phòng' and extract(year from p.post_term_end) = 2027`,
  },
  {
    question: 'Những Phó Cục trưởng nào hết nhiệm kỳ năm 2029?',
    sql: `select p.full_name ${W} and p.post_title = 'Phó Cục trưởng' and extract(year from p.post_term_end) = 2029`,
  },
  {
    question: 'Which Cục trưởng have terms ending within the next 3 years?',
    sql: `select p.full_name ${W} and p.post_title = 'Cục trưởng' and p.post_term_end ${ahead(3)}`,
  },
  {
    question: 'Which Phó Vụ trưởng have terms expiring in the next 2 years?',
    sql: `select p.full_name ${W} and p.post_title = 'Phó Vụ trưởng' and p.post_term_end ${ahead(2)}`,
  },
  {
    question:
      'Danh sách lãnh đạo Cục Viễn thông hết nhiệm kỳ trong 2 năm tới, kèm ngày hết nhiệm kỳ.',
    sql: `select p.full_name, p.post_term_end ${W} and ${unit('CVT')} and p.post_term_end ${ahead(2)}`,
  },
  {
    question: 'Lãnh đạo Vụ Tổ chức cán bộ nào hết nhiệm kỳ trong 3 năm tới?',
    sql: `select p.full_name ${W} and ${unit('VTCCB')} and p.post_term_end ${ahead(3)}`,
  },
  {
    question: 'trong quy 3/2027 co bao nhieu nguoi het nhiem ky',
    sql: `select count(*) ${W} and p.post_term_end between date '2027-07-01' and date '2027-09-30'`,
  },
  {
    question: 'Quý 1/2028 có bao nhiêu lãnh đạo hết thời hạn giữ chức vụ?',
    sql: `select count(*) ${W} and p.post_term_end between date '2028-01-01' and date '2028-03-31'`,
  },
  {
    question: 'Năm nay có bao nhiêu người hết nhiệm kỳ?',
    sql: `select count(*) ${W} and extract(year from p.post_term_end) = extract(year from ${T})`,
  },
  {
    question: "How many leaders' terms end in 2030?",
    sql: `select count(*) ${W} and extract(year from p.post_term_end) = 2030`,
  },
  {
    question: 'Số lãnh đạo hết nhiệm kỳ theo từng năm từ 2027 đến 2031',
    sql: `select extract(year from p.post_term_end)::integer as year, count(*) ${W} and extract(year from p.post_term_end) between 2027 and 2031 group by 1`,
  },
  {
    question: 'năm sau có ai hết nhiệm kỳ không?',
    sql: `select p.full_name ${W} and extract(year from p.post_term_end) = extract(year from ${T}) + 1`,
  },
  {
    question: 'Số người được tuyển dụng mới hằng năm từ 2019 đến 2023?',
    sql: `select m.year, count(*) ${MV} m.direction = 'in' and m.reason = 'recruited' and m.year between 2019 and 2023 group by m.year`,
  },
  {
    question: 'so nguoi chuyen den hang nam tu 2020 den 2025',
    sql: `select m.year, count(*) ${MV} m.direction = 'in' and m.reason = 'transferred_in' and m.year between 2020 and 2025 group by m.year`,
  },
  {
    question: 'How many people retired each year from 2015 to 2020?',
    sql: `select m.year, count(*) ${MV} m.direction = 'out' and m.reason = 'retired' and m.year between 2015 and 2020 group by m.year`,
  },
  {
    question: 'How many people resigned each year from 2020 to 2025?',
    sql: `select m.year, count(*) ${MV} m.direction = 'out' and m.reason = 'resigned' and m.year between 2020 and 2025 group by m.year`,
  },
  {
    question: 'Số người thôi việc theo từng năm 2021–2025',
    sql: `select m.year, count(*) ${MV} m.direction = 'out' and m.reason = 'resigned' and m.year between 2021 and 2025 group by m.year`,
  },
  {
    question: 'Số người chuyển đi qua từng năm từ 2019 đến 2024',
    sql: `select m.year, count(*) ${MV} m.direction = 'out' and m.reason = 'transferred_out' and m.year between 2019 and 2024 group by m.year`,
  },
  {
    question: 'Số người rời khỏi Cục Viễn thông qua từng năm 2021–2025?',
    sql: `select m.year, count(*) ${MV} m.direction = 'out' and m.year between 2021 and 2025 and ${munit('CVT')} group by m.year`,
  },
  {
    question:
      'Số người được tuyển dụng vào Học viện Công nghệ Bưu chính Viễn thông theo từng năm từ 2020 đến 2024',
    sql: `select m.year, count(*) ${MV} m.direction = 'in' and m.reason = 'recruited' and m.year between 2020 and 2024 and ${munit('HVCNBCVT')} group by m.year`,
  },
  {
    question: 'Số người vào và ra khỏi Bộ theo từng năm từ 2019 đến 2023.',
    sql: `select m.year, m.direction, count(*) ${MV} m.year between 2019 and 2023 group by m.year, m.direction`,
  },
  {
    question: 'Inflows and outflows of staff by year, 2021-2025',
    sql: `select m.year, m.direction, count(*) ${MV} m.year between 2021 and 2025 group by m.year, m.direction`,
  },
  {
    question: 'Số người được bổ nhiệm lần đầu theo từng năm từ 2020 đến 2024.',
    sql: `select extract(year from a.start_date)::integer as year, count(*) from chat.appointments a where a.kind = 'first' and extract(year from a.start_date) between 2020 and 2024 group by 1`,
  },
  {
    question: 'Số lượt bổ nhiệm lại theo từng năm 2022–2026',
    sql: `select extract(year from a.start_date)::integer as year, count(*) from chat.appointments a where a.kind = 'reappointment' and extract(year from a.start_date) between 2022 and 2026 group by 1`,
  },
  {
    question: 'so nguoi nghi huu hang nam cua Vien Nang luong nguyen tu Viet Nam tu 2020 den 2025',
    sql: `select m.year, count(*) ${MV} m.direction = 'out' and m.reason = 'retired' and m.year between 2020 and 2025 and ${munit('VNLNTVN')} group by m.year`,
  },
  {
    question: 'How many people joined the ministry each year from 2020 to 2024?',
    sql: `select m.year, count(*) ${MV} m.direction = 'in' and m.year between 2020 and 2024 group by m.year`,
  },
  {
    question: 'How many first-time leadership appointments were made each year from 2021 to 2025?',
    sql: `select extract(year from a.start_date)::integer as year, count(*) from chat.appointments a where a.kind = 'first' and extract(year from a.start_date) between 2021 and 2025 group by 1`,
  },
  {
    question: 'Năm ngoái có bao nhiêu người được tuyển dụng?',
    sql: `select count(*) ${MV} m.direction = 'in' and m.reason = 'recruited' and m.year = extract(year from ${T}) - 1`,
  },
  {
    question: 'nam ngoai co bao nhieu nguoi chuyen di',
    sql: `select count(*) ${MV} m.direction = 'out' and m.reason = 'transferred_out' and m.year = extract(year from ${T}) - 1`,
  },
  {
    question: 'How many people retired last year?',
    sql: `select count(*) ${MV} m.direction = 'out' and m.reason = 'retired' and m.year = extract(year from ${T}) - 1`,
  },
  {
    question: 'Từ đầu năm đến nay có bao nhiêu người nghỉ hưu?',
    sql: `select count(*) ${MV} m.direction = 'out' and m.reason = 'retired' and m.event_date ${YTD}`,
  },
  {
    question: 'tu dau nam den nay co bao nhieu nguoi duoc tuyen dung',
    sql: `select count(*) ${MV} m.direction = 'in' and m.reason = 'recruited' and m.event_date ${YTD}`,
  },
  {
    question: 'How many people have left the ministry since the start of the year?',
    sql: `select count(*) ${MV} m.direction = 'out' and m.event_date ${YTD}`,
  },
  {
    question: 'Trong 12 tháng qua có bao nhiêu người thôi việc?',
    sql: `select count(*) ${MV} m.direction = 'out' and m.reason = 'resigned' and m.event_date ${back(12)}`,
  },
  {
    question: 'How many people retired in the past 6 months?',
    sql: `select count(*) ${MV} m.direction = 'out' and m.reason = 'retired' and m.event_date ${back(6)}`,
  },
  {
    question: '6 tháng qua có bao nhiêu người chuyển đến Bộ công tác?',
    sql: `select count(*) ${MV} m.direction = 'in' and m.reason = 'transferred_in' and m.event_date ${back(6)}`,
  },
  {
    question: 'Trong 6 tháng tới có bao nhiêu lãnh đạo hết nhiệm kỳ?',
    sql: `select count(*) ${W} and p.post_term_end ${ahead(6, 'months')}`,
  },
  {
    question: 'How many people reach retirement age in the next 12 months?',
    sql: `select count(*) ${W} and p.retirement_date ${ahead(12, 'months')}`,
  },
  {
    question: 'trong 3 thang toi co ai nghi huu khong',
    sql: `select p.full_name ${W} and p.retirement_date ${ahead(3, 'months')}`,
  },
  {
    question: 'Năm ngoái Cục Viễn thông tuyển dụng bao nhiêu người?',
    sql: `select count(*) ${MV} m.direction = 'in' and m.reason = 'recruited' and m.year = extract(year from ${T}) - 1 and ${munit('CVT')}`,
  },
  {
    question: 'Năm trước có bao nhiêu người nghỉ hưu?',
    sql: `select count(*) ${MV} m.direction = 'out' and m.reason = 'retired' and m.year = extract(year from ${T}) - 1`,
  },
  {
    question: 'Trong 12 tháng qua có bao nhiêu người rời khỏi Bộ?',
    sql: `select count(*) ${MV} m.direction = 'out' and m.event_date ${back(12)}`,
  },
  {
    question: 'Năm ngoái có bao nhiêu người được bổ nhiệm lần đầu?',
    sql: `select count(*) from chat.appointments a where a.kind = 'first' and extract(year from a.start_date) = extract(year from ${T}) - 1`,
  },
  // Round 2: other people (a surname that is also a middle name), plural English field names,
  // term expiries per year, the rest of this year, and spans back from today.
  {
    question: 'Bà Huỳnh Thị Diệp sinh ngày bao nhiêu?',
    sql: person('birth_date', 'Huỳnh Thị Diệp'),
  },
  { question: 'Anh Nguyễn Anh Tân thuộc đơn vị nào?', sql: person('unit_name', 'Nguyễn Anh Tân') },
  {
    question: 'Which post does Nguyen Huu Phong hold?',
    sql: person('post_title', 'Nguyễn Hữu Phong'),
  },
  {
    question: 'ong Do Quang Hoang bao gio het nhiem ky',
    sql: person('post_term_end', 'Đỗ Quang Hoàng'),
  },
  {
    question: 'When does Bui Xuan Viet reach retirement age?',
    sql: person('retirement_date', 'Bùi Xuân Việt'),
  },
  {
    question: 'Ông Trần Hữu Trí hưởng hệ số lương bao nhiêu?',
    sql: person('salary_coefficient', 'Trần Hữu Trí'),
  },
  { question: 'Năm sinh của chị Phạm Khánh Nga?', sql: person('birth_year', 'Phạm Khánh Nga') },
  {
    question: 'What is the date of birth of Nong Dang Binh?',
    sql: person('birth_date', 'Nông Đăng Bình'),
  },
  { question: 'ngach cua anh Nguyen Trong Son', sql: person('rank_name', 'Nguyễn Trọng Sơn') },
  {
    question: 'Ông Lường Đức Khải về Bộ từ ngày nào?',
    sql: person('joined_ministry', 'Lường Đức Khải'),
  },
  {
    question: 'Bà Phạm Bích Tâm đang ở bậc lương mấy, hệ số bao nhiêu?',
    sql: `select p.salary_step, p.salary_coefficient from chat.people p where p.full_name = 'Phạm Bích Tâm'`,
  },
  { question: 'Châu Hữu Trung làm ở đâu?', sql: person('unit_name', 'Châu Hữu Trung') },
  { question: 'How old is Van Minh Hung?', sql: person('age', 'Văn Minh Hùng') },
  { question: 'Where does Le Ngoc Viet work?', sql: person('unit_name', 'Lê Ngọc Việt') },
  {
    question: 'anh Phan Hoang Anh ngach gi bac may',
    sql: `select p.rank_name, p.salary_step from chat.people p where p.full_name = 'Phan Hoàng Anh'`,
  },
  { question: 'Ông Lường Đức Hoàng giữ chức vụ gì?', sql: person('post_title', 'Lường Đức Hoàng') },
  {
    question: 'Bà Danh Thu Thảo bao giờ nghỉ hưu?',
    sql: person('retirement_date', 'Danh Thu Thảo'),
  },
  {
    question: "What is Ngo Duy Nam's salary coefficient?",
    sql: person('salary_coefficient', 'Ngô Duy Nam'),
  },
  { question: 'Anh Nguyễn Văn Minh sinh năm nào?', sql: null, expect: 'abstain' },
  { question: 'When was Nguyen Thi Huong born?', sql: null, expect: 'abstain' },
  { question: 'chi Nguyen Thi Ngoc lam o don vi nao', sql: null, expect: 'abstain' },
  {
    question: 'Năm 2030 có bao nhiêu nữ đến tuổi nghỉ hưu?',
    sql: `select count(*) ${W} and p.sex = 'female' and extract(year from p.retirement_date) = 2030`,
  },
  {
    question: 'Có bao nhiêu người nghỉ hưu trong năm 2028?',
    sql: `select count(*) ${W} and extract(year from p.retirement_date) = 2028`,
  },
  {
    question: 'bao nhieu nguoi den tuoi nghi huu nam 2027',
    sql: `select count(*) ${W} and extract(year from p.retirement_date) = 2027`,
  },
  {
    question: 'How many people reach retirement age in 2032?',
    sql: `select count(*) ${W} and extract(year from p.retirement_date) = 2032`,
  },
  {
    question: 'Danh sách nghỉ hưu quý 4/2027 kèm ngày nghỉ hưu',
    sql: `select p.full_name, p.retirement_date ${W} and p.retirement_date between date '2027-10-01' and date '2027-12-31'`,
  },
  {
    question: 'List the people retiring in Q1 2028 with their retirement dates',
    sql: `select p.full_name, p.retirement_date ${W} and p.retirement_date between date '2028-01-01' and date '2028-03-31'`,
  },
  {
    question: 'Trong 2 năm tới Văn phòng Bộ có bao nhiêu người đến tuổi nghỉ hưu?',
    sql: `select count(*) ${W} and ${unit('VPB')} and p.retirement_date ${ahead(2)}`,
  },
  {
    question: 'How many people in Cục Sở hữu trí tuệ will retire in the next 5 years?',
    sql: `select count(*) ${W} and ${unit('CSHTT')} and p.retirement_date ${ahead(5)}`,
  },
  {
    question: 'Những Vụ trưởng nào sẽ nghỉ hưu trước năm 2032?',
    sql: `select p.full_name ${W} and p.post_title = 'Vụ trưởng' and p.retirement_date < date '2032-01-01'`,
  },
  {
    question: 'Which Trưởng phòng retire in 2028?',
    sql: `select p.full_name ${W} and p.post_title = 'Trưởng phòng' and extract(year from p.retirement_date) = 2028`,
  },
  {
    question: 'so lanh dao cap phong nghi huu trong 5 nam toi',
    sql: `select count(*) ${W} and p.post_level in (5, 6) and p.retirement_date ${ahead(5)}`,
  },
  {
    question: 'Số công chức đến tuổi nghỉ hưu từ 2027 đến 2029',
    sql: `select count(*) ${W} and p.staff_category = 'cong_chuc' and extract(year from p.retirement_date) between 2027 and 2029`,
  },
  {
    question: 'Retirements by year, 2030-2034',
    sql: `select extract(year from p.retirement_date)::integer as year, count(*) ${W} and extract(year from p.retirement_date) between 2030 and 2034 group by 1`,
    role: 'planner',
  },
  {
    question:
      'số người nghỉ hưu từng năm từ 2027 đến 2031 của Học viện Công nghệ Bưu chính Viễn thông',
    sql: `select extract(year from p.retirement_date)::integer as year, count(*) ${W} and ${unit('HVCNBCVT')} and extract(year from p.retirement_date) between 2027 and 2031 group by 1`,
    role: 'planner',
  },
  {
    question: 'How many leaders reach retirement age in the next 5 years?',
    sql: `select count(*) ${W} and p.post_title is not null and p.retirement_date ${ahead(5)}`,
    role: 'planner',
  },
  {
    question: 'Có bao nhiêu người đến tuổi nghỉ hưu trong năm sau?',
    sql: `select count(*) ${W} and extract(year from p.retirement_date) = extract(year from ${T}) + 1`,
  },
  {
    question: 'Năm nay còn mấy người nữa nghỉ hưu?',
    sql: `select count(*) ${W} and extract(year from p.retirement_date) = extract(year from ${T}) and p.retirement_date >= ${T}`,
  },
  {
    question: 'Năm 2030 có bao nhiêu người hết nhiệm kỳ?',
    sql: `select count(*) ${W} and extract(year from p.post_term_end) = 2030`,
  },
  {
    question: 'Có bao nhiêu Trưởng phòng hết nhiệm kỳ trong năm 2028?',
    sql: `select count(*) ${W} and p.post_title = 'Trưởng phòng' and extract(year from p.post_term_end) = 2028`,
  },
  {
    question: 'nhung giam doc trung tam nao het nhiem ky nam 2027',
    sql: `select p.full_name ${W} and p.post_title = 'Giám đốc Trung tâm' and extract(year from p.post_term_end) = 2027`,
  },
  {
    question: 'Which Phó Cục trưởng have terms ending in 2028?',
    sql: `select p.full_name ${W} and p.post_title = 'Phó Cục trưởng' and extract(year from p.post_term_end) = 2028`,
  },
  {
    question: 'Lãnh đạo Cục Tần số vô tuyến điện nào hết nhiệm kỳ trong năm 2027?',
    sql: `select p.full_name ${W} and ${unit('CTSVTD')} and extract(year from p.post_term_end) = 2027`,
  },
  {
    question: 'Danh sách lãnh đạo Văn phòng Bộ hết nhiệm kỳ trong 3 năm tới kèm ngày hết nhiệm kỳ',
    sql: `select p.full_name, p.post_term_end ${W} and ${unit('VPB')} and p.post_term_end ${ahead(3)}`,
  },
  {
    question: 'Quý 4/2027 có bao nhiêu người hết nhiệm kỳ?',
    sql: `select count(*) ${W} and p.post_term_end between date '2027-10-01' and date '2027-12-31'`,
  },
  {
    question: "How many leaders' terms expire in Q2 2027?",
    sql: `select count(*) ${W} and p.post_term_end between date '2027-04-01' and date '2027-06-30'`,
  },
  {
    question: 'Trong 1 năm tới có bao nhiêu lãnh đạo hết nhiệm kỳ?',
    sql: `select count(*) ${W} and p.post_term_end ${ahead(1)}`,
  },
  {
    question: 'Năm nay còn ai hết nhiệm kỳ nữa không?',
    sql: `select p.full_name ${W} and extract(year from p.post_term_end) = extract(year from ${T}) and p.post_term_end >= ${T}`,
  },
  {
    question: 'Số lãnh đạo cấp Vụ, Cục và tương đương hết nhiệm kỳ trong 2 năm tới',
    sql: `select count(*) ${W} and p.post_level in (3, 4) and p.post_term_end ${ahead(2)}`,
  },
  {
    question: 'Number of term expiries per year from 2027 to 2031',
    sql: `select extract(year from p.post_term_end)::integer as year, count(*) ${W} and extract(year from p.post_term_end) between 2027 and 2031 group by 1`,
  },
  {
    question: 'Số người được tuyển dụng theo từng năm 2021–2025',
    sql: `select m.year, count(*) ${MV} m.direction = 'in' and m.reason = 'recruited' and m.year between 2021 and 2025 group by m.year`,
  },
  {
    question: 'Mỗi năm từ 2018 đến 2022 có bao nhiêu người nghỉ hưu?',
    sql: `select m.year, count(*) ${MV} m.direction = 'out' and m.reason = 'retired' and m.year between 2018 and 2022 group by m.year`,
  },
  {
    question: 'How many people were recruited each year between 2017 and 2021?',
    sql: `select m.year, count(*) ${MV} m.direction = 'in' and m.reason = 'recruited' and m.year between 2017 and 2021 group by m.year`,
  },
  {
    question: 'so nguoi thoi viec hang nam tu 2019 den 2023',
    sql: `select m.year, count(*) ${MV} m.direction = 'out' and m.reason = 'resigned' and m.year between 2019 and 2023 group by m.year`,
  },
  {
    question: 'Số người chuyển công tác ra khỏi Bộ theo từng năm 2020-2024',
    sql: `select m.year, count(*) ${MV} m.direction = 'out' and m.reason = 'transferred_out' and m.year between 2020 and 2024 group by m.year`,
  },
  {
    question: 'Số người rời khỏi Học viện Công nghệ Bưu chính Viễn thông qua từng năm 2020–2025?',
    sql: `select m.year, count(*) ${MV} m.direction = 'out' and m.year between 2020 and 2025 and ${munit('HVCNBCVT')} group by m.year`,
  },
  {
    question: 'Số người chuyển đến Cục Tần số vô tuyến điện theo từng năm từ 2021 đến 2025',
    sql: `select m.year, count(*) ${MV} m.direction = 'in' and m.reason = 'transferred_in' and m.year between 2021 and 2025 and ${munit('CTSVTD')} group by m.year`,
  },
  {
    question: 'Biến động nhân sự vào, ra của Bộ theo từng năm 2020–2024',
    sql: `select m.year, m.direction, count(*) ${MV} m.year between 2020 and 2024 group by m.year, m.direction`,
  },
  {
    question: 'How many people left the ministry each year from 2020 to 2024?',
    sql: `select m.year, count(*) ${MV} m.direction = 'out' and m.year between 2020 and 2024 group by m.year`,
  },
  {
    question: 'Số người được bổ nhiệm lại theo từng năm từ 2021 đến 2025',
    sql: `select extract(year from a.start_date)::integer as year, count(*) from chat.appointments a where a.kind = 'reappointment' and extract(year from a.start_date) between 2021 and 2025 group by 1`,
  },
  {
    question: 'Số lượt bổ nhiệm theo từng năm 2022-2026',
    sql: `select extract(year from a.start_date)::integer as year, count(*) from chat.appointments a where extract(year from a.start_date) between 2022 and 2026 group by 1`,
  },
  {
    question: 'How many reappointments were there each year from 2022 to 2026?',
    sql: `select extract(year from a.start_date)::integer as year, count(*) from chat.appointments a where a.kind = 'reappointment' and extract(year from a.start_date) between 2022 and 2026 group by 1`,
  },
  {
    question: 'Năm ngoái có bao nhiêu người thôi việc?',
    sql: `select count(*) ${MV} m.direction = 'out' and m.reason = 'resigned' and m.year = extract(year from ${T}) - 1`,
  },
  {
    question:
      'nam ngoai bao nhieu nguoi duoc tuyen dung vao Hoc vien Cong nghe Buu chinh Vien thong',
    sql: `select count(*) ${MV} m.direction = 'in' and m.reason = 'recruited' and m.year = extract(year from ${T}) - 1 and ${munit('HVCNBCVT')}`,
  },
  {
    question: 'How many people transferred in last year?',
    sql: `select count(*) ${MV} m.direction = 'in' and m.reason = 'transferred_in' and m.year = extract(year from ${T}) - 1`,
  },
  {
    question: 'Từ đầu năm đến nay có bao nhiêu người rời khỏi Bộ?',
    sql: `select count(*) ${MV} m.direction = 'out' and m.event_date ${YTD}`,
  },
  {
    question: 'tu dau nam den nay co bao nhieu nguoi nghi huu',
    sql: `select count(*) ${MV} m.direction = 'out' and m.reason = 'retired' and m.event_date ${YTD}`,
  },
  {
    question: 'How many people were recruited since the start of the year?',
    sql: `select count(*) ${MV} m.direction = 'in' and m.reason = 'recruited' and m.event_date ${YTD}`,
  },
  {
    question: 'Trong 12 tháng qua có bao nhiêu người được tuyển dụng?',
    sql: `select count(*) ${MV} m.direction = 'in' and m.reason = 'recruited' and m.event_date ${back(12)}`,
  },
  {
    question: 'How many people left the ministry in the last 12 months?',
    sql: `select count(*) ${MV} m.direction = 'out' and m.event_date ${back(12)}`,
  },
  {
    question: '3 tháng qua có bao nhiêu người chuyển đi?',
    sql: `select count(*) ${MV} m.direction = 'out' and m.reason = 'transferred_out' and m.event_date ${back(3)}`,
  },
  {
    question: 'Trong 6 tháng tới có ai đến tuổi nghỉ hưu không?',
    sql: `select p.full_name ${W} and p.retirement_date ${ahead(6, 'months')}`,
  },
  {
    question: 'Trong 9 tháng tới có bao nhiêu người hết nhiệm kỳ?',
    sql: `select count(*) ${W} and p.post_term_end ${ahead(9, 'months')}`,
  },
  {
    question: 'How many people reach retirement age over the next 18 months?',
    sql: `select count(*) ${W} and p.retirement_date ${ahead(18, 'months')}`,
  },
  {
    question: 'Năm ngoái có bao nhiêu lượt bổ nhiệm lại?',
    sql: `select count(*) from chat.appointments a where a.kind = 'reappointment' and extract(year from a.start_date) = extract(year from ${T}) - 1`,
  },
  {
    question: 'How many people joined the ministry in the past 2 years?',
    sql: `select count(*) ${MV} m.direction = 'in' and m.event_date between (${T} - interval '2 years')::date and ${T}`,
  },
  {
    question: 'Năm 2025 có bao nhiêu người nghỉ hưu?',
    sql: `select count(*) ${MV} m.direction = 'out' and m.reason = 'retired' and m.year = 2025`,
  },
  {
    question: 'Trong 6 tháng qua Cục Viễn thông có bao nhiêu người nghỉ việc?',
    sql: `select count(*) ${MV} m.direction = 'out' and m.reason = 'resigned' and m.event_date ${back(6)} and ${munit('CVT')}`,
  },
  // Round 3: relative quarters and halves of a year, appointments over spans that are not
  // whole years (declined), and more people and units.
  { question: 'Ms Phan Hai Hoa works in which unit?', sql: person('unit_name', 'Phan Hải Hoa') },
  {
    question: 'Đồng chí Hoàng Ngọc Khánh giữ chức vụ gì?',
    sql: person('post_title', 'Hoàng Ngọc Khánh'),
  },
  {
    question: 'Ông Sơn Văn Dũng hết nhiệm kỳ ngày nào?',
    sql: person('post_term_end', 'Sơn Văn Dũng'),
  },
  { question: 'Bà Nguyễn Bảo Nga thuộc ngạch nào?', sql: person('rank_name', 'Nguyễn Bảo Nga') },
  {
    question: 'Cho biết ngày sinh và đơn vị của ông Đỗ Duy Hưng',
    sql: `select p.birth_date, p.unit_name from chat.people p where p.full_name = 'Đỗ Duy Hưng'`,
  },
  { question: "Hoang Duc Hung's salary step?", sql: person('salary_step', 'Hoàng Đức Hưng') },
  {
    question: 'ngay nghi huu cua ba Bui Hong Loan',
    sql: person('retirement_date', 'Bùi Hồng Loan'),
  },
  {
    question: 'Ông Nguyễn Bảo Bình sinh năm bao nhiêu?',
    sql: person('birth_year', 'Nguyễn Bảo Bình'),
  },
  { question: 'Chị Đinh Thu Lan bao nhiêu tuổi?', sql: person('age', 'Đinh Thu Lan') },
  { question: 'Ông Nguyễn Văn Hùng đang giữ ngạch gì?', sql: null, expect: 'abstain' },
  {
    question: 'Quý tới có bao nhiêu người đến tuổi nghỉ hưu?',
    sql: `select count(*) ${W} and p.retirement_date between date '2027-01-01' and date '2027-03-31'`,
  },
  {
    question: 'Nửa đầu năm sau có bao nhiêu người nghỉ hưu?',
    sql: `select count(*) ${W} and p.retirement_date between date '2027-01-01' and date '2027-06-30'`,
  },
  {
    question: 'Who retires in 2027 at Cục Viễn thông?',
    sql: `select p.full_name ${W} and ${unit('CVT')} and extract(year from p.retirement_date) = 2027`,
  },
  {
    question: 'Có bao nhiêu Phó Trưởng phòng đến tuổi nghỉ hưu trong 2 năm tới?',
    sql: `select count(*) ${W} and p.post_title = 'Phó Trưởng phòng' and p.retirement_date ${ahead(2)}`,
  },
  {
    question: 'Danh sách Cục trưởng, Vụ trưởng nghỉ hưu từ nay đến hết năm 2030',
    sql: `select p.full_name ${W} and p.post_title in ('Cục trưởng', 'Vụ trưởng') and p.retirement_date between ${T} and date '2030-12-31'`,
  },
  {
    question: 'so nguoi nghi huu tu 2026 den 2030 theo tung nam o Vu To chuc can bo',
    sql: `select extract(year from p.retirement_date)::integer as year, count(*) ${W} and ${unit('VTCCB')} and extract(year from p.retirement_date) between 2026 and 2030 group by 1`,
  },
  {
    question: 'How many Giám đốc Trung tâm have terms ending next year?',
    sql: `select count(*) ${W} and p.post_title = 'Giám đốc Trung tâm' and extract(year from p.post_term_end) = extract(year from ${T}) + 1`,
  },
  {
    question: 'Ai hết nhiệm kỳ trong quý 1/2027?',
    sql: `select p.full_name ${W} and p.post_term_end between date '2027-01-01' and date '2027-03-31'`,
  },
  {
    question:
      'Học viện Công nghệ Bưu chính Viễn thông có bao nhiêu lãnh đạo hết nhiệm kỳ năm 2028?',
    sql: `select count(*) ${W} and ${unit('HVCNBCVT')} and extract(year from p.post_term_end) = 2028`,
  },
  {
    question: 'số lãnh đạo hết nhiệm kỳ theo từng năm 2027-2030 ở Cục Viễn thông',
    sql: `select extract(year from p.post_term_end)::integer as year, count(*) ${W} and ${unit('CVT')} and extract(year from p.post_term_end) between 2027 and 2030 group by 1`,
  },
  {
    question: 'How many women reach retirement age next year?',
    sql: `select count(*) ${W} and p.sex = 'female' and extract(year from p.retirement_date) = extract(year from ${T}) + 1`,
    role: 'planner',
  },
  {
    question: 'Giai đoạn 2021-2025 mỗi năm có bao nhiêu người nghỉ hưu?',
    sql: `select m.year, count(*) ${MV} m.direction = 'out' and m.reason = 'retired' and m.year between 2021 and 2025 group by m.year`,
  },
  {
    question: 'Năm 2024 có bao nhiêu người chuyển đến Bộ?',
    sql: `select count(*) ${MV} m.direction = 'in' and m.reason = 'transferred_in' and m.year = 2024`,
  },
  {
    question: 'How many people resigned between 2020 and 2023?',
    sql: `select count(*) ${MV} m.direction = 'out' and m.reason = 'resigned' and m.year between 2020 and 2023`,
  },
  {
    question: 'Tháng trước có bao nhiêu người nghỉ hưu?',
    sql: `select count(*) ${MV} m.direction = 'out' and m.reason = 'retired' and m.event_date between date '2026-10-01' and date '2026-10-31'`,
  },
  {
    question: 'How many people were recruited in 2025?',
    sql: `select count(*) ${MV} m.direction = 'in' and m.reason = 'recruited' and m.year = 2025`,
  },
  {
    // Two reasons side by side, each year: shown apart, as "vào và ra" shows each direction.
    question: 'Số người tuyển dụng và chuyển đến theo từng năm từ 2022 đến 2025',
    sql: `select m.year, m.reason, count(*) ${MV} m.direction = 'in' and m.reason in ('recruited', 'transferred_in') and m.year between 2022 and 2025 group by m.year, m.reason`,
  },
  {
    question: 'Năm 2026 Cục Viễn thông tiếp nhận bao nhiêu người?',
    sql: `select count(*) ${MV} m.direction = 'in' and m.reason = 'transferred_in' and m.year = 2026 and ${munit('CVT')}`,
  },
  {
    question: 'How many staff left Cục Viễn thông last year?',
    sql: `select count(*) ${MV} m.direction = 'out' and m.year = extract(year from ${T}) - 1 and ${munit('CVT')}`,
  },
  {
    question: 'Số người nghỉ hưu theo từng năm 2020-2025 ở Cục Viễn thông',
    sql: `select m.year, count(*) ${MV} m.direction = 'out' and m.reason = 'retired' and m.year between 2020 and 2025 and ${munit('CVT')} group by m.year`,
  },
  {
    question: 'Có bao nhiêu người được bổ nhiệm lần đầu trong 12 tháng qua?',
    sql: null,
    expect: 'abstain',
  },
  {
    question: 'Từ đầu năm đến nay có bao nhiêu lượt bổ nhiệm lại?',
    sql: `select count(*) from chat.appointments a where a.kind = 'reappointment' and a.start_date ${YTD}`,
  },
  {
    question: 'How many people reach retirement age from now until the end of 2028?',
    sql: `select count(*) ${W} and p.retirement_date between ${T} and date '2028-12-31'`,
  },
  {
    question: 'nam ngoai co bao nhieu nguoi roi khoi Bo',
    sql: `select count(*) ${MV} m.direction = 'out' and m.year = extract(year from ${T}) - 1`,
  },
  {
    question: 'Trong 2 năm gần đây có bao nhiêu người thôi việc?',
    sql: `select count(*) ${MV} m.direction = 'out' and m.reason = 'resigned' and m.event_date between (${T} - interval '2 years')::date and ${T}`,
  },
]
