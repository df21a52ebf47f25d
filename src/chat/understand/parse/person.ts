import { foldDiacritics } from '../normalise.js'
import type { PeoplePlan, PersonField, PersonFilter } from '../plan.js'
import type { GroupWord, Period } from '../tags.js'
import type { PlanDraft } from './people-plan.js'
import type { Reading } from './reading.js'
import type { ResolvedUnits } from './units.js'

export interface PersonCandidate {
  readonly id: number
  readonly fullName: string
  readonly unitName: string
  readonly sex: string
  readonly score: number
}

export type PersonLookup =
  /** `fullName`: as the record has it, for the answer (the asker may have typed it plainly). */
  | { readonly kind: 'found'; readonly ids: number[]; readonly fullName: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'namesakes'; readonly candidates: readonly PersonCandidate[] }
  | { readonly kind: 'unsure'; readonly candidates: readonly PersonCandidate[] }

/**
 * The person a typed name means. Only the same name (ignoring case and diacritics, since the
 * asker may type without them) counts; a merely similar name, or several people of that name,
 * is asked back, never answered — a wrong person's data is worse than no answer. Namesakes are
 * told apart only by what the asker wrote: the diacritics they typed ("Dung" is not "Dũng"
 * when they typed "Nguyễn Minh Dung"), and the honorific ("bà" is a woman).
 */
export function choosePeople(
  named: { readonly name: string; readonly sex?: string },
  candidates: readonly PersonCandidate[],
): PersonLookup {
  const wanted = comparable(named.name)
  const same = narrow(
    narrow(
      candidates.filter((c) => comparable(c.fullName) === wanted),
      (c) => hasDiacritics(named.name) && exact(c.fullName) === exact(named.name),
    ),
    (c) => c.sex === named.sex,
  )
  if (same.length === 1) return { kind: 'found', ids: [same[0]!.id], fullName: same[0]!.fullName }
  if (same.length > 1) return { kind: 'namesakes', candidates: same }
  if (candidates.length === 0) return { kind: 'none' }
  return {
    kind: 'unsure',
    candidates: [...candidates].sort((a, b) => b.score - a.score).slice(0, 3),
  }
}

/** The candidates that pass `keep`, when any does; all of them otherwise. */
function narrow(
  candidates: readonly PersonCandidate[],
  keep: (c: PersonCandidate) => boolean,
): readonly PersonCandidate[] {
  const kept = candidates.filter(keep)
  return kept.length > 0 ? kept : candidates
}

function exact(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
}

function comparable(name: string): string {
  return foldDiacritics(exact(name))
}

function hasDiacritics(name: string): boolean {
  return comparable(name) !== exact(name)
}

/** The fact of one person that a breakdown key names. */
const KEY_FIELDS: Partial<Record<GroupWord, PersonField>> = {
  degree: 'degree',
  political_theory: 'political_theory',
  state_management: 'state_management',
  academic_title: 'academic_title',
  rank: 'rank',
  sex: 'sex',
  age_band: 'age',
  post_title: 'post',
  staff_category: 'staff_category',
  home_town: 'home_town',
  birth_year: 'birth_year',
  status: 'status',
  ethnicity: 'ethnicity',
  religion: 'religion',
}

const TOPIC_FIELDS: Readonly<Record<string, PersonField>> = {
  retirement: 'retirement_date',
  term_end: 'term_end',
  joined: 'joined_ministry',
}

/** The facts asked about a person ("sinh năm nào" → birth year), their post and unit if none. */
export function askedFacts(reading: Reading, problems: string[]): PersonField[] {
  const asked: PersonField[] = reading.fields.map((f) => f.field)
  // "Trình độ của ông X", "ngạch của bà Y": a key named alone is the fact asked.
  for (const key of reading.bareKeys) {
    const field = KEY_FIELDS[key]
    if (field === undefined) problems.push(`the ${key} of a person`)
    else asked.push(field)
  }
  // "công tác tại đơn vị nào", "ở phòng nào": asking which unit is asking for the unit.
  if (reading.measures.some((m) => m.word === 'which' || m.word === 'which_kind'))
    asked.push('unit')
  // "Quê quán của ông X ở đâu?": where the home town is, not where he works.
  const where = reading.spanWords.some((w) => WHERE.has(foldDiacritics(w)))
  const unit = asked.indexOf('unit')
  if (where && asked.includes('home_town') && unit >= 0) asked.splice(unit, 1)
  for (const topic of reading.topics) {
    const field = TOPIC_FIELDS[topic]
    if (field !== undefined) asked.push(field)
    else problems.push(`${topic} of a person`)
  }
  // "Ông X giữ chức Vụ trưởng từ khi nào?": since when in the post named, the first appointment
  // to the post held now. (A year asked, "từ năm nào", is not a date fact the plan has.)
  // "Được bổ nhiệm chức vụ hiện tại từ ngày nào?": the same, with the post as the word asked.
  const onlyPost = !asked.some((f) => f !== 'post')
  const posted = namesPost(reading) || asked.includes('post') || reading.appointments.length > 0
  if (onlyPost && posted && asksSinceWhen(reading)) asked.splice(0, asked.length, 'post_since')
  // "Ông X về Bộ từ ngày nào?": a question of when needs a date among the facts read; the
  // post and unit shown otherwise would answer something else.
  if (asksWhen(reading) && !asked.some((f) => DATE_FACTS.has(f)))
    problems.push('a date of a person the question does not name')
  // "Ông X nghỉ hưu năm nào?": the year of the date, not the date.
  if (asksWhichYear(reading)) asked.forEach((field, k) => (asked[k] = YEAR_OF[field] ?? field))
  return asked.length > 0 ? [...new Set(asked)] : ['unit', 'post']
}

