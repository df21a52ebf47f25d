import type { Kysely } from 'kysely'
import type { Config } from '../config.js'
import type { Database } from '../data/schema.js'
import { createEmbedder } from './embedder.js'
import { type ChatModel, createChatModel } from './llm/index.js'
import type { Embedder } from './regulations/index.js'
import { type Lexicon, loadLexicon } from './understand/index.js'

/**
 * What answering a chat question needs besides the database: the lexicon of units, posts and
 * ranks (loaded once and reloaded when asked), the language model if one is configured, and the
 * embedder for regulation retrieval.
 */
export interface ChatServices {
  readonly db: Kysely<Database>
  readonly config: Config
  readonly clock: () => Date
  readonly lexicon: () => Promise<Lexicon>
  readonly model: ChatModel | undefined
  readonly embedder: Embedder
}

export function createChatServices(
  db: Kysely<Database>,
  config: Config,
  clock: () => Date,
): ChatServices {
  let cached: Promise<Lexicon> | undefined
  const lexicon = () => {
    // Units and posts change rarely and only through HR's tools; a failed load is retried.
    cached ??= loadLexicon(db).catch((error: unknown) => {
      cached = undefined
      throw error
    })
    return cached
  }
  return {
    db,
    config,
    clock,
    lexicon,
    model: config.llm === undefined ? undefined : createChatModel(config.llm),
    embedder: createEmbedder(config),
  }
}
