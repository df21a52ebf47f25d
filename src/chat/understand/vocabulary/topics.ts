import type { NumericField, PersonField } from '../plan.js'
import type { Tag, Topic } from '../tags.js'

/**
 * What a question is about beyond who: retirement (nghỉ hưu), the end of an appointment term
 * (hết nhiệm kỳ, hết thời hạn bổ nhiệm), evaluations, joins and exits, headcount quotas (biên
 * chế); and the facts of a person that can be asked for (ngày sinh, chức vụ, hệ số lương…).
 */
const topic = (t: Topic, ...phrases: string[]): [string, Tag][] =>
  phrases.map((p) => [p, { kind: 'topic', topic: t }])

const field = (f: PersonField, numeric: NumericField | undefined, ...phrases: string[]) =>
  phrases.map((p): [string, Tag] => [
    p,
    numeric === undefined ? { kind: 'field', field: f } : { kind: 'field', field: f, numeric },
  ])

export const TOPIC_PHRASES: readonly [string, Tag][] = [
  ...topic('retirement', 'nghỉ hưu', 'về hưu', 'đến tuổi nghỉ hưu', 'đủ tuổi nghỉ hưu', 'retire'),
  ...topic(
    'retirement',
    'sẽ nghỉ hưu',
    'nghỉ hưu theo chế độ',
    'retirement',
    'retiring',
    'retires',
  ),
  ...topic('retirement', 'will retire', 'reach retirement age', 'đến tuổi hưu', 'nghỉ chế độ'),
  ...topic('retirement', 'hit retirement age', 'hits retirement age', 'will hit retirement age'),
  ...topic('retirement', 'retirements', 'due to retire', 'due for retirement'),
  // Not "retirement" and then the age field: the age is the event's name here.
  ...topic(
    'retirement',
    'reaches retirement age',
    'reaching retirement age',
    'reached retirement age',
  ),
  ...topic('retirement', 'reach the retirement age', 'reaches the retirement age'),
  ...topic('retirement', 'reaching retirement'),
  // Without a span, "sắp nghỉ hưu" is the next 6 months, the notice period before retirement
  // (RETIREMENT_SOON_MONTHS).
  ...topic('retirement_soon', 'sắp nghỉ hưu', 'sắp về hưu', 'sắp đến tuổi nghỉ hưu', 'sắp hưu'),
  ...topic('retirement_soon', 'chuẩn bị nghỉ hưu', 'sắp đến tuổi hưu', 'gần đến tuổi nghỉ hưu'),
  ...topic('retirement_soon', 'sắp nghỉ chế độ', 'about to retire', 'close to retirement'),
  ...topic('retirement_soon', 'near retirement', 'nearing retirement', 'retiring soon'),
  ...topic('retirement_soon', 'due to retire soon', 'soon to retire', 'will retire soon'),
  ...topic('term_end', 'hết nhiệm kỳ', 'hết thời hạn bổ nhiệm', 'hết hạn bổ nhiệm', 'term ends'),
  ...topic('term_end', 'hết hạn giữ chức vụ', 'hết thời hạn giữ chức vụ', 'term expires'),
  ...topic('term_end', 'terms end', 'terms expire', 'term expiry', 'term end', 'hết nhiệm kì'),
  ...topic('term_end', 'terms ending', 'term ending', 'whose terms end', 'whose term ends'),
  // "their" here points back within the sentence ("Trưởng phòng have their terms ending").
  ...topic('term_end', 'their terms end', 'their terms ending', 'their terms expire'),
  ...topic('term_end', 'their term ends', 'their term ending', 'their term expires'),
  ...topic('term_end', 'terms expiring', 'term expiring', 'expiring terms', 'whose terms expire'),
  ...topic('term_end', 'whose term expires', 'their terms expiring', 'their term expiring'),
  ...topic('term_end', 'term expiries', 'term expirations', 'expiries', 'expirations'),
  ...topic('term_end', 'see their terms expire', 'see their term expire', 'finish their term'),
  ...topic('term_end', 'finish their terms', 'reach the end of their term', 'end of their term'),
  ...topic('term_end', 'terms of office end', 'term of office ends', 'term of office ending'),
  ...topic('term_end', 'đến hạn bổ nhiệm lại', 'phải bổ nhiệm lại', 'due for reappointment'),
  ...topic('term_end', 'hết nhiệm kỳ bổ nhiệm', 'hết nhiệm kì bổ nhiệm', 'hết thời hạn giữ chức'),
  ...topic('evaluation', 'được đánh giá', 'đánh giá', 'xếp loại', 'được xếp loại', 'evaluated'),
  ...topic('evaluation', 'rated', 'đạt', 'đánh giá xếp loại', 'xếp loại chất lượng'),
  ...topic('evaluation', 'kết quả đánh giá', 'kết quả xếp loại', 'evaluation results', 'ratings'),
  ...topic('evaluation', 'kết quả xếp loại chất lượng', 'kết quả đánh giá xếp loại'),
  ...topic('recruited', 'tuyển dụng', 'tuyển mới', 'được tuyển dụng', 'recruited', 'hired'),
  ...topic('recruited', 'new hires', 'tuyển dụng mới', 'được tuyển'),
  ...topic('recruited', 'recruitment', 'recruitments', 'new recruits', 'newly recruited', 'hires'),
  ...topic('joined', 'new staff', 'new employees', 'newcomers'),
  // "Năm 2025 có bao nhiêu người vào Cục?": joined the asker's own agency.
  ...['vào cục', 'về cục', 'vào cục mình', 'về cục mình', 'vào đơn vị mình', 'về đơn vị mình'].map(
    (p): [string, Tag] => [
      p,
      { kind: 'compound', tags: [{ kind: 'topic', topic: 'joined' }, { kind: 'home' }] },
    ],
  ),
  ...topic('transferred_in', 'tiếp nhận', 'chuyển đến', 'transferred in', 'được tiếp nhận'),
  ...topic('transferred_in', 'chuyển đến bộ', 'chuyển về bộ', 'chuyển về', 'transferred into'),
  // "Chuyển công tác đến Học viện …": moved in to the unit named after it.
  ...topic('transferred_in', 'chuyển công tác đến', 'chuyển công tác về', 'được điều động đến'),
  // "Chuyển công tác từ cơ quan khác đến Bộ": moved in from elsewhere, not moved out.
  ...['chuyển công tác từ', 'chuyển từ', 'điều động từ'].flatMap((verb) =>
    ['cơ quan khác', 'nơi khác', 'đơn vị khác', 'ngoài bộ', 'bộ ngành khác'].flatMap((place) =>
      topic('transferred_in', `${verb} ${place} đến`, `${verb} ${place} về`, `${verb} ${place}`),
    ),
  ),
  ...topic('joined', 'vào bộ', 'về bộ', 'joined', 'inflow', 'tăng mới', 'vào làm việc'),
  ...topic('left', 'ra khỏi bộ', 'giảm', 'outflow', 'left', 'exits', 'nghỉ', 'rời khỏi', 'rời'),
  ...topic('left', 'ra khỏi', 'left the ministry', 'leavers', 'departures'),
  ...topic('movement', 'biến động', 'biến động nhân sự', 'tăng giảm', 'ra vào', 'turnover'),
  ...topic('movement', 'inflow and outflow', 'joins and exits', 'vào và ra', 'tăng, giảm'),
  ...topic('movement', 'inflows and outflows', 'ins and outs'),
  ...topic('joined', 'inflows'),
  ...topic('left', 'outflows'),
  ...topic('movement', 'vào và ra khỏi', 'joined and left', 'in and out'),
  // "Số người đến và rời khỏi Bộ": both ways, whichever verbs.
  ...topic('movement', 'đến và rời khỏi', 'đến và rời', 'vào và rời khỏi', 'vào và rời'),
  ...topic('movement', 'đến và ra khỏi', 'đến và đi', 'đến và ra', 'came and went'),
  ...topic('quota', 'biên chế', 'chỉ tiêu biên chế', 'biên chế được giao', 'định biên'),
  ...topic('quota', 'quota', 'headcount quota', 'approved headcount', 'số biên chế'),
  ...topic('quota', 'staffing quota', 'staffing quotas', 'headcount quotas'),
  ...field('birth_date', undefined, 'ngày sinh', 'sinh ngày', 'date of birth', 'sinh ngày nào'),
  ...field('birth_date', undefined, 'birth date', 'birthday', 'sinh khi nào', 'born'),
  ...field('birth_date', undefined, 'birth dates', 'their birth dates', 'dates of birth'),
  ...field('birth_date', undefined, 'sinh ngày tháng năm nào', 'ngày tháng năm sinh'),
  ...field('birth_year', undefined, 'năm sinh', 'sinh năm nào', 'sinh năm bao nhiêu', 'birth year'),
  ...field('birth_year', undefined, 'sinh vào năm bao nhiêu', 'sinh vào năm nào'),
  ...field('birth_year', undefined, 'year of birth', 'born in which year', 'sinh vào năm nào'),
  ...field('birth_year', undefined, 'birth years', 'their birth years', 'years of birth'),
  // "What year was … born?": the year of the birth date asked after it (see reading.ts).
  ...field('birth_year', undefined, 'what year', 'which year', 'in what year', 'in which year'),
  ...field('age', 'age', 'tuổi', 'bao nhiêu tuổi', 'age', 'how old', 'độ tuổi', 'mấy tuổi'),
  ...field('age', 'age', 'tuổi đời'),
  ...field('age', 'age', 'ages', 'their ages'),
  ...field('unit', undefined, 'đơn vị', 'công tác ở đâu', 'làm ở đâu', 'thuộc đơn vị nào'),
  ...field('unit', undefined, 'ở đơn vị nào', 'where does', 'work in which unit', 'their units'),
  ...field('unit', undefined, 'their unit', 'units', 'unit', 'làm việc ở đâu', 'ở đâu'),
  ...field('unit', undefined, 'their departments', 'their department'),
  ...field('post', undefined, 'chức vụ', 'chức danh', 'giữ chức gì', 'chức vụ gì', 'position'),
  ...field('post', undefined, 'post', 'title', 'giữ chức vụ gì', 'làm gì'),
  ...field('post', undefined, 'titles', 'their titles', 'positions', 'their positions'),
  ...field('rank', undefined, 'civil service rank', 'which civil service rank', 'rank is'),
  ...field(
    'rank',
    undefined,
    'ngạch',
    'ngạch gì',
    'ngạch công chức',
    'rank',
    'chức danh nghề nghiệp',
  ),
  ...field('salary_step', 'salary_step', 'bậc lương', 'bậc', 'salary step', 'step'),
  ...field('salary_step', 'salary_step', 'salary grade', 'pay grade', 'pay step'),
  ...field(
    'salary_step',
    'salary_step',
    'bậc lương thứ mấy',
    'bậc thứ mấy',
    'bậc lương thứ bao nhiêu',
  ),
  ...field('salary_coefficient', 'salary_coefficient', 'hệ số lương', 'hệ số', 'coefficient'),
  ...field('salary_coefficient', 'salary_coefficient', 'salary coefficient', 'lương'),
  ...field('term_end', undefined, 'nhiệm kỳ', 'thời hạn bổ nhiệm', 'term', 'ngày hết nhiệm kỳ'),
  ...field('term_end', undefined, 'ngày hết hạn bổ nhiệm', 'term end date', 'term end dates'),
  ...field('term_end', undefined, 'the end dates', 'end dates', 'their end dates'),
  ...field('term_end', undefined, 'term of office', 'term of office end', 'term of office ends'),
  ...field('term_end', undefined, 'term expire', 'term expires', 'term of office expire'),
  ...field('term_end', undefined, 'nhiệm kỳ kết thúc', 'kết thúc nhiệm kỳ', 'nhiệm kỳ đến'),
  ...field('term_end', undefined, 'kết thúc khi nào', 'kết thúc vào ngày nào', 'kết thúc năm nào'),
  // "Giám đốc … hết nhiệm kỳ khi nào?": the date asked, not a span to count in.
  ...field('term_end', undefined, 'hết nhiệm kỳ khi nào', 'hết nhiệm kỳ vào ngày nào'),
  ...field('term_end', undefined, 'hết nhiệm kỳ ngày nào', 'hết nhiệm kỳ bao giờ'),
  ...field('term_end', undefined, 'bao giờ hết nhiệm kỳ', 'khi nào hết nhiệm kỳ'),
  ...field('retirement_date', undefined, 'ngày nghỉ hưu', 'thời điểm nghỉ hưu', 'khi nào nghỉ hưu'),
  ...field('retirement_date', undefined, 'bao giờ nghỉ hưu', 'retirement date'),
  ...field('retirement_date', undefined, 'retirement dates', 'their retirement dates'),
  ...field('retirement_date', undefined, 'nghỉ hưu khi nào', 'nghỉ hưu vào ngày nào'),
  ...field('retirement_date', undefined, 'sẽ nghỉ hưu khi nào', 'sẽ nghỉ hưu vào ngày nào'),
  ...field('retirement_date', undefined, 'về hưu khi nào', 'sẽ về hưu khi nào'),
  ...field('degree', undefined, 'bằng cấp', 'học vị', 'trình độ chuyên môn', 'qualification'),
  ...field('degree', undefined, 'trình độ học vấn', 'học vấn', 'trình độ đào tạo'),
  ...field('home_town', undefined, 'quê quán', 'quê', 'home town', 'hometown'),
  // Thâm niên công tác: years since joining the state service; "tại Bộ": the ministry.
  ...field('service_years', 'service_years', 'thâm niên', 'thâm niên công tác', 'số năm công tác'),
  ...field('service_years', 'service_years', 'years of service', 'length of service', 'seniority'),
  ...field('service_years', 'service_years', 'service years', 'số năm làm việc'),
  ...field('service_years', 'service_years', 'years in the state service', 'thâm niên làm việc'),
  ...field('service_years', 'service_years', 'years in the state sector', 'years in state service'),
  ...['thâm niên', 'thâm niên công tác', 'số năm công tác', 'số năm làm việc', 'thời gian công tác']
    .flatMap((p) => ['tại bộ', 'ở bộ', 'trong bộ'].map((at) => `${p} ${at}`))
    .flatMap((p) => field('ministry_years', 'ministry_years', p)),
  ...field('ministry_years', 'ministry_years', 'years in the ministry', 'years at the ministry'),
  ...field('ministry_years', 'ministry_years', 'years of service in the ministry'),
  ...field('ministry_years', 'ministry_years', 'years of service at the ministry'),
  ...field('ministry_years', 'ministry_years', 'length of service in the ministry'),
  ...field('ministry_years', 'ministry_years', 'time in the ministry', 'time at the ministry'),
  ...field('home_town', undefined, 'quê ở đâu', 'quê quán ở đâu'),
  ...field('field_of_study', undefined, 'chuyên ngành', 'field of study', 'ngành học'),
  ...field('post_start', undefined, 'ngày bổ nhiệm', 'được bổ nhiệm từ khi nào', 'appointed'),
  ...field('post_since', undefined, 'giữ chức vụ từ khi nào', 'giữ chức vụ hiện tại từ khi nào'),
  ...field('post_since', undefined, 'giữ chức từ khi nào', 'giữ chức vụ này từ khi nào'),
  ...field('post_since', undefined, 'since when', 'held his current post', 'held her current post'),
  ...field('post_since', undefined, 'in his current post since', 'in her current post since'),
  ...field('post_since', undefined, 'giữ chức vụ từ ngày nào', 'giữ chức vụ hiện tại từ ngày nào'),
  ...field('post_since', undefined, 'đảm nhiệm chức vụ từ khi nào', 'in post since when'),
  ...field('post_since', undefined, 'giữ chức vụ từ bao giờ', 'giữ chức vụ hiện tại từ bao giờ'),
  ...field('joined_ministry', undefined, 'về bộ từ khi nào', 'về bộ từ ngày nào', 'về bộ khi nào'),
  ...field(
    'joined_ministry',
    undefined,
    'vào bộ từ khi nào',
    'vào bộ từ ngày nào',
    'vào bộ khi nào',
  ),
  ...field('joined_ministry', undefined, 'về công tác tại bộ từ ngày nào', 'ngày vào bộ'),
  ...field('joined_ministry', undefined, 'về công tác tại bộ từ khi nào', 'ngày về bộ'),
  ...field('joined_ministry', undefined, 'join the ministry', 'joined the ministry on'),
  ...field('status', undefined, 'tình trạng công tác', 'trạng thái công tác'),
]
