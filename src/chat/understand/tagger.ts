import { matchAge, matchBirthYear, matchTurningAge } from './entities/age.js'
import { matchCoefficient, matchSalaryStep } from './entities/coefficient.js'
import { matchPersonName } from './entities/person-names.js'
import { matchHomeTown } from './entities/home-town.js'
import { matchService } from './entities/service.js'
import { matchTime } from './entities/time.js'
import type { Lexicon } from './lexicon.js'
import type { NormalisedQuestion } from './normalise.js'
import { matchPhrases } from './phrase-index.js'
import type { Period, Span, Tag } from './tags.js'

interface Candidate {
  readonly length: number
  readonly tags: readonly Tag[]
  readonly compound?: boolean
}

/** A name is a guess from its shape; any vocabulary reading of the same words is preferred. */
const NAME_WEIGHT = 8
const WORD_WEIGHT = 10
/**
 * Between two splits that explain as much, an exact title wins over generic post words: "giữ
 * chức Vụ trưởng" is the title Vụ trưởng, not "giữ chức vụ" (any post) and "trưởng" (a head).
 */
const TITLE_BONUS = 0.5

/**
 * Splits the question into tagged spans, choosing the split that explains the most words with
 * the fewest (so the longest) spans — "Giám đốc Trung tâm Internet Việt Nam" is a title and a
 * unit, not the title "Giám đốc Trung tâm" and three unknown words. Words left out of every
 * span are the ones the parse cannot explain.
 */
export function tagQuestion(question: NormalisedQuestion, lexicon: Lexicon, now: string): Span[] {
  const n = question.tokens.length
  const candidates = Array.from({ length: n }, (_, i) => candidatesAt(question, lexicon, now, i))
  addTitleUnitOverlaps(candidates)
  const best = new Array<{ score: number; spans: Span[] }>(n + 1)
  best[n] = { score: 0, spans: [] }
  for (let i = n - 1; i >= 0; i--) {
    let choice = best[i + 1]!
    for (const c of candidates[i]!) {
      const weight = c.tags.every((t) => t.kind === 'person') ? NAME_WEIGHT : WORD_WEIGHT
      const rest = best[i + c.length]!
      const bonus = c.tags.some((t) => t.kind === 'post' && t.post.titles !== undefined)
        ? TITLE_BONUS
        : 0
      const score = c.length * weight - 1 + bonus + rest.score
      if (score > choice.score)
        choice = {
          score,
          spans: [
            { start: i, end: i + c.length, tags: c.tags, compound: c.compound },
            ...rest.spans,
          ],
        }
    }
    best[i] = choice
  }
  return joinConsecutiveYears(best[0]!.spans)
}

/**
 * "Năm 2023 và năm 2024", "sinh năm 1990 hoặc 1991": calendar years named one after the other
 * and joined by "và", "hoặc", "and", "or" are one span of years. Years that are not consecutive
 * stay apart, so that the plan, which holds one span, declines rather than keep only the first.
 */
function joinConsecutiveYears(spans: Span[]): Span[] {
  const out: Span[] = []
  for (const span of spans) {
    const joined = out.length >= 2 ? joinYears(out.at(-2)!, out.at(-1)!, span) : undefined
    if (joined === undefined) out.push(span)
    else out.splice(-2, 2, joined)
  }
  // "2023, 2024 và 2025": a year listed right before (the comma is not a word) joins too.
  const listed: Span[] = []
  for (const span of out) {
    const before = listed.at(-1)
    const joined = before?.end === span.start ? mergeYears(before, span) : undefined
    if (joined === undefined) listed.push(span)
    else listed.splice(-1, 1, joined)
  }
  return listed
}

function mergeYears(first: Span, next: Span): Span | undefined {
  const years = yearsOf(first)
  const after = next.tags[0]?.kind === 'period' ? yearsOf(next) : undefined
  if (years === undefined || after === undefined || after.min !== years.max + 1) return
  if (first.tags[0]!.kind !== 'period') return
  const period: Period = {
    range: { from: `${years.min}-01-01`, to: `${after.max}-12-31` },
    years: { min: years.min, max: after.max },
    shape: 'span',
  }
  return { start: first.start, end: next.end, tags: [{ kind: 'period', period }] }
}

function joinYears(first: Span, link: Span, next: Span): Span | undefined {
  if (link.tags.length === 0 || !link.tags.every((t) => t.kind === 'conjunction')) return
  const years = yearsOf(first)
  const year = singleYear(next)
  if (years === undefined || year === undefined || year !== years.max + 1) return
  const tag = first.tags[0]!
  const merged: Tag =
    tag.kind === 'birth_year'
      ? { kind: 'birth_year', range: { min: years.min, max: year } }
      : {
          kind: 'period',
          period: {
            range: { from: `${years.min}-01-01`, to: `${year}-12-31` },
            years: { min: years.min, max: year },
            shape: 'span',
          },
        }
  return { start: first.start, end: next.end, tags: [merged] }
}

