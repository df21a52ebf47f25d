import type { NormalisedQuestion } from '../normalise.js'

/**
 * Common Vietnamese surnames, folded. A person's name in a question starts with one ("Nguyễn
 * Văn An", "tran thi binh"); the name is then looked up among the people the asker may see.
 */
const SURNAMES = new Set(
  (
    'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh dao luong ' +
    'trinh mai to truong ha cao lam doan vuong ta chu quach kieu luu thai tang phung trieu la ' +
    'tong khuc giang kim lac nghiem au bach banh dam diep dong han hua khong khuat lai lo ma ' +
    'mac nong ong quan tieu thach than thieu vi vien cam xa son danh chau van quang'
  ).split(' '),
)

/** Words that end a name: what a question says right after one. */
const AFTER_NAME = new Set(
  (
    'sinh co la bao o cua thuoc giu chuc duoc dang hien khi nao nghi huu lam cong tac don vi ' +
    'may he so ngach bac luong ngay tuoi het nhiem ky que trinh do thi sao va voi trong tai ' +
    'gio hay chuc vu is was in of when where retire retires retiring born what which ' +
    'does did has have the s hold holds work works at and or da se con ve ra'
  ).split(' '),
)

/** Words after "nam" that make it "năm" (a year), folded: "năm nay", "năm sau", "năm 2027". */
const YEAR_AFTER = new Set('nay sau ngoai toi truoc qua roi kia'.split(' '))

/** What an honorific before a name says of the person's sex. */
const HONORIFIC_SEX: Readonly<Record<string, 'male' | 'female'>> = {
  ong: 'male',
  anh: 'male',
  mr: 'male',
  ba: 'female',
  chi: 'female',
  mrs: 'female',
  ms: 'female',
}

/**
 * A name of two to four words starting at token `i`. When the asker capitalises anything, the
 * words of a name must be capitalised too (they wrote "Nguyễn Văn An", not "nguyễn văn an").
 */
export function matchPersonName(
  question: NormalisedQuestion,
  i: number,
): { length: number; value: string; sex?: 'male' | 'female' } | undefined {
  const tokens = question.tokens
  const first = tokens[i]
  if (first === undefined || !SURNAMES.has(first.fold)) return undefined
  // Names are capitalised unless the asker types everything in lower case; then only a name
  // after an honorific ("ông", "bà") is taken for one.
  const lowerCase = !/\p{Lu}/u.test(question.original)
  const before = tokens[i - 1]?.fold ?? ''
  const honorific = before === 'dr' || HONORIFIC_SEX[before] !== undefined
  if (lowerCase && !honorific) return undefined
  const capitalised = !lowerCase
  const isNameWord = (k: number) => {
    const token = tokens[k]
    if (token === undefined || !/^[a-z]{1,7}(?:'s)?$/.test(token.fold)) return false
    const initial = question.original.charAt(token.start)
    return !capitalised || initial !== initial.toLowerCase()
  }
  if (!isNameWord(i)) return undefined
  // Inside a name that starts one word earlier ("Ma Văn Dũng", where "Văn" is a surname too):
  // that name is the one meant, not its tail.
  if (!honorific && i > 0 && SURNAMES.has(tokens[i - 1]!.fold) && isNameWord(i - 1))
    return undefined
  let j = i + 1
  // A capitalised word continues a name even if it is also a common word ("Nguyễn Công Long");
  // a lower-case one must not be a word questions use after a name ("sinh", "công tác").
  // Typed in lower case, a common word still continues the name when a word that could end a
  // name follows it: "ho thi quynh nghi huu" is Hồ Thị Quỳnh, "ho thi sao" is not.
  const continues = (k: number) => {
    const token = tokens[k]!
    const initial = question.original.charAt(token.start)
    const next = tokens[k + 1]
    // "ong thach trung viet nam nay bao nhieu tuoi": "năm nay", a time, not the name Nam.
    if (initial === initial.toLowerCase() && token.fold === 'nam' && next !== undefined)
      if (YEAR_AFTER.has(next.fold) || /^\d{4}$/.test(next.fold)) return false
    if (initial !== initial.toLowerCase() || !AFTER_NAME.has(token.fold)) return true
    return next !== undefined && k + 1 - i < 4 && isNameWord(k + 1) && !AFTER_NAME.has(next.fold)
  }
  while (j < tokens.length && j - i < 4 && isNameWord(j) && continues(j)) {
    j++
    if (tokens[j - 1]!.fold.endsWith("'s")) break
  }
  if (j - i < 2) return undefined
  const last = tokens[j - 1]!
  const value = question.original.slice(first.start, last.end - (last.fold.endsWith("'s") ? 2 : 0))
  const sex = HONORIFIC_SEX[before]
  return { length: j - i, value, ...(sex === undefined ? {} : { sex }) }
}
