import { compileQueryPlan } from '../sql/compile.js'
import { isSensitiveFilter } from '../sql/compile-sensitive-filters.js'
import type { Language } from '../types.js'
import { abstain, type Abstention, personSuggestions } from './abstain.js'
import { CONFIDENCE_THRESHOLD, confidenceOf } from './confidence.js'
import { isoDay } from './entities/calendar.js'
import { answerLanguage } from './language.js'
import type { Lexicon } from './lexicon.js'
import { normaliseQuestion, type Token } from './normalise.js'
import {
  applyFollowUp,
  compareWithPrevious,
  isFollowUp,
  previousPlan,
  withShiftedYear,
} from './parse/follow-up.js'
import { forecastDetails } from './parse/forecast.js'
import { buildAppointmentsPlan, buildDisciplinesPlan } from './parse/event-plans.js'
import { buildMovementsPlan, buildQuotasPlan, isMovementQuestion } from './parse/other-plans.js'
import { buildPeoplePlan, type PlanDraft } from './parse/people-plan.js'
import { buildPersonPlan, choosePeople } from './parse/person.js'
import { type Reading, readSpans, withoutOwnPronouns } from './parse/reading.js'
import { chooseDestination, hasDataSignal } from './parse/route.js'
import { type ResolvedUnits, resolveUnits } from './parse/units.js'
import { type QueryPlan, queryPlanSchema, SENSITIVE_FIELDS, SENSITIVE_GROUP_KEYS } from './plan.js'
import { tagQuestion } from './tagger.js'
import type { OfflineContext, Understanding } from './understanding.js'
import { ambiguityAbstention } from './unit-ambiguity.js'

interface Asked {
  readonly language: Language
  readonly now: string
  readonly reading: Reading
  readonly units: ResolvedUnits
  readonly ctx: OfflineContext
}

/**
 * The offline engine: a question in Vietnamese (with or without diacritics) or English becomes
 * a checked query plan and its SQL, or is routed to regulations, forecasting or help, or is
 * declined with suggestions when the parse does not explain the whole question.
 */
export async function understand(question: string, ctx: OfflineContext): Promise<Understanding> {
  const now = isoDay(ctx.now)
  const normalised = normaliseQuestion(question)
  const language = answerLanguage(normalised.language)
  const reading = withShiftedYear(
    readSpans(tagQuestion(normalised, ctx.lexicon, now), normalised.tokens),
    previousPlan(ctx.history),
  )
  const units = resolveUnits(reading, ctx.lexicon, ctx.scopeUnitIds)
  const asked: Asked = { language, now, reading, units, ctx }
  const destination = chooseDestination(reading)
  switch (destination) {
    case 'help':
    case 'regulation':
      return { kind: destination, language }
    case 'forecast_staffing':
    case 'forecast_candidates':
      return {
        kind: 'forecast',
        language,
        topic: destination === 'forecast_staffing' ? 'staffing' : 'candidates',
        unitIds: units.mentioned,
        ...forecastDetails(reading, now),
      }
    case 'data':
      break
  }
  if (units.ambiguous !== undefined)
    return ambiguityAbstention(
      asked.language,
      normalised,
      reading,
      units.ambiguous,
      ctx.lexicon,
      now,
    )
  if (!hasDataSignal(reading)) return decline(asked, { code: 'not_data' })
  const draft = await draftPlan(asked)
  if ('kind' in draft) return draft
  return finish(asked, draft)
}

