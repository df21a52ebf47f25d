/**
 * The one error type of the program. Each code maps to one HTTP status here and nowhere else,
 * and each message is written for the person who has to act on it.
 */
const statusByCode = {
  CONFIG_INVALID: 500,
  DB_UNREACHABLE: 503,
  DB_LOCKED: 409,
  DB_CORRUPT: 500,
  DB_ERROR: 500,
  BAD_REQUEST: 400,
  VALIDATION: 422,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  FORBIDDEN: 403,
  FORBIDDEN_SCOPE: 403,
  FORBIDDEN_SENSITIVE: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  SQL_REJECTED: 422,
  QUERY_TOO_EXPENSIVE: 422,
  QUERY_TIMEOUT: 504,
  LLM_UNAVAILABLE: 502,
  UNSUPPORTED_FILE: 415,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
} as const

export type ErrorCode = keyof typeof statusByCode

export class AppError extends Error {
  override readonly name = 'AppError'
  readonly code: ErrorCode
  /** Extra facts for the client (a field name, the SQL that failed…); never secrets. */
  readonly details: Record<string, unknown> | undefined
  /** The message in Vietnamese, for users of the product; `message` is English. */
  readonly vi: string | undefined

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: Record<string, unknown>; cause?: unknown; vi?: string } = {},
  ) {
    super(message, { cause: options.cause })
    this.code = code
    this.details = options.details
    this.vi = options.vi
  }

  /** The message in the reader's language, falling back to English. */
  messageIn(language: 'vi' | 'en'): string {
    return language === 'vi' ? (this.vi ?? this.message) : this.message
  }

  get status(): number {
    return statusByCode[this.code]
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError
}

export function httpStatusOf(code: ErrorCode): number {
  return statusByCode[code]
}

/** One line for a person at a terminal: the AppError's message, or the first line of anything else. */
export function describeFailure(error: unknown): string {
  if (isAppError(error)) return error.message
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name
  return String(error)
}
