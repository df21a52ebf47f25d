import { foldDiacritics, hasDiacritics, type Token } from '../normalise.js'
import type { EvaluationLevel, OrderField, PersonField, PersonFilter, UnitKind } from '../plan.js'
import type {
  AppointmentKind,
  DisciplineFacet,
  DisciplineForm,
  GroupWord,
  MeasureWord,
  Period,
  Route,
  Span,
  Tag,
  TagKind,
  TagOf,
  Topic,
} from '../tags.js'
import type { FilterPart } from './merge-filters.js'
import { SUPERLATIVE_OPENERS } from '../vocabulary/ordering.js'
import { applyModifier, negateLevel } from './modifiers.js'

/** A unit named in the question; `post` when a title names its head or deputy. */
export interface UnitMention {
  readonly ids: readonly number[]
  readonly span: number
  readonly post?: TagOf<'post'>
  /** The title and the unit share their kind word ("Giám đốc Trung tâm Internet Việt Nam"). */
  readonly sharesKindWord?: boolean
}

export interface PostMention {
  readonly tag: TagOf<'post'>
  readonly span: number
}

/** What the tags of a question say, gathered by kind, before any plan is chosen. */
export interface Reading {
  readonly spans: readonly Span[]
  /** Each span's words, for the few decisions that depend on a filler word's position. */
  readonly spanWords: readonly string[]
  readonly unexplained: readonly Token[]
  readonly units: UnitMention[]
  readonly posts: PostMention[]
  readonly filters: FilterPart[]
  readonly evaluations: { levels: EvaluationLevel[]; span: number }[]
  readonly measures: { word: MeasureWord; span: number; unitKind?: UnitKind }[]
  readonly groups: GroupWord[]
  /** `bare`: "lâu nhất" alone, which is time in post only when a post is named. */
  /** `sort`: every row in that order ("sắp xếp theo ngày sinh"), not the first of them. */
  readonly orders: { by: OrderField; dir: 'asc' | 'desc'; bare?: boolean; sort?: boolean }[]
  readonly extremes: ('asc' | 'desc')[]
  /** The extremes above that are a sort order only ("từ cao xuống thấp"): they cut nothing. */
  readonly sortOrders: ('asc' | 'desc')[]
  readonly periods: Period[]
  /** Years counted from the year of the previous question ("năm sau đó": +1). */
  readonly yearShifts: (1 | -1)[]
  readonly topics: Topic[]
  readonly fields: TagOf<'field'>[]
  readonly routes: Route[]
  readonly followups: TagOf<'followup'>['followup'][]
  readonly persons: { readonly name: string; readonly sex?: 'male' | 'female' }[]
  readonly numbers: number[]
  readonly disciplines: { facet: DisciplineFacet; forms: readonly DisciplineForm[] }[]
  readonly appointments: (readonly AppointmentKind[] | undefined)[]
  readonly problems: string[]
  /** Breakdown keys named alone, with nothing that makes them a breakdown ("trình độ của …"). */
  readonly bareKeys: GroupWord[]
  /** Levels of political theory said alone ("Còn trung cấp?"), for a follow-up to place. */
  readonly levels: NonNullable<PersonFilter['politicalTheory']>[]
  /** Kinds of unit a breakdown names ("theo từng cục"). */
  readonly unitKinds: UnitKind[]
  /** Spans of levels a negation before them applies to ("chưa có bằng thạc sĩ"). */
  readonly negated: number[]
  flags: Flags
}

export interface Flags {
  ministry: boolean
  self: boolean
  home: boolean
  remaining: boolean
  everyYear: boolean
  honorific: boolean
  compare: boolean
  noun: boolean
  conjunction: boolean
  groupIntro: boolean
}

