import type { EmbeddingsInterface } from '@langchain/core/embeddings'
import type { LlmConfig } from '../../config.js'
import { AppError } from '../../errors.js'
import { createLocalEmbedder } from './local-embedder.js'

/**
 * What regulation retrieval needs from an embedding model. Chunks remember the `model` that
 * embedded them, and a search compares only vectors made by the same model.
 */
export interface Embedder {
  readonly model: string
  embed(texts: string[]): Promise<number[][]>
}

/** Any LangChain embeddings object (OpenAIEmbeddings, a fake in tests). */
export type LangChainEmbeddings = Pick<EmbeddingsInterface, 'embedDocuments' | 'embedQuery'>

/** Builds LangChain embeddings from the model configuration; provided by the LLM module. */
export type EmbeddingsFactory = (llm: LlmConfig) => LangChainEmbeddings

/** Wraps LangChain embeddings; `model` names them in the database (e.g. 'text-embedding-3-small'). */
export function embedderFromLangChain(model: string, embeddings: LangChainEmbeddings): Embedder {
  return {
    model,
    embed: async (texts) => (texts.length === 0 ? [] : embeddings.embedDocuments(texts)),
  }
}

/**
 * The configured embedding model when there is one and a factory to reach it, otherwise the
 * local embedding, so retrieval works offline by default.
 */
export function selectEmbedder(
  llm: LlmConfig | undefined,
  createEmbeddings?: EmbeddingsFactory,
): Embedder {
  const model = llm?.embeddingModel
  if (llm === undefined || model === undefined || createEmbeddings === undefined) {
    return createLocalEmbedder()
  }
  return embedderFromLangChain(model, createEmbeddings(llm))
}

/** pgvector's text form of a vector: '[0.1,0.2,…]'. */
export function toVectorLiteral(vector: readonly number[]): string {
  if (vector.some((v) => !Number.isFinite(v)))
    throw new Error('An embedding contains a non-finite value')
  return `[${vector.join(',')}]`
}

/**
 * Embeds texts, checking that the model returned one vector per text, all of one length: a
 * short or ragged answer from a remote model must fail here, not as a database error later.
 */
export async function embedAll(embedder: Embedder, texts: string[]): Promise<number[][]> {
  let vectors: number[][]
  try {
    vectors = await embedder.embed(texts)
  } catch (error) {
    throw new AppError(
      'LLM_UNAVAILABLE',
      `The embedding model ${embedder.model} failed: ${String(error)}`,
      {
        vi: `Mô hình nhúng ${embedder.model} không phản hồi được.`,
        cause: error,
      },
    )
  }
  const length = vectors[0]?.length ?? 0
  if (vectors.length !== texts.length || vectors.some((v) => v.length !== length || length === 0)) {
    throw new AppError(
      'LLM_UNAVAILABLE',
      `The embedding model ${embedder.model} returned ${vectors.length} vectors for ${texts.length} texts, or vectors of different lengths.`,
      { vi: `Mô hình nhúng ${embedder.model} trả về kết quả không hợp lệ.` },
    )
  }
  return vectors
}
