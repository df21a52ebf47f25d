import { describe, expect, it } from 'vitest'
import { CANDIDATE_RULES, SCORE_CRITERIA } from './config.js'
import type { CandidateFacts, RuleContext } from './facts.js'
import { ageRule, disciplineRule, evaluateRules } from './rules.js'
import { scoreCandidate } from './score.js'

const post = {
  id: 10,
  title: 'Vụ trưởng',
  level: 3,
  seats: 1,
  unit_id: 2,
  unit_code: 'VU',
  unit_name: 'Vụ Thử nghiệm',
  unit_path: '/1/2/',
}

function context(asOf: string, showDisciplineDetails = true): RuleContext {
  return { post, asOf, rules: CANDIDATE_RULES, showDisciplineDetails }
}

/** A deputy head of the unit, planned for the post, with a clean record. */
function facts(
  overrides: Partial<CandidateFacts['person']> = {},
  more: Partial<CandidateFacts> = {},
): CandidateFacts {
  return {
    person: {
      id: 1,
      full_name: 'Trần Văn Bình',
      sex: 'male',
      birth_date: '1975-05-10',
      birth_precision: 'day',
      staff_category: 'cong_chuc',
      rank_code: '01.002',
      rank_name: 'Chuyên viên chính',
      rank_grade: 2,
      highest_degree: 'thac_si',
      academic_title: null,
      political_theory: 'cao_cap',
      state_management: 'chuyen_vien_chinh',
      unit_id: 2,
      unit_code: 'VU',
      unit_name: 'Vụ Thử nghiệm',
      ...overrides,
    },
    appointments: [
      {
        post_id: 11,
        title: 'Phó Vụ trưởng',
        level: 4,
        unit_code: 'VU',
        kind: 'first',
        start_date: '2020-01-01',
        term_end: '2024-12-31',
        end_date: null,
      },
    ],
    planning: [
      {
        post_id: 10,
        title: 'Vụ trưởng',
        level: 3,
        unit_code: 'VU',
        unit_name: 'Vụ Thử nghiệm',
        period_start: 2026,
        period_end: 2031,
      },
    ],
    evaluations: [
      { year: 2023, level: 'tot' },
      { year: 2024, level: 'xuat_sac' },
      { year: 2025, level: 'tot' },
    ],
    disciplines: [],
    ...more,
  }
}

describe('AGE_60_MONTHS (Guidance 06-HD/BTCTW worked example)', () => {
  // A man born 02/1965 retires at 61y6m (end of 08/2026). In 08/2021 he is 56y6m: exactly
  // 60 months short, so eligible then, and not after.
  const man1965 = facts({ birth_date: '1965-02-01', birth_precision: 'month' })

  it.each(['2021-08-01', '2021-08-31'])('lets a man born 02/1965 be appointed on %s', (asOf) => {
    const rule = ageRule(man1965, context(asOf))
    expect(rule.status).toBe('pass')
    expect(rule.values).toMatchObject({
      retirementAge: { years: 61, months: 6 },
      retirementDate: '2026-08-31',
      ageAtReference: { years: 56, months: 6 },
      monthsLeft: 60,
    })
  })

  it.each(['2021-09-01', '2022-01-15'])('refuses him on %s', (asOf) => {
    const rule = ageRule(man1965, context(asOf))
    expect(rule.status).toBe('fail')
    expect(rule.values).toMatchObject({ monthsLeft: expect.any(Number) as number })
    expect((rule.values as { monthsLeft: number }).monthsLeft).toBeLessThan(60)
  })

  it('does not apply to a move to an equal post', () => {
    const lateral = facts(
      { birth_date: '1965-02-01', birth_precision: 'month' },
      {
        appointments: [
          {
            post_id: 12,
            title: 'Cục trưởng',
            level: 3,
            unit_code: 'CUC',
            kind: 'first',
            start_date: '2018-01-01',
            term_end: '2022-12-31',
            end_date: null,
          },
        ],
      },
    )
    expect(ageRule(lateral, context('2022-01-15')).status).toBe('not_applicable')
  })
})