export function readSpans(spans: readonly Span[], tokens: readonly Token[]): Reading {
  const covered = new Set<number>()
  for (const s of spans) for (let k = s.start; k < s.end; k++) covered.add(k)
  const reading: Reading = {
    spans,
    spanWords: spans.map((span) => words(tokens, span)),
    unexplained: tokens.filter((_, k) => !covered.has(k)),
    ...emptyLists(),
    flags: {
      ministry: false,
      self: false,
      home: false,
      remaining: false,
      everyYear: false,
      honorific: false,
      compare: false,
      noun: false,
      conjunction: false,
      groupIntro: false,
    },
  }
  // "Gender breakdown of …": the word that announces a breakdown may come after its key.
  reading.flags.groupIntro = spans.some((s) => s.tags.some((t) => t.kind === 'group_intro'))
  spans.forEach((span, index) => readSpan(reading, span, index, tokens))
  yearOfBirth(reading)
  turnedInYear(reading)
  // "And Thanh tra Bộ?", "Và Vụ Pháp chế?": a question that opens on "and" goes on from the last.
  // "Còn lại bao nhiêu người không phải đảng viên?": the rest of the people just counted.
  if (spans[0]?.start === 0 && OPENING_AND.has(reading.spanWords[0] ?? ''))
    reading.followups.push('maybe')
  stillToCome(reading)
  sortedBy(reading)
  topRanked(reading)
  myPosts(reading)
  return reading
}

/**
 * The order a fact gives rows when they are sorted by it, ascending in the fact's own value: a
 * later birth date is a younger person, so "theo tuổi" is the birth date turned.
 */
const SORT_KEYS: Partial<Record<PersonField, { by: OrderField; turned?: boolean }>> = {
  birth_date: { by: 'birth_date' },
  birth_year: { by: 'birth_date' },
  age: { by: 'birth_date', turned: true },
  term_end: { by: 'term_end' },
  term_end_year: { by: 'term_end' },
  retirement_date: { by: 'retirement_date' },
  retirement_year: { by: 'retirement_date' },
  post_start: { by: 'post_since' },
  post_since: { by: 'post_since' },
  joined_ministry: { by: 'joined_ministry' },
  joined_year: { by: 'joined_ministry' },
  joined_state_service: { by: 'joined_state_service' },
  service_years: { by: 'joined_state_service', turned: true },
  ministry_years: { by: 'joined_ministry', turned: true },
  salary_coefficient: { by: 'salary_coefficient' },
}

/** Topics that name a date to sort by ("sorted by term end", "xếp theo thời điểm nghỉ hưu"). */
const SORT_TOPICS: Partial<Record<Topic, OrderField>> = {
  term_end: 'term_end',
  retirement: 'retirement_date',
  joined: 'joined_ministry',
}

/**
 * "Sắp xếp theo ngày sinh", "sorted by term end, latest first": the fact after the sort word
 * orders every row instead of being a column asked for; a sort direction said with it
 * ("giảm dần", "từ cao xuống thấp") turns it, and an order said outright ("người lớn tuổi nhất
 * trước") stands.
 */
function sortedBy(reading: Reading): void {
  const at = reading.spans.findIndex((s) => s.tags.some((t) => t.kind === 'sort_by'))
  if (at < 0) return
  const next = reading.spans[at + 1]?.tags ?? []
  // "xếp theo quân số giảm dần": by the count, which a ranking of groups already orders by.
  if (next.some((t) => t.kind === 'measure' && t.measure === 'count')) return
  const tag = next.find((t) => t.kind === 'field')
  const topic = next.find((t) => t.kind === 'topic' && SORT_TOPICS[t.topic] !== undefined)
  const key =
    tag !== undefined
      ? SORT_KEYS[tag.field]
      : topic?.kind === 'topic'
        ? { by: SORT_TOPICS[topic.topic]! }
        : undefined
  if (key === undefined) {
    reading.problems.push('a sort order of nothing it can sort by')
    return
  }
  // The fact sorted by is not a column asked for, nor the topic of the question.
  if (tag !== undefined && reading.fields.includes(tag))
    reading.fields.splice(reading.fields.indexOf(tag), 1)
  if (topic?.kind === 'topic' && reading.topics.includes(topic.topic))
    reading.topics.splice(reading.topics.indexOf(topic.topic), 1)
  // "Sắp xếp theo ngày sinh, người lớn tuổi nhất trước": the order said is the sort.
  const stated = reading.orders.findIndex((o) => o.by === key.by)
  if (stated >= 0) {
    reading.orders[stated] = { ...reading.orders[stated]!, sort: true }
    return
  }
  const said = reading.sortOrders[0]
  if (said !== undefined) {
    // The direction belongs to this sort, not to a ranking of counts.
    reading.sortOrders.splice(0, 1)
    reading.extremes.splice(reading.extremes.indexOf(said), 1)
  }
  const value = said ?? 'asc'
  const dir = key.turned === true ? (value === 'asc' ? 'desc' : 'asc') : value
  reading.orders.unshift({ by: key.by, dir, sort: true })
}

