import type { SelectStmt } from 'libpg-query'
import { namesOf } from './guard-checks.js'
import { AGGREGATE_FUNCTIONS } from './allowed-functions.js'

/**
 * Whether a query aggregates at its top level (GROUP BY, HAVING, or an aggregate call outside
 * sub-queries and window clauses): its rows are then statistics about groups, not people.
 */
export function isAggregateSelect(stmt: SelectStmt): boolean {
  if (stmt.larg !== undefined || stmt.rarg !== undefined) {
    return [stmt.larg, stmt.rarg].some((side) => side !== undefined && isAggregateSelect(side))
  }
  if ((stmt.groupClause ?? []).length > 0 || stmt.havingClause !== undefined) return true
  return [stmt.targetList, stmt.sortClause].some(hasAggregateCall)
}

function hasAggregateCall(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false
  if (Array.isArray(value)) return value.some(hasAggregateCall)
  if ('SelectStmt' in value) return false
  if ('FuncCall' in value) {
    const call = (value as { FuncCall: { funcname?: []; over?: unknown } }).FuncCall
    const name = namesOf(call.funcname).at(-1) ?? ''
    if (AGGREGATE_FUNCTIONS.has(name) && call.over === undefined) return true
  }
  return Object.values(value).some(hasAggregateCall)
}
