/**
 * Exceptions to the statutory retirement date (Decree 135/2020), each a switch of the forecast:
 *
 * - `lateWomenLeaders` — Decree 83/2022/NĐ-CP lets cadres and civil servants in senior posts,
 *   mainly women, work past the statutory age, to at most 60 for women (65 for men, in judicial
 *   posts the ministry does not have). Eligible here: a woman holding a post of level ≤ 2
 *   (Minister, Deputy Minister) on the forecast's start date; Vụ/Cục-level leaders are not
 *   covered. With the switch on, she retires at the end of the month she turns 60.
 * - `doctoralExtension` — Decree 50/2022/NĐ-CP lets a viên chức with a doctorate (tiến sĩ) or the
 *   title of GS/PGS and no leadership post work up to 5 more years. Parameters: the share of
 *   eligible people who extend and by how many whole years.
 * - `earlyRetirement178` — Decree 178/2024/NĐ-CP (restructuring): in each year of the window, a
 *   share of the people who are 2 to 5 years short of their statutory (Appendix I) age leave early,
 *   and optionally a share of those more than 5 and up to 10 years short. "Years short" is counted
 *   in calendar years: statutory retirement year minus the year of leaving.
 *
 * People already past their statutory date on the start date are in an extension already: a
 * doctoral viên chức is assumed to stay to the 60-month ceiling, a woman in a level ≤ 2 post to 60,
 * anyone else (no legal basis in the record) leaves in the first period.
 */
export interface DoctoralExtension {
  /** Share of eligible people who extend, 0…1. */
  readonly share: number
  /** Whole years of extension, 1…5. */
  readonly years: number
}

export interface EarlyRetirement178 {
  /** Each year of the window, share of those 2–5 years short who leave. */
  readonly rate2to5: number
  /** Each year of the window, share of those 6–10 years short who leave. */
  readonly rate5to10: number
  readonly fromYear: number
  readonly toYear: number
}

export interface Scenario {
  readonly lateWomenLeaders: boolean
  readonly doctoralExtension: DoctoralExtension | null
  readonly earlyRetirement178: EarlyRetirement178 | null
}

export const STATUTORY: Scenario = {
  lateWomenLeaders: false,
  doctoralExtension: null,
  earlyRetirement178: null,
}

export const SCENARIO_SWITCHES = [
  'lateWomenLeaders',
  'doctoralExtension',
  'earlyRetirement178',
] as const
export type ScenarioSwitch = (typeof SCENARIO_SWITCHES)[number]

/** Defaults of the parameters: assumptions a planner is expected to change. */
export const SCENARIO_DEFAULTS = {
  doctoralShare: 0.3,
  doctoralYears: 5,
  earlyRate: 0.1,
  earlyRate5to10: 0,
  earlyFrom: 2025,
  earlyTo: 2029,
} as const

/** What a person's facts are, as far as the exceptions care. */
export interface RetirementFacts {
  /** Calendar year of the statutory (Decree 135) retirement date. */
  readonly statutoryYear: number
  /** Whether the statutory date lies before the forecast's start date. */
  readonly past: boolean
  readonly doctoral: boolean
  readonly womanLeader: boolean
  /** Year she turns 60 (only read for women leaders). */
  readonly age60Year: number
}

/** When a group of people with the same facts leaves, under a scenario. */
export interface Schedule {
  /** Year they retire (if still there); fromYear when overdue. */
  readonly retireYear: number
  /** Share who extend at retireYear instead (Decree 50/2022), and the year they then leave. */
  readonly deferShare: number
  readonly deferToYear: number
  /** Statutory year used for "years short" under Decree 178, or null when it cannot apply. */
  readonly earlyReference: number | null
}

const EXT50_YEARS = 5

export function scheduleOf(facts: RetirementFacts, scenario: Scenario, fromYear: number): Schedule {
  if (facts.past) {
    const end = facts.doctoral
      ? facts.statutoryYear + EXT50_YEARS
      : facts.womanLeader
        ? facts.age60Year
        : fromYear
    return {
      retireYear: Math.max(end, fromYear),
      deferShare: 0,
      deferToYear: 0,
      earlyReference: null,
    }
  }
  const late = scenario.lateWomenLeaders && facts.womanLeader
  const retireYear = late ? Math.max(facts.statutoryYear, facts.age60Year) : facts.statutoryYear
  const extension = facts.doctoral ? scenario.doctoralExtension : null
  return {
    retireYear,
    deferShare: extension?.share ?? 0,
    deferToYear: retireYear + (extension?.years ?? 0),
    earlyReference: facts.statutoryYear,
  }
}

/** The yearly probability of leaving early under Decree 178 in `year`. */
export function earlyHazard(schedule: Schedule, scenario: Scenario, year: number): number {
  const early = scenario.earlyRetirement178
  if (early === null || schedule.earlyReference === null) return 0
  if (year < early.fromYear || year > early.toYear || year >= schedule.retireYear) return 0
  const short = schedule.earlyReference - year
  if (short >= 2 && short <= 5) return early.rate2to5
  if (short >= 6 && short <= 10) return early.rate5to10
  return 0
}

/** The last statutory year whose people can leave within the horizon under this scenario. */
export function lastRelevantYear(scenario: Scenario, lastYear: number): number {
  const early = scenario.earlyRetirement178
  if (early === null) return lastYear
  const reach = early.rate5to10 > 0 ? 10 : 5
  return Math.max(lastYear, Math.min(lastYear, early.toYear) + reach)
}