/**
 * "Which of my division heads…", "my Trưởng phòng": the holders of a post in the asker's unit,
 * not the asker's own record.
 */
function myPosts(reading: Reading): void {
  const mine = reading.spans.filter((s) => s.tags.some((t) => t.kind === 'self'))
  if (mine.length !== 1) return
  const k = reading.spans.indexOf(mine[0]!)
  if (reading.spanWords[k] !== 'my') return
  if (reading.spans[k + 1]?.tags.some((t) => t.kind === 'post') !== true) return
  reading.flags.self = false
  reading.flags.home = true
}

/**
 * "Top 5 units by number of PhDs": the first of a ranking are its largest, unless the question
 * says which end ("top 3 youngest", "top 5 lowest").
 */
function topRanked(reading: Reading): void {
  const top = reading.spanWords.findIndex((w) => w === 'top')
  if (top < 0 || reading.extremes.length > 0 || reading.orders.length > 0) return
  if (reading.spans[top + 1]?.tags.some((t) => t.kind === 'number') !== true) return
  reading.extremes.push('desc')
}

/**
 * "Năm nay Viện X còn ai sắp nghỉ hưu?", "còn bao nhiêu người sẽ …": "còn" inside a question,
 * before who or how many, is "still", from today on. Only opening a question does it go on from
 * the last one.
 */
function stillToCome(reading: Reading): void {
  reading.spans.forEach((span, k) => {
    if (k === 0 || foldDiacritics(reading.spanWords[k] ?? '') !== 'con') return
    if (!span.tags.some((t) => t.kind === 'followup' && t.followup === 'maybe')) return
    const next = reading.spans[k + 1]
    if (next?.tags.some((t) => t.kind === 'measure') !== true) return
    const at = reading.followups.indexOf('maybe')
    if (at >= 0) reading.followups.splice(at, 1)
    reading.flags.remaining = true
  })
}

/** Words before "họ", "them" that make it the people of an earlier answer ("trong số họ"). */
const AMONG = new Set(['trong so', 'trong', 'among', 'of', 'in', 'for', 'with'])

/**
 * "Liệt kê cán bộ Vụ Pháp chế sinh trước 1975 và ngày sinh của họ", "Which Phó Cục trưởng see
 * their term end in 2029?": opening a conversation, a "họ", "their" that says whose fact it is,
 * after the question has named its people (a unit, a post, a condition), points back within
 * the question. Any other "they", "trong số họ", "of them" asks for an earlier answer; inside a
 * conversation they all go on from it.
 */
export function withoutOwnPronouns(reading: Reading): Reading {
  let own = 0
  reading.spans.forEach((span, k) => {
    if (!span.tags.some((t) => t.kind === 'followup' && t.followup === 'them')) return
    if (AMONG.has(foldDiacritics(reading.spanWords[k - 1] ?? ''))) return
    // "… their term end", "ngày sinh của họ": the pronoun says whose fact it is; "…, họ là ai?",
    // "and who are they?": who the people just counted are.
    const isFact = (span: Span | undefined) =>
      span?.tags.some((t) => t.kind === 'field' || t.kind === 'topic' || t.kind === 'post') === true
    const asksWho = (span: Span | undefined) =>
      span?.tags.some((t) => t.kind === 'measure' && t.measure === 'list') === true
    const of = foldDiacritics(reading.spanWords[k - 1] ?? '') === 'cua' ? k - 2 : k - 1
    const whose = isFact(reading.spans[k + 1]) || isFact(reading.spans[of])
    if (!whose && !asksWho(reading.spans[k + 1]) && !asksWho(reading.spans[k - 1])) return
    const named = reading.spans
      .slice(0, k)
      .some((s) => s.tags.some((t) => PEOPLE_NAMING.has(t.kind)))
    if (named) own++
  })
  if (own === 0) return reading
  const followups = [...reading.followups]
  for (let i = 0; i < own; i++) followups.splice(followups.indexOf('them'), 1)
  return { ...reading, followups }
}

