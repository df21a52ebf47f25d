import { isDeepStrictEqual } from 'node:util'
import type { Node, ResTarget, SelectStmt } from 'libpg-query'
import { deparseSync } from 'pgsql-deparser'
import { AppError } from '../../errors.js'
import { isAggregateSelect } from './aggregates.js'
import { isSensitiveChatView, PERSON_KEY_OF_VIEW, type ChatView } from './chat-views.js'
import { parseSql, withoutPositions } from './parser.js'

/** The column added to each statistic: how many people stand behind it. */
export const GROUP_SIZE_COLUMN = '__hrm_group_size'

/**
 * Adds to a sensitive aggregate query a last column with each output row's group size, so rows
 * about fewer than k people can be withheld. The size counts distinct people: the person key of
 * the sensitive views first, then of the other person views in the top-level FROM
 * (`count(distinct coalesce(pp.person_id, p.id))`), so that joining a person's evaluations or
 * crossing with everyone else does not inflate it; `count(*)` when the FROM names no person view.
 * The query is rewritten on its parse tree, printed back, and parsed again to prove the printed
 * text means the rewritten tree.
 */
export function addGroupSizeColumn(query: string): string {
  const statement = parseSql(query).stmts?.[0]?.stmt
  if (statement === undefined || !('SelectStmt' in statement)) throw uncheckable()
  const tree = structuredClone(statement)
  addToAggregatingBranches(targetOf(tree.SelectStmt))
  const printed = deparseSync(tree, { pretty: false })
  const reparsed = parseSql(printed).stmts?.[0]?.stmt
  if (!isDeepStrictEqual(withoutPositions(reparsed), withoutPositions(tree))) throw uncheckable()
  return printed
}

/** The guard's row-cap wrapper holds the asker's query as its only FROM item. */
function targetOf(stmt: SelectStmt): SelectStmt {
  const only = stmt.fromClause?.length === 1 ? stmt.fromClause[0] : undefined
  const sub = only !== undefined && 'RangeSubselect' in only ? only.RangeSubselect : undefined
  const isWrapper = sub?.alias?.aliasname === 'q' && (stmt.targetList ?? []).length === 1
  if (isWrapper && sub?.subquery !== undefined && 'SelectStmt' in sub.subquery)
    return sub.subquery.SelectStmt
  return stmt
}

function addToAggregatingBranches(stmt: SelectStmt): void {
  if (stmt.larg !== undefined && stmt.rarg !== undefined) {
    addToAggregatingBranches(stmt.larg)
    addToAggregatingBranches(stmt.rarg)
    return
  }
  // A branch that does not aggregate lists rows, not statistics: its size stays null.
  const size = isAggregateSelect(stmt) ? groupSizeExpression(stmt) : 'null::bigint'
  stmt.targetList = [...(stmt.targetList ?? []), { ResTarget: groupSizeTarget(size) }]
}

function groupSizeExpression(stmt: SelectStmt): string {
  // chat.people and chat.people_private hold one row per person: read alone, each row is a
  // distinct person and count(*) is the same size without sorting every person's key, which
  // for a ministry-wide statistic at national scale was a second of external sort.
  if (isOnePersonPerRow(stmt.fromClause ?? [])) return 'count(*)'
  const keys = personKeys(stmt.fromClause ?? [])
  keys.sort((a, b) => Number(b.sensitive) - Number(a.sensitive))
  if (keys.length === 0) return 'count(*)'
  return `count(distinct coalesce(${keys.map((key) => key.reference).join(', ')}))`
}

const ONE_ROW_PER_PERSON: readonly string[] = ['people', 'people_private']

function isOnePersonPerRow(items: readonly Node[]): boolean {
  const only = items.length === 1 ? items[0] : undefined
  if (only === undefined || !('RangeVar' in only)) return false
  const view = only.RangeVar
  return view.schemaname === 'chat' && ONE_ROW_PER_PERSON.includes(view.relname ?? '')
}

interface PersonKey {
  readonly reference: string
  readonly sensitive: boolean
}

/** Person keys of the chat views visible by name in a FROM list (not hidden by a join alias). */
function personKeys(items: readonly Node[]): PersonKey[] {
  return items.flatMap((item): PersonKey[] => {
    if ('JoinExpr' in item) {
      const join = item.JoinExpr
      if (join.alias !== undefined) return []
      return personKeys([join.larg, join.rarg].filter((side) => side !== undefined))
    }
    if (!('RangeVar' in item) || item.RangeVar.schemaname !== 'chat') return []
    const view = item.RangeVar.relname ?? ''
    const key = PERSON_KEY_OF_VIEW[view as ChatView]
    if (key === undefined) return []
    const alias = item.RangeVar.alias?.aliasname
    const qualifier = alias === undefined ? [quote('chat'), quote(view)] : [quote(alias)]
    return [
      { reference: [...qualifier, quote(key)].join('.'), sensitive: isSensitiveChatView(view) },
    ]
  })
}

function groupSizeTarget(expression: string): ResTarget {
  const parsed = parseSql(`select ${expression}`).stmts?.[0]?.stmt
  const target =
    parsed !== undefined && 'SelectStmt' in parsed ? parsed.SelectStmt.targetList?.[0] : undefined
  if (target === undefined || !('ResTarget' in target)) throw uncheckable()
  return { ...target.ResTarget, name: GROUP_SIZE_COLUMN }
}

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`
}

function uncheckable(): AppError {
  return new AppError(
    'SQL_REJECTED',
    'This statistic about sensitive data could not be checked for small groups; ask it in a simpler form.',
    {
      vi: 'Không kiểm tra được thống kê dữ liệu nhạy cảm này đối với nhóm nhỏ; hãy hỏi theo cách đơn giản hơn.',
      details: { reason: 'SMALL_GROUP_CHECK_FAILED' },
    },
  )
}

/**
 * Drops the group-size column and every row whose group is smaller than k (rows of a branch
 * that lists people rather than counting them carry null and are kept).
 */
export function withholdSmallGroups(
  columns: readonly string[],
  rows: readonly unknown[][],
  k: number,
): { columns: string[]; rows: unknown[][]; suppressed: number } {
  const at = columns.lastIndexOf(GROUP_SIZE_COLUMN)
  if (at < 0) throw uncheckable()
  const kept = rows.filter((row) => row[at] === null || Number(row[at]) >= k)
  const drop = (values: readonly unknown[]) => values.filter((_, index) => index !== at)
  return {
    columns: drop(columns) as string[],
    rows: kept.map(drop),
    suppressed: rows.length - kept.length,
  }
}
