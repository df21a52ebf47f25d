import type { StaffCategory } from '../schema.js'
import { addMonths, addYears, type Day } from './dates.js'
import type { HealthRow } from './person-types.js'
import { type Random, weightedTable } from './prng.js'

/**
 * Party membership (sensitive): most civil servants and every senior leader, fewer public
 * employees and workers; full membership 12 months after admission. Health checks (sensitive):
 * a recent one for most people at work, one before leaving for some who left.
 */
export function drawParty(
  random: Random,
  category: StaffCategory,
  level: number,
  birth: Day,
  end: Day,
  asOf: Day,
): { joined: Day; official: Day | null } | null {
  const p =
    category === 'can_bo' || (level > 0 && level <= 4)
      ? 1
      : level > 0
        ? 0.95
        : category === 'cong_chuc'
          ? 0.66
          : category === 'vien_chuc'
            ? 0.45
            : 0.15
  if (!random.chance(p)) return null
  const earliest = addYears(birth, 19)
  const latest = Math.min(end, level > 0 ? addYears(birth, 34) : addYears(birth, 45)) - 30
  if (latest <= earliest) return null
  const joined = Math.min(addYears(birth, 20 + random.int(0, 12)) + random.int(0, 364), latest)
  const official = addMonths(joined, 12)
  return { joined, official: official <= asOf ? official : null }
}

const STATUSES = weightedTable<HealthRow['status']>([
  ['tot', 55],
  ['kha', 35],
  ['trung_binh', 9],
  ['yeu', 1],
])
const NOTES = [
  'Huyết áp cao',
  'Rối loạn mỡ máu',
  'Viêm dạ dày',
  'Cận thị',
  'Tiểu đường type 2',
  'Thoái hóa cột sống',
]

export function drawHealth(random: Random, working: boolean, end: Day, asOf: Day): HealthRow[] {
  const rows: HealthRow[] = []
  const check = (at: Day) =>
    rows.push({
      checked: at,
      status: STATUSES.pick(random),
      notes: random.chance(0.15) ? random.pick(NOTES) : null,
    })
  if (working) {
    if (random.chance(0.4)) check(asOf - random.int(400, 700))
    if (random.chance(0.88)) check(asOf - random.int(5, 390))
  } else if (random.chance(0.5)) {
    check(Math.min(end, asOf) - random.int(30, 360))
  }
  return rows
}
