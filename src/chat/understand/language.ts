import type { Language } from '../types.js'
import type { Token } from './normalise.js'

/** 'vi-plain': Vietnamese typed without diacritics, matched on the folded form of each word. */
export type DetectedLanguage = 'vi' | 'vi-plain' | 'en'

/** Vietnamese words that are common in questions and rare in English. */
const VIETNAMESE = new Set(
  (
    'bao nhieu nguoi cua co la cac nhung trong nam nu don vi cuc vu phong so luong danh sach ' +
    'lanh dao truong pho tuoi sinh nao ai gi duoc khong hien nay thi sao con va theo tung tren ' +
    'duoi tu den toi ngoai truoc sau nhat cao cap chuyen vien chinh tien si thac hoc nghi huu ' +
    'dang cong tac liet ke cho biet ty le trung binh bo can chuc ngach luc thuoc moi hay giup ' +
    'xin chao ban lam bang voi ve khi ngay thang quy nhiem ky het'
  ).split(' '),
)
const ENGLISH = new Set(
  (
    'how many much what who whom whose the of in is are was list people staff women men ' +
    'employees department average age over under next last year years by per which show number ' +
    'and with do does for retire retiring retired hello hi help can you me please their them ' +
    'those unit units director deputy head there born older younger than between most least ' +
    'share percentage give tell about working officials civil servants degree rank ' +
    'recruitment recruited trend trends joiners leavers joined left evaluation evaluations ' +
    'headcount quota retirements departures hires division divisions agency agencies ' +
    'institute centre center term terms party members ethnic minority male female oldest ' +
    'youngest breakdown since each compare total all from at when will date end'
  ).split(' '),
)

/**
 * Vietnamese words that carry a question rather than a name: "What year was Nguyễn Xuân Hưng
 * born?" is English although the name has diacritics; "Cục Viễn thông có bao nhiêu người?" is not.
 */
const VIETNAMESE_GRAMMAR = new Set(
  (
    'bao nhieu nguoi cua co la cac nhung trong nao ai gi duoc khong hien nay thi sao con va ' +
    'theo tung tren duoi den toi nhat dang liet ke cho biet ty le trung binh hay giup xin chao ' +
    'may bi da se thuoc voi ve khi'
  ).split(' '),
)

export function detectLanguage(original: string, tokens: readonly Token[]): DetectedLanguage {
  if (/[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu.test(original))
    return isEnglishAround(tokens) ? 'en' : 'vi'
  let vi = 0
  let en = 0
  for (const token of tokens) {
    if (VIETNAMESE.has(token.fold)) vi++
    if (ENGLISH.has(token.fold)) en++
  }
  return en > vi ? 'en' : 'vi-plain'
}

/** English words, at least three, outnumber the Vietnamese words of the question's grammar. */
function isEnglishAround(tokens: readonly Token[]): boolean {
  let en = 0
  let vi = 0
  for (const token of tokens) {
    if (token.text === token.fold && ENGLISH.has(token.fold)) en++
    if (VIETNAMESE_GRAMMAR.has(token.fold)) vi++
  }
  return en >= 3 && en > vi
}

/** The language the answer is written in. */
export function answerLanguage(detected: DetectedLanguage): Language {
  return detected === 'en' ? 'en' : 'vi'
}
