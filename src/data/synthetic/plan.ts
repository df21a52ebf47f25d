import { type Day, isoDate, isoTimestamp, dayFromCivil } from './dates.js'
import type { MinistryPlan, PostNode } from './plan-types.js'
import { buildPosts } from './posts.js'
import { type Batch, textArrayLiteral } from './tables.js'
import { buildUnits } from './unit-tree.js'

/**
 * The fixed frame of a run — units, posts and how many people each unit has — computed up front
 * from (seed, people, asOf) alone; it is small (units, not people).
 */
const MERGED_STRUCTURE = dayFromCivil(2025, 3, 1)

export function planMinistry(seed: number, people: number, asOf: Day): MinistryPlan {
  const units = buildUnits(seed, people)
  const posts = buildPosts(seed, units, asOf)
  const postsByUnit = new Map<number, PostNode[]>()
  for (const post of posts)
    postsByUnit.set(post.unitId, [...(postsByUnit.get(post.unitId) ?? []), post])
  const divisionsByTop = new Map<number, number[]>()
  for (const unit of units) {
    if (unit.depth !== 2 || unit.parentId === null || unit.people === 0) continue
    divisionsByTop.set(unit.parentId, [...(divisionsByTop.get(unit.parentId) ?? []), unit.id])
  }
  const staffedUnitIds = units.filter((u) => u.depth > 0 && u.people > 0).map((u) => u.id)
  const topUnitIds = units.filter((u) => u.isTop).map((u) => u.id)
  return {
    seed,
    people,
    asOf,
    units,
    posts,
    postsByUnit,
    staffedUnitIds,
    topUnitIds,
    divisionsByTop,
  }
}

/** Rows of `units` and `leadership_posts`. */
export function emitStructure(plan: MinistryPlan, batch: Batch): void {
  const validFrom = isoDate(Math.min(MERGED_STRUCTURE, plan.asOf))
  const created = isoTimestamp(Math.min(MERGED_STRUCTURE, plan.asOf), 8 * 3600)
  for (const u of plan.units) {
    batch.units.push([
      u.id,
      u.code,
      u.name,
      u.shortName,
      textArrayLiteral(u.abbreviations),
      u.kind,
      u.isPublicService,
      u.parentId,
      u.path,
      u.depth,
      u.sortOrder,
      validFrom,
      null,
      created,
    ])
  }
  for (const p of plan.posts) {
    batch.leadership_posts.push([p.id, p.unitId, p.title, p.level, p.isHead, p.seats, p.allowance])
  }
}
