import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import type { Principal } from '../access/index.js'
import { findSessionAccountId } from '../data/sessions.repository.js'
import { AppError } from '../errors.js'
import type { AppDeps, AppEnv } from '../http/context.js'
import { loadPrincipal } from './principal.service.js'

export const SESSION_COOKIE = 'hrm_session'

/**
 * Resolves the caller from `Authorization: Bearer <token>` (API clients) or the session cookie
 * (the browser). Anonymous requests pass through with no principal; `requirePrincipal` refuses them.
 */
export function authenticate(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization')
    const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1]
    const token = bearer ?? getCookie(c, SESSION_COOKIE)
    c.set('sessionToken', token)
    c.set('principal', undefined)
    if (token !== undefined) {
      const accountId = await findSessionAccountId(deps.db, token)
      if (accountId !== undefined) c.set('principal', await loadPrincipal(deps.db, accountId))
    }
    await next()
  }
}

export function requirePrincipal(principal: Principal | undefined): Principal {
  if (principal !== undefined) return principal
  throw new AppError(
    'UNAUTHENTICATED',
    'Sign in first: POST /api/auth/login, then send "Authorization: Bearer <token>".',
    { vi: 'Bạn cần đăng nhập trước.' },
  )
}