/** Tags that name whom a question is about. */
const PEOPLE_NAMING: ReadonlySet<TagKind> = new Set(['unit', 'post', 'filter', 'rank', 'topic'])

const OPENING_AND = new Set(['and', 'và', 'va', 'còn lại', 'con lai'])

const WHICH_YEAR = new Set(['what year', 'which year', 'in what year', 'in which year'])

/**
 * "What year was Nguyễn Văn A born?": the year asked and "born" are one field, the birth year.
 * A year asked of anything else ("what year will … retire") is not a field the plan has.
 */
function yearOfBirth(reading: Reading): void {
  const asked = reading.spans.findIndex(
    (span, k) =>
      WHICH_YEAR.has(reading.spanWords[k] ?? '') &&
      span.tags.some((t) => t.kind === 'field' && t.field === 'birth_year'),
  )
  if (asked < 0) return
  const born = reading.fields.findIndex((f) => f.field === 'birth_date')
  if (born >= 0) reading.fields.splice(born, 1)
  else reading.problems.push('a year asked of something other than a birth')
}

/**
 * "Năm 2027 có bao nhiêu người tròn 60 tuổi?": people who reach 60 in 2027 were born in 1967.
 * The year is then the age's, not a span of something else.
 */
function turnedInYear(reading: Reading): void {
  const at = reading.filters.findIndex((p) => p.turning === true)
  if (at < 0) return
  const part = reading.filters[at]!
  const period = reading.periods[0]
  const age = part.filter.age?.min
  if (reading.periods.length !== 1 || period === undefined || age === undefined) {
    reading.problems.push('an age reached without the year it is reached in')
    return
  }
  const { min, max } = period.years
  if (min === undefined || max === undefined) {
    reading.problems.push('an age reached in a span without an end')
    return
  }
  reading.filters[at] = {
    filter: { birthYear: { min: min - age, max: max - age } },
    span: part.span,
  }
  reading.periods.splice(0, 1)
}

function emptyLists() {
  return {
    units: [],
    posts: [],
    filters: [],
    evaluations: [],
    measures: [],
    groups: [],
    orders: [],
    extremes: [],
    sortOrders: [],
    periods: [],
    yearShifts: [],
    topics: [],
    fields: [],
    routes: [],
    followups: [],
    persons: [],
    numbers: [],
    disciplines: [],
    appointments: [],
    problems: [],
    negated: [],
    unitKinds: [],
    bareKeys: [],
    levels: [],
  }
}

