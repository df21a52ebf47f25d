import { foldDiacritics } from '../normalise.js'
import type { Lexicon } from '../lexicon.js'
import type { GroupBy, Measure, NumericField, OrderField } from '../plan.js'
import { type FilterPart, mergeFilterParts } from './merge-filters.js'
import type { Reading } from './reading.js'
import type { ResolvedUnits } from './units.js'

export interface MeasureChoice {
  readonly measure: Exclude<Measure, { kind: 'list' }> | 'list'
  readonly groupBy?: GroupBy[]
  readonly order?: { by: OrderField; dir: 'asc' | 'desc' }
  readonly limit?: number
  /** Conditions that belong to the share's numerator, not to the people counted. */
  readonly sharePart?: readonly FilterPart[]
  readonly problems: string[]
}

/** Words that open the people a share is among, before the share ("trong số công chức, …"). */
const FRONTED = new Set(['trong so', 'among', 'of all', 'out of'])

/** "In which unit": beside a list of people, each one's unit. */
const UNIT_ASKED = new Set(
  ['in which unit', 'which unit', 'in what unit', 'in which department'].flatMap((w) => [
    w,
    `${w}s`,
  ]),
)

/**
 * Words that ask who, even after a count ("…, họ là ai?", "bao nhiêu người …, là những ai?");
 * not a relative "who" ("staff who joined …").
 */
export const WHO_ASKED: ReadonlySet<string> = new Set([
  'ai',
  'ai la',
  'la ai',
  'nhung ai',
  'la nhung ai',
  'gom nhung ai',
  'who are',
])

/** Words that ask who, beside which a "phòng nào" asks each one's unit. */
const WHO_WORDS = new Set([...WHO_ASKED, 'who'])

/** "có", "who have": between the people a share is among and what it counts. */
const HAVING = new Set(['co', 'who have', 'who has', 'having', 'with', 'co trinh do', 'dat'])

/** Fillers after which a share's conditions stop and the population starts ("tỷ lệ nữ trong …"). */
const POPULATION_MARKERS = new Set(
  ['trong', 'trong số', 'among', 'of', 'in', 'ở', 'tại', 'của'].map((w) => foldDiacritics(w)),
)

/**
 * What to compute: a count, list, average, share, minimum or maximum; per group or not; in
 * which order and how many rows. "Which unit has the most…" is a breakdown by unit ordered by
 * the measure, one row; "the oldest…" is a list ordered by birth date, one row.
 */
