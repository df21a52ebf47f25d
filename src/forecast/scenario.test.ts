import { describe, expect, it } from 'vitest'
import { expectedExits } from './expected-exits.js'
import { periodsFrom } from './periods.js'
import { type RetirementFacts, type Scenario, scheduleOf, STATUTORY } from './scenario.js'

const periods = periodsFrom('2027-01-01', 10)
const person = (facts: Partial<RetirementFacts>): RetirementFacts => ({
  statutoryYear: 2030,
  past: false,
  doctoral: false,
  womanLeader: false,
  age60Year: 0,
  ...facts,
})

/** Expected leavers of one person per year, rounded, as { year: share } without zeros. */
function leaving(facts: RetirementFacts, scenario: Scenario) {
  const exits = expectedExits(scheduleOf(facts, scenario, 2027), scenario, periods)
  const out: Record<number, { retired?: number; early?: number }> = {}
  periods.forEach((p, i) => {
    const retired = Math.round((exits.retired[i] ?? 0) * 1000) / 1000
    const early = Math.round((exits.early[i] ?? 0) * 1000) / 1000
    if (retired > 0 || early > 0)
      out[p.year] = { ...(retired > 0 ? { retired } : {}), ...(early > 0 ? { early } : {}) }
  })
  return out
}

const LATE: Scenario = { ...STATUTORY, lateWomenLeaders: true }
const DOCTORAL: Scenario = { ...STATUTORY, doctoralExtension: { share: 0.3, years: 5 } }
const EARLY: Scenario = {
  ...STATUTORY,
  earlyRetirement178: { rate2to5: 0.1, rate5to10: 0, fromYear: 2025, toYear: 2029 },
}

describe('scenario switches', () => {
  it('statutory: everyone leaves in their statutory year', () => {
    expect(leaving(person({}), STATUTORY)).toEqual({ 2030: { retired: 1 } })
  })

  it('lateWomenLeaders moves a woman in a level ≤ 2 post to the year she turns 60, nobody else', () => {
    const minister = person({ statutoryYear: 2027, womanLeader: true, age60Year: 2030 })
    expect(leaving(minister, STATUTORY)).toEqual({ 2027: { retired: 1 } })
    expect(leaving(minister, LATE)).toEqual({ 2030: { retired: 1 } })
    expect(leaving(person({ statutoryYear: 2027 }), LATE)).toEqual({ 2027: { retired: 1 } })
    expect(leaving(person({ statutoryYear: 2027, doctoral: true }), LATE)).toEqual({
      2027: { retired: 1 },
    })
  })

  it('doctoralExtension keeps the share on for the years given, only for doctoral viên chức', () => {
    expect(leaving(person({ doctoral: true }), DOCTORAL)).toEqual({
      2030: { retired: 0.7 },
      2035: { retired: 0.3 },
    })
    expect(leaving(person({}), DOCTORAL)).toEqual({ 2030: { retired: 1 } })
    expect(leaving(person({ doctoral: true }), STATUTORY)).toEqual({ 2030: { retired: 1 } })
  })

  it('earlyRetirement178 takes the yearly share of those 2–5 years short, in the window only', () => {
    // Statutory 2032: 5, 4 and 3 years short in 2027–2029; the window ends in 2029.
    expect(leaving(person({ statutoryYear: 2032 }), EARLY)).toEqual({
      2027: { early: 0.1 },
      2028: { early: 0.09 },
      2029: { early: 0.081 },
      2032: { retired: 0.729 },
    })
    // 6 years short in 2029 and more before: out of reach unless rate5to10 is set.
    expect(leaving(person({ statutoryYear: 2035 }), EARLY)).toEqual({ 2035: { retired: 1 } })
    const wider: Scenario = {
      ...STATUTORY,
      earlyRetirement178: { rate2to5: 0.1, rate5to10: 0.05, fromYear: 2025, toYear: 2029 },
    }
    expect(leaving(person({ statutoryYear: 2035 }), wider)).toEqual({
      2027: { early: 0.05 },
      2028: { early: 0.048 },
      2029: { early: 0.045 },
      2035: { retired: 0.857 },
    })
  })

  it('keeps people already past their statutory date to the legal end of their extension', () => {
    const extended = person({ statutoryYear: 2024, past: true, doctoral: true })
    expect(leaving(extended, STATUTORY)).toEqual({ 2029: { retired: 1 } })
    const deputy = person({ statutoryYear: 2022, past: true, womanLeader: true, age60Year: 2028 })
    expect(leaving(deputy, STATUTORY)).toEqual({ 2028: { retired: 1 } })
    expect(leaving(person({ statutoryYear: 2025, past: true }), STATUTORY)).toEqual({
      2027: { retired: 1 },
    })
  })

  it('charges a part-year first period its share of a yearly early-retirement rate', () => {
    const stub = periodsFrom('2027-07-02', 3)
    const schedule = scheduleOf(person({ statutoryYear: 2031 }), EARLY, 2027)
    const exits = expectedExits(schedule, EARLY, stub)
    expect(exits.early[0]).toBeCloseTo(1 - 0.9 ** (183 / 365), 4)
  })
})
