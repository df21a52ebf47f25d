import { z } from 'zod'
import { parseBirth, type Sex, statutoryRetirement } from './retirement.js'

/**
 * The statutory retirement rule as a public calculator: the law is public, the caller types the
 * birth date, and nothing is read from the database — so no sign-in is needed (an official can
 * check their own date before they have an account) and nothing is audited.
 */
export const retirementRuleQuery = z.object({
  birthDate: z
    .string({ message: 'required: use YYYY, YYYY-MM or YYYY-MM-DD' })
    .trim()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD')
    .superRefine((value, ctx) => {
      const problem = birthProblem(value)
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem })
    }),
  sex: z.enum(['male', 'female'], { message: 'must be male or female' }),
})

export type RetirementRuleQuery = z.infer<typeof retirementRuleQuery>

function birthProblem(value: string): string | null {
  const year = Number(value.slice(0, 4))
  if (year < 1900 || year > 2100) return 'the year must be between 1900 and 2100'
  const month = value.length >= 7 ? Number(value.slice(5, 7)) : 1
  if (month < 1 || month > 12) return 'the month must be 01 to 12'
  try {
    parseBirth(value)
    return null
  } catch {
    return `${value} is not a day of that month`
  }
}

export function retirementRule(query: RetirementRuleQuery) {
  const sex: Sex = query.sex
  const birth = parseBirth(query.birthDate)
  return {
    birthDate: query.birthDate,
    birthPrecision: birth.precision,
    sex,
    ...statutoryRetirement(sex, query.birthDate),
    basis: 'Nghị định 135/2020/NĐ-CP, Điều 3–4 (Decree 135/2020, Art. 3–4)',
    note:
      birth.precision === 'year'
        ? 'Chỉ có năm sinh: tính như sinh ngày 01/01 (Điều 3 khoản 3). Only the birth year: taken as 1 January (Art. 3(3)).'
        : null,
  }
}