/** The whole calendar years a span names, when that is all it names. */
function yearsOf(span: Span): { min: number; max: number } | undefined {
  if (span.tags.length !== 1) return
  const tag = span.tags[0]!
  if (tag.kind === 'birth_year') {
    const { min, max } = tag.range
    return min !== undefined && max !== undefined ? { min, max } : undefined
  }
  if (tag.kind !== 'period' || !wholeYears(tag.period)) return
  const { min, max } = tag.period.years
  return min !== undefined && max !== undefined ? { min, max } : undefined
}

function singleYear(span: Span): number | undefined {
  const years = span.tags.length === 1 ? yearsOf(span) : undefined
  if (years !== undefined && years.min === years.max && span.tags[0]!.kind === 'period')
    return years.min
  const number = span.tags.find((t) => t.kind === 'number')
  return number !== undefined &&
    span.tags.length === 1 &&
    number.value >= 1900 &&
    number.value <= 2100
    ? number.value
    : undefined
}

function wholeYears(period: Period): boolean {
  const { min, max } = period.years
  return (
    (period.shape === 'point' || period.shape === 'span') &&
    period.range.from === `${min}-01-01` &&
    period.range.to === `${max}-12-31`
  )
}

function candidatesAt(
  question: NormalisedQuestion,
  lexicon: Lexicon,
  now: string,
  i: number,
): Candidate[] {
  const tokens = question.tokens
  const out: Candidate[] = matchPhrases(lexicon.phrases, tokens, i).map((m) => {
    const compound = m.values.find((t) => t.kind === 'compound')
    return compound === undefined
      ? { length: m.length, tags: m.values }
      : { length: m.length, tags: compound.tags, compound: true }
  })
  const time = matchTime(tokens, i, now)
  if (time !== undefined)
    out.push({ length: time.length, tags: [{ kind: 'period', period: time.value }] })
  const age = matchAge(tokens, i)
  if (age !== undefined) out.push({ length: age.length, tags: [{ kind: 'age', range: age.value }] })
  const turning = matchTurningAge(tokens, i)
  if (turning !== undefined)
    out.push({
      length: turning.length,
      tags: [{ kind: 'age', range: { min: turning.value, max: turning.value }, turning: true }],
    })
  const born = matchBirthYear(tokens, i)
  if (born !== undefined)
    out.push({ length: born.length, tags: [{ kind: 'birth_year', range: born.value }] })
  const coefficient = matchCoefficient(tokens, i)
  if (coefficient !== undefined)
    out.push({
      length: coefficient.length,
      tags: [{ kind: 'filter', filter: { salaryCoefficient: coefficient.value } }],
    })
  const service = matchService(tokens, i)
  if (service !== undefined) {
    const { range, ministry } = service.value
    const filter = ministry ? { ministryYears: range } : { serviceYears: range }
    out.push({ length: service.length, tags: [{ kind: 'filter', filter }] })
  }
  const home = matchHomeTown(tokens, i)
  if (home !== undefined)
    out.push({
      length: home.length,
      tags: [{ kind: 'filter', filter: { homeTowns: [home.value] } }],
    })
  const step = matchSalaryStep(tokens, i)
  if (step !== undefined)
    out.push({
      length: step.length,
      tags: [{ kind: 'filter', filter: { salaryStep: step.value } }],
    })
  const name = matchPersonName(question, i)
  if (name !== undefined)
    out.push({
      length: name.length,
      tags: [
        { kind: 'person', name: name.value, ...(name.sex === undefined ? {} : { sex: name.sex }) },
      ],
    })
  const value = tokens[i]?.value
  if (value !== undefined) out.push({ length: 1, tags: [{ kind: 'number', value }] })
  return out
}

/**
 * A title ending in a unit's kind word shares that word with the unit named after it:
 * "Trưởng phòng Tổ chức cán bộ …" is the title "Trưởng phòng" of the unit "Phòng Tổ chức cán
 * bộ …". Adds a candidate spanning both.
 */
function addTitleUnitOverlaps(candidates: Candidate[][]): void {
  candidates.forEach((list, i) => {
    for (const post of list.filter((c) => c.tags.some((t) => t.kind === 'post'))) {
      for (const shared of [1, 2]) {
        const at = i + post.length - shared
        if (at <= i) continue
        for (const unit of candidates[at] ?? []) {
          if (!unit.tags.some((t) => t.kind === 'unit' || t.kind === 'ministry')) continue
          if (at + unit.length <= i + post.length) continue
          const tags = [...post.tags.filter((t) => t.kind === 'post'), ...unit.tags]
          list.push({ length: at + unit.length - i, tags })
        }
      }
    }
  })
}
