import type { Kysely } from 'kysely'
import type { Principal } from '../../access/index.js'
import { withPrincipal } from '../../data/gate.js'
import type { Database } from '../../data/schema.js'
import type { GuardedSql, QueryResult } from '../types.js'
import { toChatQueryError } from './db-errors.js'
import { refuseExpensive } from './explain-cost.js'
import { addGroupSizeColumn, withholdSmallGroups } from './k-anonymity.js'
import { loadSqlParser, parseSql } from './parser.js'
import { readResultSet, type ResultSet } from './result-set.js'
import { statementLabel } from './guard-checks.js'
import { rejectSql } from './rejection.js'

export interface ExecuteOptions {
  readonly engine: 'pglite' | 'postgres'
  /** Enforced by a PostgreSQL server; the embedded database has no statement timeout. */
  readonly statementTimeoutMs: number
  /** Rows returned at most (the guard already fetches one more, to detect truncation). */
  readonly rowCap: number
  /** Largest planner cost accepted (config.chat.maxCost; see explain-cost.ts). */
  readonly maxCost: number
  /** Smallest group a statistic about sensitive data may describe. */
  readonly k: number
  /** 'YYYY-MM-DD': the application's "today", what hr_today() answers in the query. */
  readonly today?: string
}

/** The smallest group a statistic about sensitive data may describe (DESIGN.md §5). */
export const DEFAULT_K = 5

/**
 * Runs SQL the guard accepted, as the principal: a read-only transaction under the reader role of
 * their tier, scoped by row-level security (`withPrincipal`), with a statement timeout on a
 * server, after the planner's cost estimate has been checked. Statistics about sensitive data
 * hide groups of fewer than k people. Database errors become AppErrors the asker or the LLM's
 * repair round can act on.
 */
export async function executeGuardedSql(
  db: Kysely<Database>,
  principal: Principal,
  guarded: GuardedSql,
  options: ExecuteOptions,
): Promise<QueryResult> {
  const started = performance.now()
  await loadSqlParser()
  requireOneSelect(guarded.sql)
  // An employee's statistics are about their own record only; HR staff's are about others.
  const suppress = guarded.usesSensitive && guarded.isAggregate && principal.tier === 'sensitive'
  const query = suppress ? addGroupSizeColumn(guarded.sql) : guarded.sql
  let result: ResultSet
  try {
    result = await withPrincipal(
      db,
      principal,
      async (trx) => {
        await refuseExpensive(trx, query, options.maxCost)
        return readResultSet(trx, query)
      },
      {
        ...(options.engine === 'postgres'
          ? { statementTimeoutMs: options.statementTimeoutMs, jit: false }
          : {}),
        ...(options.today === undefined ? {} : { today: options.today }),
      },
    )
  } catch (error) {
    throw toChatQueryError(error)
  }
  const shown = suppress
    ? withholdSmallGroups(result.columns, result.rows, options.k)
    : { ...result, suppressed: 0 }
  return {
    columns: shown.columns,
    rows: shown.rows.slice(0, options.rowCap),
    rowCount: shown.rows.length,
    truncated: shown.rows.length > options.rowCap,
    suppressedRows: shown.suppressed,
    ms: Math.round(performance.now() - started),
  }
}

/**
 * The guard's output is one SELECT; checked again here because a server runs a text without
 * parameters as a simple query, where `…; reset role; …` would be a second statement.
 */
function requireOneSelect(query: string): void {
  const statements = parseSql(query).stmts ?? []
  if (statements.length === 0) throw rejectSql('EMPTY')
  if (statements.length > 1) throw rejectSql('MULTIPLE_STATEMENTS', String(statements.length))
  const stmt = statements[0]?.stmt
  if (stmt === undefined || !('SelectStmt' in stmt))
    throw rejectSql('NOT_SELECT', statementLabel(stmt))
}
