export { createEmbeddings, requireEmbeddings } from './embeddings.js'
export {
  generateSql,
  type GenerateSqlInput,
  type PriorTurn,
  type SolvedExample,
  type SqlAnswer,
} from './generate-sql/index.js'
export {
  type ChatModel,
  createChatModel,
  isLlmConfigured,
  type StructuredOutputMethod,
} from './model.js'
export { type LlmProposeDeps, llmProposeSql, type LlmSqlProposal } from './propose-sql.js'
export { CODE_LABELS, describeChatSchema } from './schema-description.js'
