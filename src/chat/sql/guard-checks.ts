import type { A_Expr, ColumnRef, FuncCall, Node, SQLValueFunction, TypeName } from 'libpg-query'
import { ALLOWED_FUNCTIONS, FUNCTION_SCHEMAS, PROJECT_FUNCTIONS } from './allowed-functions.js'
import {
  ALLOWED_CAST_TYPES,
  ALLOWED_EXPRESSION_KINDS,
  ALLOWED_OPERATORS,
  ALLOWED_SQL_VALUE_FUNCTIONS,
  MAX_LITERAL_LENGTH,
  PLAIN_EXPRESSION_NODES,
  SYSTEM_COLUMNS,
} from './allowed-syntax.js'
import { rejectSql } from './rejection.js'

/** The strings of a name list such as ['pg_catalog', 'extract']; other nodes become '?'. */
export function namesOf(nodes: readonly Node[] | undefined): string[] {
  return (nodes ?? []).map((node) => ('String' in node ? (node.String.sval ?? '') : '?'))
}

/**
 * A function must be allow-listed, unqualified or qualified with pg_catalog (built-ins) or public
 * (the project's helpers). Names are compared as the parser folded them: "COUNT" in quotes is
 * another name, and is refused.
 */
export function checkFunction(call: FuncCall): void {
  const names = namesOf(call.funcname)
  const label = names.join('.')
  const name = names.at(-1) ?? ''
  if (names.length > 2 || !ALLOWED_FUNCTIONS.has(name))
    throw rejectSql('FUNCTION_NOT_ALLOWED', label)
  const schema = names.length === 2 ? names[0] : undefined
  if (schema === undefined) return
  const isProjectFunction = PROJECT_FUNCTIONS.has(name)
  if (!FUNCTION_SCHEMAS.has(schema) || (schema === 'public') !== isProjectFunction)
    throw rejectSql('FUNCTION_NOT_ALLOWED', label)
}

export function checkSqlValueFunction(value: SQLValueFunction): void {
  const op = value.op ?? 'SVFOP_UNKNOWN'
  if (!ALLOWED_SQL_VALUE_FUNCTIONS.has(op))
    throw rejectSql('SYSTEM_VALUE_NOT_ALLOWED', op.replace(/^SVFOP_/, '').replace(/_N$/, ''))
}

export function checkTypeName(type: TypeName | undefined): void {
  const names = namesOf(type?.names)
  const label = names.join('.')
  const name = names.at(-1) ?? ''
  const schemaOk = names.length === 1 || (names.length === 2 && names[0] === 'pg_catalog')
  if (type?.setof === true || type?.pct_type === true || !schemaOk || !ALLOWED_CAST_TYPES.has(name))
    throw rejectSql('CAST_NOT_ALLOWED', label)
}

/** An operator from the allow-list, written plainly or as OPERATOR(pg_catalog.op). */
export function checkOperatorName(nameNodes: readonly Node[] | undefined): void {
  const names = namesOf(nameNodes)
  const op = names.at(-1) ?? ''
  const schemaOk = names.length === 1 || (names.length === 2 && names[0] === 'pg_catalog')
  if (!schemaOk || !ALLOWED_OPERATORS.has(op))
    throw rejectSql('OPERATOR_NOT_ALLOWED', names.join('.'))
}

const KINDS_WITH_OPERATORS = new Set([
  'AEXPR_OP',
  'AEXPR_OP_ANY',
  'AEXPR_OP_ALL',
  'AEXPR_DISTINCT',
  'AEXPR_NOT_DISTINCT',
  'AEXPR_NULLIF',
  'AEXPR_IN',
  'AEXPR_LIKE',
  'AEXPR_ILIKE',
])

export function checkExpression(expr: A_Expr): void {
  const kind = expr.kind ?? 'AEXPR_UNKNOWN'
  if (!ALLOWED_EXPRESSION_KINDS.has(kind)) {
    const label = kind === 'AEXPR_SIMILAR' ? 'SIMILAR TO' : kind.replace(/^AEXPR_/, '')
    throw rejectSql('OPERATOR_NOT_ALLOWED', label)
  }
  if (KINDS_WITH_OPERATORS.has(kind)) checkOperatorName(expr.name)
}

export function checkColumnRef(ref: ColumnRef): void {
  const last = ref.fields?.at(-1)
  const name = last !== undefined && 'String' in last ? last.String.sval : undefined
  if (name !== undefined && SYSTEM_COLUMNS.has(name))
    throw rejectSql('SYSTEM_COLUMN_NOT_ALLOWED', name)
}

/** The checks of one expression node; its children are walked by the caller. */
export function checkExpressionNode(type: string, node: Node): void {
  if ('FuncCall' in node) return checkFunction(node.FuncCall)
  if ('SQLValueFunction' in node) return checkSqlValueFunction(node.SQLValueFunction)
  if ('TypeCast' in node) return checkTypeName(node.TypeCast.typeName)
  if ('ColumnRef' in node) return checkColumnRef(node.ColumnRef)
  if ('A_Expr' in node) return checkExpression(node.A_Expr)
  if ('SubLink' in node) {
    if (node.SubLink.operName !== undefined) checkOperatorName(node.SubLink.operName)
    return
  }
  if ('A_Const' in node) {
    const length = node.A_Const.sval?.sval?.length ?? 0
    if (length > MAX_LITERAL_LENGTH) throw rejectSql('LITERAL_TOO_LONG', String(length))
  }
  // ORDER BY x USING op sorts with an operator of the query's choosing.
  if ('SortBy' in node && node.SortBy.useOp !== undefined) checkOperatorName(node.SortBy.useOp)
  if (!PLAIN_EXPRESSION_NODES.has(type)) throw rejectSql('CONSTRUCT_NOT_ALLOWED', type)
}

const STATEMENT_LABELS: Record<string, string> = {
  InsertStmt: 'INSERT',
  UpdateStmt: 'UPDATE',
  DeleteStmt: 'DELETE',
  MergeStmt: 'MERGE',
  VariableSetStmt: 'SET/RESET',
  VariableShowStmt: 'SHOW',
  TransactionStmt: 'a transaction command',
  CopyStmt: 'COPY',
  ExplainStmt: 'EXPLAIN',
  CallStmt: 'CALL',
  DoStmt: 'DO',
}

/** A reader's name for a statement type: 'UPDATE', 'SET/RESET'… */
export function statementLabel(node: Node | undefined): string {
  const type = node === undefined ? '?' : (Object.keys(node)[0] ?? '?')
  return STATEMENT_LABELS[type] ?? type.replace(/Stmt$/, '').toUpperCase()
}
