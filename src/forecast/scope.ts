import type { Kysely } from 'kysely'
import { isUnitInScope, makePrincipal, outOfScopeError, type Principal } from '../access/index.js'
import type { Database } from '../data/schema.js'
import { findUnitByCodeOrName } from '../data/units.repository.js'
import { AppError } from '../errors.js'
import type { UnitNode } from './forecast-units.js'

/** Every unit, current or not (people's histories may name units that have since merged). */
export async function listAllUnits(db: Kysely<Database>): Promise<UnitNode[]> {
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'parent_id', 'path', 'depth'])
    .orderBy('path')
    .execute()
}

/**
 * The units a forecast is about: the one asked for (refused, with the reason, when outside the
 * caller's scope), else the caller's scope roots, else the ministry.
 */
export async function resolveAnchors(
  db: Kysely<Database>,
  principal: Principal,
  units: readonly UnitNode[],
  asked: string | undefined,
): Promise<UnitNode[]> {
  if (asked !== undefined) {
    const id = /^\d+$/.test(asked) ? Number(asked) : (await findUnitByCodeOrName(db, asked)).id
    const unit = units.find((u) => u.id === id)
    if (unit === undefined)
      throw new AppError('NOT_FOUND', `No unit has the id ${asked}.`, {
        vi: `Không có đơn vị mã số ${asked}.`,
      })
    if (!isUnitInScope(principal, unit.id))
      throw outOfScopeError(principal, {
        vi: `dự báo của ${unit.name}`,
        en: `the forecast of ${unit.name}`,
      })
    return [unit]
  }
  const roots = principal.scope.wholeMinistry
    ? units.filter((u) => u.parent_id === null).slice(0, 1)
    : units.filter((u) => principal.scope.rootUnitIds.includes(u.id))
  if (roots.length === 0) throw outOfScopeError(principal, { vi: 'dự báo', en: 'forecasts' })
  if (new Set(roots.map((u) => u.depth)).size > 1)
    throw new AppError(
      'BAD_REQUEST',
      'Your scope spans units at different levels: choose one with ?unit=<code>.',
      { vi: 'Phạm vi của bạn gồm các đơn vị ở nhiều cấp: hãy chọn một đơn vị bằng ?unit=<mã>.' },
    )
  return roots
}

/**
 * The reader under which the forecast model is fitted: the whole ministry, basic tier (no
 * sensitive field, no national ID), read-only like every gate transaction. The fit returns
 * only counts per unit, category, age band and year — no person's row leaves it — so that one
 * unit's parameters are the same whoever asks and small units can borrow the ministry's rates;
 * the figures a caller receives are still only for units within their own scope.
 */
export function modelReader(units: readonly UnitNode[]): Principal {
  const root = units.find((u) => u.parent_id === null)
  return makePrincipal({
    accountId: 0,
    username: 'forecast-model',
    displayName: 'Mô hình dự báo nhân lực',
    roles: ['planner'],
    personId: null,
    scope: Object.freeze({
      wholeMinistry: true,
      rootUnitIds: root === undefined ? [] : [root.id],
      unitIds: units.map((u) => u.id),
      rootNames: root === undefined ? [] : [root.name],
    }),
  })
}
