import { type ExpressionBuilder, type Kysely, sql } from 'kysely'
import { isUnitInScope, outOfScopeError, type Principal } from '../access/index.js'
import type { Database } from '../data/schema.js'
import {
  findRootUnit,
  findUnitByCodeOrName,
  findUnitsByIds,
  type UnitRow,
} from '../data/units.repository.js'
import { AppError } from '../errors.js'

export interface UnitRef {
  readonly id: number
  readonly code: string
  readonly name: string
}

/** Which part of the ministry a figure covers. */
export interface AnalyticsScope {
  /** The unit asked for with `unit=`, or null for the caller's whole scope. */
  readonly unit: UnitRef | null
  /** Materialised paths of the subtrees counted; null counts the whole ministry. */
  readonly paths: readonly string[] | null
  /** The unit whose children name the groups of a per-unit breakdown. */
  readonly focus: Pick<UnitRow, 'id' | 'depth'>
}

/**
 * Resolves `unit=` (a code or an id) against the caller's scope. A unit outside it is refused
 * with the reason, never answered with empty figures. Row-level security scopes the people
 * read anyway; the paths also narrow reference tables (posts) that it does not cover.
 */
export async function resolveScope(
  db: Kysely<Database>,
  principal: Principal,
  unitText: string | undefined,
): Promise<AnalyticsScope> {
  if (unitText !== undefined) {
    const unit = await findUnit(db, unitText)
    if (!isUnitInScope(principal, unit.id)) {
      throw outOfScopeError(principal, {
        vi: `số liệu của ${unit.name}`,
        en: `the figures of ${unit.name}`,
      })
    }
    return { unit: toRef(unit), paths: [unit.path], focus: unit }
  }
  if (principal.scope.wholeMinistry) {
    return { unit: null, paths: null, focus: await findRootUnit(db) }
  }
  const roots = await findUnitsByIds(db, principal.scope.rootUnitIds)
  const [only] = roots
  const focus = roots.length === 1 && only !== undefined ? only : await findRootUnit(db)
  return { unit: null, paths: roots.map((r) => r.path), focus }
}

async function findUnit(db: Kysely<Database>, text: string): Promise<UnitRow> {
  if (!/^\d+$/.test(text)) return findUnitByCodeOrName(db, text)
  const [unit] = await findUnitsByIds(db, [Number(text)])
  if (unit !== undefined) return unit
  throw new AppError('NOT_FOUND', `No unit has the id ${text}: list them with GET /api/units.`, {
    vi: `Không có đơn vị mã số ${text}.`,
  })
}

function toRef(unit: UnitRow): UnitRef {
  return { id: unit.id, code: unit.code, name: unit.name }
}

/** `column like path%` for each path of the scope (true when the whole ministry is counted). */
export function inScopePaths<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  pathColumn: string,
  scope: AnalyticsScope,
) {
  if (scope.paths === null) return sql<boolean>`true`
  if (scope.paths.length === 0) return sql<boolean>`false`
  return eb.or(scope.paths.map((path) => eb(sql.ref(pathColumn), 'like', `${path}%`)))
}
