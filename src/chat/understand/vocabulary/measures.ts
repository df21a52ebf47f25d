import type { GroupWord, MeasureWord, Tag, UnitKind } from '../tags.js'

/**
 * What the asker wants computed: a count, a list, an average, a share; per what groups; in
 * which order. Vietnamese and English phrasings side by side; each phrase is matched with or
 * without diacritics.
 */
const measure = (m: MeasureWord, ...phrases: string[]): [string, Tag][] =>
  phrases.map((p) => [p, { kind: 'measure', measure: m }])

/** "Phòng nào …": which unit of one kind. */
const whichKind = (unitKind: UnitKind, ...phrases: string[]): [string, Tag][] =>
  phrases.map((p) => [p, { kind: 'measure', measure: 'which_kind', unitKind }])

/** A key named alone ("… theo giới tính và loại cán bộ"): only after another breakdown. */
const bare = (by: GroupWord, ...phrases: string[]): [string, Tag][] =>
  phrases.map((p) => [p, { kind: 'group', by, bare: true }])

const statistic = (by: GroupWord, ...phrases: string[]): [string, Tag][] =>
  phrases.flatMap((p) =>
    ['thống kê', 'cơ cấu', 'thống kê theo'].map((prefix): [string, Tag] => [
      `${prefix} ${p}`,
      { kind: 'group', by },
    ]),
  )

