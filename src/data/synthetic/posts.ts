import type { Day } from './dates.js'
import { dayFromCivil } from './dates.js'
import type { PostNode, UnitNode } from './plan-types.js'
import { Stream, streamFor } from './prng.js'
import { namingOf, topTitles } from './unit-naming.js'
import { TOP_UNITS } from './units-catalog.js'

/**
 * Leadership posts of every unit and their allowance coefficients (phụ cấp chức vụ, × base
 * salary; regulations-facts §5.5): Deputy Minister 1.30 (Decree 204); Vụ-level heads 1.00 and
 * deputies 0.80; Cục heads 1.00/0.80 (Decree 117/2016), from Decree 07/2026 1.10/0.90 for type-1
 * Cục and Ủy ban, whose division heads get 0.70 instead of 0.60. Values for public service units
 * (0.90/0.70 at ministry level, 0.60/0.40 for a centre, 0.50/0.30 for a division) are the usual
 * Decree 204 figures as recalled, not verified. Deputies never exceed 3 (Decree 303/2025).
 */
const DECREE_07_2026 = dayFromCivil(2026, 1, 10)
/** Cục with regional or branch offices, treated as type 1 under Decree 07/2026. */
const TYPE_1 = new Set(['CBDTW', 'CSHTT', 'CTSVTD', 'UBTCDLCL'])
const BIG_TOP_UNITS = new Set(['HVCNBCVT', 'VNLNTVN'])

/** Deputy seats of a top-level unit: 3 for large units, otherwise 2 or 3. */
export function topDeputySeats(seed: number, topIndex: number, weight: number): number {
  if (weight >= 150) return 3
  return streamFor(seed, Stream.Structure, topIndex).chance(0.5) ? 3 : 2
}

export function buildPosts(seed: number, units: readonly UnitNode[], asOf: Day): PostNode[] {
  const posts: PostNode[] = []
  const add = (
    unitId: number,
    title: string,
    level: number,
    seats: number,
    allowance: number | null,
  ) =>
    posts.push({
      id: posts.length + 1,
      unitId,
      title,
      level,
      isHead: level % 2 === 1,
      seats,
      allowance,
    })
  const byId = new Map(units.map((u) => [u.id, u]))
  for (const unit of units) {
    if (unit.parentId === null) {
      add(unit.id, 'Bộ trưởng', 1, 1, null)
      add(unit.id, 'Thứ trưởng', 2, 5, 1.3)
    } else if (unit.isTop) {
      const [head, deputy] = topTitles(unit.kind)
      const [h, d] = topAllowance(unit, asOf)
      add(unit.id, head, 3, 1, h)
      add(
        unit.id,
        deputy,
        4,
        topDeputySeats(seed, unit.topIndex, TOP_UNITS[unit.topIndex]?.weight ?? 0),
        d,
      )
    } else {
      const naming = namingOf(unit.name)
      const top = byId.get(unit.parentId)
      const [h, d] = divisionAllowance(unit, top, asOf)
      add(unit.id, naming.head, 5, 1, h)
      add(unit.id, naming.deputy, 6, unit.people >= 25 ? 2 : 1, d)
    }
  }
  return posts
}

function topAllowance(unit: UnitNode, asOf: Day): readonly [number, number] {
  if (unit.kind === 'cuc' || unit.kind === 'uy_ban')
    return asOf >= DECREE_07_2026 && TYPE_1.has(unit.code) ? [1.1, 0.9] : [1.0, 0.8]
  if (!unit.isPublicService) return [1.0, 0.8]
  return BIG_TOP_UNITS.has(unit.code) ? [1.0, 0.8] : [0.9, 0.7]
}

function divisionAllowance(
  unit: UnitNode,
  top: UnitNode | undefined,
  asOf: Day,
): readonly [number, number] {
  if (top === undefined) return [0.6, 0.4]
  if (top.isPublicService) return unit.kind === 'phong' ? [0.5, 0.3] : [0.6, 0.4]
  if (unit.isPublicService) return [0.6, 0.4]
  const isCuc = top.kind === 'cuc' || top.kind === 'uy_ban'
  if (isCuc && asOf >= DECREE_07_2026 && TYPE_1.has(top.code)) return [0.7, 0.5]
  return [0.6, 0.4]
}
