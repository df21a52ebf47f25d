import { AppError } from '../../errors.js'

/** Front-matter keys (snake_case, as written in files) and the metadata fields they fill. */
const KEYS = {
  number: 'number',
  title: 'title',
  doc_type: 'docType',
  issuer: 'issuer',
  issued_on: 'issuedOn',
  effective_from: 'effectiveFrom',
  effective_to: 'effectiveTo',
  superseded_by: 'supersededBy',
} as const

export interface FrontMatter {
  readonly fields: Record<string, string>
  readonly body: string
}

/**
 * Splits a leading `---` block of `key: value` lines from a .md or .txt file. Deliberately not
 * YAML: only flat, single-line values are meaningful here, and an unknown key is more likely a
 * typo ("efective_from") than a wish, so it is refused with the list of known keys.
 */
export function parseFrontMatter(text: string): FrontMatter {
  const match = /^\s*---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text)
  if (match === null) return { fields: {}, body: text }
  const fields: Record<string, string> = {}
  for (const raw of (match[1] ?? '').split('\n')) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const pair = /^([a-z_]+)\s*:\s*(.*)$/.exec(line)
    const key = pair?.[1] as keyof typeof KEYS | undefined
    if (pair === null || key === undefined || !(key in KEYS)) {
      throw new AppError(
        'VALIDATION',
        `Front matter: cannot read "${line}"; known keys are ${Object.keys(KEYS).join(', ')}.`,
        {
          vi: `Phần thông tin đầu tệp có dòng không đọc được: "${line}".`,
        },
      )
    }
    fields[KEYS[key]] = unquote(pair[2] ?? '')
  }
  return { fields, body: text.slice(match[0].length) }
}

function unquote(value: string): string {
  const trimmed = value.trim()
  const quoted = /^(["'])(.*)\1$/.exec(trimmed)
  return quoted ? (quoted[2] ?? '') : trimmed
}
