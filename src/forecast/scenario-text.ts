import type { Scenario } from './scenario.js'

/** The scenario as an answer states it: which switches, their parameters, their legal basis. */
export function describeScenario(scenario: Scenario) {
  const on = [
    scenario.lateWomenLeaders ? 'lateWomenLeaders' : null,
    scenario.doctoralExtension !== null ? 'doctoralExtension' : null,
    scenario.earlyRetirement178 !== null ? 'earlyRetirement178' : null,
  ].filter((s) => s !== null)
  return {
    name: on.length === 0 ? 'statutory' : on.join('+'),
    rule: 'Nghị định 135/2020/NĐ-CP, Điều 3–4 (statutory retirement date)',
    lateWomenLeaders: {
      on: scenario.lateWomenLeaders,
      basis: 'Nghị định 83/2022/NĐ-CP',
      eligible: 'women holding a post of level ≤ 2 (Minister, Deputy Minister) on the start date',
      effect: 'retire at the end of the month they turn 60 instead of the statutory date',
    },
    doctoralExtension: {
      on: scenario.doctoralExtension !== null,
      basis: 'Nghị định 50/2022/NĐ-CP',
      eligible: 'viên chức with a doctorate (tiến sĩ) or the title GS/PGS and no leadership post',
      ...(scenario.doctoralExtension ?? {}),
    },
    earlyRetirement178: {
      on: scenario.earlyRetirement178 !== null,
      basis: 'Nghị định 178/2024/NĐ-CP (amended by 67/2025/NĐ-CP)',
      eligible:
        'each year of the window, people 2–5 years (rate2to5) or 6–10 years (rate5to10) short of ' +
        'their statutory retirement year',
      ...(scenario.earlyRetirement178 ?? {}),
    },
    alreadyExtended:
      'people past their statutory date on the start date stay to the legal end of their ' +
      'extension (60 months for doctoral viên chức, age 60 for women in level ≤ 2 posts); anyone ' +
      'else past it is counted as retiring in the first period',
  }
}
