import { SCORE_CRITERIA, type CandidateRules, type ScoreCriterion } from './config.js'
import { completedMonthsBetween, yearOf } from './dates.js'
import {
  type CandidateFacts,
  DEGREE_ORDER,
  POLITICAL_THEORY_ORDER,
  type RuleContext,
  STATE_MANAGEMENT_ORDER,
} from './facts.js'
import { requirementsFor } from './qualification-rules.js'
import { workingMonthsLeft } from './rules.js'

/**
 * The transparent score of an eligible candidate: each criterion gives a value between 0 and
 * 1, its contribution is weight × value × 100 points (rounded to 0.01), and the score is the
 * sum of the contributions — so the parts always add up to the whole.
 */
export interface Contribution {
  readonly criterion: ScoreCriterion
  readonly weight: number
  readonly value: number
  readonly points: number
  readonly explanation: string
}

const EVALUATION_CREDIT = { xuat_sac: 1, tot: 0.75, hoan_thanh: 0.4, khong_hoan_thanh: 0 }
const PLANNING_CREDIT = { this_post: 1, higher: 0.75, equivalent: 0.5 }
/** Ten years of leadership, and ten years of working time left (two terms), earn full credit. */
const FULL_MONTHS = 120
const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places
const clamp = (x: number) => Math.min(1, Math.max(0, x))

function margin(order: readonly string[], held: string | null, required: string): number {
  if (held === null) return 0
  const top = order.length - 1
  const floor = order.indexOf(required)
  return top === floor ? 1 : clamp((order.indexOf(held) - floor) / (top - floor))
}

function values(facts: CandidateFacts, ctx: RuleContext): Record<ScoreCriterion, [number, string]> {
  const p = facts.person
  const req = requirementsFor(ctx)
  const years = ctx.rules.scoreEvaluationYears
  const last = yearOf(ctx.asOf) - 1
  const credits = Array.from({ length: years }, (_, i) => {
    const level = facts.evaluations.find((e) => e.year === last - i)?.level
    return level === undefined ? 0 : EVALUATION_CREDIT[level]
  })
  const qualification = [
    p.rank_grade === null
      ? 0
      : req.maxRankGrade === 1
        ? 1
        : clamp((req.maxRankGrade - p.rank_grade) / (req.maxRankGrade - 1)),
    margin(DEGREE_ORDER, p.highest_degree, req.minDegree),
    margin(POLITICAL_THEORY_ORDER, p.political_theory, req.minPoliticalTheory),
    margin(STATE_MANAGEMENT_ORDER, p.state_management, req.minStateManagement),
  ]
  const led = facts.appointments.reduce((sum, a) => {
    const end = a.end_date === null || a.end_date > ctx.asOf ? ctx.asOf : a.end_date
    return sum + Math.max(0, completedMonthsBetween(a.start_date, end))
  }, 0)
  const match = facts.planning
    .filter((e) => e.level <= ctx.post.level)
    .map((e) =>
      e.post_id === ctx.post.id ? 'this_post' : e.level < ctx.post.level ? 'higher' : 'equivalent',
    )
    .reduce((best, m) => Math.max(best, PLANNING_CREDIT[m]), 0)
  const { monthsLeft } = workingMonthsLeft(p, ctx.asOf)
  const room = monthsLeft - ctx.rules.minMonthsToRetirement
  return {
    evaluations: [
      credits.reduce((a, b) => a + b, 0) / years,
      `Trung bình xếp loại ${years} năm gần nhất`,
    ],
    qualificationMargin: [
      qualification.reduce((a, b) => a + b, 0) / 4,
      'Mức vượt chuẩn về ngạch, trình độ, LLCT, QLNN',
    ],
    leadershipExperience: [
      clamp(led / FULL_MONTHS),
      `${led} tháng giữ chức vụ lãnh đạo (đủ điểm từ ${FULL_MONTHS})`,
    ],
    planningMatch: [match, 'Quy hoạch đúng chức danh 1; cao hơn 0,75; tương đương 0,5'],
    ageRoom: [
      clamp(room / (FULL_MONTHS - ctx.rules.minMonthsToRetirement)),
      `Còn ${monthsLeft} tháng công tác`,
    ],
  }
}

export function scoreCandidate(facts: CandidateFacts, ctx: RuleContext, rules: CandidateRules) {
  const raw = values(facts, ctx)
  const contributions: Contribution[] = SCORE_CRITERIA.map((criterion) => {
    const [value, explanation] = raw[criterion]
    const weight = rules.weights[criterion]
    return {
      criterion,
      weight,
      value: round(value, 3),
      points: round(weight * value * 100, 2),
      explanation,
    }
  })
  const score = round(
    contributions.reduce((sum, c) => sum + c.points, 0),
    2,
  )
  return { score, contributions }
}
