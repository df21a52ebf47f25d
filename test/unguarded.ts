import type { Principal } from '../src/access/index.js'
import { executeGuardedSql } from '../src/chat/sql/execute.js'
import type { GuardedSql } from '../src/chat/types.js'
import type { EngineDb } from './engine-db.js'

/**
 * Runs SQL through the executor as if the guard had passed it: what PostgreSQL alone (grants,
 * row-level security, the reader role) lets the principal read.
 */
export function runUnguarded(
  env: EngineDb,
  principal: Principal,
  sql: string,
  isAggregate = false,
) {
  const guarded: GuardedSql = { sql, relations: [], usesSensitive: false, isAggregate }
  return executeGuardedSql(env.db, principal, guarded, {
    engine: env.engine,
    statementTimeoutMs: 5000,
    rowCap: 100,
    maxCost: 5e8,
    k: 5,
  })
}
