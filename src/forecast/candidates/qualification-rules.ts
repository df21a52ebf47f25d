import { DEGREE_LABELS, POLITICAL_THEORY_LABELS, STATE_MANAGEMENT_LABELS } from '../../labels.js'
import { CITATIONS } from './citations.js'
import type { LevelRequirements } from './config.js'
import {
  type CandidateFacts,
  DEGREE_ORDER,
  POLITICAL_THEORY_ORDER,
  type RuleCode,
  type RuleContext,
  type RuleResult,
  STATE_MANAGEMENT_ORDER,
} from './facts.js'

/** The minimums of a post level; a level with none configured is a configuration error. */
export function requirementsFor(ctx: RuleContext): LevelRequirements {
  const found = ctx.rules.requirementsByLevel[ctx.post.level]
  if (found === undefined)
    throw new RangeError(`No requirements configured for level ${ctx.post.level}`)
  return found
}

function scaleRule(
  code: RuleCode,
  order: readonly string[],
  labels: Record<string, { readonly vi: string }>,
  held: string | null,
  required: string,
): RuleResult {
  const passed = held !== null && order.indexOf(held) >= order.indexOf(required)
  const label = (code: string) => labels[code]?.vi ?? code
  const heldLabel = held === null ? 'chưa có' : label(held)
  return {
    code,
    status: passed ? 'pass' : 'fail',
    reason: passed
      ? `${heldLabel}, đạt mức tối thiểu ${label(required)}.`
      : `${heldLabel}, chưa đạt mức tối thiểu ${label(required)}.`,
    values: { held, required },
    citation: CITATIONS[code],
    configurable: true,
  }
}

function rankRule(facts: CandidateFacts, required: LevelRequirements): RuleResult {
  const p = facts.person
  const passed = p.rank_grade !== null && p.rank_grade <= required.maxRankGrade
  const held = p.rank_name ?? 'chưa có ngạch'
  return {
    code: 'RANK',
    status: passed ? 'pass' : 'fail',
    reason: passed
      ? `${held} (hạng ${p.rank_grade}), đạt yêu cầu hạng ${required.maxRankGrade} trở lên.`
      : `${held}, chưa đạt yêu cầu hạng ${required.maxRankGrade} trở lên.`,
    values: {
      rankCode: p.rank_code,
      rankName: p.rank_name,
      grade: p.rank_grade,
      maxGrade: required.maxRankGrade,
    },
    citation: CITATIONS.RANK,
    configurable: true,
  }
}

export function qualificationRules(facts: CandidateFacts, ctx: RuleContext): RuleResult[] {
  const required = requirementsFor(ctx)
  const p = facts.person
  return [
    rankRule(facts, required),
    scaleRule('DEGREE', DEGREE_ORDER, DEGREE_LABELS, p.highest_degree, required.minDegree),
    scaleRule(
      'POLITICAL_THEORY',
      POLITICAL_THEORY_ORDER,
      POLITICAL_THEORY_LABELS,
      p.political_theory,
      required.minPoliticalTheory,
    ),
    scaleRule(
      'STATE_MANAGEMENT',
      STATE_MANAGEMENT_ORDER,
      STATE_MANAGEMENT_LABELS,
      p.state_management,
      required.minStateManagement,
    ),
  ]
}
