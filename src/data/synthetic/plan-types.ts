import type { StaffCategory, UnitKind } from '../schema.js'
import type { Day } from './dates.js'

/** What kind of work a unit does: drives professions, fields of study and rank ladders. */
export type Domain =
  | 'general'
  | 'finance'
  | 'legal'
  | 'personnel'
  | 'inspection'
  | 'science'
  | 'digital'
  | 'it'
  | 'telecom'
  | 'radio'
  | 'post'
  | 'ip'
  | 'nuclear'
  | 'standards'
  | 'research'
  | 'academy'
  | 'press'
  | 'engineering'

/** A unit of the synthetic ministry, with everything the generator needs to staff it. */
export interface UnitNode {
  readonly id: number
  readonly index: number
  readonly code: string
  readonly name: string
  readonly shortName: string
  readonly abbreviations: readonly string[]
  readonly kind: UnitKind
  readonly isPublicService: boolean
  readonly parentId: number | null
  readonly path: string
  readonly depth: number
  readonly sortOrder: number
  /** Index of its top-level unit in TOP_UNITS; -1 for the ministry itself. */
  readonly topIndex: number
  readonly city: string
  readonly domain: Domain
  /** Staff categories and their shares among the unit's ordinary staff (not its leaders). */
  readonly categoryShares: readonly (readonly [StaffCategory, number])[]
  /** People (working or not) whose current or last unit this is; ids firstPersonId… */
  readonly people: number
  readonly firstPersonId: number
  /** Whether its head is a level-3 post (a top-level unit) rather than a division head. */
  readonly isTop: boolean
}

export interface PostNode {
  readonly id: number
  readonly unitId: number
  readonly title: string
  readonly level: number
  readonly isHead: boolean
  readonly seats: number
  readonly allowance: number | null
}

export interface MinistryPlan {
  readonly seed: number
  readonly people: number
  readonly asOf: Day
  readonly units: readonly UnitNode[]
  readonly posts: readonly PostNode[]
  readonly postsByUnit: ReadonlyMap<number, readonly PostNode[]>
  /** Units below the ministry that have people, for internal transfers. */
  readonly staffedUnitIds: readonly number[]
  readonly topUnitIds: readonly number[]
  /** Divisions of each top-level unit (by its id). */
  readonly divisionsByTop: ReadonlyMap<number, readonly number[]>
}
