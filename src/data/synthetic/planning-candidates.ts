import type { PlanningCandidate, UnitContext } from './context.js'
import { ageOn, dayFromCivil } from './dates.js'
import type { PersonDraft } from './person-types.js'
import { rankByCode } from './salary-scales.js'

/**
 * Remembers, for planning done at the end of the run, the few people of a unit who could enter a
 * planning pool: its current leaders, its three most promising specialists, and a promising
 * person who left after the pools were drawn up (whose entry is then removed).
 */
const PERIOD_END = dayFromCivil(2031, 1, 1)
const POOLS_DRAWN = dayFromCivil(2025, 3, 1)
const GRADUATE = new Set(['dai_hoc', 'thac_si', 'tien_si'])

export function collectCandidates(ctx: UnitContext, people: readonly PersonDraft[]): void {
  const promising: PlanningCandidate[] = []
  const leavers: PlanningCandidate[] = []
  for (const person of people) {
    const current = person.tenures.find((t) => t.end === null)
    const { status, exit } = person.demography
    if (current !== undefined && status === 'working') {
      ctx.state.candidates.push(candidate(ctx, person, current.post.level))
    } else if (status === 'working' && isPromising(person, ctx.plan.asOf)) {
      promising.push(candidate(ctx, person, 7))
    } else if (
      exit !== null &&
      exit >= POOLS_DRAWN &&
      status !== 'retired' &&
      isPromising(person, exit)
    ) {
      leavers.push(candidate(ctx, person, person.tenures.at(-1)?.post.level ?? 7))
    }
  }
  const byMerit = (a: PlanningCandidate, b: PlanningCandidate) =>
    b.merit - a.merit || a.personId - b.personId
  ctx.state.candidates.push(
    ...promising.sort(byMerit).slice(0, 3),
    ...leavers.sort(byMerit).slice(0, 1),
  )
}

function isPromising(person: PersonDraft, at: number): boolean {
  const age = ageOn(person.demography.birth, at)
  return (
    person.category !== 'nguoi_lao_dong' &&
    age >= 28 &&
    age <= 50 &&
    person.demography.retirement >= PERIOD_END &&
    GRADUATE.has(person.highestDegree ?? '') &&
    rankByCode(person.current.rankCode).grade <= 3
  )
}

function candidate(ctx: UnitContext, person: PersonDraft, level: number): PlanningCandidate {
  const last = person.disciplines.at(-1)
  return {
    personId: person.id,
    unitId: person.unitId,
    topIndex: ctx.unit.topIndex,
    female: person.demography.sex === 'female',
    birth: person.demography.birth,
    retirement: person.demography.retirement,
    level,
    merit: person.merit,
    exit: person.demography.exit,
    exitReason: person.statusReason,
    disciplined: last?.decided ?? null,
  }
}
