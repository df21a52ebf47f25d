import type { DisciplineFacet, DisciplineForm, Tag } from '../tags.js'

/**
 * Discipline decisions (kỷ luật: khiển trách, cảnh cáo, hạ bậc lương, giáng chức, cách chức,
 * buộc thôi việc) and appointments (bổ nhiệm lần đầu, bổ nhiệm lại): events, counted for
 * everyone they concern.
 */
const discipline = (facet: DisciplineFacet, phrases: string, forms?: DisciplineForm[]) =>
  phrases
    .split('|')
    .map((p): [string, Tag] => [
      p,
      forms === undefined ? { kind: 'discipline', facet } : { kind: 'discipline', facet, forms },
    ])

const FORMS: readonly [DisciplineForm, string][] = [
  ['khien_trach', 'khiển trách|reprimand|reprimanded|reprimands'],
  ['canh_cao', 'cảnh cáo|warning|warnings|warned'],
  ['ha_bac_luong', 'hạ bậc lương|salary step reduction'],
  ['giang_chuc', 'giáng chức|demotion|demoted'],
  ['cach_chuc', 'cách chức|removal from post|removed from post'],
  [
    'buoc_thoi_viec',
    'kỷ luật buộc thôi việc|hình thức buộc thôi việc|disciplinary dismissal|of dismissal',
  ],
]

export const EVENT_PHRASES: readonly [string, Tag][] = [
  ...discipline(
    'any',
    'kỷ luật|bị kỷ luật|kỉ luật|bị kỉ luật|bị xử lý kỷ luật|xử lý kỷ luật|có kỷ luật|' +
      'disciplined|discipline|disciplinary action|disciplinary actions|disciplinary|' +
      'disciplinary sanction|disciplinary sanctions|disciplinary measure|disciplinary measures',
  ),
  ...discipline(
    'decisions',
    'quyết định kỷ luật|số quyết định kỷ luật|quyết định kỉ luật|disciplinary decisions|' +
      'discipline decisions|decisions',
  ),
  // "Quyết định cách chức", "quyết định kỷ luật buộc thôi việc": decisions of that form (and
  // not the status of people dismissed).
  ...FORMS.flatMap(([form, phrases]) =>
    phrases
      .split('|')
      .filter((p) => !/^(kỷ luật|hình thức) /.test(p) && !/^[a-z ]+$/.test(p))
      .flatMap((p) =>
        discipline(
          'decisions',
          ['quyết định', 'quyết định kỷ luật', 'quyết định kỉ luật']
            .map((d) => `${d} ${p}`)
            .join('|'),
          [form],
        ),
      ),
  ),
  ...discipline(
    'decisions',
    'quyết định kỷ luật buộc thôi việc|quyết định buộc thôi việc|quyết định kỉ luật buộc thôi việc',
    ['buoc_thoi_viec'],
  ),
  ...discipline(
    'in_effect',
    'còn hiệu lực|đang có hiệu lực|đang trong thời hạn|still in effect|in force|' +
      'đang bị kỷ luật|đang chịu kỷ luật|đang trong thời gian bị kỷ luật|' +
      'đang trong thời gian kỷ luật|currently disciplined|currently under discipline|' +
      'vẫn còn hiệu lực|quyết định vẫn còn hiệu lực|not yet expired|has not expired|' +
      'have not expired|still in force|đang trong thời gian thi hành kỷ luật|' +
      'trong thời gian thi hành kỷ luật|đang thi hành kỷ luật|đang chấp hành kỷ luật',
  ),
  ...discipline('form', 'hình thức|hình thức kỷ luật|form|forms|the form|type of discipline'),
  ...discipline('form', 'type of sanction|the type of sanction|sanction type|their type'),
  ...discipline('decided_on', 'ngày quyết định|ngày bị kỷ luật|ngày kỷ luật|decision date'),
  ...discipline('effective_until', 'ngày hết hiệu lực|hết hiệu lực|hiệu lực đến|expiry date'),
  ...discipline(
    'effective_until',
    'the date it expires|date it expires|the date the measure expires|expiry dates',
  ),
  ...FORMS.flatMap(([form, phrases]) => discipline('any', phrases, [form])),
  ...[
    'bổ nhiệm lần đầu|được bổ nhiệm lần đầu|first appointments|first appointed|newly appointed|' +
      'first-time appointments|appointed for the first time|first-time leadership appointments|' +
      'appointed to a leadership post for the first time|appointed to a post for the first time|' +
      'appointed to leadership posts for the first time|for the first time',
  ]
    .flatMap((p) => p.split('|'))
    .map((p): [string, Tag] => [p, { kind: 'appointment', kinds: ['first'] }]),
  ...['bổ nhiệm lại|được bổ nhiệm lại|reappointed|reappointments']
    .flatMap((p) => p.split('|'))
    .map((p): [string, Tag] => [p, { kind: 'appointment', kinds: ['reappointment'] }]),
  ...['lượt bổ nhiệm|được bổ nhiệm|số lượt bổ nhiệm|appointments'].flatMap((p) =>
    p.split('|').map((q): [string, Tag] => [q, { kind: 'appointment' }]),
  ),
]

