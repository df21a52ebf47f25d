import fs from 'node:fs'
import path from 'node:path'
import { Hono } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import { SESSION_COOKIE } from '../auth/middleware.js'
import { login } from '../auth/login.service.js'
import { deleteSession } from '../data/sessions.repository.js'
import { isAppError } from '../errors.js'
import { projectFile } from '../resources.js'
import type { AppDeps, AppEnv } from '../http/context.js'
import { pageLanguage, t } from './i18n.js'
import { ChatPage } from './chat-page.js'
import { listPeople, readPersonRecord } from '../personnel/people.service.js'
import { listUnits } from '../data/units.repository.js'
import { isUnitInScope } from '../access/index.js'
import { PEOPLE_PAGE_SIZE, PeopleListPage } from './people-pages.js'
import { RecordPage } from './record-page.js'
import { AnalyticsPage, DataQualityPage } from './analytics-page.js'
import { CandidatesPage, ForecastPage } from './forecast-page.js'
import { RegulationsPage } from './regulations-page.js'
import { Layout } from './layout.js'

const ASSETS_DIR = projectFile('src', 'web', 'assets')
const ASSET_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
}

/** Server-rendered pages; everything the browser loads is served from here (no CDN). */
export function webRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/assets/:file', (c) => {
    const name = c.req.param('file')
    const type = ASSET_TYPES[path.extname(name)]
    if (type === undefined || !/^[a-z0-9-]+\.(css|js)$/.test(name)) return c.notFound()
    const body = fs.readFileSync(path.join(ASSETS_DIR, name), 'utf8')
    return c.body(body, 200, { 'content-type': type, 'cache-control': 'no-cache' })
  })

  app.get('/login', (c) => {
    const language = pageLanguage(c)
    return c.html(<LoginPage language={language} failed={c.req.query('failed') === '1'} />)
  })

  app.post('/login', async (c) => {
    const form = await c.req.parseBody()
    try {
      const session = await login(
        deps.db,
        {
          username: formText(form.username),
          password: formText(form.password),
          kind: 'browser',
        },
        deps.config.sessionTtlMs,
      )
      setCookie(c, SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        secure: new URL(c.req.url).protocol === 'https:',
        expires: session.expiresAt,
      })
      return c.redirect('/')
    } catch (error) {
      if (isAppError(error)) return c.redirect('/login?failed=1')
      throw error
    }
  })

  app.get('/', (c) => {
    const principal = c.get('principal')
    if (principal === undefined) return c.redirect('/login')
    return c.html(<ChatPage language={pageLanguage(c)} principal={principal} />)
  })

  app.get('/people', async (c) => {
    const principal = c.get('principal')
    if (principal === undefined) return c.redirect('/login')
    const unit = c.req.query('unit') || undefined
    const q = c.req.query('q') || undefined
    const status = c.req.query('status') ?? 'working'
    const page = Math.max(1, Number.parseInt(c.req.query('page') ?? '1', 10) || 1)
    const statuses = status === 'all' ? [] : [status as 'working']
    const result = await listPeople(
      deps.db,
      principal,
      {
        ...(unit === undefined ? {} : { unit }),
        ...(q === undefined ? {} : { name: q }),
        statuses,
      },
      { limit: PEOPLE_PAGE_SIZE, offset: (page - 1) * PEOPLE_PAGE_SIZE },
    )
    const units = (await listUnits(deps.db)).filter((u) => isUnitInScope(principal, u.id))
    return c.html(
      <PeopleListPage
        language={pageLanguage(c)}
        principal={principal}
        units={units}
        query={{ unit, q, status, page }}
        items={result.items}
        total={result.total}
      />,
    )
  })

  app.get('/people/:id{[0-9]+}', async (c) => {
    const principal = c.get('principal')
    if (principal === undefined) return c.redirect('/login')
    const record = await readPersonRecord(deps.db, principal, Number(c.req.param('id')))
    return c.html(
      <RecordPage
        language={pageLanguage(c)}
        principal={principal}
        record={record}
        active="/people"
      />,
    )
  })

  app.get('/analytics', async (c) => {
    const principal = c.get('principal')
    if (principal === undefined) return c.redirect('/login')
    const units = (await listUnits(deps.db)).filter((u) => isUnitInScope(principal, u.id))
    return c.html(
      <AnalyticsPage
        language={pageLanguage(c)}
        principal={principal}
        units={units}
        unit={c.req.query('unit')}
      />,
    )
  })

  app.get('/analytics/data-quality/:code', (c) => {
    const principal = c.get('principal')
    if (principal === undefined) return c.redirect('/login')
    return c.html(
      <DataQualityPage
        language={pageLanguage(c)}
        principal={principal}
        code={c.req.param('code')}
      />,
    )
  })

  app.get('/forecast', (c) => {
    const principal = c.get('principal')
    if (principal === undefined) return c.redirect('/login')
    return c.html(<ForecastPage language={pageLanguage(c)} principal={principal} />)
  })

  app.get('/forecast/candidates/:post{[0-9]+}', (c) => {
    const principal = c.get('principal')
    if (principal === undefined) return c.redirect('/login')
    return c.html(
      <CandidatesPage
        language={pageLanguage(c)}
        principal={principal}
        postId={Number(c.req.param('post'))}
      />,
    )
  })

  app.get('/regulations', (c) => {
    const principal = c.get('principal')
    if (principal === undefined) return c.redirect('/login')
    return c.html(
      <RegulationsPage language={pageLanguage(c)} principal={principal} q={c.req.query('q')} />,
    )
  })

  app.get('/me', async (c) => {
    const principal = c.get('principal')
    if (principal === undefined) return c.redirect('/login')
    if (principal.personId === null) return c.redirect('/')
    const record = await readPersonRecord(deps.db, principal, principal.personId)
    return c.html(
      <RecordPage language={pageLanguage(c)} principal={principal} record={record} active="/me" />,
    )
  })

  app.post('/logout', async (c) => {
    const token = c.get('sessionToken')
    if (token !== undefined) await deleteSession(deps.db, token)
    deleteCookie(c, SESSION_COOKIE, { path: '/' })
    return c.redirect('/login')
  })
  return app
}

function LoginPage(props: { language: 'vi' | 'en'; failed: boolean }) {
  const { language } = props
  return (
    <Layout language={language} title={t(language, 'login')}>
      <form class="card login" method="post" action="/login">
        <h1>{t(language, 'login')}</h1>
        {props.failed ? <p class="error">{t(language, 'loginFailed')}</p> : null}
        <label>
          {t(language, 'username')}
          <input name="username" autocomplete="username" required autofocus />
        </label>
        <label>
          {t(language, 'password')}
          <input name="password" type="password" autocomplete="current-password" required />
        </label>
        <button type="submit">{t(language, 'login')}</button>
      </form>
    </Layout>
  )
}

function formText(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