const WHERE = new Set(['o dau', 'la o dau', 'where', 'o tinh nao'])

const WHEN_WORDS = new Set(
  ['khi nào', 'bao giờ', 'lúc nào', 'ngày nào', 'vào ngày nào', 'năm nào', 'when', 'what date'].map(
    (w) => foldDiacritics(w),
  ),
)

/** The year field of a date field that has one. */
const YEAR_OF: Partial<Record<PersonField, PersonField>> = {
  retirement_date: 'retirement_year',
  term_end: 'term_end_year',
  joined_ministry: 'joined_year',
}

const WHICH_YEAR = new Set(['nam nao', 'vao nam nao', 'trong nam nao', 'nam bao nhieu'])

function asksWhichYear(reading: Reading): boolean {
  return reading.spanWords.some((words) => WHICH_YEAR.has(foldDiacritics(words)))
}

const DATE_FACTS = new Set<PersonField>([
  'birth_date',
  'birth_year',
  'post_start',
  'post_since',
  'term_end',
  'retirement_date',
  'status_date',
  'joined_ministry',
])

const SINCE_WHEN = new Set(
  ['từ khi nào', 'từ bao giờ', 'từ lúc nào', 'từ ngày nào', 'since when'].map(foldDiacritics),
)

function asksSinceWhen(reading: Reading): boolean {
  const words = reading.spanWords.map(foldDiacritics)
  return words.some(
    (w, k) =>
      SINCE_WHEN.has(w) ||
      ((w === 'tu' || w === 'since') &&
        WHEN_WORDS.has(words[k + 1] ?? '') &&
        words[k + 1] !== 'nam nao'),
  )
}

function namesPost(reading: Reading): boolean {
  return reading.posts.length > 0 || reading.units.some((u) => u.post !== undefined)
}

function asksWhen(reading: Reading): boolean {
  return reading.spanWords.some((words) => WHEN_WORDS.has(foldDiacritics(words)))
}

/**
 * Facts of a named person (or of the asker's own record, with no id: row-level security then
 * shows only theirs): exactly the fields asked, one row.
 */
export function buildPersonPlan(
  reading: Reading,
  units: ResolvedUnits,
  personIds: number[] | undefined,
  now: string,
): PlanDraft<PeoplePlan> {
  const problems = [...units.problems]
  // "Ông X năm nay bao nhiêu tuổi?": this year is when every fact on record holds anyway.
  const periods = reading.periods.filter((p) => !isThisYear(p, now))
  // "Bà X đang công tác ở đơn vị nào?": "đang công tác" describes the person, it selects nobody.
  const filters = reading.filters.filter((p) => !isWorkingNow(p.filter))
  if (filters.length > 0 || periods.length > 0) problems.push('conditions on a named person')
  // "Ông X có mấy người con?": how many of something about one person, which no fact says.
  const facts = reading.fields.length + reading.topics.length + reading.bareKeys.length
  if (reading.measures.some((m) => m.word === 'count') && facts === 0)
    problems.push('a count about one person')
  const fields = askedFacts(reading, problems)
  const plan: PeoplePlan = {
    subject: 'people',
    filters: personIds === undefined ? {} : { personIds },
    measure: { kind: 'list', fields },
  }
  return { plan, problems }
}

function isWorkingNow(filter: PersonFilter): boolean {
  const keys = Object.keys(filter)
  return keys.length === 1 && filter.statuses?.length === 1 && filter.statuses[0] === 'working'
}

function isThisYear(period: Period, now: string): boolean {
  const year = Number(now.slice(0, 4))
  return period.shape === 'point' && period.years.min === year && period.years.max === year
}
