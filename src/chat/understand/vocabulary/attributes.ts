import type { EvaluationLevel, PersonFilter } from '../plan.js'
import type { Tag } from '../tags.js'

/**
 * Attributes of a person as the asker names them: sex, status, staff category (cán bộ, công
 * chức, viên chức, người lao động), highest degree, academic title (học hàm GS, PGS) and the
 * four evaluation levels (đánh giá, xếp loại chất lượng).
 */
const filter = (f: PersonFilter, ...phrases: string[]): [string, Tag][] =>
  phrases.map((p) => [p, { kind: 'filter', filter: f }])

export const ATTRIBUTE_PHRASES: readonly [string, Tag][] = [
  ...filter({ sex: 'female' }, 'nữ', 'phụ nữ', 'nữ giới', 'cán bộ nữ'),
  // "Lãnh đạo nữ" is women who hold a post, not every woman.
  ...['lãnh đạo nữ', 'female leaders', 'women leaders'].map((p): [string, Tag] => [
    p,
    {
      kind: 'compound',
      tags: [
        { kind: 'post', post: {} },
        { kind: 'filter', filter: { sex: 'female' } },
      ],
    },
  ]),
  ...filter({ sex: 'female' }, 'female', 'women', 'woman', 'females'),
  ...filter({ sex: 'male' }, 'nam', 'nam giới', 'đàn ông', 'male', 'men', 'man', 'males'),
  ...filter({ statuses: ['working'] }, 'đang công tác', 'đang làm việc', 'còn công tác'),
  ...filter({ statuses: ['working'] }, 'hiện đang công tác', 'đương chức', 'tại chức'),
  ...filter(
    { statuses: ['working'] },
    'vẫn đang công tác',
    'vẫn còn công tác',
    'vẫn đang làm việc',
  ),
  ...filter({ statuses: ['working'] }, 'working', 'currently working', 'active', 'serving'),
  ...filter(
    { publicService: true },
    'đơn vị sự nghiệp',
    'đơn vị sự nghiệp công lập',
    'khối sự nghiệp',
  ),
  ...filter({ publicService: true }, 'các đơn vị sự nghiệp', 'các đơn vị sự nghiệp công lập'),
  ...filter({ publicService: true }, 'public service units', 'public service unit'),
  ...filter({ publicService: false }, 'khối quản lý nhà nước', 'khối hành chính'),
  ...filter({ publicService: false }, 'cơ quan quản lý nhà nước', 'các cơ quan quản lý nhà nước'),
  ...filter({ statuses: ['retired'] }, 'đã nghỉ hưu', 'đã về hưu', 'retired', 'have retired'),
  ...filter({ statuses: ['retired'] }, 'nghỉ hưu rồi', 'đã nghỉ chế độ', 'has retired'),
  ...filter({ statuses: ['transferred_out'] }, 'chuyển công tác', 'đã chuyển công tác'),
  ...filter(
    { statuses: ['transferred_out'] },
    'chuyển công tác đến cơ quan khác',
    'chuyển công tác đến nơi khác',
    'chuyển công tác đến đơn vị khác',
    'chuyển công tác sang cơ quan khác',
    'chuyển công tác ra ngoài bộ',
  ),
  ...filter({ statuses: ['transferred_out'] }, 'chuyển đi', 'transferred out', 'transferred'),
  ...filter({ statuses: ['transferred_out'] }, 'chuyển ra ngoài', 'moved out'),
  ...filter({ statuses: ['resigned'] }, 'thôi việc', 'nghỉ việc', 'đã thôi việc', 'resigned'),
  ...filter({ statuses: ['resigned'] }, 'xin nghỉ việc', 'quit', 'resignations'),
  ...filter({ statuses: ['dismissed'] }, 'buộc thôi việc', 'bị buộc thôi việc', 'dismissed'),
  ...filter({ statuses: ['deceased'] }, 'từ trần', 'đã mất', 'qua đời', 'deceased', 'died'),
  ...filter(
    { statuses: ['retired', 'transferred_out', 'resigned', 'dismissed', 'deceased'] },
    'đã nghỉ',
    'không còn công tác',
    'đã rời',
    'former',
    'no longer working',
  ),
  ...filter({ staffCategories: ['cong_chuc'] }, 'công chức', 'civil servants', 'civil servant'),
  ...filter({ staffCategories: ['vien_chuc'] }, 'viên chức', 'public employees'),
  ...filter({ staffCategories: ['vien_chuc'] }, 'public employee', 'public servants'),
  ...filter({ staffCategories: ['nguoi_lao_dong'] }, 'người lao động', 'lao động hợp đồng'),
  ...filter({ staffCategories: ['nguoi_lao_dong'] }, 'hợp đồng lao động', 'nhân viên hợp đồng'),
  ...filter({ staffCategories: ['nguoi_lao_dong'] }, 'contract workers', 'contract staff'),
  ...filter({ staffCategories: ['nguoi_lao_dong'] }, 'workers', 'lao động'),
  ...filter({ staffCategories: ['can_bo'] }, 'diện cán bộ', 'cadres'),
  ...filter({ degrees: ['tien_si'] }, 'tiến sĩ', 'tiến sỹ', 'ts', 'phd', 'ph.d', 'doctorate'),
  ...filter(
    { degrees: ['tien_si'] },
    'doctoral degree',
    'doctors',
    'doctor',
    'học vị tiến sĩ',
    'phds',
  ),
  ...filter({ degrees: ['tien_si'] }, 'doctorates', 'doctoral degrees', 'ph.ds'),
  ...filter({ degrees: ['tien_si'] }, 'bằng tiến sĩ', 'trình độ tiến sĩ'),
  ...filter({ degrees: ['thac_si'] }, 'thạc sĩ', 'thạc sỹ', 'ths', 'master', 'masters'),
  ...filter({ degrees: ['thac_si'] }, "master's", "master's degree", 'master degree'),
  ...filter({ degrees: ['thac_si'] }, 'bằng thạc sĩ', 'trình độ thạc sĩ'),
  ...filter({ degrees: ['dai_hoc'] }, 'đại học', 'cử nhân', 'bachelor', "bachelor's"),
  ...filter({ degrees: ['dai_hoc'] }, 'trình độ đại học', 'bằng đại học', 'university degree'),
  ...filter({ degrees: ['dai_hoc'] }, 'bachelor degree', "bachelor's degree", 'bachelors'),
  ...filter({ degrees: ['thac_si', 'tien_si'] }, 'trên đại học', 'sau đại học', 'postgraduate'),
  ...filter({ degrees: ['thac_si', 'tien_si'] }, 'postgraduate degree', 'postgraduate degrees'),
  ...filter({ degrees: ['thac_si', 'tien_si'] }, 'trình độ trên đại học', 'trình độ sau đại học'),
  ...filter({ degrees: ['thac_si', 'tien_si'] }, 'postgraduate qualification', 'graduate degree'),
  ...filter(
    { degrees: ['cao_dang', 'trung_cap', 'pho_thong'] },
    'dưới đại học',
    'trình độ dưới đại học',
    'below university level',
  ),
  ...filter({ degrees: ['cao_dang'] }, 'cao đẳng', 'trình độ cao đẳng', 'college'),
  ...filter({ degrees: ['trung_cap'] }, 'trình độ trung cấp', 'trung cấp chuyên nghiệp'),
  ...filter({ degrees: ['pho_thong'] }, 'phổ thông', 'trình độ phổ thông', 'high school'),
  ...filter({ academicTitles: ['gs'] }, 'giáo sư', 'gs', 'professor', 'professors'),
  ...filter({ academicTitles: ['gs'] }, 'full professor', 'full professors'),
  ...filter({ academicTitles: ['pgs'] }, 'phó giáo sư', 'pgs', 'associate professor'),
  ...filter({ academicTitles: ['pgs'] }, 'associate professors'),
  // "PGS.TS": the title and the doctorate it is written with.
  ...filter({ academicTitles: ['pgs'] }, 'pgs.ts', 'pgs. ts', 'pgs ts'),
  ...filter({ academicTitles: ['gs'] }, 'gs.ts', 'gs. ts', 'gs ts', 'gs.tskh'),
  ...filter({ academicTitles: ['gs', 'pgs'] }, 'học hàm', 'có học hàm', 'gs, pgs', 'gs pgs'),
  // "học hàm giáo sư" names one title, not the family and then a member of it.
  ...filter({ academicTitles: ['gs'] }, 'học hàm giáo sư', 'chức danh giáo sư'),
  ...filter({ academicTitles: ['pgs'] }, 'học hàm phó giáo sư', 'chức danh phó giáo sư'),
  ...filter({ academicTitles: ['gs', 'pgs'] }, 'giáo sư, phó giáo sư', 'academic title'),
  ...filter({ noPost: true }, 'không giữ chức vụ', 'không có chức vụ', 'không phải lãnh đạo'),
  ...filter({ noPost: true }, 'without a post', 'non-leaders', 'không giữ chức vụ lãnh đạo'),
  ...filter({ noPost: true }, 'trừ lãnh đạo', 'ngoại trừ lãnh đạo', 'không kể lãnh đạo'),
  ...filter({ noPost: true }, 'không tính lãnh đạo', 'excluding leaders', 'except leaders'),
  ...filter(
    { planning: {} },
    'quy hoạch',
    'trong quy hoạch',
    'được quy hoạch',
    'nằm trong quy hoạch',
  ),
  ...filter({ planning: {} }, 'diện quy hoạch', 'trong diện quy hoạch', 'thuộc diện quy hoạch'),
  ...filter({ planning: {} }, 'in the planning pool', 'planning pool', 'planned'),
  ...filter({ planning: {} }, 'succession pool', 'succession planning pool', 'succession planning'),
  ...filter({ planning: {} }, 'in the succession pool', 'in the succession planning pool'),
  ...filter({ planning: {} }, 'planning pools', 'in the planning pools', 'in planning'),
  ...filter({ planning: {} }, 'leadership planning pool', 'leadership planning pools'),
  ...filter({ planning: {} }, 'in leadership planning', 'leadership planning', 'earmarked'),
  ...filter({ planning: {} }, 'earmarked for', 'are earmarked for', 'in the pipeline for'),
]