export function chooseMeasure(
  reading: Reading,
  units: ResolvedUnits,
  lexicon: Lexicon,
): MeasureChoice {
  const problems: string[] = []
  const words = new Set(reading.measures.map((m) => m.word))
  const numeric = inMinistry(reading, reading.fields.find((f) => f.numeric !== undefined)?.numeric)
  const extreme = reading.extremes[0] ?? agedExtreme(reading, words)
  const which =
    words.has('which') ||
    words.has('which_kind') ||
    (extreme !== undefined && reading.fields.some((f) => f.field === 'unit'))
  // "Tiến sĩ trong Cục gồm những ai, làm ở phòng nào?": who they are, each with their unit.
  const who = reading.measures.some(
    (m) => m.word === 'list' && WHO_WORDS.has(folded(reading.spanWords[m.span])),
  )
  // "Which women are Phó Cục trưởng, and in which unit?": the same, in English.
  const whichUnit = reading.measures.some(
    (m) => m.word === 'which' && UNIT_ASKED.has(folded(reading.spanWords[m.span])),
  )
  const listed = who || reading.measures.some((m) => m.word === 'list')
  const eachUnit = words.has('which_kind') || (whichUnit && listed)
  if ((who || listed) && eachUnit && extreme === undefined && reading.groups.length === 0)
    return { measure: 'list', problems }
  // "Vụ Pháp chế có bao nhiêu tiến sĩ, họ là ai?", "how many …, and who are they?": the people,
  // whose rows are the count.
  const countAt = reading.measures.find((m) => m.word === 'count')?.span ?? Infinity
  const whoAfter = reading.measures.some(
    (m) =>
      m.word === 'list' && m.span > countAt && WHO_ASKED.has(folded(reading.spanWords[m.span])),
  )
  const ranks = extreme !== undefined || reading.orders.length > 0 || reading.groups.length > 0
  if (whoAfter && !ranks) return { measure: 'list', problems }
  // "Vụ nào", "phòng nào": a breakdown by the units of that kind, each with its subtree.
  const kind = reading.measures.find((m) => m.word === 'which_kind')?.unitKind
  let groupBy = chooseGroups(reading, units, lexicon, problems)
  if (kind !== undefined && groupBy !== undefined) problems.push('units of one kind in a breakdown')
  if (which && groupBy === undefined)
    groupBy = [
      kind === undefined ? unitGroup(units, lexicon) : { by: 'unit', parentId: null, kind },
    ]
  const ranked = which && extreme !== undefined
  // "Đơn vị nào nhiều tiến sĩ nhất": the first; "xếp … từ cao xuống thấp": all, in that order.
  const sorted = reading.sortOrders.length
  const cut = sorted > 0 && sorted === reading.extremes.length ? undefined : 1
  const limit = firstNumber(reading) ?? cut
  const top = ranked
    ? { order: { by: 'measure' as const, dir: extreme }, ...(limit === undefined ? {} : { limit }) }
    : {}
  // An order word ("oldest", "hệ số lương cao nhất") that no ranking uses is a question unread.
  const aggregate = words.has('share') || words.has('avg')
  if (aggregate && reading.orders.length > 0 && !ranked) problems.push('an order of an aggregate')
  if (words.has('share')) return { ...share(reading, problems), groupBy, ...top, problems }
  if (words.has('avg')) {
    if (numeric === undefined) problems.push('an average of nothing named')
    return { measure: { kind: 'avg', of: numeric ?? 'age' }, groupBy, ...top, problems }
  }
  const order = ministryOrder(reading, reading.orders[0])
  // "Hệ số lương cao nhất là bao nhiêu?", "What is the highest salary coefficient?": the value
  // itself (one cell); "ai có hệ số lương cao nhất" is the person.
  const extremeValue =
    order === undefined || ranked || order.sort === true ? undefined : valueOfOrder(reading, order)
  if (extremeValue !== undefined) return { measure: extremeValue, groupBy, problems }
  // A count of people ("bao nhiêu người") next to an order of people does not say which.
  if (order !== undefined && !ranked && words.has('count') && !words.has('list'))
    problems.push('a count and an order of people')
  // "Ai làm việc ở Bộ lâu nhất?" asks the longest service, not the longest time in a post.
  if (order?.bare === true && reading.posts.length === 0 && units.posts.length === 0)
    problems.push('"the longest" of people not said to hold a post')
  if (order !== undefined && !ranked) {
    if (groupBy !== undefined) problems.push('an order within groups')
    // "Sắp xếp theo ngày sinh": every row in that order; "người lớn tuổi nhất": the first.
    const limit = firstNumber(reading) ?? (order.sort === true ? undefined : 1)
    const { by, dir } = order
    return {
      measure: 'list',
      order: { by, dir },
      ...(limit === undefined ? {} : { limit }),
      problems,
    }
  }
  if (ranked || (extreme !== undefined && groupBy !== undefined))
    return {
      measure: { kind: 'count' },
      groupBy,
      order: { by: 'measure', dir: extreme ?? 'desc' },
      ...(limit === undefined ? {} : { limit }),
      problems,
    }
  if (extreme !== undefined) {
    // "Ai có hệ số lương thấp nhất?": the person, not the value.
    if (numeric === 'salary_coefficient' && words.has('list'))
      return { measure: 'list', order: { by: numeric, dir: extreme }, limit: 1, problems }
    if (numeric !== undefined)
      return {
        measure: { kind: extreme === 'asc' ? 'min' : 'max', of: numeric },
        groupBy,
        problems,
      }
    problems.push('a superlative of nothing named')
  }
  if (words.has('list') && !words.has('count') && groupBy === undefined)
    return { measure: 'list', problems }
  // "Vụ trưởng Vụ Bưu chính sinh năm nào?": a fact of the holders of a post is a list of them,
  // and so are "các Trưởng phòng hết nhiệm kỳ trong 6 tháng tới".
  const holders = reading.posts.length > 0 || units.posts.length > 0
  const statutory = reading.topics.some((t) => t === 'retirement' || t === 'term_end')
  if (!words.has('count') && groupBy === undefined && holders && reading.fields.length > 0)
    return { measure: 'list', problems }
  if (words.size === 0 && groupBy === undefined && holders && statutory)
    return { measure: 'list', problems }
  // "Các Phó Cục trưởng Cục Bưu điện Trung ương": the holders named as a heading are a list.
  if (words.size === 0 && groupBy === undefined && holders && PLURAL_OPENERS.has(opener(reading)))
    return { measure: 'list', problems }
  // "Show me PhD holders at Vụ Pháp chế", "Give me the Vụ trưởng": the people themselves; "show
  // me the number of …" says so.
  if (words.size === 0 && groupBy === undefined && numeric === undefined && asksToSee(reading))
    return { measure: 'list', problems }
  if (!words.has('count') && groupBy === undefined && !reading.flags.noun)
    problems.push('no count, list or statistic asked for')
  // "Số người có lương trên 20 triệu": a salary named in a count is a condition not read.
  if (numeric !== undefined && numeric !== 'age') problems.push(`a ${numeric} not asked for`)
  return { measure: { kind: 'count' }, groupBy, problems }
}

