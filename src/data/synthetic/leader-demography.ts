import type { PersonStatus, Sex } from '../schema.js'
import { addMonths, addYears, type Day, dayFromCivil } from './dates.js'
import type { Demography } from './person-types.js'
import type { Random } from './prng.js'
import { birthRetiringBy, retirementDay } from './retirement-dates.js'

/**
 * Birth dates of leaders, chosen to fit their posts: 35–58 at a first appointment, with the full
 * 5 years of working time left that a first appointment needs (Guidance 06-HD/BTCTW), fewer
 * women the higher the post.
 */
const AGE_AT_FIRST_POST: Readonly<Record<number, readonly [number, number]>> = {
  1: [50, 57],
  2: [45, 55],
  3: [42, 54],
  4: [38, 52],
  5: [35, 50],
  6: [35, 47],
}
const FEMALE_SHARE: Readonly<Record<number, number>> = {
  1: 0.1,
  2: 0.2,
  3: 0.2,
  4: 0.25,
  5: 0.33,
  6: 0.38,
}
/** Decree 83/2022/NĐ-CP came into force on 20 October 2022. */
const DECREE_83 = dayFromCivil(2022, 10, 20)

export function leaderSex(random: Random, level: number): Sex {
  return random.chance(FEMALE_SHARE[level] ?? 0.4) ? 'female' : 'male'
}

/**
 * A leader whose first appointment was on `firstStart` and who is still working on `mustWorkTo`
 * (asOf for people still here, the day they left otherwise).
 */
export function leaderDemography(
  random: Random,
  level: number,
  firstStart: Day,
  mustWorkTo: Day,
  status: PersonStatus,
  exit: Day | null,
): Demography {
  const sex = leaderSex(random, level)
  const [low, high] = AGE_AT_FIRST_POST[level] ?? [35, 50]
  const fits = (birth: Day) => {
    const retirement = retirementDay(sex, birth, 'day')
    return retirement > mustWorkTo && addMonths(firstStart, 60) <= retirement
  }
  let birth = firstStart - Math.round(low * 365.25)
  for (let attempt = 0; attempt < 40; attempt++) {
    const candidate = firstStart - Math.round((low + random.next() * (high - low)) * 365.25)
    if (fits(candidate)) {
      birth = candidate
      break
    }
  }
  // When no age in the usual range fits (a long-held top post), the oldest age from 35 up that
  // still leaves the required working time; 35 always does for posts of the last decade.
  for (let age = low - 1; age >= 35 && !fits(birth); age--) birth = addYears(firstStart, -age)
  const retirement = retirementDay(sex, birth, 'day')
  return { sex, birth, birthPrecision: 'day', retirement, status, exit, exception: null }
}

/** A leader who retired on the statutory date at the end of their last post. */
export function retiredLeaderDemography(random: Random, level: number, byDay: Day): Demography {
  const sex = leaderSex(random, level)
  const { birth, retirement } = birthRetiringBy(random, sex, byDay)
  return {
    sex,
    birth,
    birthPrecision: 'day',
    retirement,
    status: 'retired',
    exit: retirement,
    exception: null,
  }
}

/**
 * A woman Deputy Minister working past her statutory date, as Decree 83/2022 allows for women
 * in such posts (to at most 60). Returns null when `asOf` leaves no room for such a case.
 */
export function extendedDeputyMinister(
  random: Random,
  firstStart: Day,
  asOf: Day,
): Demography | null {
  const from = Math.max(DECREE_83, addMonths(firstStart, 61))
  if (from >= asOf - 31) return null
  const target = from + random.int(0, asOf - 31 - from)
  const { birth, retirement } = birthRetiringBy(random, 'female', target)
  const tooEarly = retirement < addMonths(firstStart, 60) || retirement < DECREE_83
  if (tooEarly || retirement >= asOf || addYears(birth, 60) <= asOf) return null
  return {
    sex: 'female',
    birth,
    birthPrecision: 'day',
    retirement,
    status: 'working',
    exit: null,
    exception: 'decree_83_2022',
  }
}