function readSpan(reading: Reading, span: Span, index: number, tokens: readonly Token[]): void {
  const unit = span.tags.find((t): t is TagOf<'unit'> => t.kind === 'unit')
  const post = span.tags.find((t): t is TagOf<'post'> => t.kind === 'post')
  if (unit !== undefined) {
    // A title in the same span, or just before it ("Phó Cục trưởng của Cục…", "the deputy
    // heads of the … Authority"), names the unit's head or deputy.
    const previous = reading.posts.at(-1)
    const adjacent = previous !== undefined && linksTitle(reading, previous.span, index)
    const titled = post ?? (adjacent ? previous.tag : undefined)
    if (titled !== undefined && post === undefined) reading.posts.pop()
    const mention: UnitMention = { ids: unit.unitIds, span: index }
    reading.units.push(
      titled === undefined
        ? mention
        : { ...mention, post: titled, sharesKindWord: post !== undefined },
    )
    return
  }
  const at = { index, span, tokens }
  if (span.compound === true) {
    // A compound phrase means all of its tags at once.
    for (const tag of span.tags) {
      if (tag.kind === 'post') reading.posts.push({ tag, span: index })
      else readTag(reading, tag, at)
    }
    return
  }
  if (post !== undefined) {
    if (glossesTitle(reading, index)) reading.posts.pop()
    reading.posts.push({ tag: post, span: index })
    return
  }
  const tag = primaryTag(span.tags, reading, index)
  if (tag !== undefined) readTag(reading, tag, at)
  // "Trình độ của ông X": a key named alone, no breakdown announced. A person's fact, or a
  // question the plan would otherwise answer as if the word were not there.
  // ("Có trình độ thạc sĩ": the key before a value only introduces it.)
  else if (
    span.tags.some((t) => t.kind === 'group' && t.bare === true) &&
    !introducesValue(reading.spans[index + 1])
  )
    reading.bareKeys.push(...span.tags.flatMap((t) => (t.kind === 'group' ? [t.by] : [])))
  // "Có bao nhiêu dân tộc", "how many provinces": a key of these named alone, with nothing
  // announcing a breakdown, asks something the plan cannot say. (Others, like "trình độ" in
  // "có trình độ thạc sĩ", only introduce the value that follows.)
  else if (span.tags.some((t) => t.kind === 'group' && ASKED_ALONE.has(t.by)))
    reading.problems.push(`"${words(tokens, span)}" without a breakdown`)
}

/**
 * "Deputy Directors (Phó Vụ trưởng)": a Vietnamese title right after an English one says which
 * title the English words mean, which may be any of several ("deputy directors" are deputies of
 * a department, an agency or a centre). The Vietnamese title is the one asked.
 */
function glossesTitle(reading: Reading, index: number): boolean {
  const previous = reading.posts.at(-1)
  if (previous === undefined || previous.span !== index - 1) return false
  const english = reading.spanWords[index - 1] ?? ''
  return !hasDiacritics(english) && hasDiacritics(reading.spanWords[index] ?? '')
}

/** Whether a span names a value a key word before it introduces ("trình độ" + "thạc sĩ"). */
function introducesValue(next: Span | undefined): boolean {
  return (
    next?.tags.some((t) => ['filter', 'rank', 'evaluation', 'modifier'].includes(t.kind)) === true
  )
}

/** Breakdown keys whose bare name is a question of its own, not a word before a value. */
const ASKED_ALONE: ReadonlySet<GroupWord> = new Set(['ethnicity', 'religion', 'home_town'])

/** Words that may stand between a title and the unit it is the title of. */
const TITLE_LINKS = new Set(['của', 'of', 'the', 'of the'])

function linksTitle(reading: Reading, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (!TITLE_LINKS.has(reading.spanWords[i] ?? '')) return false
  return true
}

/** When one phrase means several things, the most specific reading wins. */
const PRIORITY: readonly TagKind[] = [
  'ministry',
  'rank',
  'filter',
  'evaluation',
  'discipline',
  'appointment',
  'period',
  'year_shift',
  'age',
  'birth_year',
  'order',
  'measure',
  'group',
  'topic',
  'field',
  'modifier',
  'extreme',
  'compare',
  'route',
  'home',
  'remaining',
  'every_year',
  'followup',
  'person',
  'self',
  'honorific',
  'noun',
  'negation',
  'conjunction',
  'number',
  'group_intro',
  'filler',
  'compound',
]

