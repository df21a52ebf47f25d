import { documentKind } from './metadata.js'
import type { RegulationHit } from './search.js'
import { STATUS_LABELS } from './status.js'

export type Language = 'vi' | 'en'

/**
 * "Nghị định 135/2020/NĐ-CP" / "Decree 135/2020/NĐ-CP". Laws are named by their title in
 * Vietnamese ("Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15"), as people cite them.
 */
export function documentName(hit: RegulationHit, language: Language): string {
  const { number, title } = hit.document
  const kind = documentKind(number, title)
  const short = title.split(' — ')[0]?.trim() ?? ''
  if (
    language === 'vi' &&
    (kind.type === 'luat' || kind.type === 'bo_luat') &&
    short.length > kind.vi.length
  ) {
    return `${short} số ${number}`
  }
  return `${kind[language]} ${number}`
}

/** "Điều 4, khoản 2, điểm a" / "Article 4, clause 2, point a", or the topic of a summary. */
export function placeName(hit: RegulationHit, language: Language): string {
  if (hit.article === null) {
    const topic = hit.heading ?? (language === 'vi' ? 'phần giới thiệu' : 'introduction')
    return language === 'vi' ? `mục «${topic}»` : `section “${topic}”`
  }
  const words = language === 'vi' ? ['Điều', 'khoản', 'điểm'] : ['Article', 'clause', 'point']
  const parts = [`${words[0]} ${hit.article}`]
  if (hit.clause !== null) parts.push(`${words[1]} ${hit.clause}`)
  if (hit.point !== null) parts.push(`${words[2]} ${hit.point}`)
  return parts.join(', ')
}

/** One cited passage: where it is from, whether it applies, and the quoted words. */
export function citedPassage(hit: RegulationHit, excerpt: string, language: Language): string {
  const status = STATUS_LABELS[hit.document.status][language]
  const lines = [
    language === 'vi'
      ? `Theo ${placeName(hit, 'vi')} ${documentName(hit, 'vi')} (${status}):`
      : `Under ${documentName(hit, 'en')}, ${placeName(hit, 'en')} (${status}), the Vietnamese text reads:`,
    `“${excerpt}”`,
  ]
  const replaced = replacementNote(hit, language)
  if (replaced !== undefined) lines.push(replaced)
  return lines.join('\n')
}

function replacementNote(hit: RegulationHit, language: Language): string | undefined {
  const { status, supersededBy, effectiveTo, effectiveFrom } = hit.document
  if (status === 'in_force') return undefined
  if (status === 'not_yet_in_force') {
    return language === 'vi'
      ? `Lưu ý: văn bản có hiệu lực từ ngày ${vnDate(effectiveFrom)}.`
      : `Note: this document takes effect on ${effectiveFrom ?? 'a later date'}.`
  }
  const by =
    supersededBy === null
      ? ''
      : language === 'vi'
        ? `, được thay thế bởi ${supersededBy}`
        : `; replaced by ${supersededBy}`
  return language === 'vi'
    ? `Lưu ý: văn bản đã hết hiệu lực${effectiveTo === null ? '' : ` từ sau ngày ${vnDate(effectiveTo)}`}${by}.`
    : `Note: this document is no longer in force${effectiveTo === null ? '' : ` after ${effectiveTo}`}${by}.`
}

/** Said once when any quoted passage comes from the product's own summaries. */
export function summaryNote(language: Language): string {
  return language === 'vi'
    ? 'Trích từ bản tóm tắt do hệ thống biên soạn, không phải nguyên văn văn bản; hãy đối chiếu văn bản gốc trước khi sử dụng chính thức.'
    : 'Quoted from a summary written for this product, not the official wording; check the official text before relying on it.'
}

export function abstention(language: Language): string {
  return language === 'vi'
    ? 'Chưa tìm thấy quy định đủ khớp với câu hỏi trong kho văn bản, nên hệ thống không trả lời để tránh dẫn sai. Hãy diễn đạt lại cụ thể hơn (nêu thuật ngữ như «tuổi nghỉ hưu», «bổ nhiệm», «quy hoạch», hoặc số hiệu văn bản), hoặc bổ sung văn bản liên quan vào kho.'
    : 'No passage in the regulation library matches this question well enough, so no answer is given rather than a wrong one. Try rephrasing with the specific term (retirement age, appointment, planning, evaluation…) or the document number, or add the relevant document to the library.'
}

export const SUGGESTIONS: Record<Language, string[]> = {
  vi: [
    'Tuổi nghỉ hưu của nữ năm 2027 là bao nhiêu?',
    'Điều kiện về tuổi khi bổ nhiệm lần đầu?',
    'Mỗi chức danh được quy hoạch tối đa bao nhiêu người?',
  ],
  en: [
    'What is the retirement age for men in 2027?',
    'How many months of working time must remain for a first appointment?',
    'What score is needed to be rated excellent?',
  ],
}

function vnDate(iso: string | null): string {
  if (iso === null) return '?'
  const [y, m, d] = iso.split('-')
  return `${d}/${m}/${y}`
}
