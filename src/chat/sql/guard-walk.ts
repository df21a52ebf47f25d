import type { Node, RangeVar, SelectStmt, WithClause } from 'libpg-query'
import type { Tier } from '../../access/index.js'
import { isChatView, isSensitiveChatView, isWholeMinistryChatView } from './chat-views.js'
import { MAX_DEPTH } from './allowed-syntax.js'
import { checkExpressionNode, statementLabel } from './guard-checks.js'
import { rejectSql } from './rejection.js'

/** What the walk learns about an accepted query. */
export interface WalkContext {
  readonly tier: Tier
  readonly wholeMinistry: boolean
  readonly relations: Set<string>
  usesSensitive: boolean
}

type Body = Record<string, unknown>
/** Names of the WITH queries visible at a point of the query (innermost last). */
type Scope = readonly string[]

const SELECT_KEYS = new Set([
  'distinctClause',
  'intoClause',
  'targetList',
  'fromClause',
  'whereClause',
  'groupClause',
  'groupDistinct',
  'havingClause',
  'windowClause',
  'valuesLists',
  'sortClause',
  'limitOffset',
  'limitCount',
  'limitOption',
  'lockingClause',
  'withClause',
  'op',
  'all',
  'larg',
  'rarg',
])
const EXPRESSION_FIELDS = [
  'distinctClause',
  'targetList',
  'whereClause',
  'groupClause',
  'havingClause',
  'windowClause',
  'valuesLists',
  'sortClause',
  'limitOffset',
  'limitCount',
] as const

const FROM_ITEM_LABELS: Record<string, string> = {
  RangeFunction: 'A function call (such as generate_series or unnest)',
  RangeTableSample: 'TABLESAMPLE',
  JsonTable: 'JSON_TABLE',
  RangeTableFunc: 'XMLTABLE',
}

/** A parse-tree node `{ Type: body }` as its type and body; undefined for inline structs. */
export function unwrap(value: unknown): [string, Body] | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  const keys = Object.keys(value)
  const key = keys[0]
  if (keys.length !== 1 || key === undefined || !/^[A-Z]/.test(key)) return undefined
  const body = (value as Body)[key]
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined
  return [key, body as Body]
}

function guardDepth(depth: number): void {
  if (depth > MAX_DEPTH) throw rejectSql('TOO_DEEP')
}

/** Checks one SELECT (or set operation) and everything under it; throws on the first refusal. */
export function checkSelect(stmt: SelectStmt, scope: Scope, ctx: WalkContext, depth: number): void {
  guardDepth(depth)
  for (const key of Object.keys(stmt)) {
    if (!SELECT_KEYS.has(key)) throw rejectSql('CONSTRUCT_NOT_ALLOWED', key)
  }
  if (stmt.intoClause !== undefined) throw rejectSql('INTO_NOT_ALLOWED')
  if ((stmt.lockingClause ?? []).length > 0) throw rejectSql('LOCKING_NOT_ALLOWED')
  const inner = checkWith(stmt.withClause, scope, ctx, depth + 1)
  if (stmt.larg !== undefined) checkSelect(stmt.larg, inner, ctx, depth + 1)
  if (stmt.rarg !== undefined) checkSelect(stmt.rarg, inner, ctx, depth + 1)
  for (const item of stmt.fromClause ?? []) checkFromItem(item, inner, ctx, depth + 1)
  for (const field of EXPRESSION_FIELDS) checkNode(stmt[field], inner, ctx, depth + 1)
}

/**
 * WITH queries must be SELECTs. Without RECURSIVE a WITH query sees only the ones before it, as
 * in PostgreSQL: a later name must not excuse an unqualified table read earlier.
 */
