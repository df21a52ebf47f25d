import { isDeepStrictEqual } from 'node:util'
import type { SelectStmt } from 'libpg-query'
import type { Tier } from '../../access/index.js'
import { AppError } from '../../errors.js'
import type { GuardedSql } from '../types.js'
import { isAggregateSelect } from './aggregates.js'
import { MAX_SQL_LENGTH } from './allowed-syntax.js'
import { statementLabel } from './guard-checks.js'
import { checkSelect, type WalkContext } from './guard-walk.js'
import { parseSql, statementText, withoutPositions } from './parser.js'
import { rejectSql } from './rejection.js'

export interface GuardOptions {
  /** The asker's sensitivity tier: sensitive views only for 'sensitive' and 'self'. */
  readonly tier: Tier
  /** Rows the asker may receive; the query is wrapped to fetch one more, to detect truncation. */
  readonly rowCap: number
  /** Whether the asker sees the whole ministry: views of its head counts only then (not by default). */
  readonly wholeMinistry?: boolean
}

/**
 * C0 controls other than tab, newline and carriage return, and DEL. A NUL in particular ends the
 * text early for the C parser while the database would be sent all of it.
 */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f)
      return true
  }
  return false
}

/**
 * Checks SQL written by an engine (or a model) against the chat rules, with PostgreSQL's own
 * parser: one SELECT, only chat views, only allow-listed functions, types and operators, no
 * locking, INTO, recursion or data-modifying WITH, sensitive views only for the tiers that may
 * see them. Returns the query wrapped with the row cap. Throws AppError (SQL_REJECTED,
 * FORBIDDEN_SENSITIVE or FORBIDDEN) whose details.reason names the rule. Call `loadSqlParser()`
 * once before the first call.
 */
export function guardSql(sql: string, options: GuardOptions): GuardedSql {
  if (!Number.isSafeInteger(options.rowCap) || options.rowCap < 1)
    throw new AppError('INTERNAL', `The row cap must be a positive integer, not ${options.rowCap}.`)
  if (options.tier === 'none') throw rejectSql('NO_PERSONNEL_ACCESS')
  if (sql.length > MAX_SQL_LENGTH) throw rejectSql('TOO_LONG', String(sql.length))
  if (hasControlCharacter(sql)) throw rejectSql('CONTROL_CHARACTER')
  if (sql.trim() === '') throw rejectSql('EMPTY')
  const statements = parseSql(sql).stmts ?? []
  if (statements.length === 0) throw rejectSql('EMPTY')
  if (statements.length > 1) throw rejectSql('MULTIPLE_STATEMENTS', String(statements.length))
  const raw = statements[0]!
  if (raw.stmt === undefined || !('SelectStmt' in raw.stmt))
    throw rejectSql('NOT_SELECT', statementLabel(raw.stmt))
  const select = raw.stmt.SelectStmt
  const ctx: WalkContext = {
    tier: options.tier,
    wholeMinistry: options.wholeMinistry === true,
    relations: new Set(),
    usesSensitive: false,
  }
  checkSelect(select, [], ctx, 0)
  return {
    sql: wrapWithRowCap(statementText(sql, raw), select, options.rowCap),
    relations: [...ctx.relations].sort(),
    usesSensitive: ctx.usesSensitive,
    isAggregate: isAggregateSelect(select),
  }
}

/**
 * `select * from (<query>) as q limit <cap + 1>`: the asker's own LIMIT is left as written. The
 * wrapped text is parsed again and must hold exactly the checked query, so no text can escape
 * the parentheses (a trailing comment is ended by the newline).
 */
function wrapWithRowCap(text: string, checked: SelectStmt, rowCap: number): string {
  const wrapped = `select * from (\n${text}\n) as q limit ${rowCap + 1}`
  const template = `select * from (select) as q limit ${rowCap + 1}`
  const actual = splitWrapper(onlySelect(wrapped))
  const expected = splitWrapper(onlySelect(template))
  const same =
    actual !== undefined &&
    expected !== undefined &&
    isDeepStrictEqual(actual.shell, expected.shell) &&
    isDeepStrictEqual(actual.inner, withoutPositions(checked))
  if (!same) throw rejectSql('SYNTAX', 'the query does not stand alone inside parentheses')
  return wrapped
}

function onlySelect(sql: string): SelectStmt | undefined {
  const statements = parseSql(sql).stmts ?? []
  const stmt = statements.length === 1 ? statements[0]?.stmt : undefined
  return stmt !== undefined && 'SelectStmt' in stmt ? stmt.SelectStmt : undefined
}

/** The wrapper without its sub-query, and the sub-query, both without source positions. */
function splitWrapper(outer: SelectStmt | undefined) {
  const from = outer?.fromClause
  const item = from?.length === 1 ? from[0] : undefined
  if (outer === undefined || item === undefined || !('RangeSubselect' in item)) return undefined
  const sub = item.RangeSubselect.subquery
  const inner = sub !== undefined && 'SelectStmt' in sub ? sub.SelectStmt : undefined
  const shell = { ...outer, fromClause: [{ ...item.RangeSubselect, subquery: null }] }
  return { shell: withoutPositions(shell), inner: withoutPositions(inner) }
}
