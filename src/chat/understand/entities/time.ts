import type { Token } from '../normalise.js'
import type { Period } from '../tags.js'
import { longest, type TokenReader } from './token-patterns.js'
import { addMonths, lastDayOfMonth, MONTH_NAMES, yearPeriod, yearsPeriod } from './calendar.js'

/**
 * Time expressions: "năm nay", "năm sau", "năm ngoái", "năm 2027", "trong 5 năm tới",
 * "5 năm gần đây", "từ 2020 đến 2025", "2026–2030", "quý 3/2027", "tháng 8/2026",
 * "trước 2030", "sau năm 2025", and their English counterparts. `now` is 'YYYY-MM-DD'.
 */
export function matchTime(
  tokens: readonly Token[],
  i: number,
  now: string,
): { length: number; value: Period } | undefined {
  const year = Number(now.slice(0, 4))
  return longest<Period>(tokens, i, [
    (r) => relativeYear(r, year),
    (r) => relativeMonth(r, now),
    (r) => namedYear(r),
    (r) => yearSpan(r),
    (r) => quarter(r, year),
    (r) => relativeQuarter(r, now),
    (r) => halfYear(r, year),
    (r) => month(r, year, now),
    (r) => monthSpan(r, year),
    (r) => ahead(r, now),
    (r) => past(r, now, year),
    (r) => yearToDate(r, now, year),
    (r) => namedYearToDate(r, now),
    (r) => restOfYear(r, now, year),
    (r) => beforeOrAfter(r, now),
    (r) => upToDay(r),
  ])
}

function relativeYear(r: TokenReader, year: number): Period | undefined {
  r.optional('trong', 'in', 'of')
  const word = r.word(
    'năm nay',
    'năm hiện tại',
    'this year',
    'current year',
    'năm sau',
    'năm tới',
    'sang năm',
    'năm kế tiếp',
    'next year',
    'năm ngoái',
    'năm trước',
    'năm vừa qua',
    'năm qua',
    'last year',
    'previous year',
    'năm kia',
    'năm vừa rồi',
    'two years ago',
    '2 years ago',
    'the year before last',
    'three years ago',
    '3 years ago',
  )
  if (word === undefined) return undefined
  // "Năm kia", "two years ago": the year before last.
  if (word === 'năm kia' || /two|2|before last/.test(word)) return yearPeriod(year - 2)
  if (/three|3/.test(word)) return yearPeriod(year - 3)
  const offset = /sau|tới|sang|kế|next/.test(word)
    ? 1
    : /ngoái|trước|qua|rồi|last|previous/.test(word)
      ? -1
      : 0
  return yearPeriod(year + offset)
}

/** "tháng này", "tháng tới" / "tháng sau", "tháng trước": a whole month next to today's. */
function relativeMonth(r: TokenReader, now: string): Period | undefined {
  r.optional('trong', 'in')
  const word = r.word(
    'tháng này',
    'tháng hiện tại',
    'this month',
    'tháng tới',
    'tháng sau',
    'next month',
    'tháng trước',
    'tháng vừa rồi',
    'tháng vừa qua',
    'tháng qua',
    'last month',
  )
  if (word === undefined) return undefined
  const offset = /tới|sau|next/.test(word) ? 1 : /trước|rồi|qua|last/.test(word) ? -1 : 0
  const first = addMonths(`${now.slice(0, 7)}-01`, offset)
  const y = Number(first.slice(0, 4))
  const m = Number(first.slice(5, 7))
  return {
    range: { from: first, to: lastDayOfMonth(y, m) },
    years: { min: y, max: y },
    shape: 'point',
  }
}

function namedYear(r: TokenReader): Period | undefined {
  r.optional('trong năm', 'năm', 'in', 'in year', 'year')
  const y = r.year()
  return y === undefined ? undefined : yearPeriod(y)
}

function yearSpan(r: TokenReader): Period | undefined {
  r.optional(
    'giai đoạn',
    'thời kỳ',
    'period',
    'between',
    'from',
    'từ',
    'trong giai đoạn',
    'over',
    'during',
    'in the period',
  )
  r.optional('năm')
  const from = r.year()
  if (from === undefined) return undefined
  if (r.word('đến', 'tới', '-', 'to', 'until', 'and', 'through') === undefined) return undefined
  r.optional('năm')
  const to = r.year()
  return to === undefined || to < from ? undefined : yearsPeriod(from, to)
}

const ORDINAL_QUARTERS = ['first', 'second', 'third', 'fourth']

