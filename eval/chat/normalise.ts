/**
 * One comparable form for a result cell, whichever engine or driver produced it: pg hands back
 * bigints and numerics as strings, PGlite as numbers; an engine may round, pad or format.
 */
export type Cell = string | number | boolean | null

/** What a cell is, for matching a single-cell gold against a row that also carries labels. */
export type CellKind = 'number' | 'date' | 'boolean' | 'text' | 'null'

// No leading zeros: '01.002' is a rank code and '0912…' a phone number, not numbers.
const NUMERIC = /^[-+]?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[-+]\d{2}(?::?\d{2})?)?)?$/

/** Rounds to 2 decimals: engines disagree in the last digits of averages and shares. */
function round2(value: number): number {
  const rounded = Math.round(value * 100) / 100
  return Object.is(rounded, -0) ? 0 : rounded
}

export function normaliseCell(value: unknown): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') return Number.isFinite(value) ? round2(value) : String(value)
  if (typeof value === 'bigint') return round2(Number(value))
  if (typeof value === 'boolean') return value
  if (value instanceof Date) return localDate(value)
  if (typeof value === 'string') return normaliseText(value)
  return JSON.stringify(value)
}

function normaliseText(value: string): Cell {
  const text = value.trim()
  if (NUMERIC.test(text)) return round2(Number(text))
  const date = ISO_DATE.exec(text)
  if (date !== null) return date[1] ?? text
  const lower = text.toLowerCase()
  if (lower === 'true' || lower === 'false') return lower === 'true'
  // NFC: the same Vietnamese letter can arrive precomposed or as base + combining marks.
  return text.normalize('NFC')
}

/** A calendar date read in local time, as drivers build a Date at local midnight. */
function localDate(value: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`
}

export function kindOf(cell: Cell): CellKind {
  if (cell === null) return 'null'
  if (typeof cell === 'number') return 'number'
  if (typeof cell === 'boolean') return 'boolean'
  return ISO_DATE.test(cell) ? 'date' : 'text'
}

export function normaliseRows(rows: readonly (readonly unknown[])[]): Cell[][] {
  return rows.map((row) => row.map(normaliseCell))
}
