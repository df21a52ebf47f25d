import type { Language, QueryResult } from '../../types.js'
import type { Assumption, PeoplePlan, QueryPlan } from '../plan.js'
import { RETIREMENT_SOON_MONTHS } from '../parse/times.js'
import { formatDate } from '../../../dates.js'
import { describePeople } from './describe-filter.js'
import { type ColumnKey, columnLabel } from '../../sql/column-labels.js'
import { VALUE_LABELS } from '../vocabulary/value-labels.js'

/**
 * One sentence that answers the question, in its language, from the plan and the rows: "Cục
 * Viễn thông: 67 nữ đang công tác." The table and the SQL carry the detail.
 */
export function phraseAnswer(plan: QueryPlan, result: QueryResult, language: Language): string {
  const notes = plan.subject === 'people' ? assumptionNotes(plan.assumptions, language) : ''
  return `${sentence(plan, result, language)}${notes}`
}

/** What the engine assumed where the question left a choice, said after the answer. */
export function assumptionNotes(
  assumptions: readonly Assumption[] | undefined,
  language: Language,
): string {
  const vi = language === 'vi'
  const notes = (assumptions ?? []).map((a) => {
    switch (a) {
      case 'retirement_soon':
        return vi
          ? `“Sắp nghỉ hưu” được hiểu là đến thời điểm nghỉ hưu trong ${RETIREMENT_SOON_MONTHS} tháng tới (khoảng thời gian cơ quan ra thông báo nghỉ hưu trước ngày nghỉ hưu); hãy nêu khoảng thời gian nếu muốn khác.`
          : `“About to retire” is read as reaching the retirement date within the next ${RETIREMENT_SOON_MONTHS} months (the period before retirement in which the retirement notice is issued); name a period for another window.`
      case 'service_state':
        return vi
          ? 'Thâm niên công tác tính theo số năm tròn kể từ ngày vào cơ quan nhà nước (không chỉ tại Bộ).'
          : 'Length of service is counted in whole years since joining the state service (not only the ministry).'
      case 'service_ministry':
        return vi
          ? 'Thâm niên tại Bộ tính theo số năm tròn kể từ ngày vào Bộ.'
          : 'Years in the ministry are counted in whole years since joining the ministry.'
    }
  })
  return notes.length === 0 ? '' : ` ${notes.join(' ')}`
}

function sentence(plan: QueryPlan, result: QueryResult, language: Language): string {
  const vi = language === 'vi'
  // Every row was about fewer than 5 people and withheld: not the same as no match.
  if (result.rows.length === 0 && result.suppressedRows > 0)
    return vi
      ? 'Kết quả liên quan đến nhóm dưới 5 người nên không được hiển thị.'
      : 'The result concerns a group of fewer than 5 people and is not shown.'
  if (result.rows.length === 0) return vi ? 'Không có kết quả phù hợp.' : 'No matching records.'
  const scope = scopeOf(plan, vi)
  if (plan.subject === 'people') return peopleAnswer(plan, result, scope, vi)
  if (result.rows.length === 1 && result.columns.length === 1)
    return `${scope} — ${result.columns[0]}: ${showCell(result, 0, result.rows[0]?.[0], vi)}.`
  return rowsSummary(result, scope, vi)
}

function scopeOf(plan: QueryPlan, vi: boolean): string {
  const names = plan.unitNames ?? []
  if (names.length === 0) return vi ? 'Toàn Bộ' : 'The ministry'
  return names.join(vi ? ' và ' : ' and ')
}

function peopleAnswer(plan: PeoplePlan, result: QueryResult, scope: string, vi: boolean): string {
  const first = result.rows[0] ?? []
  const counted =
    plan.measure.kind === 'count' ? first[0] : plan.measure.kind === 'list' ? result.rowCount : 0
  const who = describePeople(plan.filters, vi ? 'vi' : 'en', Number(counted))
  if (plan.personNames !== undefined) return personFacts(plan.personNames, result, vi)
  if (plan.groupBy !== undefined || (plan.measure.kind === 'list' && plan.order !== undefined))
    return rowsSummary(result, scope, vi)
  switch (plan.measure.kind) {
    case 'count':
      return vi
        ? `${scope} có ${show(first[0], vi)} ${who}.`
        : `${scope}: ${show(first[0], vi)} ${who}.`
    case 'list': {
      const shown = result.truncated
        ? vi
          ? ` (hiển thị ${result.rows.length})`
          : ` (${result.rows.length} shown)`
        : ''
      return `${scope}: ${show(result.rowCount, vi)} ${who}${shown}.`
    }
    case 'share':
      return vi
        ? `${scope}, ${who}: tỷ lệ ${show(first[0], vi)}%.`
        : `${scope}, ${who}: ${show(first[0], vi)}%.`
    case 'avg':
    case 'min':
    case 'max':
      return `${result.columns[0]} (${scope}, ${who}): ${show(first[0], vi)}.`
  }
}

