import type { Child } from 'hono/jsx'
import type { Principal } from '../access/index.js'
import { ROLE_LABELS } from '../access/index.js'
import type { Language } from '../http/context.js'
import { t } from './i18n.js'

interface LayoutProps {
  readonly language: Language
  readonly title: string
  readonly principal?: Principal | undefined
  readonly active?: string
  readonly scripts?: readonly string[]
  readonly children?: Child
}

const NAV = [
  { href: '/', key: 'navChat' },
  { href: '/regulations', key: 'navRegulations' },
  { href: '/people', key: 'navPeople' },
  { href: '/analytics', key: 'navAnalytics' },
  { href: '/forecast', key: 'navForecast' },
  { href: '/me', key: 'navMe' },
] as const

/** The frame of every page: header with navigation, the signed-in user, the language switch. */
export function Layout(props: LayoutProps) {
  const { language, principal } = props
  return (
    <html lang={language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} — ${t(language, 'product')}`}</title>
        <link rel="stylesheet" href="/assets/app.css" />
      </head>
      <body data-lang={language}>
        <header class="top">
          <div class="brand">
            <strong>{t(language, 'product')}</strong>
            <span>{t(language, 'ministry')}</span>
          </div>
          {principal === undefined ? null : (
            <nav>
              {NAV.map((item) => (
                <a href={item.href} class={props.active === item.href ? 'active' : ''}>
                  {t(language, item.key)}
                </a>
              ))}
            </nav>
          )}
          <div class="user">
            {principal === undefined ? null : (
              <span title={principal.scope.rootNames.join(', ')}>
                {principal.displayName} ·{' '}
                {principal.roles.map((r) => ROLE_LABELS[r][language]).join(', ')}
              </span>
            )}
            <a href={`?lang=${language === 'vi' ? 'en' : 'vi'}`}>
              {language === 'vi' ? 'English' : 'Tiếng Việt'}
            </a>
            {principal === undefined ? null : (
              <form method="post" action="/logout">
                <button type="submit" class="link">
                  {t(language, 'logout')}
                </button>
              </form>
            )}
          </div>
        </header>
        <main>{props.children}</main>
        {(props.scripts ?? []).map((src) => (
          <script src={src} defer></script>
        ))}
      </body>
    </html>
  )
}