function checkWith(clause: WithClause | undefined, scope: Scope, ctx: WalkContext, depth: number) {
  if (clause === undefined) return scope
  if (clause.recursive === true) throw rejectSql('RECURSIVE_NOT_ALLOWED')
  let visible = scope
  for (const node of clause.ctes ?? []) {
    const cte = 'CommonTableExpr' in node ? node.CommonTableExpr : undefined
    if (cte === undefined) throw rejectSql('CONSTRUCT_NOT_ALLOWED', Object.keys(node)[0] ?? '?')
    if (cte.search_clause !== undefined || cte.cycle_clause !== undefined)
      throw rejectSql('RECURSIVE_NOT_ALLOWED')
    const query = cte.ctequery
    if (query === undefined || !('SelectStmt' in query))
      throw rejectSql('DATA_MODIFYING_CTE', statementLabel(query))
    checkSelect(query.SelectStmt, visible, ctx, depth + 1)
    visible = [...visible, cte.ctename ?? '']
  }
  return visible
}

function checkFromItem(item: Node, scope: Scope, ctx: WalkContext, depth: number): void {
  guardDepth(depth)
  if ('RangeVar' in item) return checkRelation(item.RangeVar, scope, ctx)
  if ('JoinExpr' in item) {
    const join = item.JoinExpr
    if (join.larg !== undefined) checkFromItem(join.larg, scope, ctx, depth + 1)
    if (join.rarg !== undefined) checkFromItem(join.rarg, scope, ctx, depth + 1)
    checkNode(join.quals, scope, ctx, depth + 1)
    checkNode(join.usingClause, scope, ctx, depth + 1)
    return
  }
  if ('RangeSubselect' in item) {
    const sub = item.RangeSubselect
    if (sub.alias === undefined) throw rejectSql('SUBQUERY_ALIAS_REQUIRED')
    if (sub.subquery === undefined || !('SelectStmt' in sub.subquery))
      throw rejectSql('CONSTRUCT_NOT_ALLOWED', 'sub-query')
    return checkSelect(sub.subquery.SelectStmt, scope, ctx, depth + 1)
  }
  const type = Object.keys(item)[0] ?? '?'
  throw rejectSql('FROM_ITEM_NOT_ALLOWED', FROM_ITEM_LABELS[type] ?? type)
}

/** Only chat.<view>, schema-qualified, or the name of a visible WITH query. */
function checkRelation(relation: RangeVar, scope: Scope, ctx: WalkContext): void {
  const name = relation.relname ?? ''
  const schema = relation.schemaname
  if (relation.catalogname !== undefined)
    throw rejectSql('RELATION_NOT_ALLOWED', `${relation.catalogname}.${schema ?? ''}.${name}`)
  if (schema === undefined) {
    if (scope.includes(name)) return
    throw rejectSql(isChatView(name) ? 'UNQUALIFIED_RELATION' : 'RELATION_NOT_ALLOWED', name)
  }
  if (schema !== 'chat') throw rejectSql('RELATION_NOT_ALLOWED', `${schema}.${name}`)
  if (!isChatView(name)) throw rejectSql('UNKNOWN_VIEW', `chat.${name}`)
  if (isSensitiveChatView(name)) {
    if (ctx.tier !== 'sensitive' && ctx.tier !== 'self') throw rejectSql('SENSITIVE_NOT_ALLOWED')
    ctx.usesSensitive = true
  }
  if (isWholeMinistryChatView(name) && !ctx.wholeMinistry)
    throw rejectSql('WHOLE_MINISTRY_ONLY', `chat.${name}`)
  ctx.relations.add(`chat.${name}`)
}

/** Any value of the tree: lists, inline structs and nodes; each node type must be allowed. */
function checkNode(value: unknown, scope: Scope, ctx: WalkContext, depth: number): void {
  guardDepth(depth)
  if (value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (const item of value) checkNode(item, scope, ctx, depth + 1)
    return
  }
  const node = unwrap(value)
  if (node === undefined) {
    for (const inner of Object.values(value)) checkNode(inner, scope, ctx, depth + 1)
    return
  }
  const [type, body] = node
  if (type === 'SelectStmt') return checkSelect(body, scope, ctx, depth + 1)
  checkExpressionNode(type, value as Node)
  for (const inner of Object.values(body)) checkNode(inner, scope, ctx, depth + 1)
}