/** A bare key ("giới tính") is a breakdown only after another one ("theo độ tuổi và …"). */
function primaryTag(tags: readonly Tag[], reading: Reading, index: number): Tag | undefined {
  const usable = tags.filter(
    (t) =>
      t.kind !== 'group' ||
      t.bare !== true ||
      reading.groups.length > 0 ||
      reading.flags.groupIntro ||
      // "Kết quả xếp loại năm 2023 của Văn phòng Bộ": the results, as a report's heading.
      (index === 0 && t.by === 'evaluation_level'),
  )
  // "Cơ cấu … theo tôn giáo", "Số cán bộ theo tôn giáo" (a report's heading, not a question of
  // how many), or "còn theo tôn giáo?" after a breakdown: words that are both a condition
  // ("theo tôn giáo", religious) and a key are the key, unless a key was named already ("cơ cấu
  // theo giới tính của người theo tôn giáo").
  const afterFollowUp = reading.spans[index - 1]?.tags.some((t) => t.kind === 'followup') === true
  const key = tags.find((t) => t.kind === 'group')
  const keyed = reading.groups.length > 0
  if (
    (reading.flags.groupIntro || afterFollowUp || isHeading(reading)) &&
    !keyed &&
    key !== undefined &&
    tags.some((t) => t.kind === 'filter')
  )
    return key
  return [...usable].sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind))[0]
}

/** Words that open a report's heading ("Số cán bộ …", "Thống kê …"), folded. */
const HEADINGS = ['so', 'thong ke', 'tong hop', 'tong so']
/** Words that ask how many, which a heading does not. */
const HOW_MANY = new Set(['bao nhieu', 'co bao nhieu', 'bao nhieu nguoi', 'may', 'how many'])

function isHeading(reading: Reading): boolean {
  const words = reading.spanWords.map((w) => foldDiacritics(w))
  const first = words[0] ?? ''
  const heading = HEADINGS.some((h) => first === h || first.startsWith(`${h} `))
  return reading.spans[0]?.start === 0 && heading && !words.some((w) => HOW_MANY.has(w))
}

interface At {
  readonly index: number
  readonly span: Span
  readonly tokens: readonly Token[]
}

type Handler<K extends TagKind> = (reading: Reading, tag: TagOf<K>, at: At) => void

/** Words between "chưa" / "not" and the level it negates: "chưa có bằng …", "do not have a …". */
const NEGATION_LINKS = new Set(
  ['có', 'co', 'được', 'duoc', 'have', 'hold', 'a', 'an'].concat([
    'chứng chỉ',
    'chung chi',
    'có bằng',
    'co bang',
  ]),
)

/** The span of the level a negation applies to ("chưa có trình độ … cao cấp"), if it is one. */
function negatedLevel(reading: Reading, index: number): number | undefined {
  let next = index + 1
  while (NEGATION_LINKS.has(reading.spanWords[next] ?? '')) next++
  const tag = reading.spans[next]?.tags.find((t) => t.kind === 'filter')
  return tag !== undefined && negateLevel(tag.filter) !== undefined ? next : undefined
}

const ignore = () => undefined
const flag = (name: keyof Flags) => (r: Reading) => void (r.flags[name] = true)