/** The measure an order of people is ranked by, when its extreme value can be asked. */
const ORDER_VALUES: Partial<Record<OrderField, Record<'asc' | 'desc', Measure>>> = {
  salary_coefficient: {
    desc: { kind: 'max', of: 'salary_coefficient' },
    asc: { kind: 'min', of: 'salary_coefficient' },
  },
  birth_date: { asc: { kind: 'max', of: 'age' }, desc: { kind: 'min', of: 'age' } },
  joined_state_service: {
    asc: { kind: 'max', of: 'service_years' },
    desc: { kind: 'min', of: 'service_years' },
  },
  joined_ministry: {
    asc: { kind: 'max', of: 'ministry_years' },
    desc: { kind: 'min', of: 'ministry_years' },
  },
}

/** Count words that ask "how much", not "how many people". */
const VALUE_COUNT_WORDS = new Set(['la bao nhieu', 'bao nhieu', 'how much', 'may', 'la may'])

/**
 * The extreme value a superlative asks for: "hệ số lương cao nhất là bao nhiêu", "what is the
 * highest salary coefficient", "thâm niên cao nhất là bao nhiêu năm" — a value word, or a count
 * word that is not about people, and nothing asking who.
 */
function valueOfOrder(
  reading: Reading,
  order: { by: OrderField; dir: 'asc' | 'desc' },
): Exclude<Measure, { kind: 'list' }> | undefined {
  const value = ORDER_VALUES[order.by]?.[order.dir]
  if (value === undefined || value.kind === 'list') return undefined
  const words = reading.measures.map((m) => ({ ...m, text: folded(reading.spanWords[m.span]) }))
  if (words.some((m) => m.word === 'list' || m.word === 'avg' || m.word === 'share'))
    return undefined
  const asksValue = words.some(
    (m) => m.word === 'value' || (m.word === 'count' && VALUE_COUNT_WORDS.has(m.text)),
  )
  const countsPeople = words.some((m) => m.word === 'count' && !VALUE_COUNT_WORDS.has(m.text))
  // "Hệ số lương cao nhất ở Vụ Pháp chế", with no word asking who or how many: the value. A
  // bare "lớn tuổi nhất" or "thâm niên lâu nhất" describes a person and stays a list, and so
  // does "top 5 hệ số lương cao nhất": five values are five people.
  const bare =
    words.length === 0 &&
    !reading.flags.noun &&
    order.by === 'salary_coefficient' &&
    firstNumber(reading) === undefined
  return (asksValue || bare) && !countsPeople ? value : undefined
}

export function folded(words: string | undefined): string {
  return foldDiacritics((words ?? '').toLowerCase())
}

/** Words right after a length of service that put it in the ministry ("thâm niên … tại Bộ"). */
const IN_MINISTRY = /(^| )(tai|o|trong) bo( |$)|(in|at) the ministry/

/** "Thâm niên trung bình tại Bộ": the years in the ministry, not in the state service. */
function inMinistry(reading: Reading, numeric: NumericField | undefined): NumericField | undefined {
  if (numeric !== 'service_years') return numeric
  // Not a unit's own name: "at the Ministry Inspectorate" is a unit, not the ministry.
  const words = reading.spanWords.filter(
    (_, i) => !reading.spans[i]!.tags.some((t) => t.kind === 'unit'),
  )
  const said = IN_MINISTRY.test(folded(words.join(' ')))
  return said ? 'ministry_years' : numeric
}

/** "Thâm niên lâu nhất tại Bộ": ranked by the date of joining the ministry. */
function ministryOrder(
  reading: Reading,
  order: Reading['orders'][number] | undefined,
): Reading['orders'][number] | undefined {
  if (order?.by !== 'joined_state_service') return order
  const said = IN_MINISTRY.test(folded(reading.spanWords.join(' ')))
  return said ? { ...order, by: 'joined_ministry' } : order
}

/**
 * "Which unit has the youngest average age?": youngest / oldest rank an average age the way
 * "lowest" / "highest" do (a younger person has the later birth date).
 */