/** "quý 3/2027", "Q3 2027", "the first quarter of 2027", "quý 2 năm nay", "Q4 next year". */
function quarter(r: TokenReader, year: number): Period | undefined {
  let q: number | undefined
  // "the first quarter of 2027"
  r.optional('the')
  const ordinal = r.word(...ORDINAL_QUARTERS)
  if (ordinal !== undefined) {
    if (r.word('quarter') === undefined) return undefined
    q = ORDINAL_QUARTERS.indexOf(ordinal) + 1
  } else if (r.word('quý', 'quarter', 'q') !== undefined)
    q = r.number(1, 4) ?? romanQuarter(r.match(/^(i|ii|iii|iv)$/)?.[1])
  else q = Number(r.match(/^q([1-4])$/)?.[1] ?? Number.NaN)
  if (q === undefined || Number.isNaN(q)) return undefined
  r.optional('/', 'năm', 'of', 'in')
  const y = r.year() ?? relativeYearWord(r, year)
  if (y === undefined) return undefined
  return quarterOf(y, q)
}

/** Calendar quarter `q` (1–4) of year `y`, first to last day. */
function quarterOf(y: number, q: number): Period {
  const from = `${y}-${String(q * 3 - 2).padStart(2, '0')}-01`
  return {
    range: { from, to: lastDayOfMonth(y, q * 3) },
    years: { min: y, max: y },
    shape: 'point',
  }
}

/** "quý này", "quý tới", "last quarter": the calendar quarter of today or next to it. */
function relativeQuarter(r: TokenReader, now: string): Period | undefined {
  r.optional('trong', 'in')
  const word = r.word(
    'quý này',
    'quý hiện tại',
    'this quarter',
    'current quarter',
    'quý tới',
    'quý sau',
    'quý kế tiếp',
    'next quarter',
    'quý trước',
    'last quarter',
    'previous quarter',
  )
  if (word === undefined) return undefined
  const offset = /tới|sau|kế|next/.test(word) ? 1 : /trước|last|previous/.test(word) ? -1 : 0
  const index = Number(now.slice(0, 4)) * 4 + Math.floor((Number(now.slice(5, 7)) - 1) / 3) + offset
  return quarterOf(Math.floor(index / 4), (index % 4) + 1)
}

/** "6 tháng đầu năm 2027", "nửa cuối năm sau", "the first half of 2027". */
function halfYear(r: TokenReader, year: number): Period | undefined {
  r.optional('trong', 'in')
  const six = r.number(6, 6) !== undefined
  const word = six
    ? r.word('tháng đầu năm', 'tháng cuối năm')
    : r.word(
        'nửa đầu năm',
        'nửa cuối năm',
        'nửa sau năm',
        'the first half of',
        'first half of',
        'the second half of',
        'second half of',
      )
  const y = word === undefined ? undefined : (r.year() ?? relativeYearWord(r, year))
  if (word === undefined || y === undefined) return undefined
  const late = /cuối|sau|second/.test(word)
  const range = late
    ? { from: `${y}-07-01`, to: `${y}-12-31` }
    : { from: `${y}-01-01`, to: `${y}-06-30` }
  return { range, years: { min: y, max: y }, shape: 'point' }
}

/** "(năm) nay", "(năm) sau", "next year" after a part of a year already named. */
function relativeYearWord(r: TokenReader, year: number): number | undefined {
  const word = r.word('nay', 'sau', 'tới', 'ngoái', 'trước', 'this year', 'next year', 'last year')
  if (word === undefined) return undefined
  return /sau|tới|next/.test(word) ? year + 1 : /ngoái|trước|last/.test(word) ? year - 1 : year
}

function romanQuarter(roman: string | undefined): number | undefined {
  return roman === undefined ? undefined : ['i', 'ii', 'iii', 'iv'].indexOf(roman) + 1
}

function month(r: TokenReader, year: number, now = `${year}-12-31`): Period | undefined {
  // "December 2026", "in March of 2027"
  const name = r.word(...MONTH_NAMES)
  if (name !== undefined) {
    r.optional('of')
    const y = r.year()
    return y === undefined ? undefined : monthOf(y, MONTH_NAMES.indexOf(name) + 1)
  }
  const named = r.word('tháng', 'month') !== undefined
  const m = r.number(1, 12)
  if (m === undefined) return undefined
  // "tháng 12 năm nay", "tháng 3 năm sau", "tháng 9 năm ngoái": a month of a year next to this
  // one; "tháng 9 vừa rồi", "tháng 9 vừa qua": the last September up to today.
  const relative = named
    ? r.word(
        'năm nay',
        'năm sau',
        'năm tới',
        'năm ngoái',
        'năm trước',
        'this year',
        'next year',
        'last year',
        'vừa rồi',
        'vừa qua',
      )
    : undefined
  if (relative === undefined && r.word('/', 'năm', 'of') === undefined && !named) return undefined
  const y =
    relative === undefined
      ? r.year()
      : /nay|this/.test(relative)
        ? year
        : /sau|tới|next/.test(relative)
          ? year + 1
          : /ngoái|trước|last/.test(relative)
            ? year - 1
            : `${year}-${String(m).padStart(2, '0')}-01` <= now
              ? year
              : year - 1
  return y === undefined ? undefined : monthOf(y, m)
}

