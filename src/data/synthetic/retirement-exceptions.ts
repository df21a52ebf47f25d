import type { BirthPrecision, Degree, PersonStatus, Sex, StaffCategory } from '../schema.js'
import { statutoryRetirement } from '../../forecast/retirement.js'
import { addMonths, addYears, parseIsoDate } from './dates.js'

/**
 * The only people of the synthetic ministry whose working life does not end on their statutory
 * retirement date (Decree 135/2020), each allowed by a decree; analytics and tests can tell them
 * apart with `isRetirementException`.
 */
export const RETIREMENT_EXCEPTIONS = [
  {
    code: 'decree_83_2022',
    decree: '83/2022/NĐ-CP',
    rule: 'A woman Deputy Minister keeps working past her statutory date, to at most age 60.',
  },
  {
    code: 'decree_50_2022',
    decree: '50/2022/NĐ-CP',
    rule:
      'A doctoral-level public employee (viên chức) without a leadership post works up to 60 ' +
      'months past the statutory date; if retired since, on the day the extension ended.',
  },
] as const

export interface RetirementExceptionFacts {
  readonly sex: Sex
  readonly birthDate: string
  readonly birthPrecision: BirthPrecision
  readonly staffCategory: StaffCategory
  readonly highestDegree: Degree | null
  readonly status: PersonStatus
  readonly statusDate: string | null
  readonly statusReason: string | null
  /** Level of the leadership post held on asOf, or null. */
  readonly currentPostLevel: number | null
  readonly asOf: string
}

export function isRetirementException(facts: RetirementExceptionFacts): boolean {
  const statutory = parseIsoDate(
    statutoryRetirement(facts.sex, facts.birthDate, facts.birthPrecision).retirementDate,
  )
  const asOf = parseIsoDate(facts.asOf)
  if (facts.status === 'working' && facts.sex === 'female' && facts.currentPostLevel === 2)
    return addYears(parseIsoDate(facts.birthDate), 60) > asOf
  const doctoral =
    facts.staffCategory === 'vien_chuc' &&
    facts.highestDegree === 'tien_si' &&
    facts.currentPostLevel === null
  if (!doctoral) return false
  const limit = addMonths(statutory, 60)
  if (facts.status === 'working') return asOf <= limit
  return (
    facts.status === 'retired' &&
    facts.statusDate !== null &&
    parseIsoDate(facts.statusDate) <= limit &&
    (facts.statusReason ?? '').includes('50/2022')
  )
}
