import { Hono } from 'hono'
import { z } from 'zod'
import { isoDate } from '../../analytics/index.js'
import { requirePrincipal } from '../../auth/middleware.js'
import type { AppDeps, AppEnv } from '../../http/context.js'
import { validate } from '../../http/validate.js'
import { findCandidates } from './service.js'

const candidatesQuery = z.strictObject(
  {
    post: z.coerce
      .number({ error: 'must be the numeric id of a leadership post' })
      .int('must be the numeric id of a leadership post')
      .positive('must be the numeric id of a leadership post'),
    asOf: isoDate.optional(),
    unit: z.string().trim().min(1).max(100).optional(),
    includeIneligible: z
      .enum(['true', 'false'], { error: 'must be true or false' })
      .transform((v) => v === 'true')
      .default(false),
    horizonMonths: z.coerce.number().int().min(1).max(120).default(24),
    lang: z.enum(['vi', 'en']).optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown parameter ${issue.keys.join(', ')}; allowed: post, asOf, unit, includeIneligible, horizonMonths, lang`
        : undefined,
  },
)

/**
 * Appointment candidates for a leadership post. Mount with
 * `app.route('/api', candidatesRoutes(deps))`.
 */
export function candidatesRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get(
    '/forecast/candidates',
    validate('query', candidatesQuery),
    async (c) => {
      const principal = requirePrincipal(c.get('principal'))
      const q = c.req.valid('query')
      const answer = await findCandidates(deps.db, principal, {
        postId: q.post,
        asOf: q.asOf ?? deps.clock().toISOString().slice(0, 10),
        ...(q.unit === undefined ? {} : { unit: q.unit }),
        includeIneligible: q.includeIneligible,
        horizonMonths: q.horizonMonths,
      })
      return c.json(answer)
    },
  )
}
