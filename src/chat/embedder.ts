import type { Config } from '../config.js'
import { requireEmbeddings } from './llm/index.js'
import { type Embedder, selectEmbedder } from './regulations/index.js'

/** The embedding model for regulations: the configured one, or the local download-free one. */
export function createEmbedder(config: Pick<Config, 'llm'>): Embedder {
  return selectEmbedder(config.llm, requireEmbeddings)
}
