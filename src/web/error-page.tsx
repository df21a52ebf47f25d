import type { Principal } from '../access/index.js'
import type { Language } from '../http/context.js'
import { t } from './i18n.js'
import { Layout } from './layout.js'

export function ErrorPage(props: {
  language: Language
  principal?: Principal | undefined
  message: string
}) {
  return (
    <Layout
      language={props.language}
      title={t(props.language, 'error')}
      principal={props.principal}
    >
      <div class="card">
        <h1>{t(props.language, 'error')}</h1>
        <p class="error">{props.message}</p>
        <p>
          <a href="/">{props.language === 'vi' ? 'Về trang chính' : 'Back to the start page'}</a>
        </p>
      </div>
    </Layout>
  )
}
