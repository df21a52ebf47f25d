import type { Principal } from '../access/index.js'
import type { Language } from '../http/context.js'
import { t } from './i18n.js'
import { Layout } from './layout.js'

const EXAMPLES: Record<Language, string[]> = {
  vi: [
    'Có bao nhiêu người đang công tác?',
    'Số người nghỉ hưu năm sau theo đơn vị',
    'Ai lớn tuổi nhất ở Cục Viễn thông?',
    'Tuổi nghỉ hưu của nam sinh tháng 2/1965 là bao nhiêu?',
  ],
  en: [
    'How many people are working?',
    'Retirements next year by unit',
    'Who is the oldest in the Telecommunications Authority?',
    'What is the retirement age of a man born in February 1965?',
  ],
}

export function ChatPage(props: { language: Language; principal: Principal }) {
  const { language, principal } = props
  const scope = principal.scope.wholeMinistry
    ? t(language, 'wholeMinistry')
    : principal.scope.rootNames.length > 0
      ? principal.scope.rootNames.join(', ')
      : t(language, 'ownRecord')
  return (
    <Layout
      language={language}
      title={t(language, 'navChat')}
      principal={principal}
      active="/"
      scripts={['/assets/chat.js']}
    >
      <div class="card">
        <p class="muted">
          {t(language, 'scope')}: {scope}
        </p>
        <div class="chips">
          {EXAMPLES[language].map((q) => (
            <button type="button" data-example={q}>
              {q}
            </button>
          ))}
        </div>
      </div>
      <div id="chat-log" class="chat-log" aria-live="polite"></div>
      <form id="ask-form" class="ask">
        <input
          id="question"
          name="question"
          placeholder={t(language, 'askPlaceholder')}
          autocomplete="off"
          maxlength={1000}
          autofocus
        />
        <button type="submit">{t(language, 'ask')}</button>
        <button type="button" id="new-conversation" class="secondary">
          {t(language, 'newConversation')}
        </button>
      </form>
    </Layout>
  )
}
