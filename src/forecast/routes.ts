import { Hono } from 'hono'
import { requirePrincipal } from '../auth/middleware.js'
import type { AppDeps, AppEnv } from '../http/context.js'
import { validate } from '../http/validate.js'
import { retirementsQuery, staffingQuery } from './params.js'
import { forecastRetirements } from './retirements/retirements.service.js'
import { retirementRule, retirementRuleQuery } from './rules.js'
import { forecastStaffing } from './staffing/staffing.service.js'

/**
 * The statutory rule (public) and the two forecasts (forecast:read, scoped to the caller).
 * Mounted under /api: app.route('/api', forecastRoutes(deps)).
 */
export function forecastRoutes(deps: AppDeps) {
  const today = () => deps.clock().toISOString().slice(0, 10)
  return new Hono<AppEnv>()
    .get('/rules/retirement', validate('query', retirementRuleQuery), (c) =>
      c.json(retirementRule(c.req.valid('query'))),
    )
    .get('/forecast/retirements', validate('query', retirementsQuery), async (c) => {
      const principal = requirePrincipal(c.get('principal'))
      return c.json(await forecastRetirements(deps.db, principal, c.req.valid('query'), today()))
    })
    .get('/forecast/staffing', validate('query', staffingQuery), async (c) => {
      const principal = requirePrincipal(c.get('principal'))
      return c.json(await forecastStaffing(deps.db, principal, c.req.valid('query'), today()))
    })
}
