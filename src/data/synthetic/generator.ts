import { createRunState, type RunState, takeId } from './context.js'
import { isoDate } from './dates.js'
import type { MinistryPlan } from './plan-types.js'
import { emitStructure } from './plan.js'
import { buildPlanning } from './planning.js'
import { type Batch, batchSize, emptyBatch } from './tables.js'
import { generateUnit } from './unit-generator.js'

/**
 * The whole ministry as a stream of batches of rows: the structure first, then units in id
 * order (a batch is handed out once it holds `batchRows` rows, so memory stays bounded), and last
 * the planning pools, which look across units. `people` counts the people generated so far.
 */
export interface GeneratedBatch {
  readonly batch: Batch
  readonly people: number
  /**
   * 'structure' (units and posts) must be written before anything else; 'people' batches refer
   * only to the structure and to themselves, so they may be written in parallel; 'final'
   * (planning pools) refers to people of every earlier batch: write it after all of them.
   */
  readonly phase: 'structure' | 'people' | 'final'
}

export function* generateMinistry(
  plan: MinistryPlan,
  batchRows: number,
  state: RunState = createRunState(),
): Generator<GeneratedBatch> {
  let batch = emptyBatch()
  emitStructure(plan, batch)
  yield { batch, people: 0, phase: 'structure' }
  batch = emptyBatch()
  let people = 0
  for (const unit of plan.units) {
    generateUnit({ plan, unit, state }, batch)
    people += unit.people
    if (batchSize(batch) >= batchRows) {
      yield { batch, people, phase: 'people' }
      batch = emptyBatch()
    }
  }
  if (batchSize(batch) > 0) yield { batch, people, phase: 'people' }
  batch = emptyBatch()
  for (const row of buildPlanning(plan, state)) {
    batch.planning_entries.push([
      takeId(state, 'planning_entries'),
      row.personId,
      row.postId,
      2026,
      2031,
      isoDate(row.added),
      row.removed === null ? null : isoDate(row.removed),
      row.reason,
      row.decision,
    ])
  }
  yield { batch, people, phase: 'final' }
}