/** What each kind of tag adds to the reading (units and posts are read before, together). */
const HANDLERS: { readonly [K in TagKind]: Handler<K> } = {
  unit: ignore,
  post: ignore,
  ministry: flag('ministry'),
  filter: (r, t, at) => {
    const negated = r.negated.includes(at.index) ? negateLevel(t.filter) : undefined
    r.filters.push({ filter: negated ?? t.filter, span: at.index })
  },
  rank: (r, t, at) =>
    void r.filters.push({ filter: { rankCodes: [...t.codes] }, span: at.index, grade: t.grade }),
  evaluation: (r, t, at) => void r.evaluations.push({ levels: [...t.levels], span: at.index }),
  modifier: (r, t, at) => {
    if (!applyModifier(r, t.modifier, at.index))
      r.problems.push(`"${words(at.tokens, at.span)}" does not qualify anything before it`)
  },
  age: (r, t, at) =>
    void r.filters.push({
      filter: { age: t.range },
      span: at.index,
      ...(t.turning === true ? { turning: true } : {}),
    }),
  birth_year: (r, t, at) => void r.filters.push({ filter: { birthYear: t.range }, span: at.index }),
  // A "không" (or "chưa") that closes a clause asks yes or no ("… có ai … không?", "… không, cho
  // danh sách …"); elsewhere it negates a condition the plan cannot express.
  negation: (r, _t, at) => {
    if (closesClause(at.tokens, at.span.end)) return
    const level = negatedLevel(r, at.index)
    if (level === undefined) r.problems.push('a negation the parser does not model')
    else r.negated.push(level)
  },
  measure: (r, t, at) =>
    void r.measures.push({
      word: t.measure,
      span: at.index,
      ...(t.unitKind === undefined ? {} : { unitKind: t.unitKind }),
    }),
  group: (r, t) => {
    r.groups.push(t.by)
    if (t.unitKind !== undefined) r.unitKinds.push(t.unitKind)
  },
  order: (r, t, at) => {
    const bare =
      t.by === 'post_since' && BARE_LONGEST.has(foldDiacritics(words(at.tokens, at.span)))
    r.orders.push({
      by: t.by,
      dir: t.dir,
      ...(bare ? { bare } : {}),
      ...(t.sort === true ? { sort: true } : {}),
    })
  },
  extreme: (r, t, at) => {
    r.extremes.push(t.split === true ? openedDirection(r, at.index) : t.dir)
    if (t.sort === true) r.sortOrders.push(t.dir)
  },
  period: (r, t) => void r.periods.push(t.period),
  year_shift: (r, t) => void r.yearShifts.push(t.by),
  // "Sắp nghỉ hưu" is a question about retirement that also says when.
  topic: (r, t) =>
    void r.topics.push(...(t.topic === 'retirement_soon' ? ['retirement' as const] : []), t.topic),
  field: (r, t, at) => {
    // "quy hoạch chức danh Cục trưởng", "giữ chức vụ Vụ trưởng": the word introduces the title
    // that follows; it does not ask for the post held.
    const next = r.spans[at.index + 1]
    if (t.field === 'post' && next?.tags.some((n) => n.kind === 'post') === true) return
    r.fields.push(t)
  },
  route: (r, t) => void r.routes.push(t.route),
  followup: (r, t) => void r.followups.push(t.followup),
  person: (r, t) =>
    void r.persons.push(t.sex === undefined ? { name: t.name } : { name: t.name, sex: t.sex }),
  number: (r, t) => void r.numbers.push(t.value),
  discipline: (r, t) => void r.disciplines.push({ facet: t.facet, forms: t.forms ?? [] }),
  appointment: (r, t) => void r.appointments.push(t.kinds),
  home: flag('home'),
  remaining: flag('remaining'),
  every_year: flag('everyYear'),
  self: flag('self'),
  honorific: flag('honorific'),
  compare: flag('compare'),
  noun: flag('noun'),
  conjunction: flag('conjunction'),
  filler: ignore,
  group_intro: flag('groupIntro'),
  compound: ignore,
  sort_by: ignore,
  level: (r, t) => void r.levels.push([...t.politicalTheory]),
}

/** "Lâu nhất" by itself: the longest of what, the question must say (a post, or not). */
const BARE_LONGEST = new Set(['lau nhat', 'longest', 'longest serving', 'longest-serving'])

/** The direction of a split superlative from its opening word ("nhiều", "ít"); the most by default. */
function openedDirection(reading: Reading, index: number): 'asc' | 'desc' {
  for (let i = index - 1; i >= 0; i--) {
    const dir = SUPERLATIVE_OPENERS[reading.spanWords[i] ?? '']
    if (dir !== undefined) return dir
  }
  return 'desc'
}

function readTag<K extends TagKind>(reading: Reading, tag: TagOf<K>, at: At): void {
  const handler = HANDLERS[tag.kind] as Handler<K>
  handler(reading, tag, at)
}

function words(tokens: readonly Token[], span: Span): string {
  return tokens
    .slice(span.start, span.end)
    .map((t) => t.text)
    .join(' ')
}

/** Whether the words before `end` close a clause: the question ends, or punctuation follows. */
function closesClause(tokens: readonly Token[], end: number): boolean {
  const last = tokens[end - 1]
  const next = tokens[end]
  if (last === undefined || next === undefined) return true
  // Tokens keep their offsets in the question; more than one character between two words is a
  // comma, a question mark or a full stop (spaces are collapsed to one before tokenising).
  return next.start - last.end > 1
}
