import { phraseTokens } from '../normalise.js'

/** A unit as the lexicon knows it (from the units table: not personal data). */
export interface LexiconUnit {
  readonly id: number
  readonly code: string
  readonly name: string
  readonly shortName: string | null
  readonly abbreviations: readonly string[]
  readonly kind: string
  readonly path: string
  readonly depth: number
  readonly parentId: number | null
}

/** Words a division may be joined to its parent's name with: "Phòng X của Cục Y". */
const JOINERS = ['', 'thuộc', 'của', 'tại', 'ở', 'trực thuộc', 'of', 'in', 'at']

/**
 * The names a unit answers to: its name, short name, abbreviations and code, each also with
 * "&" and "-" dropped ("Vụ KH-TC" → "Vụ KHTC") and a short name's bare acronym ("TCCB"). A
 * division is also named together with its parent ("Văn phòng Cục Viễn thông", "Phòng Tổ chức
 * cán bộ của Cục Bưu điện Trung ương"), which is how leaders tell apart same-named divisions.
 */
export function unitForms(unit: LexiconUnit, parent: LexiconUnit | undefined): string[] {
  const own = ownForms(unit)
  if (unit.depth < 2 || parent === undefined) return own
  const out = new Set(own)
  for (const parentForm of ownForms(parent)) {
    for (const joiner of JOINERS) out.add(joined(unit.name, joiner, parentForm))
  }
  return [...out]
}

/** Words that official writing abbreviates inside names: "Cục Bưu điện TW", "Trung tâm CNTT". */
const ABBREVIATED: readonly [RegExp, string][] = [
  [/Trung ương/u, 'TW'],
  [/Quốc gia/iu, 'QG'],
  [/Việt Nam/u, 'VN'],
  [/[Cc]ông nghệ thông tin/u, 'CNTT'],
  [/Khoa học và Công nghệ/iu, 'KH&CN'],
]

export function abbreviatedNames(name: string): string[] {
  return ABBREVIATED.flatMap(([long, short]) =>
    long.test(name) ? [name.replace(long, short)] : [],
  )
}

/**
 * A name without the "Việt Nam" or "Quốc gia" that ends it: "Viện Năng lượng nguyên tử" for
 * "Viện Năng lượng nguyên tử Việt Nam", as people say it inside the ministry.
 */
function withoutNationalSuffix(name: string): string[] {
  const short = name.replace(/\s+(?:Việt Nam|Quốc gia)$/iu, '')
  return short !== name && short.split(/\s+/).length >= 3 ? [short] : []
}

function ownForms(unit: LexiconUnit): string[] {
  const base = [
    unit.name,
    unit.code,
    ...unit.abbreviations,
    ...abbreviatedNames(unit.name),
    ...withoutNationalSuffix(unit.name),
    ...divisionInitials(unit.name),
  ]
  if (unit.shortName !== null) base.push(unit.shortName)
  const out = new Set<string>()
  for (const form of base) {
    out.add(form)
    out.add(form.replace(/\s*[&-]\s*/g, ''))
    out.add(form.replace(/\s+[–-]\s+/g, ' và ').replace(/, /g, ' và '))
    const acronym = bareAcronym(form)
    if (acronym !== undefined && unit.depth === 1) out.add(acronym)
  }
  return [...out]
}

/**
 * "Phòng KHTC" for "Phòng Kế hoạch – Tài chính", "Phòng TCCB" for "Phòng Tổ chức cán bộ": a
 * division named by the initials of its name, as staff write it.
 */
function divisionInitials(name: string): string[] {
  const match = /^Phòng\s+(.+)$/u.exec(name)
  if (match === null) return []
  const words = match[1]!.split(/[\s,–-]+/u).filter((w) => w !== '' && w !== 'và')
  if (words.length < 2) return []
  return [`Phòng ${words.map((w) => w[0]!.toUpperCase()).join('')}`]
}

/** "Vụ TCCB" → "TCCB": an all-capitals word of three letters or more after the kind word. */
function bareAcronym(form: string): string | undefined {
  const match = /^(?:Vụ|Cục|Ủy ban|Học viện|Viện|Trung tâm|Quỹ|Báo)\s+(\S+)$/u.exec(form)
  const word = match?.[1]
  if (word === undefined) return undefined
  const letters = word.replace(/[&-]/g, '')
  return letters.length >= 3 && letters === letters.toUpperCase() ? letters : undefined
}

/**
 * A division's name followed by its parent's, merging a shared kind word: "Văn phòng Cục" +
 * "Cục Viễn thông" → "Văn phòng Cục Viễn thông".
 */
export function joined(name: string, joiner: string, parent: string): string {
  if (joiner === '') {
    const own = phraseTokens(name)
    const other = phraseTokens(parent)
    for (const overlap of [2, 1]) {
      const tail = own.slice(-overlap).join(' ')
      if (own.length > overlap && tail === other.slice(0, overlap).join(' '))
        return `${name} ${parent.split(/\s+/).slice(overlap).join(' ')}`
    }
  }
  return [name, joiner, parent].filter((p) => p !== '').join(' ')
}
