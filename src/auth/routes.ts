import { Hono } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import { z } from 'zod'
import { ROLE_LABELS } from '../access/index.js'
import { deleteSession } from '../data/sessions.repository.js'
import type { AppDeps, AppEnv } from '../http/context.js'
import { validate } from '../http/validate.js'
import { login } from './login.service.js'
import { requirePrincipal, SESSION_COOKIE } from './middleware.js'

const loginBody = z.object({
  username: z.string().trim().min(1, 'username is required').max(64),
  password: z.string().min(1, 'password is required').max(200),
  /** 'browser' also sets an HttpOnly session cookie. */
  kind: z.enum(['api', 'browser']).default('api'),
})

export function authRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .post('/auth/login', validate('json', loginBody), async (c) => {
      const body = c.req.valid('json')
      const session = await login(deps.db, body, deps.config.sessionTtlMs)
      if (body.kind === 'browser') {
        setCookie(c, SESSION_COOKIE, session.token, {
          httpOnly: true,
          sameSite: 'Lax',
          path: '/',
          secure: new URL(c.req.url).protocol === 'https:',
          expires: session.expiresAt,
        })
      }
      return c.json({ token: session.token, expiresAt: session.expiresAt.toISOString() })
    })
    .post('/auth/logout', async (c) => {
      const token = c.get('sessionToken')
      if (token !== undefined) await deleteSession(deps.db, token)
      deleteCookie(c, SESSION_COOKIE, { path: '/' })
      return c.json({ ok: true })
    })
    .get('/me', (c) => {
      const principal = requirePrincipal(c.get('principal'))
      return c.json({
        accountId: principal.accountId,
        username: principal.username,
        displayName: principal.displayName,
        roles: principal.roles.map((role) => ({ role, label: ROLE_LABELS[role] })),
        personId: principal.personId,
        tier: principal.tier,
        scope: {
          wholeMinistry: principal.scope.wholeMinistry,
          rootUnitIds: principal.scope.rootUnitIds,
          rootNames: principal.scope.rootNames,
          unitCount: principal.scope.unitIds.length,
        },
      })
    })
}
