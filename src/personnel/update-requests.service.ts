import { type Kysely, sql } from 'kysely'
import { z } from 'zod'
import { type Principal, requireCapability } from '../access/index.js'
import { recordAudit } from '../data/audit.repository.js'
import { withPrincipal } from '../data/gate.js'
import type { Database } from '../data/schema.js'
import { AppError } from '../errors.js'

const optionalText = (max: number) => z.string().trim().max(max).nullable()

/**
 * The fields of their own record a person may propose to change; HR approves. Everything else
 * (unit, rank, posts, evaluations) changes only through HR's own workflows.
 */
export const proposedChanges = z
  .object({
    phone: z
      .string()
      .trim()
      .regex(/^0\d{9,10}$/, 'phone: 10–11 digits starting with 0')
      .nullable(),
    email: z.string().trim().email('email: not a valid address').nullable(),
    residence: optionalText(300),
    home_town: optionalText(200),
    birth_place: optionalText(200),
    ethnicity: optionalText(60),
    religion: optionalText(60),
    field_of_study: optionalText(200),
    highest_degree: z.enum(['pho_thong', 'trung_cap', 'cao_dang', 'dai_hoc', 'thac_si', 'tien_si']),
    academic_title: z.enum(['pgs', 'gs']).nullable(),
    political_theory: z.enum(['so_cap', 'trung_cap', 'cao_cap', 'cu_nhan']).nullable(),
    state_management: z
      .enum(['can_su', 'chuyen_vien', 'chuyen_vien_chinh', 'chuyen_vien_cao_cap'])
      .nullable(),
  })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'changes: propose at least one field')
export type ProposedChanges = z.infer<typeof proposedChanges>

/** A person proposes changes to their own record, against the version they saw. */
export async function proposeOwnChanges(
  db: Kysely<Database>,
  principal: Principal,
  input: { changes: ProposedChanges; evidenceNote?: string },
) {
  const personId = principal.personId
  if (personId === null) {
    throw new AppError('FORBIDDEN', 'This account is not linked to a personnel record.', {
      vi: 'Tài khoản này chưa được gắn với hồ sơ cán bộ nào.',
    })
  }
  const own = await withPrincipal(
    db,
    principal,
    (trx) =>
      trx
        .selectFrom('people')
        .select('version')
        .where('id', '=', personId)
        .executeTakeFirstOrThrow(),
    { mode: 'self' },
  )
  const request = await db
    .insertInto('update_requests')
    .values({
      person_id: personId,
      requested_by: principal.accountId,
      changes: JSON.stringify(input.changes),
      evidence_note: input.evidenceNote ?? null,
      base_version: own.version,
    })
    .returning(['id', 'status', 'created_at'])
    .executeTakeFirstOrThrow()
  await recordAudit(db, principal, {
    action: 'update_request.create',
    targetTable: 'update_requests',
    targetIds: [request.id],
    details: { fields: Object.keys(input.changes) },
  })
  return request
}

/** Pending requests of people in the reviewer's scope (RLS decides which people are visible). */
export async function listPendingRequests(db: Kysely<Database>, principal: Principal) {
  requireCapability(principal, 'updates:review')
  const requests = await db
    .selectFrom('update_requests')
    .select(['id', 'person_id', 'changes', 'evidence_note', 'base_version', 'created_at'])
    .where('status', '=', 'pending')
    .orderBy('created_at')
    .execute()
  if (requests.length === 0) return []
  const ids = [...new Set(requests.map((r) => r.person_id))]
  const visible = await withPrincipal(db, principal, (trx) =>
    trx
      .selectFrom('people as p')
      .innerJoin('units as u', 'u.id', 'p.unit_id')
      .select(['p.id', 'p.full_name', 'u.name as unit_name'])
      .where('p.id', 'in', ids)
      .execute(),
  )
  const byPerson = new Map(visible.map((p) => [p.id, p]))
  return requests
    .filter((r) => byPerson.has(r.person_id))
    .map((r) => ({ ...r, person: byPerson.get(r.person_id) }))
}

/**
 * Approves or rejects a request. Approval applies every change in one transaction, and fails
 * with a version conflict if the record changed since the request was made.
 */
export async function reviewRequest(
  db: Kysely<Database>,
  principal: Principal,
  input: { requestId: number; decision: 'approve' | 'reject'; note?: string },
) {
  requireCapability(principal, 'updates:review')
  const request = await db
    .selectFrom('update_requests')
    .selectAll()
    .where('id', '=', input.requestId)
    .executeTakeFirst()
  const visible =
    request === undefined
      ? undefined
      : await withPrincipal(db, principal, (trx) =>
          trx
            .selectFrom('people')
            .select('id')
            .where('id', '=', request.person_id)
            .executeTakeFirst(),
        )
  if (request === undefined || visible === undefined) {
    throw new AppError('NOT_FOUND', `No update request ${input.requestId} within your scope.`, {
      vi: `Không có yêu cầu cập nhật số ${input.requestId} trong phạm vi bạn quản lý.`,
    })
  }
  if (request.status !== 'pending') {
    throw new AppError('CONFLICT', `Request ${request.id} was already ${request.status}.`, {
      vi: `Yêu cầu ${request.id} đã được xử lý (${request.status}).`,
    })
  }
  const status = input.decision === 'reject' ? 'rejected' : await applyChanges(db, request)
  await db
    .updateTable('update_requests')
    .set({
      status,
      reviewer_id: principal.accountId,
      reviewed_at: sql`now()`,
      review_note: input.note ?? null,
    })
    .where('id', '=', request.id)
    .execute()
  await recordAudit(db, principal, {
    action: `update_request.${status}`,
    targetTable: 'people',
    targetIds: [request.person_id],
    details: { requestId: request.id },
  })
  if (status === 'conflict') {
    throw new AppError(
      'VERSION_CONFLICT',
      'The record changed after this request was made; ask the person to propose again.',
      {
        vi: 'Hồ sơ đã thay đổi sau khi yêu cầu được gửi; đề nghị người đó gửi lại yêu cầu.',
      },
    )
  }
  return { id: request.id, status }
}

async function applyChanges(
  db: Kysely<Database>,
  request: { person_id: number; base_version: number; changes: Record<string, unknown> },
): Promise<'approved' | 'conflict'> {
  // Re-validated: the stored JSON passed the schema when proposed, but is applied as data.
  const changes = proposedChanges.parse(request.changes)
  const result = await db
    .updateTable('people')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', request.person_id)
    .where('version', '=', request.base_version)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1 ? 'approved' : 'conflict'
}
