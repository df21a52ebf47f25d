import { foldDiacritics, hasDiacritics } from './text.js'

/**
 * Vietnamese function words that say nothing about which rule is meant ("là", "của", "bao
 * nhiêu"). Written with diacritics; a word typed without them is checked against their folded
 * forms, except the folded forms that are also content words in this domain: "co" may be "có"
 * or "cơ (sở)", "tai" may be "tại" or "tài (sản)", "dang" may be "đang" or "Đảng".
 */
const STOPWORDS = [
  'à', 'ạ', 'ai', 'bao', 'bị', 'các', 'cái', 'cho', 'chưa', 'có', 'còn', 'của', 'cũng', 'đã',
  'đang', 'đâu', 'để', 'đến', 'đó', 'đây', 'được', 'gì', 'gồm', 'hay', 'hãy', 'hoặc', 'hỏi',
  'khi', 'không', 'là', 'lại', 'mà', 'mấy', 'mình', 'một', 'nào', 'này', 'nếu',
  'nhé', 'nhỉ', 'những', 'như', 'nhiêu', 'ở', 'phải', 'rằng', 'rồi', 'sao', 'sẽ', 'tại',
  'thì', 'tôi', 'trong', 'từ', 'và', 'vào', 'vậy', 'về', 'với', 'xin', 'bạn', 'cần', 'theo',
] // prettier-ignore

const AMBIGUOUS_FOLDED = new Set([
  'bao', 'bi', 'can', 'cho', 'co', 'da', 'dang', 'de', 'do', 'khi', 'nhu', 'sao', 'tai', 'the',
  'thi', 'tu', 've',
]) // prettier-ignore

const ACCENTED = new Set(STOPWORDS)
const FOLDED = new Set(
  STOPWORDS.map((w) => foldDiacritics(w)).filter((w) => !AMBIGUOUS_FOLDED.has(w)),
)

/** Whether a lower-case NFC word is a function word, judged with its diacritics when it has them. */
export function isStopword(word: string): boolean {
  return hasDiacritics(word) ? ACCENTED.has(word) : ACCENTED.has(word) || FOLDED.has(word)
}
