import { describe, expect, it } from 'vitest'
import {
  parseBirth,
  retirementAgeMonths,
  roadmapAgeMonths,
  statutoryRetirement,
} from './retirement.js'

describe('statutory retirement (Decree 135/2020 Art. 3–4)', () => {
  it('retires a man born 02/1965 at 61y6m at the end of 08/2026 (Guidance 06-HD/BTCTW example)', () => {
    expect(statutoryRetirement('male', '1965-02-14')).toEqual({
      retirementAge: { years: 61, months: 6 },
      retirementDate: '2026-08-31',
      pensionStart: '2026-09-01',
    })
  })

  it('retires a woman born 01/1966 at 55y4m', () => {
    const facts = statutoryRetirement('female', '1966-01-20')
    expect(facts.retirementAge).toEqual({ years: 55, months: 4 })
    expect(facts.retirementDate).toBe('2021-05-31')
  })

  it('takes 1 January when only the birth year is known', () => {
    expect(statutoryRetirement('female', '1970')).toEqual(
      statutoryRetirement('female', '1970-01-01'),
    )
    expect(statutoryRetirement('female', '1970-08-15', 'year').retirementDate).toBe('2027-05-31')
  })

  it('follows the 9-month cohorts for men and the 8-month cohorts for women', () => {
    for (let m = 1; m <= 9; m++) expect(retirementAgeMonths('male', 1961, m)).toBe(60 * 12 + 3)
    expect(retirementAgeMonths('male', 1961, 10)).toBe(60 * 12 + 6)
    expect(retirementAgeMonths('male', 1962, 6)).toBe(60 * 12 + 6)
    expect(retirementAgeMonths('male', 1962, 7)).toBe(60 * 12 + 9)
    for (let m = 1; m <= 8; m++) expect(retirementAgeMonths('female', 1966, m)).toBe(55 * 12 + 4)
    expect(retirementAgeMonths('female', 1966, 9)).toBe(55 * 12 + 8)
    expect(retirementAgeMonths('female', 1970, 8)).toBe(57 * 12 + 4)
    expect(retirementAgeMonths('female', 1970, 9)).toBe(57 * 12 + 8)
  })

  it('reaches the final ages at the published boundaries', () => {
    expect(retirementAgeMonths('male', 1966, 3)).toBe(61 * 12 + 9)
    expect(retirementAgeMonths('male', 1966, 4)).toBe(62 * 12)
    expect(retirementAgeMonths('female', 1975, 4)).toBe(59 * 12 + 8)
    expect(retirementAgeMonths('female', 1975, 5)).toBe(60 * 12)
    expect(retirementAgeMonths('male', 1990, 6)).toBe(62 * 12)
  })

  it('applies the 2012 ages to those who reached them before 2021', () => {
    expect(statutoryRetirement('male', '1960-12-05').retirementDate).toBe('2020-12-31')
    expect(statutoryRetirement('female', '1965-12-05').retirementDate).toBe('2020-12-31')
    expect(roadmapAgeMonths('male', 2020)).toBe(720)
  })

  it('rolls the pension start over the year end', () => {
    expect(statutoryRetirement('male', '1966-06-01')).toMatchObject({
      retirementDate: '2028-06-30',
      pensionStart: '2028-07-01',
    })
    expect(statutoryRetirement('male', '1965-06-01').pensionStart).toBe('2027-01-01')
  })

  it('rejects dates that do not exist', () => {
    expect(() => parseBirth('1965-13')).toThrow(/Month/)
    expect(() => parseBirth('1965-02-30')).toThrow(/Day/)
    expect(() => parseBirth('65-02')).toThrow(/YYYY/)
  })
})
