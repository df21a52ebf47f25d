import type { ChatModel } from '../model.js'
import { toLlmError } from '../model.js'
import { sqlAnswerSchema, type SqlAnswer } from './output-schema.js'
import { buildSqlPrompt, type GenerateSqlInput } from './prompt.js'

/**
 * Asks the model for SQL answering a question, as structured output. The model sees the question,
 * earlier questions and their SQL, the described schema and solved examples: never a row of data.
 * Any failure of the call, or output that does not fit the schema, is LLM_UNAVAILABLE.
 */
export async function generateSql(chat: ChatModel, input: GenerateSqlInput): Promise<SqlAnswer> {
  const structured = chat.model.withStructuredOutput(sqlAnswerSchema, {
    name: 'sql_answer',
    method: chat.method,
  })
  try {
    return sqlAnswerSchema.parse(await structured.invoke(buildSqlPrompt(input)))
  } catch (error) {
    throw toLlmError(error, chat.timeoutMs)
  }
}
