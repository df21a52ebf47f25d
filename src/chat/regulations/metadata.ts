import { z } from 'zod'
import { AppError } from '../../errors.js'
import { normalizeText } from './text.js'

/** A calendar date given as 2020-11-18 or 18/11/2020, kept as 'YYYY-MM-DD'. */
const calendarDate = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const iso = toIsoDate(value)
    if (iso === undefined) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a date (use 2020-11-18)` })
      return z.NEVER
    }
    return iso
  })

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? undefined : normalizeText(v)))
    .optional()

const optionalDate = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(calendarDate.optional())
  .optional()

const NUMBER_MISSING = 'number: the document number, e.g. 135/2020/NĐ-CP'
const TITLE_MISSING = 'title: the document title'

/** What describes a regulation document, from a front-matter block, CLI flags or form fields. */
export const regulationMetadataSchema = z
  .object({
    number: z
      .string({ error: NUMBER_MISSING })
      .trim()
      .min(2, NUMBER_MISSING)
      .max(80)
      .transform((v) => normalizeText(v)),
    title: z
      .string({ error: TITLE_MISSING })
      .trim()
      .min(3, TITLE_MISSING)
      .max(500)
      .transform((v) => normalizeText(v)),
    docType: z
      .string()
      .trim()
      .regex(/^[a-z_]{2,30}$/, 'doc_type: lower-case letters and _, e.g. nghi_dinh')
      .optional(),
    issuer: optionalText(200),
    issuedOn: optionalDate,
    effectiveFrom: optionalDate,
    effectiveTo: optionalDate,
    supersededBy: optionalText(80),
  })
  .refine(
    (m) => !m.effectiveFrom || !m.effectiveTo || m.effectiveFrom <= m.effectiveTo,
    'effective_to must not be before effective_from',
  )

export type RegulationMetadata = z.output<typeof regulationMetadataSchema>
export type RegulationMetadataInput = z.input<typeof regulationMetadataSchema>

/** Validates metadata, failing with one VALIDATION error that names every bad field. */
export function parseMetadata(input: Record<string, unknown>): RegulationMetadata {
  const parsed = regulationMetadataSchema.safeParse(input)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((i) => i.message).join('; ')
  throw new AppError('VALIDATION', `Document metadata: ${problems}`, {
    vi: `Thông tin văn bản chưa hợp lệ: ${problems}`,
  })
}

export function toIsoDate(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value)
  const [y, m, d] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : vn
      ? [Number(vn[3]), Number(vn[2]), Number(vn[1])]
      : [NaN, NaN, NaN]
  const date = new Date(Date.UTC(y, m - 1, d))
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== d || date.getUTCMonth() !== m - 1) {
    return undefined
  }
  return date.toISOString().slice(0, 10)
}

interface Kind {
  readonly type: string
  readonly vi: string
  readonly en: string
}

// Ordered: the first pattern that matches the number wins ("Bộ luật" before "Luật").
const KINDS: readonly (Kind & { title: RegExp; number: RegExp })[] = [
  { type: 'bo_luat', vi: 'Bộ luật', en: 'Code', title: /^bộ luật/i, number: /$^/ },
  { type: 'luat', vi: 'Luật', en: 'Law', title: /^luật/i, number: /\/QH\d+$/ },
  { type: 'nghi_dinh', vi: 'Nghị định', en: 'Decree', title: /^nghị định/i, number: /NĐ-CP$/ },
  { type: 'thong_tu', vi: 'Thông tư', en: 'Circular', title: /^thông tư/i, number: /\/TT-/ },
  { type: 'quyet_dinh', vi: 'Quyết định', en: 'Decision', title: /^quyết định/i, number: /QĐ-/ },
  { type: 'quy_dinh', vi: 'Quy định', en: 'Regulation', title: /^quy định/i, number: /-QĐ\/TW$/ },
  { type: 'huong_dan', vi: 'Hướng dẫn', en: 'Guidance', title: /^hướng dẫn/i, number: /-HD\// },
  { type: 'quy_che', vi: 'Quy chế', en: 'Rules', title: /^quy chế/i, number: /\/QC-/ },
]

/** The kind of instrument, from the title's first words or else the number's suffix. */
export function documentKind(number: string, title = ''): Kind {
  const found =
    KINDS.find((k) => k.title.test(title.trim())) ?? KINDS.find((k) => k.number.test(number))
  return found ?? { type: 'khac', vi: 'Văn bản', en: 'Document' }
}
