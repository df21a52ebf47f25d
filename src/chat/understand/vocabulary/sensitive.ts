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
  ...tag(MINORITY, 'dân tộc thiểu số', 'người dân tộc thiểu số', 'ethnic minority'),
  ...tag(MINORITY, 'ethnic minorities', 'người dân tộc'),
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
