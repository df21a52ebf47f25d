import type { PersonFilter } from '../plan.js'
import type { Tag } from '../tags.js'

/**
 * Political theory (lý luận chính trị, LLCT) and state management (quản lý nhà nước, QLNN)
 * training levels, named in either order ("cao cấp lý luận chính trị", "LLCT cao cấp").
 */
const POLITICAL_ANCHORS = ['lý luận chính trị', 'llct', 'chính trị', 'lý luận']
const POLITICAL_LEVELS: readonly [string, PersonFilter['politicalTheory']][] = [
  ['sơ cấp', ['so_cap']],
  ['trung cấp', ['trung_cap']],
  ['cao cấp', ['cao_cap']],
  ['cử nhân', ['cu_nhan']],
  ['trung cấp trở lên', ['trung_cap', 'cao_cap', 'cu_nhan']],
  ['cao cấp trở lên', ['cao_cap', 'cu_nhan']],
  ['cao cấp, cử nhân', ['cao_cap', 'cu_nhan']],
]
const ENGLISH_POLITICAL_LEVELS: readonly [
  string,
  string,
  'so_cap' | 'trung_cap' | 'cao_cap' | 'cu_nhan',
][] = [
  ['elementary', 'sơ cấp', 'so_cap'],
  ['intermediate', 'trung cấp', 'trung_cap'],
  ['senior', 'cao cấp', 'cao_cap'],
  ['advanced', 'cao cấp', 'cao_cap'],
  ['bachelor', 'cử nhân', 'cu_nhan'],
]
const ENGLISH_STATE_LEVELS: readonly [
  string,
  string,
  'chuyen_vien' | 'chuyen_vien_chinh' | 'chuyen_vien_cao_cap',
][] = [
  ['specialist', 'chuyên viên', 'chuyen_vien'],
  ['principal specialist', 'chuyên viên chính', 'chuyen_vien_chinh'],
  ['principal officer', 'chuyên viên chính', 'chuyen_vien_chinh'],
  ['senior specialist', 'chuyên viên cao cấp', 'chuyen_vien_cao_cap'],
  ['senior officer', 'chuyên viên cao cấp', 'chuyen_vien_cao_cap'],
]
const STATE_ANCHORS = ['quản lý nhà nước', 'qlnn', 'bồi dưỡng quản lý nhà nước', 'bồi dưỡng qlnn']
const STATE_LEVELS: readonly [string, PersonFilter['stateManagement']][] = [
  ['cán sự', ['can_su']],
  ['chuyên viên', ['chuyen_vien']],
  ['chuyên viên chính', ['chuyen_vien_chinh']],
  ['chuyên viên cao cấp', ['chuyen_vien_cao_cap']],
  ['chuyên viên chính trở lên', ['chuyen_vien_chinh', 'chuyen_vien_cao_cap']],
]

/** "Chưa có trình độ lý luận chính trị": no level on record at all. */
const LACKING: readonly [NonNullable<PersonFilter['lacks']>[number], readonly string[]][] = [
  [
    'political_theory',
    ['trình độ lý luận chính trị', 'lý luận chính trị', 'trình độ llct', 'llct'],
  ],
  [
    'state_management',
    ['chứng chỉ quản lý nhà nước', 'trình độ quản lý nhà nước', 'chứng chỉ qlnn'],
  ],
  ['academic_title', ['học hàm']],
]
const LACKING_OPENERS = ['chưa có', 'không có', 'chưa qua đào tạo', 'chưa được đào tạo']
const ENGLISH_LACKING: readonly [NonNullable<PersonFilter['lacks']>[number], readonly string[]][] =
  [
    ['political_theory', ['political theory qualification', 'political theory training']],
    ['state_management', ['state management certificate', 'state management training']],
    ['academic_title', ['academic title']],
  ]

