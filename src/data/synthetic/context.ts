import type { Day } from './dates.js'
import type { MinistryPlan, UnitNode } from './plan-types.js'
import type { TableName } from './tables.js'

/**
 * What one run of the generator carries from unit to unit: id counters, the counters that keep
 * national IDs and e-mail addresses unique, and the few facts about leaders and promising staff
 * that planning (done last, across units) needs. Its size is bounded by the number of units and
 * of distinct name keys, never by the number of people.
 */
export interface RunState {
  readonly nextId: Map<TableName, number>
  readonly idBuckets: Map<string, number>
  readonly emailCounts: Map<string, number>
  readonly candidates: PlanningCandidate[]
}

export function createRunState(): RunState {
  return { nextId: new Map(), idBuckets: new Map(), emailCounts: new Map(), candidates: [] }
}

/** The next explicit id of a table; ids are given in generation order, which is fixed. */
export function takeId(state: RunState, table: TableName): number {
  const id = state.nextId.get(table) ?? 1
  state.nextId.set(table, id + 1)
  return id
}

/** A person who may enter a planning pool (quy hoạch) for a post above their own. */
export interface PlanningCandidate {
  readonly personId: number
  readonly unitId: number
  readonly topIndex: number
  readonly female: boolean
  readonly birth: Day
  readonly retirement: Day
  /** Level of the post held now (2–6), or 7 for promising staff without a post. */
  readonly level: number
  readonly merit: number
  /** When the person left the ministry, if they did. */
  readonly exit: Day | null
  readonly exitReason: string | null
  readonly disciplined: Day | null
}

export interface UnitContext {
  readonly plan: MinistryPlan
  readonly unit: UnitNode
  readonly state: RunState
}
