import { statutoryRetirement } from '../retirement.js'
import { CITATIONS } from './citations.js'
import { addMonths, calendarMonthsBetween, completedMonthsBetween, yearOf } from './dates.js'
import {
  type CandidateFacts,
  currentPosts,
  EVALUATION_ORDER,
  type RuleCode,
  type RuleContext,
  type RuleResult,
} from './facts.js'
import { qualificationRules } from './qualification-rules.js'

function result(
  code: RuleCode,
  passed: boolean | null,
  reason: string,
  values: Record<string, unknown>,
  configurable = false,
): RuleResult {
  const status = passed === null ? 'not_applicable' : passed ? 'pass' : 'fail'
  return { code, status, reason, values, citation: CITATIONS[code], configurable }
}

/** A move to an equal or lower post is neither a first appointment nor a promotion. */
function isPromotion(facts: CandidateFacts, ctx: RuleContext): boolean {
  const held = currentPosts(facts, ctx.asOf)[0]
  return held === undefined || held.level > ctx.post.level
}

export function planningRule(facts: CandidateFacts, ctx: RuleContext): RuleResult {
  const entries = facts.planning.filter((e) => e.level <= ctx.post.level)
  const values = {
    postLevel: ctx.post.level,
    entries: entries.map((e) => ({
      postId: e.post_id,
      title: e.title,
      level: e.level,
      unit: e.unit_code,
      period: `${e.period_start}–${e.period_end}`,
      match:
        e.post_id === ctx.post.id
          ? 'this_post'
          : e.level < ctx.post.level
            ? 'higher'
            : 'equivalent',
    })),
  }
  return entries.length > 0
    ? result('PLANNING', true, 'Trong quy hoạch chức danh này hoặc tương đương, cao hơn.', values)
    : result(
        'PLANNING',
        false,
        'Chưa được quy hoạch chức danh này hoặc tương đương, cao hơn.',
        values,
      )
}

/** Guidance 06-HD/BTCTW: retirement age − age at the reference date, counted by month. */
export function workingMonthsLeft(person: CandidateFacts['person'], asOf: string) {
  const birth =
    person.birth_precision === 'year' ? `${person.birth_date.slice(0, 4)}-01-01` : person.birth_date
  const retirement = statutoryRetirement(person.sex, birth, person.birth_precision)
  const ageMonths = calendarMonthsBetween(birth, asOf)
  const ageLimit = retirement.retirementAge.years * 12 + retirement.retirementAge.months
  return { retirement, ageMonths, monthsLeft: ageLimit - ageMonths }
}

export function ageRule(facts: CandidateFacts, ctx: RuleContext): RuleResult {
  const p = facts.person
  const { retirement, ageMonths, monthsLeft } = workingMonthsLeft(p, ctx.asOf)
  const required = ctx.rules.minMonthsToRetirement
  const values = {
    birthDate: p.birth_date,
    birthPrecision: p.birth_precision,
    retirementAge: retirement.retirementAge,
    retirementDate: retirement.retirementDate,
    ageAtReference: { years: Math.floor(ageMonths / 12), months: ageMonths % 12 },
    referenceDate: ctx.asOf,
    monthsLeft,
    required,
  }
  if (!isPromotion(facts, ctx)) {
    return result('AGE_60_MONTHS', null, 'Chuyển sang chức vụ ngang bằng: không xét tuổi.', values)
  }
  return monthsLeft >= required
    ? result('AGE_60_MONTHS', true, `Còn ${monthsLeft} tháng công tác (cần ${required}).`, values)
    : result(
        'AGE_60_MONTHS',
        false,
        `Chỉ còn ${monthsLeft} tháng công tác (cần ${required}).`,
        values,
      )
}

export function evaluationRule(facts: CandidateFacts, ctx: RuleContext): RuleResult {
  const { years, minimumLevel } = ctx.rules.evaluation
  const last = yearOf(ctx.asOf) - 1
  const checked = Array.from({ length: years }, (_, i) => last - i).map((year) => ({
    year,
    level: facts.evaluations.find((e) => e.year === year)?.level ?? null,
  }))
  const floor = EVALUATION_ORDER.indexOf(minimumLevel)
  const short = checked.filter((e) => e.level === null || EVALUATION_ORDER.indexOf(e.level) < floor)
  const values = { minimumLevel, years: checked }
  return short.length === 0
    ? result('EVALUATION', true, `Đạt mức tối thiểu trong ${years} năm gần nhất.`, values, true)
    : result(
        'EVALUATION',
        false,
        `Không đạt hoặc thiếu xếp loại năm ${short.map((e) => e.year).join(', ')}.`,
        values,
        true,
      )
}

export function disciplineRule(facts: CandidateFacts, ctx: RuleContext): RuleResult {
  const windows = ctx.rules.disciplineWindowMonths
  const blocking = facts.disciplines
    .map((d) => {
      const months = windows[d.form]
      return {
        ...d,
        windowMonths: months,
        until: months === null ? null : addMonths(d.decided_on, months),
      }
    })
    .filter((d) => d.until === null || ctx.asOf < d.until)
  const values = ctx.showDisciplineDetails
    ? {
        windows,
        blocking: blocking.map((d) => ({
          form: d.form,
          authority: d.authority,
          decidedOn: d.decided_on,
          windowMonths: d.windowMonths,
          blockedUntil: d.until,
          monthsElapsed: completedMonthsBetween(d.decided_on, ctx.asOf),
        })),
      }
    : { windows, details: 'hidden: discipline is sensitive personal data' }
  return blocking.length === 0
    ? result('DISCIPLINE', true, 'Không trong thời hạn kỷ luật.', values, true)
    : result(
        'DISCIPLINE',
        false,
        'Đang trong thời hạn chưa được bổ nhiệm do kỷ luật.',
        values,
        true,
      )
}

/** Months in the current post or equivalent or higher ones, added up (Decree 85/2023). */
export function tenureRule(facts: CandidateFacts, ctx: RuleContext): RuleResult {
  const held = currentPosts(facts, ctx.asOf)[0]
  const required = ctx.rules.minMonthsInPost
  if (held === undefined) {
    return result('TENURE', null, 'Bổ nhiệm lần đầu: không xét thời gian giữ chức vụ.', {
      required,
    })
  }
  const months = facts.appointments
    .filter((a) => a.level <= held.level)
    .reduce((sum, a) => {
      const end = a.end_date === null || a.end_date > ctx.asOf ? ctx.asOf : a.end_date
      return sum + Math.max(0, completedMonthsBetween(a.start_date, end))
    }, 0)
  const values = {
    currentPost: { title: held.title, level: held.level, since: held.start_date },
    months,
    required,
  }
  return months >= required
    ? result('TENURE', true, `Đã giữ chức vụ hiện tại hoặc tương đương ${months} tháng.`, values)
    : result(
        'TENURE',
        false,
        `Mới giữ chức vụ hiện tại hoặc tương đương ${months} tháng (cần ${required}).`,
        values,
      )
}

/** Every rule, in the order the answer lists them. */
export function evaluateRules(facts: CandidateFacts, ctx: RuleContext): RuleResult[] {
  return [
    planningRule(facts, ctx),
    ageRule(facts, ctx),
    ...qualificationRules(facts, ctx),
    evaluationRule(facts, ctx),
    disciplineRule(facts, ctx),
    tenureRule(facts, ctx),
  ]
}