function agedExtreme(reading: Reading, words: ReadonlySet<string>): 'asc' | 'desc' | undefined {
  const order = reading.orders[0]
  if (order?.by !== 'birth_date' || !words.has('avg')) return undefined
  if (!reading.fields.some((f) => f.numeric === 'age')) return undefined
  return order.dir === 'desc' ? 'asc' : 'desc'
}

/** The number a "top 5" or "the 3 youngest" keeps, if the question says one. */
export function firstNumber(reading: Reading): number | undefined {
  return reading.numbers.find((v) => Number.isInteger(v) && v > 0 && v <= 200)
}

function share(reading: Reading, problems: string[]): Pick<MeasureChoice, 'measure' | 'sharePart'> {
  const at = reading.measures.find((m) => m.word === 'share')!.span
  const marker = reading.spanWords.findIndex((w, i) => i > at && POPULATION_MARKERS.has(folded(w)))
  const after = reading.filters.filter((p) => p.span > at && (marker < 0 || p.span < marker))
  const relative = marker === at + 1 ? relativeAfter(reading, marker) : -1
  // "Trong số công chức toàn Bộ, tỷ lệ có LLCT cao cấp là bao nhiêu?": the people it is among
  // come first, the share's condition after it.
  const fronted = reading.spanWords.findIndex((w, i) => i < at && FRONTED.has(folded(w)))
  let part: FilterPart[]
  if (fronted >= 0 && marker < 0) part = frontedPart(reading, fronted, at)
  else if (after.length > 0 && marker >= 0) part = after
  else if (relative >= 0) part = reading.filters.filter((p) => p.span > relative)
  else part = reading.filters.filter((p) => p.filter.statuses === undefined)
  // "Tỷ lệ công chức có trình độ LLCT cao cấp": "có" (have) after the first condition makes it
  // the people the share is among.
  const next = part[0] === undefined ? '' : folded(reading.spanWords[part[0].span + 1])
  const having = part.length > 1 && (HAVING.has(next) || next.startsWith('co '))
  if (having) part = part.slice(1)
  // "Tỷ lệ nữ tiến sĩ", "tỷ lệ công chức nữ của Cục X": among everyone, or among women (civil
  // servants)? Unless the people counted are named apart ("trong số công chức"), it is not said.
  const population = reading.filters.filter(
    (p) => !part.includes(p) && p.filter.statuses === undefined,
  )
  const conditions = Object.keys(mergeFilterParts(part).filter).length
  if (population.length === 0 && (part.length > 1 || conditions > 1))
    problems.push('a share of several conditions without its population')
  return { measure: { kind: 'share', part: mergeFilterParts(part).filter }, sharePart: part }
}

/**
 * The share's condition when its people come first: after the share word ("trong số công chức,
 * tỷ lệ nữ …"), or between the people and the share word ("Trong số các Phó Vụ trưởng, nữ
 * chiếm bao nhiêu phần trăm?", "trong số công chức, nữ chiếm …"), where the first condition
 * after "trong số" is the people's own.
 */
function frontedPart(reading: Reading, fronted: number, at: number): FilterPart[] {
  const after = reading.filters.filter((p) => p.span > at)
  if (after.length > 0) return after
  const between = reading.filters.filter((p) => p.span > fronted && p.span < at)
  let first = fronted + 1
  while (reading.spans[first]?.tags.every((t) => t.kind === 'filler' || t.kind === 'noun')) first++
  return between.filter((p) => p.span !== first)
}

/** Words after which a share's part follows its population: "percentage of X with Y". */
const RELATIVE_MARKERS = new Set([
  'with',
  'who',
  'that',
  'having',
  'who are',
  'that are',
  'hold',
  'holds',
  'have',
  'has',
  // "What share of civil servants are under 30?"
  'are',
  'is',
])

function relativeAfter(reading: Reading, marker: number): number {
  const at = reading.spanWords.findIndex((w, i) => i > marker && RELATIVE_MARKERS.has(w))
  if (at < 0) return -1
  const before = reading.filters.some((p) => p.span > marker && p.span < at)
  const after = reading.filters.some((p) => p.span > at)
  return before && after ? at : -1
}

/**
 * "Tổng số người của X và Y", "X hoặc Y": the units together, one number, not one row each.
 */
const COMBINING = new Set(
  [
    'tổng',
    'tổng số',
    'tổng cộng',
    'tổng số người',
    'tổng số cán bộ',
    'cộng lại',
    'gộp lại',
    'hoặc',
    'total',
    'total number of',
    'in total',
    'combined',
    'altogether',
    'or',
  ].map((w) => foldDiacritics(w)),
)

export function combined(reading: Reading): boolean {
  return reading.spanWords.some((w) => COMBINING.has(foldDiacritics(w)))
}

