import { drawAwards } from './awards.js'
import { takeId, type UnitContext } from './context.js'
import { capExcellence, scoreEvaluations } from './evaluations.js'
import { applyFaults, faultsOf } from './faults.js'
import { generatePerson } from './person.js'
import { emitPerson } from './person-rows.js'
import { collectCandidates } from './planning-candidates.js'
import { Stream, streamFor } from './prng.js'
import { isDoctoralDomain } from './qualifications.js'
import { unitQuotas } from './quotas.js'
import { planRoster } from './roster.js'
import { createStaffModel } from './staff-demography.js'
import type { Batch } from './tables.js'

/**
 * Generates one unit completely and appends its rows to `batch`: its roster, each person, then
 * the unit-wide rules — the 20% cap on excellent ratings, scores and awards that follow the final
 * ratings, the documented data-quality faults — its quotas, and its planning candidates.
 * Only this unit's people are in memory at a time.
 */
export function generateUnit(ctx: UnitContext, batch: Batch): void {
  const { plan, unit, state } = ctx
  if (unit.people === 0) return
  const model = createStaffModel(
    streamFor(plan.seed, Stream.StaffModel, unit.index),
    plan.asOf,
    unit.isPublicService && isDoctoralDomain(unit.domain),
  )
  const people = planRoster(ctx).map((slot, i) => generatePerson(ctx, model, slot, i))
  capExcellence(people, plan.seed)
  for (const person of people) {
    const random = streamFor(plan.seed, Stream.Awards, person.id)
    scoreEvaluations(random, person.evaluations, person.category)
    person.awards = drawAwards(
      random,
      person.evaluations,
      person.joinedState,
      person.demography.status === 'working',
      plan.asOf,
    )
  }
  applyFaults(plan.seed, state, faultsOf(unit.code), people, plan.asOf)
  collectCandidates(ctx, people)
  for (const person of people)
    emitPerson(state, streamFor(plan.seed, Stream.Scores, person.id), person, plan.asOf, batch)
  for (const q of unitQuotas(plan.seed, unit.index, people, plan.asOf))
    batch.headcount_quotas.push([
      takeId(state, 'headcount_quotas'),
      unit.id,
      q.year,
      q.category,
      q.quota,
      q.decision,
    ])
}