function personFacts(names: readonly string[], result: QueryResult, vi: boolean): string {
  const row = result.rows[0] ?? []
  const facts = result.columns.map(
    // "ngày vào Bộ": only the first letter drops its capital; "Bộ" is a name.
    (column, i) =>
      `${column.charAt(0).toLowerCase()}${column.slice(1)}: ${labelled(column, showCell(result, i, row[i], vi), vi)}`,
  )
  return `${names.join(', ')} — ${facts.join('; ')}.`
}

/** The first rows of a table, "key: value", and how many there are. */
function rowsSummary(result: QueryResult, scope: string, vi: boolean): string {
  const top = result.rows
    .slice(0, 3)
    .map((row) =>
      row.map((cell, i) =>
        i < row.length - 1 ? labelled(result.columns[i], key(cell, vi), vi) : show(cell, vi),
      ),
    )
    .map((cells) => cells.join(': '))
    .join('; ')
  const more = result.rows.length > 3 ? '; …' : ''
  // One row is the answer itself ("Toàn Bộ: Phạm Trung Phúc."); more are counted.
  if (result.rowCount === 1) return `${scope}: ${top}.`
  const count = vi ? `${result.rowCount} dòng` : `${result.rowCount} rows`
  return `${scope} (${count}): ${top}${more}.`
}

/** Columns of years ("Năm sinh", "Year"): 2026, not the "2.026" of a count. */
const YEAR_COLUMN = /^(năm|year)\b|\b(năm|year)$/iu

function showCell(result: QueryResult, column: number, v: unknown, vi: boolean): string {
  const isYear = YEAR_COLUMN.test(result.columns[column] ?? '')
  if (isYear && (typeof v === 'number' || (typeof v === 'string' && /^\d{4}$/.test(v))))
    return String(v)
  return show(v, vi)
}

/** The coded keys of a breakdown, by the column they come out in. */
const CODED_COLUMNS: readonly (readonly [ColumnKey, keyof typeof VALUE_LABELS])[] = [
  ['sex', 'sex'],
  ['status', 'status'],
  ['staff_category', 'staff_category'],
  ['degree', 'degree'],
  ['academic_title', 'academic_title'],
  ['political_theory', 'political_theory'],
  ['state_management', 'state_management'],
  ['evaluation_level', 'evaluation'],
  ['reason', 'movement_reason'],
  ['direction', 'direction'],
]

/** "female" as "Nữ" / "Female" in the sentence; the table keeps the stored code. */
function labelled(column: string | undefined, value: string, vi: boolean): string {
  const language = vi ? 'vi' : 'en'
  const coded = CODED_COLUMNS.find(([k]) => columnLabel(k, language) === column)
  if (coded === undefined) return value
  const labels: Readonly<Record<string, { vi: string; en: string }>> = VALUE_LABELS[coded[1]]
  return labels[value]?.[language] ?? value
}

/** A breakdown's key as stored: a year or an age band is no quantity to group digits of. */
function key(v: unknown, vi: boolean): string {
  const whole = (typeof v === 'number' && Number.isInteger(v)) || /^\d+$/.test(String(v))
  return whole ? String(v) : show(v, vi)
}

function show(v: unknown, vi: boolean): string {
  if (v === null || v === undefined) return vi ? 'không có' : 'none'
  if (typeof v === 'number')
    return v.toLocaleString(vi ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 })
  // dd/mm/yyyy in either language: the way dates are written in Vietnam.
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v)
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) return show(Number(v), vi)
  return typeof v === 'string' ? v : JSON.stringify(v)
}
