import type { PostFilter } from '../plan.js'
import type { Tag } from '../tags.js'

/**
 * Leadership posts named generically: "lãnh đạo" (any post), "cấp trưởng" / "cấp phó" (heads,
 * deputies), "lãnh đạo cấp vụ" (levels 3–4: heads of Vụ, Cục and equivalent units and their
 * deputies), "lãnh đạo cấp phòng" (levels 5–6). Exact titles (Vụ trưởng, Phó Cục trưởng…) come
 * from the database's posts; see `titlePhrases`.
 */
const post = (p: PostFilter, ...phrases: string[]): [string, Tag][] =>
  phrases.map((phrase) => [phrase, { kind: 'post', post: p }])

const HEADS = [1, 3, 5]
const DEPUTIES = [2, 4, 6]

export const POST_PHRASES: readonly [string, Tag][] = [
  ...post({}, 'lãnh đạo', 'cán bộ lãnh đạo', 'lãnh đạo quản lý', 'cán bộ lãnh đạo quản lý'),
  ...post({}, 'giữ chức vụ', 'giữ chức vụ lãnh đạo', 'có chức vụ', 'chức vụ lãnh đạo'),
  ...post({}, 'leader', 'leaders', 'leadership', 'managers', 'holding a post', 'in a post'),
  ...post({ levels: [3, 4] }, 'lãnh đạo cấp vụ', 'cấp vụ', 'lãnh đạo cấp cục', 'cấp cục'),
  ...post({ levels: [3, 4] }, 'lãnh đạo vụ, cục', 'lãnh đạo cấp vụ và tương đương'),
  ...post({ levels: [3, 4] }, 'lãnh đạo cấp vụ, cục', 'lãnh đạo cấp vụ, cục và tương đương'),
  ...post({ levels: [3, 4] }, 'cấp vụ, cục', 'vụ / cục level leaders', 'vụ / cục level'),
  ...post({ levels: [3, 4] }, 'department-level leaders', 'department level'),
  ...post({ levels: [5, 6] }, 'lãnh đạo cấp phòng', 'cấp phòng', 'lãnh đạo phòng'),
  // "Lãnh đạo các phòng trong Cục": the divisions' leaders, not a breakdown by division.
  ...post(
    { levels: [5, 6] },
    'lãnh đạo các phòng',
    'lãnh đạo của các phòng',
    'các trưởng, phó phòng',
  ),
  ...post({ levels: [5, 6] }, 'trưởng, phó phòng', 'trưởng phó phòng', 'trưởng, phó các phòng'),
  ...post({ levels: [5] }, 'trưởng các phòng', 'các trưởng phòng của các phòng'),
  ...post({ levels: [5, 6] }, 'lãnh đạo cấp phòng và tương đương', 'division-level leaders'),
  ...post({ levels: [5, 6] }, 'section-level managers', 'section-level leaders'),
  ...post({ levels: [5, 6] }, 'division-level managers', 'section-level manager'),
  ...post({ levels: [1, 2] }, 'lãnh đạo bộ', 'lãnh đạo cấp bộ', 'ministry leaders'),
  ...post({ levels: HEADS }, 'cấp trưởng', 'người đứng đầu', 'head', 'heads', 'trưởng'),
  ...post({ levels: DEPUTIES }, 'cấp phó', 'deputy', 'deputies', 'phó'),
  ...post({ levels: DEPUTIES }, 'deputy head', 'deputy heads', 'deputy leaders'),
  ...post({ levels: [3] }, 'vụ trưởng và tương đương', 'cấp trưởng cấp vụ'),
  ...post({ levels: [4] }, 'phó vụ trưởng và tương đương', 'cấp phó cấp vụ'),
  ...post({ levels: [5] }, 'trưởng phòng và tương đương', 'cấp trưởng cấp phòng'),
  ...post({ levels: [6] }, 'phó trưởng phòng và tương đương', 'cấp phó cấp phòng'),
  ...post({ levels: [3] }, 'director general', 'directors general', 'director', 'directors'),
  ...post({ levels: [3] }, 'head of department', 'department head', 'department heads'),
  ...post({ levels: [4] }, 'deputy director general', 'deputy directors general'),
  ...post({ levels: [4] }, 'deputy director', 'deputy directors', 'deputy head of department'),
  ...post({ titles: ['Trưởng phòng'] }, 'head of division', 'division head', 'division heads'),
  ...post({ titles: ['Trưởng phòng'] }, 'heads of division', 'heads of divisions'),
  ...post({ titles: ['Phó Trưởng phòng'] }, 'deputy heads of division', 'deputy division heads'),
  ...post({ levels: [3] }, 'heads of department', 'heads of departments'),
  ...post({ titles: ['Phó Trưởng phòng'] }, 'deputy head of division', 'deputy division head'),
  ...post({ titles: ['Bộ trưởng'] }, 'minister'),
  ...post({ titles: ['Giám đốc Trung tâm'] }, 'heads of centres', 'centre directors'),
  ...post({ titles: ['Giám đốc Trung tâm'] }, 'heads of centers', 'center directors'),
  ...post({ titles: ['Giám đốc Trung tâm'] }, 'centre director', 'center director'),
  ...post(
    { titles: ['Phó Giám đốc Trung tâm'] },
    'deputy centre director',
    'deputy centre directors',
  ),
  ...post(
    { titles: ['Phó Giám đốc Trung tâm'] },
    'deputy center director',
    'deputy center directors',
  ),
  ...post({}, 'heads and deputies', 'head and deputies'),
  ...post({ titles: ['Thứ trưởng'] }, 'deputy minister', 'deputy ministers'),
  ...post({ titles: ['Chánh Thanh tra'] }, 'chief inspector', 'chief inspectors'),
  ...post({ titles: ['Phó Chánh Thanh tra'] }, 'deputy chief inspector', 'deputy chief inspectors'),
]

/**
 * Titles whose bare form names a family: "giám đốc" is the Giám đốc of a centre, an academy or
 * a campus as much as of a top-level unit.
 */
const FAMILIES = ['Giám đốc', 'Phó Giám đốc']

/** A phrase per title held in the ministry, and one per family of titles. */
export function titlePhrases(titles: readonly string[]): [string, Tag][] {
  const out: [string, Tag][] = []
  for (const family of FAMILIES) {
    const members = titles.filter((t) => t === family || t.startsWith(`${family} `))
    if (members.length > 0) out.push([family, { kind: 'post', post: { titles: members } }])
  }
  for (const title of titles) {
    if (FAMILIES.includes(title)) continue
    const role = /^phó /i.test(title) || title === 'Thứ trưởng' ? 'deputy' : 'head'
    out.push([title, { kind: 'post', post: { titles: [title] }, role }])
  }
  return out
}
