import { describe, expect, it } from 'vitest'
import {
  addMonths,
  ageOn,
  civilFromDay,
  dayFromCivil,
  isoDate,
  monthsBetween,
  parseIsoDate,
} from './dates.js'

describe('day numbers', () => {
  it('agree with JavaScript dates over a century', () => {
    for (let day = dayFromCivil(1940, 1, 1); day < dayFromCivil(2040, 1, 1); day += 37) {
      expect(isoDate(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10))
      const { year, month, day: d } = civilFromDay(day)
      expect(dayFromCivil(year, month, d)).toBe(day)
    }
  })

  it('add months keeping the day where it exists', () => {
    expect(isoDate(addMonths(parseIsoDate('2024-01-31'), 1))).toBe('2024-02-29')
    expect(isoDate(addMonths(parseIsoDate('2024-03-15'), -15))).toBe('2022-12-15')
    expect(monthsBetween(parseIsoDate('2020-05-20'), parseIsoDate('2023-05-19'))).toBe(35)
    expect(ageOn(parseIsoDate('1980-06-01'), parseIsoDate('2026-05-31'))).toBe(45)
  })

  it('refuse text that is not a calendar date', () => {
    expect(() => parseIsoDate('2026-02-30')).toThrow(RangeError)
    expect(() => parseIsoDate('24/11/2026')).toThrow(RangeError)
  })
})
