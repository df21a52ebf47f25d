import type { UnitContext } from './context.js'
import { addYears, type Day, dayFromCivil, isoTimestamp } from './dates.js'
import { drawIdentity } from './identity.js'
import { drawHealth } from './party-health.js'
import { type Basics, drawBasics } from './person-basics.js'
import { drawRecords } from './person-records.js'
import type { Demography, PersonDraft, RankRow, Slot, WorkRow } from './person-types.js'
import type { UnitNode } from './plan-types.js'
import { type Random, Stream, streamFor } from './prng.js'
import type { StaffModel } from './staff-demography.js'
import { statusReason } from './status-reasons.js'
import { TOP_UNITS } from './units-catalog.js'
import { drawWorkHistory } from './work-history.js'

/**
 * One person, from their own random stream (seed, unit, position in the unit): demography,
 * career dates, qualifications, salary history, ratings, trainings, work history and the rest,
 * each consistent with the rules the product encodes. Unit-wide rules (the excellence cap,
 * awards that follow final ratings, data-quality faults) are applied afterwards by the unit.
 */
const SYSTEM_START = dayFromCivil(2018, 3, 1)

export function generatePerson(
  ctx: UnitContext,
  model: StaffModel,
  slot: Slot,
  index: number,
): PersonDraft {
  const { plan, unit, state } = ctx
  const random = streamFor(plan.seed, Stream.Person, unit.index, index)
  const basics = drawBasics(random, ctx, model, slot)
  const { category, demography, end, career, party } = basics
  const records = drawRecords(random, ctx, slot, basics)
  const updated = updatedDay(random, plan.asOf, demography.exit)
  const created = Math.min(
    updated,
    Math.max(SYSTEM_START + random.int(0, 400), career.joinedMinistry),
  )
  return {
    id: unit.firstPersonId + index,
    unitId: unit.id,
    demography,
    category,
    family: basics.family,
    ...career,
    ...records,
    statusReason: demography.exit === null ? null : exitReason(random, demography),
    tenures: slot.tenures,
    work: workHistory(random, ctx, slot, basics, records.rank),
    party,
    health: drawHealth(random, demography.status === 'working', end, plan.asOf),
    awards: [],
    identity: drawIdentity(
      random,
      state,
      demography.sex,
      demography.birth,
      unit.city,
      topCode(unit),
    ),
    updatedAt: isoTimestamp(updated, random.int(7 * 3600, 18 * 3600)),
    createdAt: isoTimestamp(created, random.int(7 * 3600, 18 * 3600)),
    version: 1 + random.int(0, 5),
  }
}

function workHistory(
  random: Random,
  ctx: UnitContext,
  slot: Slot,
  basics: Basics,
  rank: readonly RankRow[],
): WorkRow[] {
  const { demography, career, end, firstPost } = basics
  return drawWorkHistory(random, {
    unitId: ctx.unit.id,
    birth: demography.birth,
    joinedState: career.joinedState,
    joinedMinistry: career.joinedMinistry,
    exit: demography.exit,
    tenures: slot.tenures,
    rank,
    previousUnit: previousUnit(random, ctx, career.joinedMinistry, end, firstPost),
  })
}

function exitReason(random: Random, demography: Demography): string | null {
  const { status, exit, exception } = demography
  if (status === 'working' || exit === null) return null
  return statusReason(random, status, exit, exception !== null)
}

/** Records were last touched in the 18 months before asOf (the 2025–2026 synchronisation). */
function updatedDay(random: Random, asOf: Day, exit: Day | null): Day {
  const day = asOf - random.int(0, 540)
  return exit !== null && day < exit ? Math.min(asOf, exit + random.int(1, 30)) : day
}

/** An earlier unit for leaders who rose in a division, and for a few people who moved. */
function previousUnit(
  random: Random,
  ctx: UnitContext,
  joined: Day,
  end: Day,
  firstPost: Day | null,
) {
  const { plan, unit } = ctx
  // Leaders rose elsewhere in the ministry: the Minister and his deputies in a top-level unit,
  // heads of organised units in one of their divisions.
  const below = unit.parentId === null ? plan.topUnitIds : plan.divisionsByTop.get(unit.id)
  if (firstPost !== null && below !== undefined && below.length > 0 && firstPost - joined > 365)
    return { unitId: random.pick(below), until: firstPost - 1 }
  if (firstPost !== null || end - joined < 5 * 365 || !random.chance(0.08)) return null
  const other = random.pick(plan.staffedUnitIds)
  if (other === unit.id) return null
  return { unitId: other, until: Math.min(end - 365, addYears(joined, 2) + random.int(0, 1500)) }
}

function topCode(unit: UnitNode): string {
  return TOP_UNITS[unit.topIndex]?.code ?? 'BKHCN'
}
