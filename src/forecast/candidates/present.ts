import type { Principal } from '../../access/index.js'
import type { UnitRef } from '../../analytics/index.js'
import type { PostRow } from './candidates.repository.js'
import { CONFIGURABLE, type CandidateRules } from './config.js'
import { type CandidateFacts, currentPosts, type RuleContext } from './facts.js'
import { requirementsFor } from './qualification-rules.js'
import { evaluateRules, workingMonthsLeft } from './rules.js'
import { scoreCandidate } from './score.js'
import type { CandidatesQuery } from './service.js'
import type { describeVacancy } from './vacancy.js'

export const DECISION_NOTICE = {
  vi: 'Kết quả chỉ hỗ trợ, không thay thế quyết định của cấp có thẩm quyền.',
  en: 'This supports the decision of the competent authority; it does not make or replace it.',
} as const

export const POOL_DEFINITION = {
  vi:
    'Người đang công tác trong phạm vi được xem, chưa giữ chức danh này, và (a) đang trong quy ' +
    'hoạch chức danh này hoặc chức danh tương đương, cao hơn; hoặc (b) đang giữ chức vụ thấp ' +
    'hơn một bậc trong đơn vị có chức danh (với cấp phó phòng: công chức, viên chức của phòng).',
  en:
    'People working in your scope who do not hold this post and who (a) are in a planning pool ' +
    'for it or for an equivalent or higher post, or (b) hold the post one level below it in its ' +
    'unit (for a deputy division head: the division’s staff without a post).',
} as const

interface PresentInput {
  readonly post: PostRow
  readonly vacancy: ReturnType<typeof describeVacancy>
  readonly facts: readonly CandidateFacts[]
  readonly query: CandidatesQuery
  readonly rules: CandidateRules
  readonly principal: Principal
  readonly poolUnit: UnitRef | null
}

function personSummary(facts: CandidateFacts, asOf: string) {
  const p = facts.person
  const held = currentPosts(facts, asOf)[0]
  return {
    id: p.id,
    fullName: p.full_name,
    sex: p.sex,
    birthDate: p.birth_date,
    unit: { id: p.unit_id, code: p.unit_code, name: p.unit_name },
    rank: p.rank_code === null ? null : { code: p.rank_code, name: p.rank_name },
    currentPost:
      held === undefined
        ? null
        : {
            postId: held.post_id,
            title: held.title,
            level: held.level,
            unit: held.unit_code,
            since: held.start_date,
          },
  }
}

/** Every rule for every person; the eligible scored and ranked, best first. */
function checkAndRank(facts: readonly CandidateFacts[], ctx: RuleContext) {
  const checked = facts.map((f) => {
    const results = evaluateRules(f, ctx)
    const failed = results.filter((r) => r.status === 'fail').map((r) => r.code)
    return { facts: f, results, failed }
  })
  const monthsLeft = (f: CandidateFacts) => workingMonthsLeft(f.person, ctx.asOf).monthsLeft
  const eligible = checked
    .filter((c) => c.failed.length === 0)
    .map((c) => ({ ...c, ...scoreCandidate(c.facts, ctx, ctx.rules) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        monthsLeft(b.facts) - monthsLeft(a.facts) ||
        a.facts.person.id - b.facts.person.id,
    )
  return { checked, eligible, ineligible: checked.filter((c) => c.failed.length > 0) }
}

export function presentCandidates(input: PresentInput) {
  const { post, query, rules } = input
  const ctx: RuleContext = {
    post,
    asOf: query.asOf,
    rules,
    showDisciplineDetails: input.principal.tier === 'sensitive',
  }
  const { checked, eligible, ineligible } = checkAndRank(input.facts, ctx)
  return {
    notice: DECISION_NOTICE,
    asOf: query.asOf,
    post: {
      id: post.id,
      title: post.title,
      level: post.level,
      seats: post.seats,
      unit: { id: post.unit_id, code: post.unit_code, name: post.unit_name },
    },
    vacancy: input.vacancy,
    pool: { definition: POOL_DEFINITION, unit: input.poolUnit, evaluated: checked.length },
    requirements: requirementsFor(ctx),
    rules,
    configurable: CONFIGURABLE,
    counts: { evaluated: checked.length, eligible: eligible.length, ineligible: ineligible.length },
    candidates: eligible.map((c, i) => ({
      rank: i + 1,
      person: personSummary(c.facts, query.asOf),
      score: c.score,
      contributions: c.contributions,
      rules: c.results,
    })),
    ...(query.includeIneligible
      ? {
          ineligible: ineligible.map((c) => ({
            person: personSummary(c.facts, query.asOf),
            failedRules: c.failed,
            rules: c.results,
          })),
        }
      : {}),
  }
}
