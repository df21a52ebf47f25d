import type { Degree, StaffCategory } from '../schema.js'
import { addYears, type Day } from './dates.js'
import type { Random } from './prng.js'

/**
 * When a person entered state service and the ministry, and how: recruited straight into the
 * ministry, transferred in from another state body after some years, appointed from outside (the
 * Minister and some Deputy Ministers), or under a labour contract (người lao động).
 */
export interface CareerDates {
  readonly joinedState: Day
  readonly joinedMinistry: Day
  readonly joinReason: 'recruited' | 'transferred_in' | 'appointed' | 'contracted'
}

export function drawCareerDates(
  random: Random,
  category: StaffCategory,
  degree: Degree,
  birth: Day,
  end: Day,
  level: number,
  firstPost: Day | null,
): CareerDates {
  const graduate = degree === 'dai_hoc' || degree === 'thac_si' || degree === 'tien_si'
  const age = graduate
    ? random.truncatedNormal(24.5, 1.8, 22, 30)
    : random.truncatedNormal(22, 2.5, 19, 30)
  const latest = Math.min(
    end - 200,
    firstPost === null ? end : level <= 2 ? firstPost : firstPost - 365,
  )
  const earliest = addYears(birth, 19)
  let joinedState = birth + Math.round(age * 365.25) + random.int(0, 200)
  // The youngest staff started recently: anywhere between graduation and the latest possible day.
  if (joinedState > latest)
    joinedState = Math.max(
      earliest,
      Math.min(latest, addYears(birth, 22)) +
        random.int(0, Math.max(0, latest - addYears(birth, 22))),
    )
  if (firstPost !== null) joinedState = Math.min(joinedState, addYears(firstPost, -6))
  joinedState = Math.max(joinedState, earliest)
  if (category === 'nguoi_lao_dong')
    return { joinedState, joinedMinistry: joinedState, joinReason: 'contracted' }
  if (level > 0 && level <= 2 && firstPost !== null && random.chance(0.5))
    return { joinedState, joinedMinistry: firstPost, joinReason: 'appointed' }
  if (!random.chance(level > 0 ? 0.35 : 0.3) || latest - joinedState < 730)
    return { joinedState, joinedMinistry: joinedState, joinReason: 'recruited' }
  const span = Math.min(latest - joinedState, 15 * 365)
  return {
    joinedState,
    joinedMinistry: joinedState + random.int(365, span),
    joinReason: 'transferred_in',
  }
}
