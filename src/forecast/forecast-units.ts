import type { UnitRow } from '../data/units.repository.js'

/**
 * The units a forecast is made for. A forecast is asked for one or more anchor units (the
 * `unit` parameter, else the caller's scope roots, else the ministry); its lines are the
 * anchor's own staff (people attached to the anchor itself, such as its leaders) and each child
 * unit with its whole subtree. The model is fitted on the same cut of the whole ministry: every
 * unit counts toward its ancestor at the children's depth, or toward itself when shallower.
 */
export type UnitNode = Pick<UnitRow, 'id' | 'code' | 'name' | 'parent_id' | 'path' | 'depth'>

export interface ForecastUnit {
  readonly id: number
  readonly code: string
  readonly name: string
  /** True for the anchor's own staff rather than a child's subtree. */
  readonly direct: boolean
}

/** Ids along a unit's path, root first: '/1/4/27/' → [1, 4, 27]. */
export function pathIds(path: string): number[] {
  return path
    .split('/')
    .filter((part) => part !== '')
    .map(Number)
}

/** The group a unit counts toward when groups are cut at `depth`. */
export function groupOf(unit: Pick<UnitNode, 'id' | 'path' | 'depth'>, depth: number): number {
  if (unit.depth <= depth) return unit.id
  return pathIds(unit.path)[depth] ?? unit.id
}

export interface GroupMapping {
  readonly unitIds: number[]
  readonly groupIds: number[]
}

/** unit → group for every unit given (e.g. the whole ministry, or one anchor's subtree). */
export function groupMapping(
  units: readonly Pick<UnitNode, 'id' | 'path' | 'depth'>[],
  depth: number,
): GroupMapping {
  return { unitIds: units.map((u) => u.id), groupIds: units.map((u) => groupOf(u, depth)) }
}

/** The lines of a forecast for anchors that all sit at the same depth. */
export function forecastUnitsOf(
  units: readonly UnitNode[],
  anchors: readonly UnitNode[],
): ForecastUnit[] {
  const result: ForecastUnit[] = []
  for (const anchor of anchors) {
    result.push({ id: anchor.id, code: anchor.code, name: anchor.name, direct: true })
    for (const child of units.filter((u) => u.parent_id === anchor.id))
      result.push({ id: child.id, code: child.code, name: child.name, direct: false })
  }
  return result
}

/** Units in the subtrees of the anchors (anchors included). */
export function unitsUnder(units: readonly UnitNode[], anchors: readonly UnitNode[]): UnitNode[] {
  return units.filter((u) => anchors.some((a) => u.path.startsWith(a.path)))
}
