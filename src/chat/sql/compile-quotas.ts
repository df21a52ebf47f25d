import type { Kysely } from 'kysely'
import type { QuotasPlan } from '../understand/plan.js'
import type { ChatViews } from './chat-view-types.js'
import { columnLabel } from './column-labels.js'
import type { CompileContext } from './compile-context.js'
import { subtreePattern } from './unit-pattern.js'

/**
 * Approved headcount (biên chế) of a unit's subtree, or of the whole ministry, for a year or
 * per year, summed over staff categories unless some are named.
 */
export function compileQuotasPlan(db: Kysely<ChatViews>, plan: QuotasPlan, ctx: CompileContext) {
  let query = db.selectFrom('chat.quotas as q')
  const { min, max } = plan.years
  if (min !== undefined && max !== undefined)
    query =
      min === max
        ? query.where('q.year', '=', min)
        : query.where((eb) => eb.between('q.year', min, max))
  else if (min !== undefined) query = query.where('q.year', '>=', min)
  else if (max !== undefined) query = query.where('q.year', '<=', max)
  const categories = plan.staffCategories
  if (categories !== undefined)
    query = query.where((eb) =>
      categories.length === 1
        ? eb('q.staff_category', '=', categories[0]!)
        : eb('q.staff_category', 'in', categories),
    )
  const paths = (plan.unitIds ?? []).map((id) => subtreePattern(id, ctx))
  const scoped =
    paths.length === 0
      ? query
      : query
          .innerJoin('chat.units as u', 'u.id', 'q.unit_id')
          .where((eb) => eb.or(paths.map((path) => eb('u.path', 'like', path))))
  const total = columnLabel('quota', ctx.language)
  const by = plan.groupBy
  if (by === undefined) return scoped.select((eb) => eb.fn.sum('q.quota').as(total))
  // Per year or per staff category: the key, then the quota summed over the rest.
  const key = by === 'year' ? 'q.year' : 'q.staff_category'
  return scoped
    .select((eb) => [eb.ref(key).as(columnLabel(by, ctx.language)), eb.fn.sum('q.quota').as(total)])
    .groupBy(key)
    .orderBy(key)
}