async function draftPlan(asked: Asked): Promise<PlanDraft<QueryPlan> | Abstention> {
  const { reading, units, ctx, now } = asked
  const previous = previousPlan(ctx.history)
  if (reading.flags.self) {
    if (ctx.tier !== 'self') return decline(asked, { code: 'unknown_self' })
    return buildPersonPlan(reading, units, undefined, now)
  }
  const named = reading.persons[0]
  if (named !== undefined) {
    const { name } = named
    const lookup = choosePeople(named, await ctx.findPeople(name))
    switch (lookup.kind) {
      case 'none':
        return decline(asked, { code: 'unknown_person', name })
      case 'unsure':
      case 'namesakes':
        return decline(
          asked,
          { code: lookup.kind === 'unsure' ? 'unsure_person' : 'namesakes', name },
          personSuggestions(asked.language, lookup.candidates),
        )
      case 'found': {
        const draft = buildPersonPlan(reading, units, lookup.ids, now)
        if (reading.persons.length > 1) draft.problems.push('more than one person')
        return { ...draft, plan: { ...draft.plan, personNames: [lookup.fullName] } }
      }
    }
  }
  const compared = compareWithPrevious(reading, previous, units)
  if (compared !== undefined) return compared
  if (previous !== undefined && isFollowUp(reading, previous))
    return applyFollowUp(previous, reading, units, ctx.lexicon)
  const fresh = previous === undefined ? withoutOwnPronouns(reading) : reading
  if (fresh.followups.some((f) => f === 'refine' || f === 'them' || f === 'person'))
    return decline(asked, { code: 'no_previous' })
  return draftFresh(asked, fresh, units, now)
}

/** A question that stands on its own: which subject it is about decides the plan. */
function draftFresh(
  asked: Asked,
  reading: Reading,
  units: ResolvedUnits,
  now: string,
): PlanDraft<QueryPlan> {
  if (reading.disciplines.length > 0) return buildDisciplinesPlan(reading, units)
  if (reading.appointments.length > 0) return buildAppointmentsPlan(reading, units)
  if (reading.topics.includes('quota')) return buildQuotasPlan(reading, units, now)
  if (isMovementQuestion(reading, now)) return buildMovementsPlan(reading, units)
  return buildPeoplePlan(reading, units, asked.ctx.lexicon, now)
}

function finish(asked: Asked, draft: PlanDraft<QueryPlan>): Understanding {
  const { reading, language, now, ctx } = asked
  // The reading's own problems (a negation, a "trở lên" that widens nothing) were read but not
  // planned: the plan would answer a different question.
  const problems = [...reading.problems, ...draft.problems]
  // "Dự báo số người nghỉ hưu…" is a count of statutory retirements, which the data answers.
  const statutory = reading.topics.includes('retirement') || reading.topics.includes('term_end')
  if (reading.routes.some((r) => r === 'regulation' || (r === 'forecast_staffing' && !statutory)))
    problems.push('words of a regulation or forecast question')
  // "So sánh … giữa các phòng của Cục": the units compared are the groups of a breakdown.
  const byUnit = draft.plan.subject === 'people' && draft.plan.groupBy?.some((g) => g.by === 'unit')
  // "So sánh số người tuyển dụng năm 2023 và năm 2024": or the years are compared, a row each.
  const byYear = draft.plan.subject === 'movements' && draft.plan.groupBy?.includes('year')
  // "Average age of the workforce, men vs women": the values of a breakdown, side by side.
  const bySex =
    draft.plan.subject === 'people' &&
    draft.plan.groupBy?.some((g) => g.by === 'sex') === true &&
    draft.plan.filters.sex === undefined
  if (
    reading.flags.compare &&
    asked.units.subtrees.length < 2 &&
    byUnit !== true &&
    !byYear &&
    !bySex
  )
    problems.push('a comparison of fewer than two units')
  problems.push(...unusedNumbers(reading, draft.plan))
  // "trung cấp" alone, of nothing asked before: a level of what, the question does not say.
  const level = reading.levels[0]
  const placed =
    draft.plan.subject === 'people' &&
    JSON.stringify(draft.plan.filters.politicalTheory) === JSON.stringify(level)
  if (level !== undefined && !placed) problems.push('a level without what it is a level of')
  // "Khen thưởng 3 năm liên tiếp": every year of a span is read only for evaluations.
  const everyYear =
    draft.plan.subject === 'people' && draft.plan.filters.evaluation?.everyYear === true
  if (reading.flags.everyYear && !everyYear)
    problems.push('every year of a span, of something else')
  // "Trình độ ở Cục Viễn thông?": a key named alone is a person's fact (read in person.ts), or a
  // breakdown the question did not announce; counting everyone would answer something else.
  const facts = draft.plan.subject === 'people' && draft.plan.personNames !== undefined
  if (reading.bareKeys.length > 0 && !facts && !reading.flags.self)
    problems.push(`${reading.bareKeys.join(', ')} named without a breakdown`)
  problems.push(...reading.unexplained.filter(isComparison).map((t) => `"${t.text}" of nothing`))
  const confidence = confidenceOf(reading.unexplained, problems)
  if (confidence < CONFIDENCE_THRESHOLD)
    return decline(asked, {
      code: 'unclear',
      words: reading.unexplained.map((t) => t.text),
      problems,
    })
  const plan = withUnitNames(queryPlanSchema.parse(draft.plan), ctx.lexicon)
  const sql = compileQueryPlan(plan, {
    now,
    language,
    unitPath: (id) => ctx.lexicon.unitById.get(id)?.path,
    headCounts: readsCounts(ctx),
  })
  return {
    kind: 'data',
    language,
    plan,
    sql,
    confidence,
    unitIds: [...asked.units.mentioned],
    needsSensitive: planNeedsSensitive(plan),
  }
}

