import { formatDate } from '../dates.js'
import { type BirthPrecision, type Sex, statutoryRetirement } from '../forecast/index.js'
import type { Reply } from './answer.js'
import type { Citation, Language } from './types.js'
import { foldDiacritics } from './understand/normalise.js'
import { MONTH_NAMES } from './understand/entities/calendar.js'

/**
 * "Nam sinh tháng 2/1965 thì khi nào nghỉ hưu?" is not a search of the regulations but a
 * computation with them: the statutory rule (Decree 135/2020, Art. 3–4) answers it exactly, the
 * same rule the forecasts and the records use. Only a question about a sex and a birth date (no
 * person, no count) is read this way; anything else goes on to the usual engine.
 */
export interface RetirementQuestion {
  readonly sex: Sex
  readonly birthDate: string
  readonly precision: BirthPrecision
}

const RETIREMENT = /\b(nghi huu|ve huu|tuoi huu|huu tri|retire|retires|retirement|retiring)\b/
const WHEN_OR_AGE =
  /\b(khi nao|bao gio|luc nao|ngay nao|thang nao|nam nao|tuoi nao|bao nhieu tuoi|may tuoi|when|what age|which age|how old|what date)\b/
/** Words of a question about people in the data: those go to the data engine. */
const ABOUT_PEOPLE =
  /\b(bao nhieu (nguoi|can bo|cong chuc|vien chuc|lanh dao|nu|nam)|so (nguoi|luong)|danh sach|liet ke|nhung ai|ai se|ai|how many|list|who|which (people|staff))\b/
const FEMALE = /\b(nu|phu nu|lao dong nu|female|woman|women)\b/
const MALE_MARKED = /\b(nam giới|đàn ông|lao động nam|nam)\b(?!\s*\d)/u
const MALE_FOLDED = /\b(nam gioi|dan ong|male|man|men)\b/

export function readRetirementQuestion(question: string): RetirementQuestion | undefined {
  const text = question.normalize('NFC').toLowerCase()
  const folded = foldDiacritics(text)
  if (!RETIREMENT.test(folded) || !WHEN_OR_AGE.test(folded)) return undefined
  if (ABOUT_PEOPLE.test(folded.replace(/bao nhieu tuoi/g, ''))) return undefined
  const sex = sexOf(text, folded)
  const birth = birthOf(folded)
  if (sex === undefined || birth === undefined) return undefined
  return { sex, ...birth }
}

function sexOf(text: string, folded: string): Sex | undefined {
  const female = FEMALE.test(folded.replace(/\bnu(?=\s*\d)/g, ''))
  // Without diacritics "nam" is also "năm" (year): only the marked spelling, or an unambiguous
  // English or longer Vietnamese word, says male.
  const male = MALE_MARKED.test(text) || MALE_FOLDED.test(folded)
  if (female === male) return undefined
  return female ? 'female' : 'male'
}

function birthOf(folded: string): Omit<RetirementQuestion, 'sex'> | undefined {
  if (!/\b(sinh|born|birth)\b/.test(folded)) return undefined
  const day = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(folded)
  if (day !== null) return valid(Number(day[3]), Number(day[2]), Number(day[1]))
  const iso = /\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b/.exec(folded)
  if (iso !== null)
    return valid(Number(iso[1]), Number(iso[2]), iso[3] === undefined ? undefined : Number(iso[3]))
  const month = /\b(?:thang\s*)?(\d{1,2})\s*(?:[/.-]|nam)\s*(\d{4})\b/.exec(folded)
  if (month !== null) return valid(Number(month[2]), Number(month[1]))
  const english = new RegExp(`\\b(${MONTH_NAMES.join('|')})\\s+(?:of\\s+)?(\\d{4})\\b`).exec(folded)
  if (english !== null) return valid(Number(english[2]), MONTH_NAMES.indexOf(english[1] ?? '') + 1)
  const year = /\b(19\d{2}|20\d{2})\b/.exec(folded)
  if (year !== null) return valid(Number(year[1]))
  return undefined
}

