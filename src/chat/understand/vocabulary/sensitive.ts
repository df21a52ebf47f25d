import type { Tag } from '../tags.js'

/**
 * Sensitive personal data (Law 91/2025/QH15, Decree 356/2025): Party membership (đảng viên),
 * ethnicity (dân tộc), religion (tôn giáo), discipline (kỷ luật). A question that filters on
 * them needs the sensitive tier; the orchestrator refuses it to anyone else.
 */
const tag = (t: Tag, ...phrases: string[]): [string, Tag][] => phrases.map((p) => [p, t])

const PARTY: Tag = { kind: 'filter', filter: { partyMember: true } }
const NOT_PARTY: Tag = { kind: 'filter', filter: { partyMember: false } }
const MINORITY: Tag = { kind: 'filter', filter: { ethnicity: { op: 'ne', value: 'Kinh' } } }
const RELIGIOUS: Tag = { kind: 'filter', filter: { religion: { op: 'ne', value: 'Không' } } }

/** Ethnic groups and religions as recorded (the e-dossier's own spelling). */
const ETHNIC_GROUPS = ['Kinh', 'Tày', 'Mường', 'Nùng', 'Thái', 'Hoa', 'Khmer', 'Sán Dìu', 'Dao']
const MORE_ETHNIC_GROUPS = ['Chăm', "H'Mông", 'Ê Đê']
const RELIGIONS = ['Phật giáo', 'Công giáo', 'Tin lành', 'Cao Đài', 'Phật giáo Hòa Hảo']

export const SENSITIVE_PHRASES: readonly [string, Tag][] = [
  ...tag(PARTY, 'đảng viên', 'là đảng viên', 'đảng viên đảng cộng sản việt nam'),
  ...tag(PARTY, 'party members', 'party member', 'communist party members'),
  ...tag(NOT_PARTY, 'chưa là đảng viên', 'không phải đảng viên', 'chưa vào đảng', 'ngoài đảng'),
  ...tag(NOT_PARTY, 'không là đảng viên', 'chưa được kết nạp đảng', 'non-party members'),
  ...tag(NOT_PARTY, 'not party members', 'non-party', 'không phải là đảng viên'),
  ...tag(NOT_PARTY, 'not a party member', 'are not party members', 'chưa phải là đảng viên'),
  ...tag(NOT_PARTY, "aren't party members", "isn't a party member", 'chưa phải đảng viên'),
  ...tag(MINORITY, 'dân tộc thiểu số', 'người dân tộc thiểu số', 'ethnic minority'),
  ...tag(MINORITY, 'ethnic minorities', 'người dân tộc'),
  ...tag(MINORITY, 'ethnic minority groups', 'ethnic-minority', 'from ethnic minority groups'),
  ...tag(RELIGIOUS, 'có tôn giáo', 'theo tôn giáo', 'có đạo', 'religious', 'theo đạo'),
  ...[...ETHNIC_GROUPS, ...MORE_ETHNIC_GROUPS].flatMap((value) =>
    tag(
      { kind: 'filter', filter: { ethnicity: { op: 'eq', value } } },
      `dân tộc ${value}`,
      `người ${value}`,
      `ethnic ${value}`,
      `${value} ethnicity`,
    ),
  ),
  ...[...ETHNIC_GROUPS, ...MORE_ETHNIC_GROUPS].flatMap((value) =>
    tag(
      { kind: 'filter', filter: { ethnicity: { op: 'ne', value } } },
      `không phải dân tộc ${value}`,
      `không phải người ${value}`,
      `không thuộc dân tộc ${value}`,
      `ngoài dân tộc ${value}`,
      `non-${value}`,
    ),
  ),
  ...tag(
    { kind: 'filter', filter: { religion: { op: 'eq', value: 'Công giáo' } } },
    'catholics',
    'catholic',
  ),
  ...tag(
    { kind: 'filter', filter: { religion: { op: 'eq', value: 'Phật giáo' } } },
    'buddhists',
    'buddhist',
  ),
  ...tag(PARTY, 'đv', 'là đv'),
  ...RELIGIONS.flatMap((value) =>
    tag(
      { kind: 'filter', filter: { religion: { op: 'eq', value } } },
      `theo ${value}`,
      `đạo ${value.replace(/ giáo$/, '')}`,
      `theo đạo ${value.replace(/ giáo$/, '')}`,
      `theo đạo ${value}`,
      `đạo ${value}`,
      `tôn giáo ${value}`,
      value,
    ),
  ),
]

/**
 * Breakdowns by ethnicity and religion (the stored values, one row each). They read the private
 * record, so they are refused below the sensitive tier and small groups are withheld.
 */
const groupBy = (by: 'ethnicity' | 'religion', bare: boolean, ...phrases: string[]) =>
  phrases.map((p): [string, Tag] => [p, bare ? { kind: 'group', by, bare } : { kind: 'group', by }])

export const SENSITIVE_GROUP_PHRASES: readonly [string, Tag][] = [
  ...['theo', 'phân theo', 'chia theo', 'theo từng', 'từng', 'mỗi', 'các', 'cơ cấu', 'thống kê']
    .flatMap((prefix) => [`${prefix} dân tộc`, `${prefix} thành phần dân tộc`])
    .flatMap((p) => groupBy('ethnicity', false, p)),
  ...groupBy('ethnicity', false, 'by ethnicity', 'by ethnic group', 'per ethnic group'),
  ...groupBy('ethnicity', false, 'each ethnic group', 'ethnic breakdown', 'ethnic composition'),
  ...groupBy('ethnicity', false, 'ethnic structure', 'thống kê theo dân tộc'),
  ...groupBy('ethnicity', true, 'dân tộc', 'ethnicity', 'ethnic group', 'ethnic groups'),
  // "theo tôn giáo" alone is "religious" (a condition); after "cơ cấu", "thống kê", "breakdown"
  // the reading prefers the breakdown.
  ...['phân theo', 'chia theo', 'theo từng', 'từng', 'mỗi', 'các', 'cơ cấu', 'thống kê'].flatMap(
    (prefix) => groupBy('religion', false, `${prefix} tôn giáo`),
  ),
  ...groupBy('religion', false, 'by religion', 'per religion', 'each religion'),
  ...groupBy('religion', false, 'thống kê theo tôn giáo', 'religious composition'),
  ...groupBy('religion', true, 'tôn giáo', 'religion', 'theo tôn giáo'),
  // "Danh sách … kèm dân tộc", "with their religion": the attribute as a column of a list. In a
  // count it is a condition the plan would drop, so the count is declined (unusedFields).
  ...['dân tộc', 'ethnicity', 'ethnic group'].map((p): [string, Tag] => [
    p,
    { kind: 'field', field: 'ethnicity' },
  ]),
  ...['tôn giáo', 'religion'].map((p): [string, Tag] => [p, { kind: 'field', field: 'religion' }]),
]
