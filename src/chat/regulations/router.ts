import { foldDiacritics } from './text.js'

/**
 * Cues that a question is about the rules rather than about the data. Matched without
 * diacritics, as whole words; weights add up and the total is capped at 1.
 */
const REGULATION_CUES: readonly (readonly [RegExp, number])[] = [
  [/\b(nghi dinh|thong tu|quy dinh|quy che|bo luat|luat|huong dan|van ban)\b/, 0.35],
  [/\b(decree|circular|regulation|law|code|guidance|rule|rules)\b/, 0.35],
  [/\b(dieu|khoan|diem) \d+|\b(article|clause) \d+/, 0.45],
  [/\b\d{1,4}\/\d{4}\/[a-z-]+|\b\d{1,4}-(qd|hd)\/[a-z]+/, 0.45],
  [
    /\b(theo luat|theo quy dinh|duoc phep|co duoc|dieu kien|tieu chuan|hieu luc|quy trinh|thu tuc)\b/,
    0.3,
  ],
  [/\b(allowed|permitted|conditions?|eligible|requirements?|in force|entitled)\b/, 0.3],
  [/\b(bao nhieu tuoi|tuoi nghi huu|nghi huu (som|muon|truoc tuoi)|keo dai thoi gian)\b/, 0.4],
  [/\b(retirement age|retire early|early retirement|retire later)\b/, 0.4],
  [
    /\b(bo nhiem|quy hoach|ky luat|xep loai|nang bac luong|luong co so|du lieu ca nhan|nhay cam)\b/,
    0.2,
  ],
  [/\b(appointment|planning|discipline|evaluation|salary step|base salary|personal data)\b/, 0.2],
  [/\b(thoi han|toi da|toi thieu|bao lau|la gi|nhu the nao)\b/, 0.1],
  [/\b(maximum|minimum|how long|what is)\b/, 0.1],
]

/** Cues of a question about the personnel data itself: counts, lists, named people and units. */
const DATA_CUES: readonly (readonly [RegExp, number])[] = [
  [
    /\b(co bao nhieu (nguoi|can bo|cong chuc|vien chuc)|so luong (nguoi|can bo)|thong ke|danh sach|liet ke)\b/,
    0.5,
  ],
  [/\b(how many (people|staff|officials|employees)|list|count|headcount)\b/, 0.5],
  [/\b(cuc|vu|vien|trung tam) [a-z]+ (co|nam nao)|\b(don vi nao|ai la|nhung ai)\b/, 0.3],
  [/\b(nam nay|nam sau|trong \d+ nam toi|next year|this year)\b/, 0.15],
]

/**
 * A score in [0, 1] of how much `text` looks like a question about the regulations, for the
 * chat router: above about 0.4 it should go to regulation retrieval. Questions that count or
 * list people score lower even when they mention a rule ("bao nhiêu người nghỉ hưu năm nay").
 */
export function looksLikeRegulationQuestion(text: string): number {
  const folded = foldDiacritics(text.normalize('NFC'))
    .replace(/[^a-z0-9/ -]+/g, ' ')
    .replace(/\s+/g, ' ')
  const sum = (cues: typeof REGULATION_CUES) =>
    cues.reduce((total, [pattern, weight]) => total + (pattern.test(folded) ? weight : 0), 0)
  const score = sum(REGULATION_CUES) - sum(DATA_CUES)
  return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100
}