/** Awards as recorded (thi đua, khen thưởng) and the names leaders give them. */
const AWARDS: readonly [string, string][] = [
  [
    'Chiến sĩ thi đua cơ sở',
    'chiến sĩ thi đua cơ sở|chiến sĩ thi đua|cstđcs|grassroots emulation fighter',
  ],
  [
    'Bằng khen của Bộ trưởng Bộ Khoa học và Công nghệ',
    'bằng khen của bộ trưởng|bằng khen bộ trưởng|bằng khen của bộ trưởng bộ khoa học và công nghệ|' +
      "bằng khen|minister's certificate of merit|certificate of merit|" +
      // "được Bộ trưởng tặng Bằng khen": the minister who gives it, not a post anyone holds.
      'bộ trưởng tặng bằng khen|được bộ trưởng tặng bằng khen|bộ trưởng khen thưởng|' +
      'được bộ trưởng khen thưởng|bằng khen do bộ trưởng tặng|bằng khen do bộ trưởng trao',
  ],
  ['Giấy khen của Thủ trưởng đơn vị', 'giấy khen|giấy khen của thủ trưởng đơn vị'],
  [
    'Kỷ niệm chương Vì sự nghiệp Khoa học và Công nghệ',
    'kỷ niệm chương|kỷ niệm chương vì sự nghiệp khoa học và công nghệ|commemorative medal|' +
      'kỷ niệm chương vì sự nghiệp kh&cn|kỷ niệm chương vì sự nghiệp khcn|' +
      'kỷ niệm chương vì sự nghiệp kh và cn',
  ],
]

/** Training certificates as recorded: foreign languages and IT. */
const TRAININGS: readonly [string, string, string][] = [
  ['foreign_language', 'Tiếng Anh B1', 'tiếng anh b1|english b1'],
  ['foreign_language', 'Tiếng Anh B2', 'tiếng anh b2|english b2'],
  ['foreign_language', 'Tiếng Anh C1', 'tiếng anh c1|english c1'],
  ['foreign_language', 'IELTS 6.5', 'ielts 6.5|ielts'],
  ['foreign_language', 'Tiếng Pháp B1', 'tiếng pháp b1|french b1'],
  ['foreign_language', 'Tiếng Nga B1', 'tiếng nga b1|russian b1'],
  ['foreign_language', 'Tiếng Nhật N3', 'tiếng nhật n3|japanese n3'],
  [
    'it',
    'Ứng dụng CNTT cơ bản',
    'ứng dụng cntt cơ bản|ứng dụng công nghệ thông tin cơ bản|basic it',
  ],
  [
    'it',
    'Ứng dụng CNTT nâng cao',
    'ứng dụng cntt nâng cao|ứng dụng công nghệ thông tin nâng cao|advanced it',
  ],
]

export const RECORD_PHRASES: readonly [string, Tag][] = [
  ...['khen thưởng', 'được khen thưởng', 'được khen', 'received an award', 'awarded'].map(
    (p): [string, Tag] => [p, { kind: 'filter', filter: { award: {} } }],
  ),
  // "the Chiến sĩ thi đua cơ sở title": the English noun after the award's name.
  ...AWARDS.flatMap(([kind, phrases]) =>
    phrases.split('|').flatMap((p): [string, Tag][] => {
      const tag: Tag = { kind: 'filter', filter: { award: { kind } } }
      return [
        [p, tag],
        [`${p} title`, tag],
        [`${p} award`, tag],
      ]
    }),
  ),
  ...TRAININGS.flatMap(([kind, level, phrases]) =>
    phrases.split('|').flatMap((p): [string, Tag][] => {
      const tag: Tag = { kind: 'filter', filter: { training: { kind, level } } }
      return [
        [p, tag],
        [`chứng chỉ ${p}`, tag],
        [`bằng ${p}`, tag],
        [`${p} certificate`, tag],
        [`${p} certificates`, tag],
        [`${p} certification`, tag],
      ]
    }),
  ),
]
