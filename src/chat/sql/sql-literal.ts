/**
 * Values written into SQL text as literals, so that the SQL shown to the asker is exactly the
 * SQL executed. Strings use standard_conforming_strings semantics (PostgreSQL's default since
 * 9.1): a quote is doubled and a backslash is an ordinary character, so no input can end the
 * literal early.
 */
export function formatSqlLiteral(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return quoteString(value)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`)
    return value < 0 ? `(${value})` : String(value)
  }
  if (typeof value === 'bigint') return value < 0n ? `(${value})` : value.toString()
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (value instanceof Date) return `date ${quoteString(isoDay(value))}`
  if (Array.isArray(value)) return `array[${value.map((v) => formatSqlLiteral(v)).join(', ')}]`
  throw new TypeError(`No SQL literal for a value of type ${typeof value}`)
}

function quoteString(value: string): string {
  // PostgreSQL text cannot hold NUL; refusing it keeps the C parser and the server in agreement.
  if (value.includes('\u0000')) throw new RangeError('A SQL string literal cannot contain NUL')
  return `'${value.replaceAll("'", "''")}'`
}

function isoDay(value: Date): string {
  if (Number.isNaN(value.getTime())) throw new RangeError('Invalid date')
  return value.toISOString().slice(0, 10)
}

/** A calendar day ('YYYY-MM-DD') as the Date the formatter writes back as that day. */
export function dayValue(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new RangeError(`Not a calendar day: ${iso}`)
  const value = new Date(`${iso}T00:00:00Z`)
  if (Number.isNaN(value.getTime()) || value.toISOString().slice(0, 10) !== iso)
    throw new RangeError(`Not a calendar day: ${iso}`)
  return value
}
