import { Hono } from 'hono'
import { requirePrincipal } from '../auth/middleware.js'
import type { AppDeps, AppEnv } from '../http/context.js'
import { validate } from '../http/validate.js'
import { agePyramid } from './age-pyramid.js'
import { isoDay, readScoped } from './common.js'
import { dataQualityDrillDown, dataQualityIndex } from './data-quality/service.js'
import { flows } from './flows.js'
import { headcount } from './headcount.js'
import { leadershipLists } from './leadership-lists.js'
import { leadershipByLevel } from './leadership.js'
import {
  drillDownQuery,
  flowsQuery,
  headcountQuery,
  leadershipQuery,
  scopeQuery,
  unitCodeParam,
} from './params.js'
import { qualifications } from './qualifications.js'
import { tenure } from './tenure.js'

/**
 * Workforce analytics, every figure computed in SQL under the caller's reader role, so that
 * row-level security scopes it: a leader's figures cover their subtree, a planner's the
 * ministry. Mount with `app.route('/api', analyticsRoutes(deps))`.
 */
export function analyticsRoutes(deps: AppDeps) {
  const today = () => isoDay(deps.clock())
  return new Hono<AppEnv>()
    .get('/analytics/headcount', validate('query', headcountQuery), async (c) => {
      const q = c.req.valid('query')
      const asOf = q.asOf ?? today()
      const { scope, result } = await readScoped(deps.db, who(c), q.unit, (trx, s) =>
        headcount(trx, s, asOf, q.groupBy),
      )
      return c.json({ asOf, unit: scope.unit, groupBy: q.groupBy, ...result })
    })
    .get('/analytics/age-pyramid', validate('query', scopeQuery), async (c) => {
      const q = c.req.valid('query')
      const asOf = q.asOf ?? today()
      const { scope, result } = await readScoped(deps.db, who(c), q.unit, (trx, s) =>
        agePyramid(trx, s, asOf),
      )
      return c.json({ asOf, unit: scope.unit, ...result })
    })
    .get('/analytics/qualifications', validate('query', scopeQuery), async (c) => {
      const q = c.req.valid('query')
      const asOf = q.asOf ?? today()
      const { scope, result } = await readScoped(deps.db, who(c), q.unit, (trx, s) =>
        qualifications(trx, s, asOf),
      )
      return c.json({ asOf, unit: scope.unit, ...result })
    })
    .get('/analytics/tenure', validate('query', scopeQuery), async (c) => {
      const q = c.req.valid('query')
      const asOf = q.asOf ?? today()
      const { scope, result } = await readScoped(deps.db, who(c), q.unit, (trx, s) =>
        tenure(trx, s, asOf),
      )
      return c.json({ asOf, unit: scope.unit, ...result })
    })
    .get('/analytics/flows', validate('query', flowsQuery), async (c) => {
      const q = c.req.valid('query')
      const to = q.to ?? Math.max(deps.clock().getUTCFullYear(), q.from ?? 0)
      const from = q.from ?? to - 9
      const { scope, result } = await readScoped(deps.db, who(c), q.unit, (trx, s) =>
        flows(trx, s, from, to),
      )
      return c.json({ from, to, unit: scope.unit, ...result })
    })
    .get('/analytics/leadership', validate('query', leadershipQuery), async (c) => {
      const q = c.req.valid('query')
      const asOf = q.asOf ?? today()
      const { scope, result } = await readScoped(deps.db, who(c), q.unit, async (trx, s) => ({
        ...(await leadershipByLevel(trx, s, asOf, q.horizonMonths)),
        ...(await leadershipLists(trx, s, asOf, q.horizonMonths)),
      }))
      return c.json({ asOf, unit: scope.unit, horizonMonths: q.horizonMonths, ...result })
    })
    .get('/analytics/data-quality', validate('query', scopeQuery), async (c) => {
      const q = c.req.valid('query')
      return c.json(
        await dataQualityIndex(deps.db, who(c), { unit: q.unit, asOf: q.asOf ?? today() }),
      )
    })
    .get(
      '/analytics/data-quality/:unitCode',
      validate('param', unitCodeParam),
      validate('query', drillDownQuery),
      async (c) => {
        const q = c.req.valid('query')
        const { unitCode } = c.req.valid('param')
        const query = { unit: unitCode, asOf: q.asOf ?? today(), limit: q.limit }
        return c.json(await dataQualityDrillDown(deps.db, who(c), query))
      },
    )
}

function who(c: { get: (key: 'principal') => AppEnv['Variables']['principal'] }) {
  return requirePrincipal(c.get('principal'))
}
