export { generateSql } from './generate-sql.js'
export { type SqlAnswer, sqlAnswerSchema } from './output-schema.js'
export {
  buildSqlPrompt,
  type GenerateSqlInput,
  type PriorTurn,
  type SolvedExample,
} from './prompt.js'