/** Words that widen the attribute named just before them: "chuyên viên chính trở lên". */
export const MODIFIER_PHRASES: readonly [string, Tag][] = [
  ...['trở lên', 'or above', 'or higher', 'and above', 'and higher', 'hoặc cao hơn'].map(
    (p): [string, Tag] => [p, { kind: 'modifier', modifier: 'at_least' }],
  ),
  ...['trở xuống', 'or below', 'or lower', 'and below', 'hoặc thấp hơn'].map((p): [string, Tag] => [
    p,
    { kind: 'modifier', modifier: 'at_most' },
  ]),
  ...['và tương đương', 'hoặc tương đương', 'tương đương', 'or equivalent', 'and equivalent'].map(
    (p): [string, Tag] => [p, { kind: 'modifier', modifier: 'equivalent' }],
  ),
]

/** Evaluation levels (Decree 335/2025): the phrases leaders use and their abbreviations. */
export const EVALUATION_PHRASES: readonly [string, readonly EvaluationLevel[]][] = [
  ['hoàn thành xuất sắc nhiệm vụ', ['xuat_sac']],
  ['hoàn thành xuất sắc', ['xuat_sac']],
  ['htxsnv', ['xuat_sac']],
  ['xuất sắc', ['xuat_sac']],
  ['excellent', ['xuat_sac']],
  ['outstanding', ['xuat_sac']],
  ['an excellent rating', ['xuat_sac']],
  ['excellent rating', ['xuat_sac']],
  ['an excellent evaluation', ['xuat_sac']],
  ['excellent evaluation', ['xuat_sac']],
  // The level's own words in English: "excellently completing (their) duties".
  ...[
    'excellently completing their duties',
    'excellently completing duties',
    'excellently completing their tasks',
    'excellently completing tasks',
    'excellently completed their duties',
    'completing their duties excellently',
    'completed their duties excellently',
    'excellently completing',
    'excellently completed',
  ].map((phrase): [string, readonly EvaluationLevel[]] => [phrase, ['xuat_sac']]),
  ...[
    'well completing their duties',
    'completing their duties well',
    'completed their duties well',
  ].map((phrase): [string, readonly EvaluationLevel[]] => [phrase, ['tot']]),
  ['hoàn thành tốt nhiệm vụ', ['tot']],
  ['hoàn thành tốt', ['tot']],
  ['httnv', ['tot']],
  ['good', ['tot']],
  ['hoàn thành nhiệm vụ', ['hoan_thanh']],
  ['htnv', ['hoan_thanh']],
  ['không hoàn thành nhiệm vụ', ['khong_hoan_thanh']],
  ['không hoàn thành', ['khong_hoan_thanh']],
  ['khtnv', ['khong_hoan_thanh']],
  ['did not complete', ['khong_hoan_thanh']],
  // "their" would otherwise read as a follow-up about an earlier group.
  ['did not complete their tasks', ['khong_hoan_thanh']],
  ['did not complete their duties', ['khong_hoan_thanh']],
  ['failed to complete their tasks', ['khong_hoan_thanh']],
  ['not completing their duties', ['khong_hoan_thanh']],
  ['not completing their tasks', ['khong_hoan_thanh']],
  ['not completing duties', ['khong_hoan_thanh']],
  ['not completing tasks', ['khong_hoan_thanh']],
  ['did not complete duties', ['khong_hoan_thanh']],
  ['not completed', ['khong_hoan_thanh']],
  ['failed', ['khong_hoan_thanh']],
  ['hoàn thành tốt nhiệm vụ trở lên', ['tot', 'xuat_sac']],
  ['hoàn thành tốt trở lên', ['tot', 'xuat_sac']],
  // "Xếp loại tốt": the level named after "xếp loại" without "hoàn thành".
  ['xếp loại tốt', ['tot']],
  ['loại tốt', ['tot']],
]
