import type { BirthPrecision, PersonStatus, Sex, StaffCategory } from '../schema.js'
import { addMonths, civilFromDay, type Day, dayFromCivil, yearOf } from './dates.js'
import type { Demography } from './person-types.js'
import { type Random, type WeightedTable, weightedTable } from './prng.js'
import { birthRetiringBy, retirementDay } from './retirement-dates.js'

/**
 * Sex, birth and fate of ordinary staff. About 78% of a unit's people work there today; the rest
 * left between 2010 and asOf: retired on their statutory date (retirements per year follow the
 * ages of the staff), transferred out, resigned (more in 2021–2023 and under the 2025 Decree 178
 * streamlining), a few dismissed or deceased. Working ages centre on 42 and stop at the
 * statutory date, except for a few doctoral researchers extended under Decree 50/2022.
 */
export const HISTORY_START = dayFromCivil(2010, 1, 1)
const DECREE_50 = dayFromCivil(2022, 8, 15)
const NON_WORKING_SHARE = 0.2

type Fate = PersonStatus
const EXIT_FATES = weightedTable<Fate>([
  ['retired', 43],
  ['transferred_out', 28],
  ['resigned', 22],
  ['dismissed', 3],
  ['deceased', 4],
])
const AGE_AT_EXIT: Readonly<Record<string, readonly [number, number]>> = {
  transferred_out: [38, 8],
  resigned: [32, 6],
  dismissed: [40, 8],
  deceased: [51, 7],
}

/** Per-unit model: exit-year tables depend on asOf, and each unit has its own exit rate. */
export interface StaffModel {
  readonly asOf: Day
  readonly nonWorking: number
  readonly exitYears: Readonly<Record<string, WeightedTable<number>>>
  readonly research: boolean
}

export function createStaffModel(random: Random, asOf: Day, research: boolean): StaffModel {
  const first = 2010
  const last = yearOf(asOf)
  const elapsed = (asOf - dayFromCivil(last, 1, 1) + 1) / 365
  const table = (weight: (year: number) => number) =>
    weightedTable(
      Array.from({ length: last - first + 1 }, (_, i) => {
        const year = first + i
        return [year, weight(year) * (year === last ? elapsed : 1)] as const
      }),
    )
  return {
    asOf,
    nonWorking: NON_WORKING_SHARE * (0.75 + random.next() * 0.5),
    research,
    exitYears: {
      retired: table((y) => 1 + 0.02 * (y - 2010)),
      transferred_out: table((y) => (y === 2025 ? 1.8 : 1)),
      resigned: table((y) => (y === 2025 ? 2.4 : y >= 2021 && y <= 2023 ? 1.7 : 1)),
      dismissed: table(() => 1),
      deceased: table(() => 1),
    },
  }
}

export function staffSex(random: Random, category: StaffCategory): Sex {
  return random.chance(category === 'nguoi_lao_dong' ? 0.35 : 0.48) ? 'female' : 'male'
}

export function staffDemography(
  random: Random,
  model: StaffModel,
  sex: Sex,
  category: StaffCategory,
): Demography {
  const doctoral = model.research && category === 'vien_chuc'
  if (!random.chance(model.nonWorking)) {
    if (doctoral && random.chance(0.012)) {
      const extended = extendedResearcher(random, model, sex, false)
      if (extended !== null) return extended
    }
    return workingDemography(random, model, sex)
  }
  const fate = EXIT_FATES.pick(random)
  if (fate !== 'retired') return leftDemography(random, model, sex, fate)
  if (doctoral && random.chance(0.06)) {
    const extended = extendedResearcher(random, model, sex, true)
    if (extended !== null) return extended
  }
  return retiredDemography(random, model, sex)
}

function precisionOf(random: Random): BirthPrecision {
  const x = random.next()
  return x < 0.96 ? 'day' : x < 0.99 ? 'month' : 'year'
}

/** The birth date as the dossier holds it: 1st of the month, or 1 January, when that is all known. */
function recorded(birth: Day, precision: BirthPrecision): Day {
  if (precision === 'day') return birth
  const { year, month } = civilFromDay(birth)
  return dayFromCivil(year, precision === 'month' ? month : 1, 1)
}

function workingDemography(random: Random, model: StaffModel, sex: Sex): Demography {
  for (let attempt = 0; ; attempt++) {
    const age = random.truncatedNormal(42.5, 9.5, 22.3, attempt < 20 ? 64.5 : 50)
    const precision = precisionOf(random)
    const birth = recorded(model.asOf - Math.round(age * 365.25), precision)
    const retirement = retirementDay(sex, birth, precision)
    if (retirement > model.asOf)
      return {
        sex,
        birth,
        birthPrecision: precision,
        retirement,
        status: 'working',
        exit: null,
        exception: null,
      }
  }
}

function retiredDemography(random: Random, model: StaffModel, sex: Sex): Demography {
  for (;;) {
    const year = model.exitYears.retired?.pick(random) ?? 2015
    const target = Math.min(model.asOf, dayFromCivil(year, 1, 1) + random.int(0, 364))
    const { birth: exact } = birthRetiringBy(random, sex, target)
    const precision = precisionOf(random)
    const birth = recorded(exact, precision)
    const retirement = retirementDay(sex, birth, precision)
    if (retirement >= HISTORY_START && retirement <= model.asOf)
      return {
        sex,
        birth,
        birthPrecision: precision,
        retirement,
        status: 'retired',
        exit: retirement,
        exception: null,
      }
  }
}

function leftDemography(random: Random, model: StaffModel, sex: Sex, fate: Fate): Demography {
  const [mean, sd] = AGE_AT_EXIT[fate] ?? [40, 8]
  for (;;) {
    const year = model.exitYears[fate]?.pick(random) ?? 2015
    const exit = Math.min(model.asOf - 1, dayFromCivil(year, 1, 1) + random.int(0, 364))
    const age = random.truncatedNormal(mean, sd, 23, 60)
    const precision = precisionOf(random)
    const birth = recorded(exit - Math.round(age * 365.25), precision)
    const retirement = retirementDay(sex, birth, precision)
    if (retirement > exit)
      return {
        sex,
        birth,
        birthPrecision: precision,
        retirement,
        status: fate,
        exit,
        exception: null,
      }
  }
}

/**
 * A doctoral researcher kept on after the statutory date (Decree 50/2022/NĐ-CP: up to 60 months,
 * no leadership post): still working, or retired at the end of the extension.
 */
function extendedResearcher(
  random: Random,
  model: StaffModel,
  sex: Sex,
  retired: boolean,
): Demography | null {
  const from = Math.max(DECREE_50, addMonths(model.asOf, -58))
  const to = retired ? addMonths(model.asOf, -13) : model.asOf - 31
  if (retired ? to <= DECREE_50 : to <= from) return null
  const lower = retired ? DECREE_50 : from
  const { birth, retirement } = birthRetiringBy(random, sex, lower + random.int(0, to - lower))
  if (retirement < DECREE_50) return null
  const months = retired ? random.int(12, 60) : 60
  const end = addMonths(retirement, months)
  if (retired ? end > model.asOf : end <= model.asOf) return null
  return {
    sex,
    birth,
    birthPrecision: 'day',
    retirement,
    status: retired ? 'retired' : 'working',
    exit: retired ? end : null,
    exception: 'decree_50_2022',
  }
}
