import type { Kysely } from 'kysely'
import type { Principal } from '../../access/index.js'
import type { Config } from '../../config.js'
import type { Database } from '../../data/schema.js'
import type { GuardedSql, QueryResult } from '../types.js'
import { DEFAULT_K, executeGuardedSql, type ExecuteOptions } from './execute.js'
import { guardSql } from './guard.js'
import { loadSqlParser } from './parser.js'

/** The executor's options from the configuration, with k = 5 (DESIGN.md §5). */
export function executeOptionsFrom(config: Pick<Config, 'engine' | 'chat'>): ExecuteOptions {
  return {
    engine: config.engine,
    statementTimeoutMs: config.chat.statementTimeoutMs,
    rowCap: config.chat.rowCap,
    maxCost: config.chat.maxCost,
    k: DEFAULT_K,
  }
}

/** Guard, then run, SQL proposed by any engine, as the principal: the one path chat SQL takes. */
export async function runChatSql(
  db: Kysely<Database>,
  principal: Principal,
  sql: string,
  options: ExecuteOptions,
): Promise<{ guarded: GuardedSql; result: QueryResult }> {
  await loadSqlParser()
  const guarded = guardSql(sql, {
    tier: principal.tier,
    rowCap: options.rowCap,
    wholeMinistry: principal.tier !== 'self' && principal.scope.wholeMinistry,
  })
  return { guarded, result: await executeGuardedSql(db, principal, guarded, options) }
}