function monthOf(y: number, m: number): Period {
  const from = `${y}-${String(m).padStart(2, '0')}-01`
  return { range: { from, to: lastDayOfMonth(y, m) }, years: { min: y, max: y }, shape: 'point' }
}

/**
 * "tính đến ngày 31/12/2028", "by 31/12/2028": up to and including that day, as "đến hết năm
 * 2028" is up to its last day. A day that does not exist is not a date.
 */
function upToDay(r: TokenReader): Period | undefined {
  if (r.word('tính đến', 'đến', 'tới', 'until', 'by', 'as of') === undefined) return undefined
  r.optional('ngày', 'hết ngày')
  const d = r.number(1, 31)
  if (d === undefined || r.word('/', '-', '.') === undefined) return undefined
  const m = r.number(1, 12)
  if (m === undefined || r.word('/', '-', '.') === undefined) return undefined
  const y = r.year()
  if (y === undefined) return undefined
  const day = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  if (day > lastDayOfMonth(y, m)) return undefined
  return { range: { to: day }, years: { max: y }, shape: 'before' }
}

/** "từ tháng 1/2027 đến tháng 6/2027", "from March 2027 to June 2027": whole months. */
function monthSpan(r: TokenReader, year: number): Period | undefined {
  r.optional('từ', 'from', 'between')
  const first = month(r, year)
  if (first === undefined || r.word('đến', 'tới', '-', 'to', 'and', 'until') === undefined)
    return undefined
  const last = month(r, year)
  const from = first.range.from
  const to = last?.range.to
  if (last === undefined || from === undefined || to === undefined || to < from) return undefined
  return {
    range: { from, to },
    years: { min: first.years.min, max: last.years.max },
    shape: first.years.min === last.years.max ? 'point' : 'span',
  }
}

function ahead(r: TokenReader, now: string): Period | undefined {
  const english = r.word('in the next', 'over the next', 'within the next', 'next', 'within')
  if (english === undefined) r.optional('trong vòng', 'trong')
  // "over the next decade", "trong thập kỷ tới": ten years.
  const decade = r.word('decade', 'thập kỷ', 'thập niên') !== undefined
  const n = decade ? 10 : r.number(1, 40)
  if (n === undefined) return undefined
  const unit = decade ? 'năm' : r.word('năm', 'years', 'year', 'tháng', 'months', 'month')
  if (unit === undefined) return undefined
  if (english === undefined && r.word('tới', 'sắp tới', 'tiếp theo', 'nữa', 'sau') === undefined)
    return undefined
  const months = /^(năm|years?)$/.test(unit) ? n * 12 : n
  const to = addMonths(now, months)
  const years = { min: Number(now.slice(0, 4)), max: Number(to.slice(0, 4)) }
  return { range: { from: now, to }, years, shape: 'ahead' }
}

function past(r: TokenReader, now: string, year: number): Period | undefined {
  const english = r.word(
    'in the last',
    'in the past',
    'over the last',
    'over the past',
    'last',
    'past',
  )
  if (english === undefined) r.optional('trong vòng', 'trong')
  const n = r.number(1, 120)
  const unit = n === undefined ? undefined : r.word('năm', 'years', 'tháng', 'months')
  if (n === undefined || unit === undefined) return undefined
  const recent = r.word('qua', 'gần đây', 'gần nhất', 'vừa qua', 'trở lại đây')
  if (english === undefined && recent === undefined) return undefined
  const months = unit === 'tháng' || unit === 'months' ? n : 12 * n
  const from = addMonths(now, -months)
  return {
    range: { from, to: now },
    years: { min: year - Math.ceil(months / 12) + 1, max: year },
    shape: 'past',
  }
}

/** "từ đầu năm đến nay", "year to date": this year up to today. */
function yearToDate(r: TokenReader, now: string, year: number): Period | undefined {
  const word = r.word(
    'từ đầu năm',
    'kể từ đầu năm',
    'tính từ đầu năm',
    'đầu năm',
    'year to date',
    'year-to-date',
    'since the start of the year',
    'since the beginning of the year',
    'since the start of this year',
    'since the beginning of this year',
    'since january',
    'so far this year',
    'this year so far',
  )
  if (word === undefined) return undefined
  if (word.endsWith('đầu năm')) r.optional('đến nay', 'tới nay', 'đến giờ', 'tới giờ')
  return {
    range: { from: `${year}-01-01`, to: now },
    years: { min: year, max: year },
    shape: 'past',
  }
}

