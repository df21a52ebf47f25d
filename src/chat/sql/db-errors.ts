import { AppError, isAppError } from '../../errors.js'

/**
 * Turns a database error from running chat SQL into the error the asker (or the LLM's repair
 * round) can act on. SQLSTATE classes: 57014 cancelled by statement_timeout; 42501 insufficient
 * privilege (the backstop: a column or view the reader role was not granted); 42xxx syntax and
 * undefined names, 22xxx bad data (division by zero, invalid date): the SQL can be fixed; 53xxx
 * and 54xxx out of resources.
 */
export function toChatQueryError(error: unknown): AppError {
  if (isAppError(error)) return error
  const state = sqlStateOf(error)
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
  const details = { sqlState: state, databaseMessage: message }
  if (state === '57014') {
    return new AppError('QUERY_TIMEOUT', 'The query took too long and was stopped.', {
      vi: 'Câu truy vấn chạy quá lâu nên đã bị dừng.',
      details,
      cause: error,
    })
  }
  if (state === '42501') {
    return new AppError('FORBIDDEN_SENSITIVE', `Your role may not read this data (${message}).`, {
      vi: `Vai trò của bạn không được đọc dữ liệu này (${message}).`,
      details,
      cause: error,
    })
  }
  if (state?.startsWith('42') === true || state?.startsWith('22') === true || state === '25006') {
    return new AppError('SQL_REJECTED', `The database refused the query: ${message}`, {
      vi: `Cơ sở dữ liệu từ chối câu truy vấn: ${message}`,
      details: { ...details, reason: 'DATABASE_REFUSED' },
      cause: error,
    })
  }
  if (state?.startsWith('53') === true || state?.startsWith('54') === true) {
    return new AppError(
      'QUERY_TOO_EXPENSIVE',
      `The query needs more resources than allowed (${message}).`,
      {
        vi: `Câu truy vấn cần nhiều tài nguyên hơn mức cho phép (${message}).`,
        details,
        cause: error,
      },
    )
  }
  return new AppError('DB_ERROR', `The database failed to run the query: ${message}`, {
    vi: `Cơ sở dữ liệu không chạy được câu truy vấn: ${message}`,
    details,
    cause: error,
  })
}

/** The five-character SQLSTATE of a pg or PGlite error, if it has one. */
export function sqlStateOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined
}