/** The breakdown keys named ("theo giới tính và loại cán bộ"), or the units compared. */
function chooseGroups(
  reading: Reading,
  units: ResolvedUnits,
  lexicon: Lexicon,
  problems: string[],
): GroupBy[] | undefined {
  const words = [...new Set(reading.groups)]
  const several =
    units.subtrees.length > 1 &&
    (reading.flags.compare || (reading.flags.conjunction && !combined(reading)))
  const compared: GroupBy = { by: 'unit', parentId: null, unitIds: [...units.subtrees] }
  if (words.length === 0)
    return several ? [compared] : eachCategory(reading) ? [{ by: 'staff_category' }] : undefined
  if (words.length > 2) problems.push('more than two breakdowns')
  const keys: GroupBy[] = []
  // "So sánh cơ cấu giới tính giữa A và B": each compared unit keeps its own rows, one key more.
  if (several && !words.includes('unit')) {
    if (words.length > 1) problems.push('more than two breakdowns')
    keys.push(compared)
  }
  for (const word of words.slice(0, 2)) {
    if (word === 'unit') {
      const kind = reading.unitKinds[0]
      if (several) keys.push(compared)
      else
        keys.push(
          kind === undefined ? unitGroup(units, lexicon) : { by: 'unit', parentId: null, kind },
        )
    } else if (word === 'year') {
      if (reading.topics.includes('left')) keys.push({ by: 'status_year' })
      else if (reading.topics.includes('retirement')) keys.push({ by: 'retirement_year' })
      else if (reading.topics.includes('term_end')) keys.push({ by: 'term_end_year' })
      // "Số người đạt chiến sĩ thi đua cơ sở theo từng năm": the year of the award, which no
      // key reads; "đạt" is not an evaluation here.
      else if (awarded(reading) && reading.evaluations.length === 0)
        problems.push('a yearly breakdown of awards or trainings')
      else if (reading.evaluations.length > 0 || reading.topics.includes('evaluation'))
        keys.push({ by: 'evaluation_year' })
      else problems.push('a yearly breakdown of something without a year')
    } else if (word === 'quarter') {
      // "Số người nghỉ hưu theo từng quý năm 2028": the quarter of the date the question is about.
      if (reading.topics.includes('retirement')) keys.push({ by: 'retirement_quarter' })
      else if (reading.topics.includes('term_end')) keys.push({ by: 'term_end_quarter' })
      else problems.push('a breakdown by quarter of something without a date')
    } else if (word === 'reason' || word === 'direction')
      problems.push('a breakdown this kind of question does not have')
    else keys.push({ by: word })
  }
  return keys.length === 0 ? undefined : keys
}

/**
 * "Bao nhiêu cán bộ, bao nhiêu công chức, viên chức và người lao động?": a count asked for each
 * staff category in turn, every category named as the people, is a count per category.
 */
function eachCategory(reading: Reading): boolean {
  const counts = reading.measures.filter((m) => m.word === 'count')
  const named = (m: { span: number }) =>
    CATEGORY_NOUN.test(folded(reading.spanWords[m.span + 1])) &&
    reading.spans[m.span + 1]?.tags.some((t) => t.kind === 'noun') === true
  return counts.length >= 2 && counts.every(named)
}

const CATEGORY_NOUN = /^(can bo|cong chuc|vien chuc|nguoi lao dong)\b/

function awarded(reading: Reading): boolean {
  return reading.filters.some(
    (p) => p.filter.award !== undefined || p.filter.training !== undefined,
  )
}

/** Words that open a heading naming the holders of a post: "Các Phó Vụ trưởng …". */
const PLURAL_OPENERS = new Set(['các', 'cac', 'những', 'nhung'])

const SHOW_OPENERS = new Set(['show me', 'give me', 'show us', 'give us'])

function asksToSee(reading: Reading): boolean {
  return SHOW_OPENERS.has(opener(reading))
}

function opener(reading: Reading): string {
  const first = reading.spans[0]
  return first?.start === 0 ? (reading.spanWords[0] ?? '') : ''
}

/** Units directly under the one named (or the asker's own), else the top-level units. */
export function unitGroup(units: ResolvedUnits, lexicon: Lexicon): GroupBy {
  // "Headcount by division" from a leader of one agency: the units of that agency.
  const only =
    units.subtrees.length === 1
      ? units.subtrees[0]
      : units.subtrees.length === 0
        ? units.home
        : undefined
  const hasChildren = only !== undefined && lexicon.units.some((u) => u.parentId === only)
  return { by: 'unit', parentId: hasChildren ? only : null }
}

export type { NumericField }
