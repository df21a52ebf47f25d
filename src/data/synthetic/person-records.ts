import type { UnitContext } from './context.js'
import { type Day, yearOf } from './dates.js'
import { drawDisciplines } from './disciplines.js'
import { drawEvaluations } from './evaluations.js'
import type { Basics } from './person-basics.js'
import type { DisciplineRow, EvaluationRow, RankRow, Slot } from './person-types.js'
import type { UnitNode } from './plan-types.js'
import type { Random } from './prng.js'
import { drawQualifications, isDoctoralDomain } from './qualifications.js'
import { simulateRank } from './rank-history.js'
import { rankByCode } from './salary-scales.js'
import { drawTrainings } from './trainings.js'

/**
 * What happened to a person over the years, in dependency order: disciplines (which fix some
 * ratings and delay raises), ratings, degrees, the salary history, then trainings at the level
 * the final rank and post call for.
 */
export function drawRecords(random: Random, ctx: UnitContext, slot: Slot, b: Basics) {
  const conduct = drawConduct(random, ctx.plan.asOf, slot, b)
  return { ...conduct, ...drawCareerRecords(random, ctx.unit, b, conduct) }
}

interface Conduct {
  readonly merit: number
  readonly disciplines: DisciplineRow[]
  readonly evaluations: EvaluationRow[]
}

/** Disciplines first: they fix that year's rating and delay the next raise. */
function drawConduct(random: Random, asOf: Day, slot: Slot, b: Basics): Conduct {
  const { demography, career } = b
  const dismissed = demography.status === 'dismissed' ? demography.exit : null
  const disciplines = drawDisciplines(
    random,
    career.joinedMinistry,
    b.end,
    slot.tenures,
    dismissed,
    b.party !== null,
  )
  const merit = random.normal(b.level > 0 ? 0.6 : 0, 1)
  const leader = b.level > 0
  const joined = career.joinedMinistry
  const evaluations = drawEvaluations(
    random,
    joined,
    demography.exit,
    asOf,
    merit,
    leader,
    disciplines,
  )
  return { merit, disciplines, evaluations }
}

/** Degrees, then the salary history they start, then trainings fitting the rank reached. */
function drawCareerRecords(random: Random, unit: UnitNode, b: Basics, conduct: Conduct) {
  const { demography, end, career } = b
  const likelyTitle = isDoctoralDomain(unit.domain) || (b.level > 0 && b.level <= 3)
  const birthYear = yearOf(demography.birth)
  const quals = drawQualifications(
    random,
    b.degree,
    unit.domain,
    birthYear,
    yearOf(end),
    likelyTitle,
  )
  const rank = simulateRank(random, {
    ...conduct,
    family: b.family,
    degree: b.degree,
    joinedState: career.joinedState,
    end,
    level: b.level,
    firstPost: b.firstPost,
    masterYear: quals.rows.find((r) => r.level === 'thac_si')?.year ?? null,
    doctorYear: quals.rows.find((r) => r.level === 'tien_si')?.year ?? null,
  })
  const current = rank[rank.length - 1] as RankRow
  const grade = rankByCode(current.rankCode).grade
  const party = b.party !== null
  const t = drawTrainings(
    random,
    b.category,
    grade,
    b.level,
    party,
    career.joinedState,
    end,
    b.firstPost,
  )
  return {
    rank,
    current,
    education: quals.rows,
    highestDegree: b.degree,
    field: quals.field,
    academicTitle: quals.title,
    trainings: t.rows,
    politicalTheory: t.politicalTheory,
    stateManagement: t.stateManagement,
  }
}
