import { AppError, isAppError } from '../../errors.js'
import type { SqlProposal } from '../types.js'
import { generateSql, type GenerateSqlInput } from './generate-sql/index.js'
import type { ChatModel } from './model.js'

export interface LlmProposeDeps<T> {
  readonly chat: ChatModel
  /**
   * Tries SQL the way the pipeline will run it (the guard, then execution) and returns the
   * outcome; throws an AppError when the SQL is refused or fails, which earns the model one
   * repair round.
   */
  readonly attempt: (sql: string) => Promise<T>
}

export interface LlmSqlProposal<T> extends SqlProposal {
  readonly engine: 'llm'
  readonly explanation: string
  readonly confidence: number
  /** Whether the SQL is the model's second attempt. */
  readonly repaired: boolean
  /** What `attempt` returned for the SQL. */
  readonly outcome: T
}

/**
 * The LLM engine: SQL from the model, tried, and on a refusal or failure tried once more with the
 * error's text. Refusals that no rewriting may get around (sensitive data, scope) are not sent
 * back for repair; neither is a data value from an error message (see `repairHint`).
 */
export async function llmProposeSql<T>(
  deps: LlmProposeDeps<T>,
  input: GenerateSqlInput,
): Promise<LlmSqlProposal<T>> {
  const first = await propose(deps, input)
  try {
    return { ...first, repaired: false, outcome: await deps.attempt(first.sql) }
  } catch (error) {
    if (!isRepairable(error)) throw error
    const retry = { ...input, error: { sql: first.sql, message: repairHint(error) } }
    const second = await propose(deps, retry)
    return { ...second, repaired: true, outcome: await deps.attempt(second.sql) }
  }
}

async function propose<T>(deps: LlmProposeDeps<T>, input: GenerateSqlInput) {
  const answer = await generateSql(deps.chat, input)
  if (answer.refuse !== null || answer.sql.trim() === '') {
    const reason = answer.refuse?.reason ?? answer.explanation
    throw new AppError('SQL_REJECTED', `The question cannot be answered with the data: ${reason}`, {
      vi: `Không thể trả lời câu hỏi này bằng dữ liệu: ${reason}`,
      details: { reason: 'MODEL_DECLINED' },
    })
  }
  return {
    sql: answer.sql,
    engine: 'llm' as const,
    explanation: answer.explanation,
    confidence: answer.confidence,
  }
}

const REPAIRABLE = new Set(['SQL_REJECTED', 'QUERY_TOO_EXPENSIVE', 'QUERY_TIMEOUT', 'DB_ERROR'])

function isRepairable(error: unknown): error is AppError {
  return (
    isAppError(error) && REPAIRABLE.has(error.code) && error.details?.reason !== 'MODEL_DECLINED'
  )
}

/**
 * The error as the model may read it. The guard's reasons and the database's messages about
 * syntax and names (SQLSTATE class 42) only quote the model's own SQL; data exceptions (class 22,
 * e.g. `invalid input syntax for type integer: "Nguyễn Văn An"`) quote row values, so only their
 * condition is passed on: personal data never reaches the model, not even through an error.
 */
export function repairHint(error: AppError): string {
  const state = typeof error.details?.sqlState === 'string' ? error.details.sqlState : undefined
  if (state === undefined || state.startsWith('42')) return error.message
  if (state.startsWith('22'))
    return `A value could not be computed or converted (SQLSTATE ${state}); check casts, divisions and date arithmetic.`
  return `${error.code}: the query failed (SQLSTATE ${state}); write a simpler query.`
}
