import type { Kysely } from 'kysely'
import {
  canSeeNationalId,
  isUnitInScope,
  outOfScopeError,
  type Principal,
  requireCapability,
} from '../access/index.js'
import { AppError } from '../errors.js'
import { recordAudit } from '../data/audit.repository.js'
import { withPrincipal } from '../data/gate.js'
import { findPeople, type PeopleFilter, type PeoplePage } from '../data/people.repository.js'
import { getPersonRecord } from '../data/person-record.repository.js'
import type { Database } from '../data/schema.js'
import { findUnitByCodeOrName, subtreeUnitIds } from '../data/units.repository.js'

export interface ListPeopleQuery extends Omit<PeopleFilter, 'unitIds'> {
  /** A unit id or code; its whole subtree unless `includeSubunits` is false. */
  readonly unit?: string
  readonly includeSubunits?: boolean
}

/** Lists people in the caller's scope. A unit outside the scope is refused, not answered empty. */
export async function listPeople(
  db: Kysely<Database>,
  principal: Principal,
  query: ListPeopleQuery,
  page: PeoplePage,
) {
  requireCapability(principal, 'people:read')
  const unitIds =
    query.unit === undefined ? undefined : await resolveUnitFilter(db, principal, query)
  const filter: PeopleFilter = { ...query, ...(unitIds === undefined ? {} : { unitIds }) }
  const withNationalId = canSeeNationalId(principal)
  const result = await withPrincipal(db, principal, (trx) =>
    findPeople(trx, filter, page, withNationalId),
  )
  await recordAudit(db, principal, {
    action: 'people.list',
    targetTable: 'people',
    targetIds: result.items.map((p) => p.id),
    rowCount: result.items.length,
    details: { filter: { ...query }, page: { ...page }, total: result.total },
  })
  return { ...result, limit: page.limit, offset: page.offset }
}

async function resolveUnitFilter(
  db: Kysely<Database>,
  principal: Principal,
  query: ListPeopleQuery,
): Promise<number[]> {
  const text = query.unit ?? ''
  const unit = /^\d+$/.test(text)
    ? await db
        .selectFrom('units')
        .select(['id', 'name'])
        .where('id', '=', Number(text))
        .executeTakeFirst()
    : await findUnitByCodeOrName(db, text)
  if (unit === undefined) {
    throw new AppError('NOT_FOUND', `No unit has the id ${text}.`, {
      vi: `Không có đơn vị mã số ${text}.`,
    })
  }
  if (!isUnitInScope(principal, unit.id)) {
    throw outOfScopeError(principal, {
      vi: `nhân sự của ${unit.name}`,
      en: `the people of ${unit.name}`,
    })
  }
  return query.includeSubunits === false ? [unit.id] : subtreeUnitIds(db, [unit.id])
}

/**
 * One person's record, as much of it as the caller's tier allows. Reading someone else's record
 * is written to the audit log; a person outside the scope is "not found" for this caller.
 */
export async function readPersonRecord(
  db: Kysely<Database>,
  principal: Principal,
  personId: number,
) {
  requireCapability(principal, 'people:read')
  const own = principal.personId === personId
  const access = {
    sensitive: own || principal.tier === 'sensitive',
    nationalId: own || canSeeNationalId(principal),
  }
  const record = await withPrincipal(
    db,
    principal,
    (trx) => getPersonRecord(trx, personId, access),
    {
      mode: own ? 'self' : 'scope',
    },
  )
  if (record === undefined) {
    throw new AppError('NOT_FOUND', `No record ${personId} within your scope.`, {
      vi: `Không tìm thấy hồ sơ số ${personId} trong phạm vi bạn được xem.`,
    })
  }
  if (!own) {
    await recordAudit(db, principal, {
      action: 'person.view',
      targetTable: 'people',
      targetIds: [personId],
      rowCount: 1,
      details: { sensitive: access.sensitive },
    })
  }
  return record
}
