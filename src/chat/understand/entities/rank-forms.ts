import type { Tag } from '../tags.js'

/** A civil-service rank (ngạch) or professional title of a public employee. */
export interface LexiconRank {
  readonly code: string
  readonly name: string
  readonly grade: number
  readonly staffCategory: string
}

/**
 * Names that are also ordinary words: "nhân viên" is any employee unless the asker says "ngạch
 * nhân viên".
 */
const ONLY_WITH_NGACH = new Set(['nhân viên'])

/** English names of the common ranks, by code. */
const ENGLISH: Readonly<Record<string, readonly string[]>> = {
  // CVCC, CVC, CV: the abbreviations of HR reports.
  '01.001': [
    'cvcc',
    'senior specialist',
    'senior specialists',
    'senior officer',
    'senior expert',
    'senior experts',
  ],
  '01.002': [
    'cvc',
    'principal specialist',
    'principal specialists',
    'principal officer',
    'principal expert',
    'principal experts',
  ],
  '01.003': ['specialist', 'specialists'],
  '04.023': ['senior inspector', 'senior inspectors'],
  '04.024': ['principal inspector', 'principal inspectors'],
  '04.025': ['inspector', 'inspectors'],
  'V.05.01.01': ['senior researcher', 'senior researchers'],
  'V.05.01.02': ['principal researcher', 'principal researchers'],
  'V.05.01.03': ['researcher', 'researchers', 'research officer', 'research officers'],
  'V.07.01.01': ['senior lecturer', 'senior lecturers'],
  'V.07.01.02': ['principal lecturer', 'principal lecturers'],
  'V.07.01.03': ['lecturer', 'lecturers'],
  'V.05.02.07': ['engineer', 'engineers'],
}

const ROMAN = ['i', 'ii', 'iii', 'iv']

/** A count asks for "principal officers" as often as a title names "principal officer". */
function englishForms(name: string): string[] {
  return name.endsWith('s') ? [name] : [name, `${name}s`]
}

/**
 * "Kỹ sư chính (hạng II)" is also "Kỹ sư hạng II" / "kỹ sư hạng 2": the family of titles and
 * the grade, as public employees name their title since the hạng reform.
 */
function gradedForms(name: string): string[] {
  const match = /^(.*?)\s*\(hạng (I|II|III|IV)\)$/u.exec(name)
  if (match === null) return []
  const family = match[1]!.replace(/\s+(chính|cao cấp)$/u, '')
  const roman = match[2]!
  const number = ROMAN.indexOf(roman.toLowerCase()) + 1
  return [`${family} hạng ${roman}`, `${family} hạng ${number}`]
}

/**
 * Phrases naming ranks: "Chuyên viên chính", "ngạch chuyên viên chính", "Nghiên cứu viên" (the
 * name without its "(hạng III)"), the code; and the grades "hạng I" … "hạng IV" by themselves.
 */
export function rankPhrases(ranks: readonly LexiconRank[]): [string, Tag][] {
  const out: [string, Tag][] = []
  for (const rank of ranks) {
    const tag: Tag = { kind: 'rank', codes: [rank.code], grade: rank.grade }
    const bare = rank.name.replace(/\s*\(.*\)\s*$/, '')
    const names = new Set([
      rank.name,
      bare,
      ...gradedForms(rank.name),
      ...(ENGLISH[rank.code] ?? []).flatMap(englishForms),
    ])
    for (const name of names) {
      if (!ONLY_WITH_NGACH.has(name.toLowerCase())) out.push([name, tag])
      out.push([`ngạch ${name}`, tag], [`chức danh ${name}`, tag], [`rank of ${name}`, tag])
    }
    out.push([rank.code, tag])
  }
  out.push(...familyPhrases(ranks))
  ROMAN.forEach((roman, i) => {
    const grade = { min: i + 1, max: i + 1 }
    out.push([`hạng ${roman}`, { kind: 'filter', filter: { rankGrade: grade } }])
    out.push([`hạng ${i + 1}`, { kind: 'filter', filter: { rankGrade: grade } }])
    // Professional titles (chức danh nghề nghiệp) are the public employees' grades: "hạng I"
    // of a civil servant's rank is not one.
    const title: Tag = {
      kind: 'filter',
      filter: { rankGrade: grade, staffCategories: ['vien_chuc'] },
    }
    for (const lead of ['chức danh nghề nghiệp', 'chức danh nghề nghiệp viên chức'])
      out.push([`${lead} hạng ${roman}`, title], [`${lead} hạng ${i + 1}`, title])
  })
  return out
}

/**
 * Titles graded only by "hạng" ("Phóng viên hạng II", "Phóng viên hạng III") are one
 * profession: "phóng viên" alone is any of them. Only nouns of a person ("… viên") are taken,
 * so that "Công nghệ thông tin hạng III" does not make "công nghệ thông tin" a rank.
 */
function familyPhrases(ranks: readonly LexiconRank[]): [string, Tag][] {
  const families = new Map<string, LexiconRank[]>()
  for (const rank of ranks) {
    const family = /^(.*viên) hạng (I|II|III|IV)$/u.exec(rank.name)?.[1]
    if (family !== undefined) families.set(family, [...(families.get(family) ?? []), rank])
  }
  return [...families].flatMap(([family, members]): [string, Tag][] => {
    if (members.length < 2) return []
    const tag: Tag = {
      kind: 'rank',
      codes: members.map((m) => m.code),
      grade: Math.max(...members.map((m) => m.grade)),
    }
    return [family, `ngạch ${family}`, `chức danh ${family}`].map((p): [string, Tag] => [p, tag])
  })
}