/** "từ đầu năm 2026 đến nay": from the start of the year named up to today. */
function namedYearToDate(r: TokenReader, now: string): Period | undefined {
  if (r.word('từ đầu năm', 'kể từ đầu năm', 'tính từ đầu năm') === undefined) return undefined
  const y = r.year()
  if (y === undefined || `${y}-01-01` > now) return undefined
  if (r.word('đến nay', 'tới nay', 'đến giờ', 'tới giờ', 'đến hiện tại') === undefined)
    return undefined
  const year = Number(now.slice(0, 4))
  return { range: { from: `${y}-01-01`, to: now }, years: { min: y, max: year }, shape: 'past' }
}

/**
 * "từ nay đến cuối năm", "for the rest of the year": today up to the end of this year. Only
 * the current year: another year's end is read by beforeOrAfter.
 */
function restOfYear(r: TokenReader, now: string, year: number): Period | undefined {
  const fromNow = r.word('từ nay', 'từ bây giờ', 'từ giờ', 'from now', 'from today') !== undefined
  if (fromNow) r.optional('until', 'till', 'to', 'through')
  const word = fromNow
    ? r.word('đến cuối năm', 'tới cuối năm', 'đến hết năm', 'tới hết năm', 'the end of the year')
    : r.word(
        'đến cuối năm nay',
        'tới cuối năm nay',
        'đến hết năm nay',
        'tới hết năm nay',
        'thời gian còn lại của năm',
        'the rest of the year',
        'the rest of this year',
        'rest of the year',
        'rest of this year',
        'the remainder of the year',
        'the remainder of this year',
        'for the remainder of this year',
        'for the remainder of the year',
        'for the rest of this year',
        'for the rest of the year',
        'by the end of this year',
        'by the end of the year',
        'before the end of this year',
        'before the end of the year',
      )
  if (word === undefined) return undefined
  if (fromNow || word.startsWith('thời gian')) r.optional('nay', 'this year')
  return {
    range: { from: now, to: `${year}-12-31` },
    years: { min: year, max: year },
    shape: 'ahead',
  }
}

function beforeOrAfter(r: TokenReader, now: string): Period | undefined {
  // "từ nay đến hết năm 2027", "between now and the end of 2027": from today on, up to the end
  // of the year named.
  const fromNow =
    r.word(
      'từ nay',
      'từ bây giờ',
      'từ giờ',
      'from now',
      'from today',
      'between now',
      'between today',
    ) !== undefined
  const word = r.word(
    'trước',
    'before',
    'đến',
    'tới',
    'until',
    'by',
    'sau',
    'after',
    'từ',
    'kể từ',
    'tính từ',
    'since',
    'and',
  )
  if (word === undefined || (word === 'and' && !fromNow)) return undefined
  // "đến hết năm 2027", "trước cuối năm 2028", "by the end of 2028": the year is included.
  const end = r.word('hết', 'cuối', 'the end of', 'end of') !== undefined
  r.optional('năm')
  // "đến hết năm sau", "between now and the end of next year": the year next to this one.
  const y = r.year() ?? (end ? relativeYearWord(r, Number(now.slice(0, 4))) : undefined)
  if (y === undefined) return undefined
  const upTo = !/^(sau|after|từ|kể từ|tính từ|since)$/.test(word)
  if (fromNow && (!upTo || `${y}-12-31` < now)) return undefined
  if (fromNow)
    return {
      range: { from: now, to: `${y}-12-31` },
      years: { min: Number(now.slice(0, 4)), max: y },
      shape: 'ahead',
    }
  if (end && !upTo) return undefined
  if (end) return { range: { to: `${y}-12-31` }, years: { max: y }, shape: 'before' }
  if (word === 'trước' || word === 'before')
    return { range: { to: `${y - 1}-12-31` }, years: { max: y - 1 }, shape: 'before' }
  if (word === 'sau' || word === 'after')
    return { range: { from: `${y + 1}-01-01` }, years: { min: y + 1 }, shape: 'after' }
  if (word === 'từ' || word === 'kể từ' || word === 'tính từ' || word === 'since') {
    r.optional(
      'trở đi',
      'trở về sau',
      'đến nay',
      'tới nay',
      'đến giờ',
      'tới giờ',
      'đến bây giờ',
      'trở lại đây',
      'onwards',
      'on',
    )
    r.optional('to date')
    return { range: { from: `${y}-01-01` }, years: { min: y }, shape: 'after' }
  }
  return { range: { to: `${y}-12-31` }, years: { max: y }, shape: 'before' }
}