export function trainingPhrases(): [string, Tag][] {
  const out: [string, Tag][] = []
  // "Còn trung cấp?" after a question of political theory: the level alone, in a follow-up.
  for (const [level, values] of POLITICAL_LEVELS.slice(0, 3)) {
    const tag: Tag = {
      kind: 'compound',
      tags: [
        { kind: 'followup', followup: 'maybe' },
        { kind: 'level', politicalTheory: values! },
      ],
    }
    for (const phrase of ['còn', 'thế còn', 'vậy còn', 'riêng', 'còn trình độ'])
      out.push([`${phrase} ${level}`, tag])
    out.push([`${level} thì sao`, tag], [`còn ${level} thì sao`, tag])
  }
  for (const [attribute, anchors] of LACKING) {
    const tag: Tag = { kind: 'filter', filter: { lacks: [attribute] } }
    for (const opener of LACKING_OPENERS)
      for (const anchor of anchors) out.push([`${opener} ${anchor}`, tag])
  }
  for (const [attribute, anchors] of ENGLISH_LACKING) {
    const tag: Tag = { kind: 'filter', filter: { lacks: [attribute] } }
    for (const opener of ['no', 'without a', 'without an', 'without any', 'have no', 'with no'])
      for (const anchor of anchors) out.push([`${opener} ${anchor}`, tag])
  }
  for (const [level, values] of POLITICAL_LEVELS) {
    const tag: Tag = { kind: 'filter', filter: { politicalTheory: values! } }
    for (const anchor of POLITICAL_ANCHORS) {
      out.push([`${level} ${anchor}`, tag], [`${anchor} ${level}`, tag])
      out.push([`trình độ ${anchor} ${level}`, tag], [`trình độ ${level} ${anchor}`, tag])
    }
  }
  for (const [english, vietnamese, value] of ENGLISH_POLITICAL_LEVELS) {
    const tag: Tag = { kind: 'filter', filter: { politicalTheory: [value] } }
    const levels = [english, `${english} level`, `${english} ${vietnamese}`, vietnamese]
    for (const level of [...levels, `${english} level ${vietnamese}`]) {
      out.push([`${level} political theory`, tag], [`political theory ${level}`, tag])
      // "senior-level political theory (cao cấp)": the level glossed in Vietnamese after.
      out.push([`${level} political theory ${vietnamese}`, tag])
      // "a senior-level political theory qualification": the qualification is that level.
      for (const noun of ['qualification', 'qualifications', 'training', 'certificate', 'level'])
        out.push([`${level} political theory ${noun}`, tag])
    }
  }
  for (const [english, vietnamese, value] of ENGLISH_STATE_LEVELS) {
    const tag: Tag = { kind: 'filter', filter: { stateManagement: [value] } }
    // "state management training at principal-officer level (chuyên viên chính)": the level
    // belongs to the training, not to the person's rank.
    const named = [english, `${english}s`, `${english} level`]
    const levels = [vietnamese, ...named, ...named.map((n) => `${n} ${vietnamese}`)]
    for (const level of levels) {
      for (const noun of ['certificate', 'training', 'qualification', 'programme', 'program']) {
        out.push([`${level} state management ${noun}`, tag])
        out.push([`state management ${noun} for ${level}`, tag])
        out.push([`state management ${noun} at ${level}`, tag])
      }
      out.push([`state management ${level}`, tag], [`${level} state management`, tag])
    }
  }
  for (const [level, values] of STATE_LEVELS) {
    const tag: Tag = { kind: 'filter', filter: { stateManagement: values! } }
    for (const anchor of STATE_ANCHORS) {
      // "quản lý nhà nước từ chuyên viên chính trở lên": "từ" opens the level.
      for (const joiner of ['', 'ngạch', 'chương trình', 'trình độ', 'từ', 'mức', 'từ ngạch'])
        out.push([`${anchor} ${joiner} ${level}`.replace('  ', ' '), tag])
    }
    // "Chứng chỉ chuyên viên chính": the certificate of that training, not the rank.
    out.push([`chứng chỉ ${level}`, tag], [`chứng chỉ bồi dưỡng ${level}`, tag])
  }
  return out
}
