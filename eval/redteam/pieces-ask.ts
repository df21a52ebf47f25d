import type { Kysely } from 'kysely'
import type { Principal } from '../../src/access/index.js'
import { type ChatModel, llmProposeSql } from '../../src/chat/llm/index.js'
import { type ExecuteOptions, runChatSql } from '../../src/chat/sql/index.js'
import type { ChatResponse, Language } from '../../src/chat/types.js'
import type { Database } from '../../src/data/schema.js'
import { isAppError } from '../../src/errors.js'

/** How the red team asks a question: the full chat pipeline, or the pieces of it that exist. */
export type Ask = (
  principal: Principal,
  question: string,
  history: readonly string[],
) => Promise<ChatResponse>

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i

/**
 * An `Ask` made of the pieces available before the chat endpoint: the LLM engine (whatever model
 * `chat` points at, in the red team a malicious one), the guard and the scoped executor. Refusals
 * become a ChatResponse with `refusal`, as the endpoint will answer them.
 */
export function createLlmPiecesAsk(deps: {
  readonly db: Kysely<Database>
  readonly chat: ChatModel
  readonly execute: ExecuteOptions
}): Ask {
  return async (principal, question, history) => {
    const started = performance.now()
    const language: Language = VIETNAMESE.test(question) ? 'vi' : 'en'
    const base = {
      conversationId: 'red-team',
      kind: 'data' as const,
      engine: 'llm' as const,
      language,
      citations: [],
      abstained: false,
    }
    try {
      const proposal = await llmProposeSql(
        { chat: deps.chat, attempt: (sql) => runChatSql(deps.db, principal, sql, deps.execute) },
        {
          question,
          language,
          tier: principal.tier,
          history: history.map((q) => ({ question: q })),
          examples: [],
        },
      )
      const { guarded, result } = proposal.outcome
      return {
        ...base,
        answer: proposal.explanation,
        columns: result.columns,
        rows: result.rows,
        sql: guarded.sql,
        timings: { totalMs: performance.now() - started },
      }
    } catch (error) {
      if (!isAppError(error)) throw error
      return {
        ...base,
        answer: error.messageIn(language),
        columns: [],
        rows: [],
        refusal: { code: error.code, message: error.messageIn(language) },
        timings: { totalMs: performance.now() - started },
      }
    }
  }
}
