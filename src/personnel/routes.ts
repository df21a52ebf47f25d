import { Hono } from 'hono'
import { z } from 'zod'
import { isUnitInScope } from '../access/index.js'
import { requirePrincipal } from '../auth/middleware.js'
import { listUnits } from '../data/units.repository.js'
import type { AppDeps, AppEnv } from '../http/context.js'
import { validate } from '../http/validate.js'
import { listPeople, readPersonRecord } from './people.service.js'
import {
  listPendingRequests,
  proposedChanges,
  proposeOwnChanges,
  reviewRequest,
} from './update-requests.service.js'

const STATUSES = [
  'working',
  'retired',
  'transferred_out',
  'resigned',
  'dismissed',
  'deceased',
] as const

const peopleQuery = z.object({
  unit: z.string().trim().min(1).optional(),
  includeSubunits: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().max(100).optional(),
  status: z
    .string()
    .default('working')
    .transform((v) => (v === 'all' ? [] : v.split(',').map((s) => s.trim())))
    .pipe(z.array(z.enum(STATUSES, { message: `status: one of ${STATUSES.join(', ')} or all` }))),
  sex: z.enum(['male', 'female']).optional(),
  category: z.enum(['can_bo', 'cong_chuc', 'vien_chuc', 'nguoi_lao_dong']).optional(),
  rank: z.string().trim().min(1).optional(),
  birthYearFrom: z.coerce.number().int().min(1900).max(2100).optional(),
  birthYearTo: z.coerce.number().int().min(1900).max(2100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

const idParam = z.object({ id: z.coerce.number().int().positive() })
const proposal = z.object({
  changes: proposedChanges,
  evidenceNote: z.string().trim().max(2000).optional(),
})
const review = z.object({
  decision: z.enum(['approve', 'reject']),
  note: z.string().trim().max(2000).optional(),
})

/** Units and people, each answer scoped to the caller. */
export function personnelRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/units', async (c) => {
      const principal = requirePrincipal(c.get('principal'))
      const units = await listUnits(deps.db)
      return c.json({
        items: units.map((u) => ({
          id: u.id,
          code: u.code,
          name: u.name,
          shortName: u.short_name,
          abbreviations: u.abbreviations,
          kind: u.kind,
          isPublicService: u.is_public_service,
          parentId: u.parent_id,
          depth: u.depth,
          inScope: isUnitInScope(principal, u.id),
        })),
      })
    })
    .get('/people', validate('query', peopleQuery), async (c) => {
      const principal = requirePrincipal(c.get('principal'))
      const q = c.req.valid('query')
      const result = await listPeople(
        deps.db,
        principal,
        {
          ...(q.unit === undefined ? {} : { unit: q.unit }),
          ...(q.includeSubunits === undefined ? {} : { includeSubunits: q.includeSubunits }),
          ...(q.q === undefined ? {} : { name: q.q }),
          statuses: q.status,
          ...(q.sex === undefined ? {} : { sex: q.sex }),
          ...(q.category === undefined ? {} : { staffCategory: q.category }),
          ...(q.rank === undefined ? {} : { rankCode: q.rank }),
          ...(q.birthYearFrom === undefined ? {} : { birthYearFrom: q.birthYearFrom }),
          ...(q.birthYearTo === undefined ? {} : { birthYearTo: q.birthYearTo }),
        },
        { limit: q.limit, offset: q.offset },
      )
      return c.json(result)
    })
    .get('/people/:id', validate('param', idParam), async (c) => {
      const principal = requirePrincipal(c.get('principal'))
      const record = await readPersonRecord(deps.db, principal, c.req.valid('param').id)
      return c.json(record)
    })
    .get('/me/record', async (c) => {
      const principal = requirePrincipal(c.get('principal'))
      if (principal.personId === null) return c.json({ record: null })
      return c.json(await readPersonRecord(deps.db, principal, principal.personId))
    })
    .post('/me/update-requests', validate('json', proposal), async (c) => {
      const principal = requirePrincipal(c.get('principal'))
      const body = c.req.valid('json')
      const created = await proposeOwnChanges(deps.db, principal, {
        changes: body.changes,
        ...(body.evidenceNote === undefined ? {} : { evidenceNote: body.evidenceNote }),
      })
      return c.json(created, 201)
    })
    .get('/update-requests', async (c) => {
      const principal = requirePrincipal(c.get('principal'))
      return c.json({ items: await listPendingRequests(deps.db, principal) })
    })
    .post(
      '/update-requests/:id/review',
      validate('param', idParam),
      validate('json', review),
      async (c) => {
        const principal = requirePrincipal(c.get('principal'))
        const body = c.req.valid('json')
        const result = await reviewRequest(deps.db, principal, {
          requestId: c.req.valid('param').id,
          decision: body.decision,
          ...(body.note === undefined ? {} : { note: body.note }),
        })
        return c.json(result)
      },
    )
}
