import type { PlanningCandidate, RunState } from './context.js'
import { addYears, type Day, dayFromCivil } from './dates.js'
import type { MinistryPlan, PostNode } from './plan-types.js'
import { type Random, Stream, streamFor } from './prng.js'
import { TOP_UNITS } from './units-catalog.js'

/**
 * Planning pools (quy hoạch) for the 2026–2031 term, drawn up in 2025 after the merger and
 * reviewed in early 2026 (Regulation 377-QĐ/TW): at most 3 people per post and 3 posts per
 * person, mostly those one level below in the same unit; at least one woman and one person under
 * 45 in a pool where the unit has one; only people with 5 years of working time left at the
 * start of the term. Entries of people who left or were disciplined are removed with a reason.
 */
export interface PlanningRow {
  readonly personId: number
  readonly postId: number
  readonly added: Day
  readonly removed: Day | null
  readonly reason: string | null
  readonly decision: string
}

const TERM_START = dayFromCivil(2026, 1, 1)
const REVIEW = dayFromCivil(2026, 3, 16)
const MAX_PER_POST = 3
const MAX_PER_PERSON = 3

export function buildPlanning(plan: MinistryPlan, state: RunState): PlanningRow[] {
  const random = streamFor(plan.seed, Stream.Planning)
  const pools = indexCandidates(state.candidates)
  const load = new Map<number, number>()
  const rows: PlanningRow[] = []
  for (const post of plan.posts) {
    if (post.level < 2) continue
    const added = Math.min(plan.asOf, approvalDay(random, post.level))
    if (added < dayFromCivil(2025, 3, 1)) continue
    const eligible = poolFor(plan, pools, post).filter(
      (c) =>
        c.retirement >= addYears(TERM_START, 5) &&
        (c.exit === null || c.exit > added) &&
        c.personId !== 0,
    )
    const chosen = choose(eligible, load)
    for (const c of chosen) {
      load.set(c.personId, (load.get(c.personId) ?? 0) + 1)
      rows.push(entry(random, plan, post, c, added))
    }
  }
  return rows
}

function entry(
  random: Random,
  plan: MinistryPlan,
  post: PostNode,
  c: PlanningCandidate,
  added: Day,
): PlanningRow {
  const decision = `${random.int(100, 2999)}/QĐ-${post.level <= 4 ? 'BKHCN' : topCodeOf(plan, post)}`
  if (c.exit !== null && c.exit <= plan.asOf)
    return {
      personId: c.personId,
      postId: post.id,
      added,
      removed: c.exit,
      reason: `Đưa ra khỏi quy hoạch: ${c.exitReason ?? 'thôi công tác tại Bộ'}`,
      decision,
    }
  if (c.disciplined !== null && c.disciplined > added && c.disciplined <= plan.asOf)
    return {
      personId: c.personId,
      postId: post.id,
      added,
      removed: c.disciplined,
      reason: 'Bị kỷ luật, đưa ra khỏi quy hoạch',
      decision,
    }
  if (plan.asOf >= REVIEW && random.chance(0.06))
    return {
      personId: c.personId,
      postId: post.id,
      added,
      removed: REVIEW,
      reason: 'Không còn đáp ứng tiêu chuẩn qua rà soát quy hoạch hằng năm',
      decision,
    }
  return { personId: c.personId, postId: post.id, added, removed: null, reason: null, decision }
}

function approvalDay(random: Random, level: number): Day {
  if (level <= 2) return dayFromCivil(2025, 5, 20)
  if (level <= 4) return dayFromCivil(2025, 7, 1) + random.int(0, 45)
  return dayFromCivil(2025, 9, 15) + random.int(0, 60)
}

interface Pools {
  readonly byUnitLevel: Map<string, PlanningCandidate[]>
  readonly byTopLevel: Map<string, PlanningCandidate[]>
}

function indexCandidates(candidates: readonly PlanningCandidate[]): Pools {
  const byUnitLevel = new Map<string, PlanningCandidate[]>()
  const byTopLevel = new Map<string, PlanningCandidate[]>()
  const push = (map: Map<string, PlanningCandidate[]>, key: string, c: PlanningCandidate) => {
    const list = map.get(key) ?? []
    list.push(c)
    map.set(key, list)
  }
  for (const c of candidates) {
    push(byUnitLevel, `${c.unitId}:${c.level}`, c)
    push(byTopLevel, `${c.topIndex}:${c.level}`, c)
  }
  return { byUnitLevel, byTopLevel }
}

/** Who may be planned for a post: mostly those one step below it in the same unit. */
function poolFor(plan: MinistryPlan, pools: Pools, post: PostNode): PlanningCandidate[] {
  const unit = plan.units[post.unitId - 1]
  const at = (unitId: number, level: number) => pools.byUnitLevel.get(`${unitId}:${level}`) ?? []
  const inTop = (level: number) => pools.byTopLevel.get(`${unit?.topIndex ?? -1}:${level}`) ?? []
  switch (post.level) {
    case 2:
      return [...TOP_UNITS.keys()].flatMap((i) => pools.byTopLevel.get(`${i}:3`) ?? [])
    case 3: {
      const deputies = at(post.unitId, 4)
      return deputies.length >= MAX_PER_POST ? deputies : [...deputies, ...inTop(5)]
    }
    case 4: {
      const heads = inTop(5)
      return heads.length > 0 ? heads : at(post.unitId, 7)
    }
    case 5:
      return [...at(post.unitId, 6), ...at(post.unitId, 7)]
    default:
      return at(post.unitId, 7)
  }
}

function choose(
  eligible: readonly PlanningCandidate[],
  load: ReadonlyMap<number, number>,
): PlanningCandidate[] {
  const pool = eligible
    .filter((c) => (load.get(c.personId) ?? 0) < MAX_PER_PERSON)
    .sort((a, b) => b.merit - a.merit || a.personId - b.personId)
  const chosen = pool.slice(0, MAX_PER_POST)
  const young = (c: PlanningCandidate) => addYears(c.birth, 45) > TERM_START
  const ensure = (
    wanted: (c: PlanningCandidate) => boolean,
    keep: (c: PlanningCandidate) => boolean,
  ) => {
    if (chosen.some(wanted)) return
    const best = pool.find((c) => wanted(c) && !chosen.includes(c))
    if (best === undefined) return
    const index = chosen.length < MAX_PER_POST ? -1 : chosen.findLastIndex((c) => !keep(c))
    if (index < 0 && chosen.length >= MAX_PER_POST) return
    if (index < 0) chosen.push(best)
    else chosen[index] = best
  }
  ensure(
    (c) => c.female,
    () => false,
  )
  ensure(young, (c) => c.female && chosen.filter((x) => x.female).length === 1)
  return chosen
}

function topCodeOf(plan: MinistryPlan, post: PostNode): string {
  const unit = plan.units[post.unitId - 1]
  return TOP_UNITS[unit?.topIndex ?? -1]?.code ?? 'BKHCN'
}
