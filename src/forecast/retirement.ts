/**
 * The statutory retirement rule of Decree 135/2020/NĐ-CP (Art. 3–4), in TypeScript. The same
 * rule lives in SQL (`hr_retirement_date`, migration 0005); a test proves them equal on every
 * birth month from 1955 to 2000 for both sexes.
 *
 * - Art. 4: the retirement age is the roadmap age of the calendar year in which the person
 *   reaches it: men 60y3m in 2021, +3 months a year, 62 from 2028; women 55y4m in 2021,
 *   +4 months a year, 60 from 2035. Before 2021 the Labour Code 2012 ages applied (60 and 55).
 *   If a person reaches one year's age in that year and also the next year's age in the next,
 *   the earlier counts: they were already of retirement age.
 * - Art. 3(1): retirement is at the end of the last day of the month in which that age is reached.
 * - Art. 3(2): the pension starts on the first day of the following month.
 * - Art. 3(3): when the dossier gives only the birth year, the person is taken as born 1 January.
 */
export type Sex = 'male' | 'female'
export type BirthPrecision = 'day' | 'month' | 'year'

export interface YearsMonths {
  readonly years: number
  readonly months: number
}

export interface RetirementFacts {
  readonly retirementAge: YearsMonths
  /** Last day of the month the age is reached, 'YYYY-MM-DD'. */
  readonly retirementDate: string
  /** First day of the next month, 'YYYY-MM-DD'. */
  readonly pensionStart: string
}

/** The roadmap age, in months, for someone reaching retirement age in calendar `year`. */
export function roadmapAgeMonths(sex: Sex, year: number): number {
  if (sex === 'male') {
    if (year < 2021) return 60 * 12
    if (year >= 2028) return 62 * 12
    return 60 * 12 + 3 + 3 * (year - 2021)
  }
  if (year < 2021) return 55 * 12
  if (year >= 2035) return 60 * 12
  return 55 * 12 + 4 + 4 * (year - 2021)
}

/** Retirement age in months for a birth month (1–12) of a birth year. */
export function retirementAgeMonths(sex: Sex, birthYear: number, birthMonth: number): number {
  const born = birthYear * 12 + (birthMonth - 1)
  for (let year = birthYear + 54; year <= birthYear + 64; year++) {
    const age = roadmapAgeMonths(sex, year)
    if (Math.floor((born + age) / 12) === year) return age
  }
  // Unreachable: the roadmap ages lie between 55 and 62 years.
  throw new RangeError(`No retirement age found for ${sex} born ${birthMonth}/${birthYear}`)
}

/** Parses 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' into the parts the rule uses. */
export function parseBirth(value: string): {
  year: number
  month: number
  precision: BirthPrecision
} {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim())
  if (match === null)
    throw new RangeError(`Birth date must be YYYY, YYYY-MM or YYYY-MM-DD: ${value}`)
  const year = Number(match[1])
  const month = match[2] === undefined ? 1 : Number(match[2])
  if (month < 1 || month > 12) throw new RangeError(`Month out of range in ${value}`)
  if (match[3] !== undefined) {
    const day = Number(match[3])
    if (day < 1 || day > daysInMonth(year, month))
      throw new RangeError(`Day out of range in ${value}`)
  }
  const precision: BirthPrecision =
    match[3] !== undefined ? 'day' : match[2] !== undefined ? 'month' : 'year'
  return { year, month, precision }
}

/**
 * The statutory retirement of a person born on `birthDate` ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD';
 * with `precision` 'year' only the year of the date is used).
 */
export function statutoryRetirement(
  sex: Sex,
  birthDate: string,
  precision?: BirthPrecision,
): RetirementFacts {
  const birth = parseBirth(birthDate)
  const effective = precision ?? birth.precision
  const month = effective === 'year' ? 1 : birth.month
  const ageMonths = retirementAgeMonths(sex, birth.year, month)
  const reached = birth.year * 12 + (month - 1) + ageMonths
  const year = Math.floor(reached / 12)
  const monthOfYear = (reached % 12) + 1
  const next = reached + 1
  return {
    retirementAge: { years: Math.floor(ageMonths / 12), months: ageMonths % 12 },
    retirementDate: isoDate(year, monthOfYear, daysInMonth(year, monthOfYear)),
    pensionStart: isoDate(Math.floor(next / 12), (next % 12) + 1, 1),
  }
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
