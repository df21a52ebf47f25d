/**
 * Line breaks for SQL that leaders read: each top-level clause on its own line and each `and`
 * of the top-level WHERE on its own indented line. Only whitespace outside literals, quoted
 * identifiers and parentheses changes, so the statement means exactly what it meant.
 */
const CLAUSES = [
  'from',
  'inner join',
  'left join',
  'where',
  'group by',
  'having',
  'order by',
  'limit',
]

export function layoutSql(text: string): string {
  let out = ''
  let depth = 0
  let quote: "'" | '"' | null = null
  let inWhere = false
  let openBetween = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quote !== null) {
      if (ch === quote) quote = null
      out += ch
      continue
    }
    if (ch === "'" || ch === '"') quote = ch
    else if (ch === '(') depth++
    else if (ch === ')') depth--
    if (ch !== ' ' || depth !== 0) {
      out += ch
      continue
    }
    const rest = text.slice(i + 1)
    const clause = CLAUSES.find((c) => rest.startsWith(`${c} `))
    if (clause !== undefined) {
      inWhere = clause === 'where'
      out += '\n'
    } else if (rest.startsWith('between ')) {
      openBetween = true
      out += ch
    } else if (rest.startsWith('and ') && inWhere && !openBetween) out += '\n  '
    else {
      if (rest.startsWith('and ')) openBetween = false
      out += ch
    }
  }
  return out
}