/** The head counts the asker's scope shows whole (compile-context.ts). */
function readsCounts(ctx: OfflineContext): 'units' | 'ministry' | undefined {
  if (ctx.tier !== 'basic' && ctx.tier !== 'sensitive') return undefined
  return ctx.scopeUnitIds === undefined ? 'ministry' : 'units'
}

/**
 * A number the plan does not use ("có con dưới 6 tuổi") is a condition it could not read: the
 * question would be answered as if the number were not there. Only "top 5" uses a bare number.
 */
function unusedNumbers(reading: Reading, plan: QueryPlan): string[] {
  const limit = plan.subject === 'people' || plan.subject === 'movements' ? plan.limit : undefined
  return reading.numbers.filter((n) => n !== limit).map((n) => `the number ${n} not used`)
}

/** Words that compare ("dưới", "over") left unexplained: a condition was half read. */
const COMPARISON_WORDS = new Set(
  'duoi tren hon under over below above more less fewer than least most'.split(' '),
)

function isComparison(token: Token): boolean {
  return COMPARISON_WORDS.has(token.fold)
}

/** The names of the units the plan reads, kept with it for the answer sentence. */
function withUnitNames(plan: QueryPlan, lexicon: Lexicon): QueryPlan {
  const ids =
    plan.subject === 'people'
      ? [...(plan.filters.unitIds ?? []), ...(plan.filters.post?.unitIds ?? [])]
      : (plan.unitIds ?? [])
  const names = ids.flatMap((id) => lexicon.unitById.get(id)?.name ?? [])
  if (names.length > 0) return { ...plan, unitNames: names }
  const copy = { ...plan }
  delete copy.unitNames
  return copy
}

function planNeedsSensitive(plan: QueryPlan): boolean {
  if (plan.subject !== 'people') return false
  const fields = plan.measure.kind === 'list' ? plan.measure.fields : []
  if (fields.some((f) => SENSITIVE_FIELDS.includes(f))) return true
  if (isSensitiveFilter(plan.filters)) return true
  const sensitiveKeys: readonly string[] = SENSITIVE_GROUP_KEYS
  if (plan.groupBy?.some((g) => sensitiveKeys.includes(g.by)) === true) return true
  return plan.measure.kind === 'share' && isSensitiveFilter(plan.measure.part)
}

function decline(
  asked: Asked,
  reason: Parameters<typeof abstain>[1],
  questions?: string[],
): Abstention {
  const abstention = abstain(asked.language, reason, {
    lexicon: asked.ctx.lexicon,
    now: asked.now,
    ...(asked.units.mentioned[0] === undefined ? {} : { unitId: asked.units.mentioned[0] }),
    ...(questions === undefined ? {} : { questions }),
  })
  return asked.units.mentioned.length === 0
    ? abstention
    : { ...abstention, unitIds: [...asked.units.mentioned] }
}