describe('DISCIPLINE windows of Regulation 377-QĐ/TW', () => {
  it.each([
    ['khien_trach', '2025-12-15', 'fail'], // 23 months after the reprimand
    ['khien_trach', '2026-01-14', 'fail'],
    ['khien_trach', '2026-01-15', 'pass'], // 24 months
    ['canh_cao', '2027-01-14', 'fail'], // 35 months after the warning
    ['canh_cao', '2027-01-15', 'pass'], // 36 months
    ['cach_chuc', '2029-01-14', 'fail'], // 59 months after removal from post
    ['cach_chuc', '2029-01-15', 'pass'], // 60 months
  ] as const)('%s decided 2024-01-15, on %s: %s', (form, asOf, expected) => {
    const disciplined = facts(
      {},
      { disciplines: [{ form, authority: 'party', decided_on: '2024-01-15' }] },
    )
    expect(disciplineRule(disciplined, context(asOf)).status).toBe(expected)
  })

  it('shows the form and dates only to the sensitive tier', () => {
    const disciplined = facts(
      {},
      { disciplines: [{ form: 'khien_trach', authority: 'party', decided_on: '2025-06-01' }] },
    )
    const shown = disciplineRule(disciplined, context('2026-01-01', true))
    const hidden = disciplineRule(disciplined, context('2026-01-01', false))
    expect(JSON.stringify(shown.values)).toContain('2025-06-01')
    expect(hidden.status).toBe('fail')
    expect(JSON.stringify(hidden.values)).not.toContain('2025-06-01')
    expect(hidden.values).not.toHaveProperty('blocking')
  })

  it('is configurable: a ministry that waits 30 months after a reprimand', () => {
    const disciplined = facts(
      {},
      { disciplines: [{ form: 'khien_trach', authority: 'party', decided_on: '2024-01-15' }] },
    )
    const rules = {
      ...CANDIDATE_RULES,
      disciplineWindowMonths: { ...CANDIDATE_RULES.disciplineWindowMonths, khien_trach: 30 },
    }
    expect(disciplineRule(disciplined, { ...context('2026-01-15'), rules }).status).toBe('fail')
  })
})

describe('the score', () => {
  it('is the sum of the contributions, each weight × value × 100', () => {
    const ctx = context('2026-11-24')
    const { score, contributions } = scoreCandidate(facts(), ctx, CANDIDATE_RULES)
    expect(contributions.map((c) => c.criterion)).toEqual([...SCORE_CRITERIA])
    const sum = contributions.reduce((total, c) => total + c.points, 0)
    expect(score).toBeCloseTo(sum, 6)
    for (const c of contributions) expect(c.points).toBeCloseTo(c.weight * c.value * 100, 1)
    expect(score).toBeGreaterThan(0)
    expect(score).toBeLessThanOrEqual(100)
  })

  it('follows the configured weights', () => {
    const ctx = context('2026-11-24')
    const onlyPlanning = {
      ...CANDIDATE_RULES,
      weights: {
        evaluations: 0,
        qualificationMargin: 0,
        leadershipExperience: 0,
        planningMatch: 1,
        ageRoom: 0,
      },
    }
    // Planned for this very post: full planning credit, so the whole score.
    expect(scoreCandidate(facts(), { ...ctx, rules: onlyPlanning }, onlyPlanning).score).toBe(100)
  })
})

it('a clean deputy head planned for the post passes every rule', () => {
  const results = evaluateRules(facts(), context('2026-11-24'))
  expect(results.map((r) => [r.code, r.status])).toEqual([
    ['PLANNING', 'pass'],
    ['AGE_60_MONTHS', 'pass'],
    ['RANK', 'pass'],
    ['DEGREE', 'pass'],
    ['POLITICAL_THEORY', 'pass'],
    ['STATE_MANAGEMENT', 'pass'],
    ['EVALUATION', 'pass'],
    ['DISCIPLINE', 'pass'],
    ['TENURE', 'pass'],
  ])
  for (const r of results) expect(r.citation.length).toBeGreaterThan(10)
})
