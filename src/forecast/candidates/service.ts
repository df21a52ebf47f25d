import type { Kysely } from 'kysely'
import {
  isUnitInScope,
  outOfScopeError,
  type Principal,
  requireCapability,
} from '../../access/index.js'
import { resolveScope } from '../../analytics/index.js'
import { recordAudit } from '../../data/audit.repository.js'
import { withPrincipal } from '../../data/gate.js'
import type { Database } from '../../data/schema.js'
import { AppError } from '../../errors.js'
import {
  findAppointments,
  findDisciplines,
  findEvaluations,
  findIncumbents,
  findPlanning,
  findPost,
  type PostRow,
} from './candidates.repository.js'
import { CANDIDATE_RULES, type CandidateRules } from './config.js'
import { yearOf } from './dates.js'
import type { CandidateFacts } from './facts.js'
import { findPool } from './pool.repository.js'
import { presentCandidates } from './present.js'
import { describeVacancy } from './vacancy.js'

export interface CandidatesQuery {
  readonly postId: number
  /** The reference date: when the dossier reaches the personnel body (what-if by default today). */
  readonly asOf: string
  /** Narrows the pool to a unit's subtree (code or id). */
  readonly unit?: string
  readonly includeIneligible: boolean
  readonly horizonMonths: number
}

async function findPostInScope(db: Kysely<Database>, principal: Principal, postId: number) {
  const post = await findPost(db, postId)
  if (post === undefined) {
    throw new AppError('NOT_FOUND', `No leadership post has the id ${postId}.`, {
      vi: `Không có chức danh lãnh đạo mã số ${postId}.`,
    })
  }
  if (!isUnitInScope(principal, post.unit_id)) {
    throw outOfScopeError(principal, {
      vi: `ứng viên cho chức danh ${post.title} của ${post.unit_name}`,
      en: `candidates for ${post.title} of ${post.unit_name}`,
    })
  }
  return post
}

/** Reads the post's holders and the pool with every history the rules need, in one gate. */
async function readFacts(
  trx: Kysely<Database>,
  post: PostRow,
  query: CandidatesQuery,
  poolPath: string | null,
) {
  const incumbents = await findIncumbents(trx, post.id, query.asOf)
  const pool = await findPool(trx, post, query.asOf, poolPath)
  const ids = pool.map((p) => p.id)
  const [appointments, planning, evaluations, disciplines] = await Promise.all([
    findAppointments(trx, ids, query.asOf),
    findPlanning(trx, ids, query.asOf),
    findEvaluations(trx, ids, yearOf(query.asOf) - 1),
    findDisciplines(trx, ids, query.asOf),
  ])
  const facts: CandidateFacts[] = pool.map((person) => ({
    person,
    appointments: appointments.filter((a) => a.person_id === person.id),
    planning: planning.filter((e) => e.person_id === person.id),
    evaluations: evaluations.filter((e) => e.person_id === person.id),
    disciplines: disciplines.filter((d) => d.person_id === person.id),
  }))
  return { incumbents, facts }
}

/**
 * Candidates for a leadership post, each checked against every rule with its reason and
 * source, the eligible ranked by a transparent score. Decision support only; every query is
 * written to the audit log.
 */
export async function findCandidates(
  db: Kysely<Database>,
  principal: Principal,
  query: CandidatesQuery,
  rules: CandidateRules = CANDIDATE_RULES,
) {
  requireCapability(principal, 'candidates:read')
  if (principal.tier !== 'sensitive') {
    throw new AppError(
      'FORBIDDEN_SENSITIVE',
      'Candidates are checked against discipline records, which only HR roles may read.',
      {
        vi: 'Việc xét ứng viên cần dữ liệu kỷ luật, chỉ cán bộ tổ chức được xem.',
      },
    )
  }
  const post = await findPostInScope(db, principal, query.postId)
  const scope = query.unit === undefined ? null : await resolveScope(db, principal, query.unit)
  const poolPath = scope?.paths?.[0] ?? null
  const { incumbents, facts } = await withPrincipal(db, principal, (trx) =>
    readFacts(trx, post, query, poolPath),
  )
  const vacancy = describeVacancy(post, incumbents, query.asOf, query.horizonMonths)
  const answer = presentCandidates({
    post,
    vacancy,
    facts,
    query,
    rules,
    principal,
    poolUnit: scope?.unit ?? null,
  })
  await recordAudit(db, principal, {
    action: 'candidates.query',
    targetTable: 'leadership_posts',
    targetIds: [post.id],
    rowCount: facts.length,
    details: {
      asOf: query.asOf,
      unit: scope?.unit?.code ?? null,
      includeIneligible: query.includeIneligible,
      evaluated: facts.map((f) => f.person.id),
      eligible: answer.candidates.map((c) => c.person.id),
    },
  })
  return answer
}