const group = (by: GroupWord, ...phrases: string[]): [string, Tag][] =>
  phrases.flatMap((p) => {
    const vi = ['theo', 'phân theo', 'chia theo', 'theo từng', 'từng', 'mỗi', 'của từng', 'ở từng']
    vi.push('phân theo từng', 'chia theo từng')
    const en = ['by', 'per', 'each', 'for each', 'broken down by', 'grouped by', 'in each']
    // English keys are plain ASCII ("10-year age band"); Vietnamese ones have diacritics.
    const prefixes = /^[a-z0-9 '-]+$/.test(p) ? en : vi
    return prefixes.map((prefix): [string, Tag] => [`${prefix} ${p}`, { kind: 'group', by }])
  })

/** "Theo từng cục", "per division": the units of one kind, each with its subtree. */
const kindGroup = (unitKind: UnitKind, ...words: string[]): [string, Tag][] =>
  group('unit', ...words).map(([p]): [string, Tag] => [p, { kind: 'group', by: 'unit', unitKind }])

/** Phrases that mean several things at once. */
const compound = (tags: Tag[], ...phrases: string[]): [string, Tag][] =>
  phrases.map((p) => [p, { kind: 'compound', tags }])

/** "Top 5 units by headcount": ranked by their count, the largest first. */
const RANKED_BY_COUNT: Tag[] = [
  { kind: 'measure', measure: 'count' },
  { kind: 'extreme', dir: 'desc' },
]

/** "Tỷ lệ đó ở Cục Viễn thông?", "that share for …": the previous share, asked of another scope. */
const SAME_SHARE: Tag[] = [
  { kind: 'measure', measure: 'share' },
  { kind: 'followup', followup: 'replace' },
]

export const MEASURE_PHRASES: readonly [string, Tag][] = [
  ...compound(RANKED_BY_COUNT, 'by headcount', 'by staff numbers', 'by number of staff'),
  ...compound(RANKED_BY_COUNT, 'by staff count'),
  ...compound(SAME_SHARE, 'tỷ lệ đó', 'tỷ lệ này', 'tỉ lệ đó', 'tỉ lệ này', 'tỷ lệ tương ứng'),
  ...compound(SAME_SHARE, 'that share', 'that percentage', 'the same share', 'the same percentage'),
  ...measure(
    'count',
    'bao nhiêu',
    'bao nhiêu người',
    'là bao nhiêu',
    'số lượng',
    'tổng số',
    'có mấy',
    'mấy',
    'đếm',
    'how many',
  ),
  ...measure('count', 'number of', 'count', 'total number of', 'how much', 'headcount', 'tổng'),
  ...measure('count', 'quân số'),
  ...measure('count', 'how many more', 'staff numbers', 'staff number', 'number of staff'),
  // "Top 5 units by number of women": ranked by a count.
  ...measure('count', 'by number of', 'by the number of', 'ranked by number of'),
  ...measure('count', 'ranked by the number of', 'by count of', 'by the count of'),
  // "ds": the everyday shorthand of "danh sách".
  ...measure('list', 'ds', 'd/s'),
  ...measure('list', 'liệt kê', 'danh sách', 'những ai', 'là ai', 'ai là', 'ai', 'gồm những ai'),
  ...measure('list', 'kể tên', 'nêu tên', 'kể ra', 'điểm danh', 'liệt kê tên', 'liệt kê họ tên'),
  ...measure('list', 'cho xem', 'list', 'who', 'who are', 'show', 'names of', 'name', 'names'),
  ...measure('list', 'những người nào', 'những người', 'người nào', 'họ tên', 'cụ thể', 'nào'),
  ...measure('list', 'which', 'which of', 'which ones', "who's", 'who is'),
  ...measure('count', 'số', 'tổng số người', 'số lượng người'),
  ...measure('value', 'là bao nhiêu năm', 'là mấy năm'),
  ...measure('value', 'what is', "what's", 'what is the', 'what are', 'bằng bao nhiêu', 'là mấy'),
  ...measure('avg', 'trung bình', 'bình quân', 'average', 'mean', 'averages', 'the averages'),
  ...measure('share', 'tỷ lệ', 'tỉ lệ', 'phần trăm', 'bao nhiêu phần trăm', '%', 'percentage'),
  ...measure('share', 'percent', 'share', 'proportion', 'ratio', 'what fraction'),
  ...measure('which', 'đơn vị nào', 'which unit', 'which units', 'which department', 'bên nào'),
  ...measure('which', 'which top-level unit', 'which top level unit'),
  ...whichKind('phong', 'phòng nào', 'which division', 'which divisions'),
  ...whichKind('cuc', 'cục nào', 'which agency', 'which agencies', 'which cục'),
  ...whichKind('vu', 'vụ nào', 'which vụ'),
  ...whichKind('trung_tam', 'trung tâm nào', 'which centre', 'which center'),
  ...whichKind('vien', 'viện nào', 'which institute', 'which viện'),
  ...group('unit', 'đơn vị', 'unit', 'units', 'department', 'departments', 'cục, vụ'),
  // "Mỗi phòng, trung tâm của Cục …": the units under it, whatever their kind.
  ...group('unit', 'phòng, trung tâm', 'phòng, ban, trung tâm', 'phòng ban, trung tâm'),
  ...group(
    'unit',
    'đơn vị trực thuộc',
    'đơn vị con',
    'phòng',
    'phòng ban',
    'division',
    'divisions',
  ),
  ...group('sex', 'giới tính', 'giới', 'sex', 'gender'),
  // "What's the gender split at VNNIC?": the breakdown by sex.
  ...[['gender split', { kind: 'group', by: 'sex' }] as [string, Tag]],
  ...[['the gender split', { kind: 'group', by: 'sex' }] as [string, Tag]],
  ...group('rank', 'ngạch', 'ngạch công chức', 'ngạch viên chức', 'rank', 'ranks'),
  ...group('rank', 'civil-service rank', 'civil service rank', 'civil-service ranks'),
  ...group('rank', 'chức danh nghề nghiệp', 'hạng chức danh nghề nghiệp', 'ngạch, chức danh'),
  ...group('age_band', 'độ tuổi', 'nhóm tuổi', 'tuổi', 'age', 'age band', 'age group'),
  ...group(
    'age_band',
    'nhóm tuổi 10 năm',
    'nhóm 10 năm',
    'age group 10 year bands',
    '10 year bands',
  ),
  ...group('age_band', 'age groups', 'age bands', 'nhóm tuổi 10 năm một'),
  ...group('age_band', '10-year age band', '10-year age bands', '10-year age groups'),
  ...group('age_band', '10-year age group', 'ten-year age group', 'ten-year age groups'),
  ...bare('age_band', '10-year age band', '10-year age bands', '10-year age groups'),
  ...group('age_band', '10-year groups', '10-year bands'),
  ...[['age profile', { kind: 'group', by: 'age_band' }] as [string, Tag]],
  ...[['age profile in 10-year groups', { kind: 'group', by: 'age_band' }] as [string, Tag]],
  ...group('degree', 'trình độ', 'trình độ chuyên môn', 'học vị', 'bằng cấp', 'degree'),
  ...group('degree', 'education', 'qualification', 'trình độ đào tạo'),
  ...group('degree', 'highest qualification', 'highest degree', 'highest qualifications'),
  ...group('staff_category', 'đối tượng', 'loại', 'diện', 'staff category', 'category'),
  ...group('staff_category', 'loại cán bộ', 'loại hình'),
  ...group('staff_category', 'employment category', 'employment type', 'type of staff'),
  ...group('post_title', 'chức vụ', 'chức danh', 'post', 'position', 'title'),
  ...group('political_theory', 'trình độ lý luận chính trị', 'lý luận chính trị', 'llct'),
  ...group('political_theory', 'trình độ llct', 'political theory', 'political theory level'),
  ...bare('political_theory', 'trình độ lý luận chính trị', 'lý luận chính trị', 'trình độ llct'),
  ...bare('political_theory', 'political theory', 'political theory level'),
  ...group('academic_title', 'học hàm', 'academic title', 'academic titles', 'academic rank'),
  ...group('birth_year', 'năm sinh', 'year of birth', 'birth year'),
  ...group('year', 'năm', 'year', 'từng năm'),
  ...group('quarter', 'quý', 'quarter'),
  ...group('unit', 'ban', 'sub-unit', 'sub-units', 'subunit', 'subunits'),
  ...group('evaluation_level', 'rating', 'ratings', 'evaluation level', 'evaluation levels'),
  ['at each rating', { kind: 'group', by: 'evaluation_level' }],
  ...group('staff_category', 'staff type', 'staff types'),
  ...bare('staff_category', 'employment category', 'employment type', 'staff type'),
  ...group('salary_step', 'bậc lương', 'bậc', 'salary step', 'salary steps', 'pay step'),
  ...group('field_of_study', 'chuyên ngành', 'chuyên ngành đào tạo', 'ngành đào tạo', 'ngành học'),
  ...group('field_of_study', 'field of study', 'fields of study', 'specialisation', 'major'),
  ...group('birth_decade', 'thập niên sinh', 'thập kỷ sinh', 'decade of birth', 'birth decade'),
  ...group('status', 'trạng thái', 'tình trạng', 'status'),
  ...group('reason', 'lý do', 'reason', 'hình thức'),
  ...group('evaluation_level', 'mức xếp loại', 'xếp loại', 'kết quả đánh giá', 'mức đánh giá'),
  ...bare('sex', 'giới tính', 'giới', 'sex', 'gender'),
  ...bare('staff_category', 'loại cán bộ', 'đối tượng', 'staff category', 'category'),
  ...bare('age_band', 'độ tuổi', 'nhóm tuổi', 'nhóm tuổi 10 năm', 'age group', 'age band'),
  ...group('age_band', 'khoảng tuổi', 'khoảng tuổi 10 năm', 'độ tuổi 10 năm'),
  ...bare('degree', 'trình độ', 'trình độ chuyên môn', 'học vị', 'degree', 'education'),
  ...bare('degree', 'trình độ đào tạo', 'education level', 'education levels'),
  ...bare('rank', 'ngạch', 'rank'),
  ...bare('post_title', 'chức vụ', 'post', 'position'),
  ...bare('direction', 'chiều', 'direction'),
  ...['cơ cấu độ tuổi', 'cơ cấu tuổi', 'age structure', 'age pyramid', 'tháp tuổi'].map(
    (p): [string, Tag] => [p, { kind: 'group', by: 'age_band' }],
  ),
  ...[
    'age distribution',
    'age breakdown',
    'age profile',
    'chia nhóm 10 năm',
    'chia nhóm 10 tuổi',
  ].map((p): [string, Tag] => [p, { kind: 'group', by: 'age_band' }]),
  ...(
    [
      ['degree', 'education levels', 'levels of education', 'qualification levels'],
      ['political_theory', 'political theory levels', 'levels of political theory'],
      ['state_management', 'state management levels'],
    ] as const
  ).flatMap(([by, ...phrases]) => phrases.map((p): [string, Tag] => [p, { kind: 'group', by }])),
  ...['cơ cấu giới tính', 'gender structure', 'gender distribution', 'gender breakdown'].map(
    (p): [string, Tag] => [p, { kind: 'group', by: 'sex' }],
  ),
  ...['cơ cấu trình độ'].map((p): [string, Tag] => [p, { kind: 'group', by: 'degree' }]),
  // "Thống kê trình độ lý luận chính trị của …", "cơ cấu ngạch": a statistic of an attribute of
  // people is a breakdown by it.
  ...statistic('political_theory', 'trình độ lý luận chính trị', 'lý luận chính trị', 'llct'),
  ...statistic('political_theory', 'trình độ llct'),
  ...statistic('state_management', 'trình độ quản lý nhà nước', 'quản lý nhà nước', 'qlnn'),
  ...statistic('state_management', 'trình độ qlnn'),
  ...statistic('degree', 'trình độ chuyên môn', 'trình độ đào tạo', 'học vị'),
  ...statistic('rank', 'ngạch', 'ngạch công chức'),
  ...statistic('staff_category', 'loại cán bộ'),
  ...statistic('sex', 'giới tính', 'nam nữ', 'nam, nữ', 'nam và nữ'),
  ...[['phân bố nam nữ', { kind: 'group', by: 'sex' }] as [string, Tag]],
  ...[['phân bố nam, nữ', { kind: 'group', by: 'sex' }] as [string, Tag]],
  ...statistic('age_band', 'độ tuổi', 'nhóm tuổi'),
  ...statistic('academic_title', 'học hàm'),
  // "Thống kê kết quả xếp loại năm 2023": statistics of the ratings are their breakdown.
  ...statistic('evaluation_level', 'xếp loại', 'kết quả xếp loại', 'xếp loại chất lượng'),
  ...statistic('evaluation_level', 'kết quả xếp loại chất lượng', 'kết quả đánh giá'),
  ...statistic('evaluation_level', 'kết quả đánh giá xếp loại'),
  ['hàng năm', { kind: 'group', by: 'year' }],
  ['hằng năm', { kind: 'group', by: 'year' }],
  ['qua từng năm', { kind: 'group', by: 'year' }],
  ['every year', { kind: 'group', by: 'year' }],
  ['each year', { kind: 'group', by: 'year' }],
  ['qua các năm', { kind: 'group', by: 'year' }],
  // "Recruitment trend 2019-2025", "xu hướng nghỉ hưu": year by year.
  ...['trend', 'trends', 'year by year', 'year-by-year', 'xu hướng', 'xu thế', 'diễn biến'].map(
    (p): [string, Tag] => [p, { kind: 'group', by: 'year' }],
  ),
  ['các năm', { kind: 'group', by: 'year' }],
  ['yearly', { kind: 'group', by: 'year' }],
  ['annually', { kind: 'group', by: 'year' }],
  ['năm nào', { kind: 'group', by: 'year' }],
  ...kindGroup('cuc', 'cục', 'agency', 'agencies'),
  ...kindGroup('vu', 'vụ'),
  ...kindGroup('phong', 'phòng', 'division', 'divisions'),
  ...kindGroup('trung_tam', 'trung tâm', 'centre', 'center', 'centres', 'centers'),
  ...kindGroup('vien', 'viện', 'institute', 'institutes'),
  ['các đơn vị', { kind: 'group', by: 'unit' }],
  ['các phòng', { kind: 'group', by: 'unit' }],
  ['all units', { kind: 'group', by: 'unit' }],
  ...group('unit', 'top-level unit', 'top-level units', 'top level unit', 'top level units'),
  ...group('unit', 'sub-unit', 'sub-units', 'subunit', 'subunits'),
  ...group('age_band', 'nhóm 10 tuổi', 'nhóm tuổi 10 tuổi', '10 year age groups', '10 year groups'),
  ...[
    '10 year bands',
    'nhóm 10 năm',
    'ten year bands',
    '10 year age bands',
    'in 10 year bands',
  ].map((p): [string, Tag] => [p, { kind: 'filler' }]),
  ...group('state_management', 'trình độ quản lý nhà nước', 'quản lý nhà nước', 'qlnn'),
  ...group('state_management', 'trình độ qlnn'),
  ...group('state_management', 'state management', 'state management level'),
  ...group('state_management', 'state management qualification', 'state management training'),
  ...bare('state_management', 'state management qualification'),
  ...group('degree', 'highest degree', 'trình độ cao nhất'),
  ...bare('degree', 'highest degree'),
  ...group('evaluation_level', 'evaluation level', 'rating', 'mức'),
  ...group('evaluation_level', 'appraisal rating', 'appraisal ratings', 'evaluation rating'),
  ...group(
    'evaluation_level',
    'evaluation levels',
    'evaluation results',
    'evaluation result',
    'rating level',
  ),
  // "Breakdown of 2025 evaluation results", "cơ cấu kết quả xếp loại năm 2025".
  ...bare('evaluation_level', 'evaluation results', 'evaluation levels', 'evaluation level'),
  ...bare('evaluation_level', 'ratings', 'kết quả xếp loại', 'kết quả đánh giá', 'mức xếp loại'),
  ...bare('evaluation_level', 'kết quả xếp loại chất lượng', 'kết quả đánh giá xếp loại'),
  // "Phân bố xếp loại năm 2024": after a word announcing a breakdown, the levels.
  ...bare('evaluation_level', 'xếp loại', 'xếp loại chất lượng', 'đánh giá xếp loại'),
  ...bare('evaluation_level', 'evaluation ratings', 'ratings'),

  ...[
    'each evaluation level',
    'every evaluation level',
    'rated at each level',
    'rated at every level',
    'từng mức xếp loại',
    'mỗi mức xếp loại',
  ].map((p): [string, Tag] => [p, { kind: 'group', by: 'evaluation_level' }]),
]
