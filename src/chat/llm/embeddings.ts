import { OpenAIEmbeddings } from '@langchain/openai'
import type { LlmConfig } from '../../config.js'
import { AppError } from '../../errors.js'

/**
 * Embeddings from the configured OpenAI-compatible endpoint, or undefined when no embedding
 * model is configured (the regulations module then uses its local, download-free embedding).
 */
export function createEmbeddings(llm: LlmConfig | undefined): OpenAIEmbeddings | undefined {
  if (llm?.embeddingModel === undefined) return undefined
  return new OpenAIEmbeddings({
    model: llm.embeddingModel,
    apiKey: llm.apiKey,
    configuration: { baseURL: llm.baseUrl },
    timeout: llm.timeoutMs,
    maxRetries: 1,
  })
}

/** The configured embeddings, for callers that have already checked EMBEDDING_MODEL is set. */
export function requireEmbeddings(llm: LlmConfig): OpenAIEmbeddings {
  const embeddings = createEmbeddings(llm)
  if (embeddings === undefined) {
    throw new AppError(
      'CONFIG_INVALID',
      'EMBEDDING_MODEL is not set: set it, or leave the model unset to embed locally.',
    )
  }
  return embeddings
}