function valid(
  year: number,
  month?: number,
  day?: number,
): Omit<RetirementQuestion, 'sex'> | undefined {
  if (year < 1940 || year > 2015) return undefined
  if (month !== undefined && (month < 1 || month > 12)) return undefined
  if (day !== undefined && (day < 1 || day > 31)) return undefined
  const mm = String(month ?? 1).padStart(2, '0')
  const dd = String(day ?? 1).padStart(2, '0')
  return {
    birthDate: `${year}-${mm}-${dd}`,
    precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year',
  }
}

const RULE_CITATIONS: readonly Citation[] = [
  {
    document: '135/2020/NĐ-CP',
    article: '4',
    excerpt:
      'Lao động nam nghỉ hưu ở tuổi 60 tuổi 3 tháng vào năm 2021, mỗi năm tăng thêm 3 tháng cho đến 62 tuổi vào năm 2028; lao động nữ 55 tuổi 4 tháng vào năm 2021, mỗi năm tăng thêm 4 tháng cho đến 60 tuổi vào năm 2035.',
  },
  {
    document: '135/2020/NĐ-CP',
    article: '3',
    excerpt:
      'Thời điểm nghỉ hưu là hết ngày cuối cùng của tháng đủ tuổi nghỉ hưu; lương hưu hưởng từ ngày đầu của tháng liền sau; hồ sơ chỉ có năm sinh thì lấy ngày 01/01.',
  },
]

/** The statutory retirement of someone of that sex and birth date, with its table and citations. */
export function answerRetirementQuestion(asked: RetirementQuestion, language: Language): Reply {
  const facts = statutoryRetirement(asked.sex, asked.birthDate, asked.precision)
  const { years, months } = facts.retirementAge
  const born = bornText(asked, language)
  const date = formatDate(facts.retirementDate)
  const pension = formatDate(facts.pensionStart)
  const answer =
    language === 'vi'
      ? `${asked.sex === 'male' ? 'Lao động nam' : 'Lao động nữ'} sinh ${born} đủ tuổi nghỉ hưu ${years} tuổi${months > 0 ? ` ${months} tháng` : ''}, nghỉ hưu hết ngày ${date} và hưởng lương hưu từ ${pension} (Điều 3, Điều 4 Nghị định 135/2020/NĐ-CP; điều kiện lao động bình thường, chưa tính các trường hợp nghỉ hưu sớm hay muộn hơn).`
      : `A ${asked.sex === 'male' ? 'man' : 'woman'} born ${born} reaches retirement age at ${years} years${months > 0 ? ` ${months} months` : ''}, retires at the end of ${date} and draws a pension from ${pension} (Decree 135/2020/NĐ-CP, Articles 3–4; normal working conditions, before any early or later retirement).`
  const ageLabel = language === 'vi' ? 'tuổi nghỉ hưu' : 'retirement age'
  return {
    kind: 'regulation',
    engine: 'offline',
    language,
    answer,
    columns: [
      ageLabel,
      language === 'vi' ? 'ngày nghỉ hưu' : 'retirement date',
      language === 'vi' ? 'hưởng lương hưu từ' : 'pension from',
    ],
    rows: [[`${years}y${months}m`, facts.retirementDate, facts.pensionStart]],
    citations: [...RULE_CITATIONS],
    abstained: false,
  }
}

function bornText(asked: RetirementQuestion, language: Language): string {
  const [y, m] = asked.birthDate.split('-')
  switch (asked.precision) {
    case 'day':
      return formatDate(asked.birthDate)
    case 'month':
      return language === 'vi' ? `tháng ${m}/${y}` : `${m}/${y}`
    case 'year':
      return language === 'vi'
        ? `năm ${y} (tính từ 01/01/${y})`
        : `in ${y} (counted from 01/01/${y})`
  }
}
