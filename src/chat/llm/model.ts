import type { BaseChatModel } from '@langchain/core/language_models/chat_models'
import { ChatOpenAI } from '@langchain/openai'
import type { Config, LlmConfig } from '../../config.js'
import { AppError, isAppError } from '../../errors.js'

/** How a model is asked for structured output (config LLM_STRUCTURED_OUTPUT). */
export type StructuredOutputMethod = LlmConfig['structuredOutput']

/** A chat model and how it returns structured output. */
export interface ChatModel {
  readonly model: BaseChatModel
  readonly method: StructuredOutputMethod
  readonly timeoutMs: number
}

/**
 * The chat model of an OpenAI-compatible endpoint (OpenAI, Azure, a local vLLM or Ollama). This
 * module and embeddings.ts are the only importers of @langchain/openai. Temperature 0: the same
 * question should give the same SQL. One retry, so a hung server costs two timeouts, not seven.
 */
export function createChatModel(llm: LlmConfig): ChatModel {
  const model = new ChatOpenAI({
    model: llm.model,
    apiKey: llm.apiKey,
    configuration: { baseURL: llm.baseUrl },
    temperature: 0,
    timeout: llm.timeoutMs,
    maxRetries: 1,
  })
  return { model, method: llm.structuredOutput, timeoutMs: llm.timeoutMs }
}

export function isLlmConfigured(config: Pick<Config, 'llm'>): boolean {
  return config.llm !== undefined
}

/**
 * Any failure of the model call as LLM_UNAVAILABLE, said so that the operator knows what to
 * check: a timeout, an unreachable server, a refused key, or output that does not fit the schema.
 */
export function toLlmError(error: unknown, timeoutMs: number): AppError {
  if (isAppError(error)) return error
  const name = error instanceof Error ? error.name : ''
  const text = error instanceof Error ? `${name}: ${error.message}` : String(error)
  const first = text.split('\n')[0] ?? text
  const status = (error as { status?: unknown } | null)?.status
  const seconds = Math.round(timeoutMs / 1000)
  const [en, vi] = /timed? ?out|timeout|abort/i.test(text)
    ? [
        `The language model did not answer within ${seconds} s.`,
        `Mô hình ngôn ngữ không trả lời trong ${seconds} giây.`,
      ]
    : /ECONNREFUSED|ENOTFOUND|fetch failed|Connection error/i.test(text)
      ? [
          'The language model server cannot be reached.',
          'Không kết nối được máy chủ mô hình ngôn ngữ.',
        ]
      : status === 401 || status === 403
        ? [
            'The language model server refused the API key.',
            'Máy chủ mô hình ngôn ngữ từ chối khóa truy cập.',
          ]
        : ['SyntaxError', 'ZodError', 'OutputParserException'].includes(name)
          ? [
              'The language model answered in an unexpected format.',
              'Mô hình ngôn ngữ trả lời không đúng định dạng yêu cầu.',
            ]
          : [`The language model failed (${first}).`, `Mô hình ngôn ngữ gặp lỗi (${first}).`]
  return new AppError('LLM_UNAVAILABLE', en, { vi, details: { cause: first }, cause: error })
}
