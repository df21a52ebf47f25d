import { Hono, type MiddlewareHandler } from 'hono'
import { csrf } from 'hono/csrf'
import { HTTPException } from 'hono/http-exception'
import { sql } from 'kysely'
import { authenticate } from './auth/middleware.js'
import { authRoutes } from './auth/routes.js'
import { AppError, isAppError } from './errors.js'
import { type AppDeps, type AppEnv, languageOf } from './http/context.js'
import { personnelRoutes } from './personnel/routes.js'
import { analyticsRoutes } from './analytics/index.js'
import { candidatesRoutes } from './forecast/candidates/index.js'
import { forecastRoutes } from './forecast/index.js'
import { chatRoutes } from './chat/routes.js'
import { createChatServices } from './chat/services.js'
import { createEmbedder } from './chat/embedder.js'
import { type RegulationRouteOptions, regulationRoutes } from './chat/regulations/routes.js'
import { ErrorPage } from './web/error-page.js'
import { pageLanguage } from './web/i18n.js'
import { webRoutes } from './web/routes.js'

/** Limits a deployment (or a test) may lower without touching the environment. */
export interface AppOptions {
  readonly regulations?: Pick<RegulationRouteOptions, 'maxUploadBytes'>
}

/** The HTTP application: middleware, each module's routes, and the one error handler. */
export function createApp(deps: AppDeps, options: AppOptions = {}) {
  const app = new Hono<AppEnv>()
  // Cookie-authenticated browsers must not be driven by other sites' forms. A request with a
  // bearer token carries no ambient credential, so it needs no such check (file uploads by API
  // clients would otherwise need an Origin header).
  const checkOrigin = csrf()
  const originUnlessBearer: MiddlewareHandler<AppEnv> = async (c, next) =>
    /^Bearer\s/i.test(c.req.header('authorization') ?? '') ? next() : checkOrigin(c, next)
  app.use('*', originUnlessBearer)
  app.use('*', authenticate(deps))

  app.get('/api/health', async (c) => {
    await sql`select 1`.execute(deps.db)
    return c.json({ status: 'ok', engine: deps.config.engine, time: deps.clock().toISOString() })
  })
  app.route('/api', authRoutes(deps))
  app.route('/api', personnelRoutes(deps))
  app.route(
    '/api',
    regulationRoutes(deps, { ...options.regulations, embedder: createEmbedder(deps.config) }),
  )
  app.route('/api', analyticsRoutes(deps))
  app.route('/api', candidatesRoutes(deps))
  app.route('/api', forecastRoutes(deps))
  app.route('/api', chatRoutes(createChatServices(deps.db, deps.config, deps.clock)))
  app.route('/', webRoutes(deps))

  app.notFound((c) =>
    c.json(
      {
        error: {
          code: 'NOT_FOUND',
          message:
            languageOf(c) === 'vi'
              ? `Không có địa chỉ ${c.req.method} ${c.req.path}.`
              : `No route ${c.req.method} ${c.req.path}.`,
        },
      },
      404,
    ),
  )
  app.onError((error, c) => {
    const known = isAppError(error)
      ? error
      : error instanceof HTTPException
        ? fromHttpException(error)
        : fromUnexpected(error, deps)
    if (!c.req.path.startsWith('/api/')) {
      const language = pageLanguage(c)
      return c.html(
        <ErrorPage
          language={language}
          principal={c.get('principal')}
          message={known.messageIn(language)}
        />,
        known.status as 400,
      )
    }
    return c.json(
      {
        error: {
          code: known.code,
          message: known.messageIn(languageOf(c)),
          ...(known.details === undefined ? {} : { details: known.details }),
        },
      },
      known.status as 400,
    )
  })
  return app
}

/** Hono's own refusals (a malformed JSON body, a failed origin check) in the one error shape. */
function fromHttpException(error: HTTPException): AppError {
  if (error.status === 403) {
    return new AppError('FORBIDDEN', 'The request did not come from this site.', {
      vi: 'Yêu cầu không xuất phát từ trang của hệ thống.',
    })
  }
  return new AppError('BAD_REQUEST', `${error.message}.`, {
    vi: `Yêu cầu không hợp lệ: ${error.message}.`,
  })
}

function fromUnexpected(error: Error, deps: AppDeps): AppError {
  if (deps.config.logLevel !== 'silent') console.error(error)
  return new AppError(
    'INTERNAL',
    'Something went wrong on the server; the error has been logged.',
    {
      vi: 'Hệ thống gặp lỗi; lỗi đã được ghi lại.',
    },
  )
}
