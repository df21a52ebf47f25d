import type { Degree, StaffCategory } from '../schema.js'
import { type CareerDates, drawCareerDates } from './career-dates.js'
import type { UnitContext } from './context.js'
import { ageOn, type Day } from './dates.js'
import { drawParty } from './party-health.js'
import type { Demography, PersonDraft, Slot } from './person-types.js'
import type { UnitNode } from './plan-types.js'
import type { Random } from './prng.js'
import { drawDegree } from './qualifications.js'
import { drawFamily } from './rank-ladder.js'
import type { RankFamily } from './salary-scales.js'
import { type StaffModel, staffDemography, staffSex } from './staff-demography.js'

/**
 * The first facts drawn for a person, which everything else depends on: leadership level,
 * staff category, demography (fixed by the roster for leaders), degree, profession, the dates
 * they entered state service and the ministry, and Party membership.
 */
export interface Basics {
  readonly level: number
  readonly category: StaffCategory
  readonly demography: Demography
  readonly end: Day
  readonly degree: Degree
  readonly family: RankFamily
  readonly firstPost: Day | null
  readonly career: CareerDates
  readonly party: PersonDraft['party']
}

export function drawBasics(
  random: Random,
  ctx: UnitContext,
  model: StaffModel,
  slot: Slot,
): Basics {
  const { plan, unit } = ctx
  const level = slot.tenures.reduce((best, t) => Math.min(best, t.post.level), 9) % 9
  const category = categoryOf(random, unit, level)
  const demography =
    slot.demography ?? staffDemography(random, model, staffSex(random, category), category)
  const end = demography.exit ?? plan.asOf
  const degree =
    demography.exception === 'decree_50_2022'
      ? 'tien_si'
      : drawDegree(random, category, unit.domain, level, ageOn(demography.birth, end))
  const family = drawFamily(random, category, unit.domain, degree, demography.sex)
  const firstPost = slot.tenures[0]?.start ?? null
  const career = drawCareerDates(random, category, degree, demography.birth, end, level, firstPost)
  const party = drawParty(random, category, level, demography.birth, end, plan.asOf)
  return { level, category, demography, end, degree, family, firstPost, career, party }
}

function categoryOf(random: Random, unit: UnitNode, level: number): StaffCategory {
  if (level > 0) {
    if (unit.parentId === null) return 'can_bo'
    return unit.isPublicService ? 'vien_chuc' : 'cong_chuc'
  }
  let x = random.next()
  for (const [category, share] of unit.categoryShares) {
    if (x < share) return category
    x -= share
  }
  return unit.categoryShares[0]?.[0] ?? 'cong_chuc'
}
