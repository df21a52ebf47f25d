import { loadModule, parseSync, type ParseResult, type RawStmt } from 'libpg-query'
import { AppError } from '../../errors.js'
import { rejectSql } from './rejection.js'

/**
 * Loads the real PostgreSQL parser (WASM, ~25 ms) once per process; await it before `guardSql`.
 * The memoised promise lives in this closure: the WASM module it loads is process-wide anyway,
 * so one shared loading promise is the honest model of it, and a failed load can be retried.
 */
export const loadSqlParser: () => Promise<void> = (() => {
  let loading: Promise<void> | undefined
  return () => {
    loading ??= loadModule().catch((error: unknown) => {
      loading = undefined
      throw error
    })
    return loading
  }
})()

/** Parses SQL with PostgreSQL's own grammar; a syntax error becomes SQL_REJECTED with its text. */
export function parseSql(sql: string): ParseResult {
  try {
    return parseSync(sql)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/not initialized/i.test(message)) {
      throw new AppError('INTERNAL', 'The SQL parser is not loaded: await loadSqlParser() first.', {
        cause: error,
      })
    }
    throw rejectSql('SYNTAX', message)
  }
}

/**
 * The text of one parsed statement. The parser reports byte offsets into the UTF-8 encoding, so
 * a Vietnamese string literal before the statement's end must not be counted in characters.
 */
export function statementText(sql: string, raw: RawStmt): string {
  const bytes = Buffer.from(sql, 'utf8')
  const start = raw.stmt_location ?? 0
  const end = raw.stmt_len === undefined || raw.stmt_len === 0 ? bytes.length : start + raw.stmt_len
  return bytes.subarray(start, end).toString('utf8')
}

const POSITION_KEYS = new Set(['stmt_location', 'stmt_len', 'list_start', 'list_end'])

/** A copy of a parse tree without source positions, for comparing two trees by meaning. */
export function withoutPositions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPositions)
  if (value === null || typeof value !== 'object') return value
  const copy: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) {
    if (key.endsWith('location') || key.startsWith('rexpr_list_') || POSITION_KEYS.has(key))
      continue
    copy[key] = withoutPositions(inner)
  }
  return copy
}
