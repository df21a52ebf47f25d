import type { Language } from '../../types.js'
import type { DateRange, IntRange, PersonFilter } from '../plan.js'
import { VALUE_LABELS } from '../vocabulary/value-labels.js'

/**
 * The people a filter selects, as words: "nữ đang công tác, trình độ tiến sĩ" / "women (working,
 * degree: doctorate)", one "person" when `count` is 1. Conditions without a short wording are
 * summed up at the end.
 */
export function describePeople(filter: PersonFilter, language: Language, count?: number): string {
  const vi = language === 'vi'
  const one = count === 1
  const noun = vi
    ? filter.sex === undefined
      ? 'người'
      : VALUE_LABELS.sex[filter.sex].vi.toLowerCase()
    : ENGLISH_NOUNS[filter.sex ?? 'any'][one ? 0 : 1]
  const parts: string[] = []
  const label = (
    table: Readonly<Record<string, Readonly<Record<Language, string>>>>,
    values: readonly string[] | undefined,
  ) => values?.map((v) => table[v]?.[language] ?? v).join(vi ? ' hoặc ' : ' or ')
  if (filter.statuses !== undefined)
    parts.push(label(VALUE_LABELS.status, filter.statuses)!.toLowerCase())
  if (filter.publicService !== undefined)
    parts.push(
      filter.publicService
        ? vi
          ? 'ở đơn vị sự nghiệp công lập'
          : 'in public service units'
        : vi
          ? 'ở khối quản lý nhà nước'
          : 'in state-management bodies',
    )
  if (filter.staffCategories !== undefined)
    parts.push(label(VALUE_LABELS.staff_category, filter.staffCategories)!.toLowerCase())
  if (filter.post !== undefined)
    parts.push(
      filter.post.titles?.join(vi ? ' hoặc ' : ' or ') ??
        (vi ? 'giữ chức vụ lãnh đạo' : 'in a post'),
    )
  if (filter.degrees !== undefined)
    parts.push(
      `${vi ? 'trình độ' : 'degree:'} ${label(VALUE_LABELS.degree, filter.degrees)!.toLowerCase()}`,
    )
  if (filter.academicTitles !== undefined)
    parts.push(label(VALUE_LABELS.academic_title, filter.academicTitles)!.toLowerCase())
  for (const attribute of filter.lacks ?? []) parts.push(LACKING_WORDS[attribute][language])
  const without = filter.without ?? {}
  const lowest = (table: keyof typeof VALUE_LABELS, values: readonly string[] | undefined) => {
    const first = values?.[0]
    if (first === undefined) return
    const name = label(VALUE_LABELS[table], [first])!.toLowerCase()
    parts.push(vi ? `chưa có ${WITHOUT_WORDS[table]} ${name} trở lên` : `below ${name}`)
  }
  lowest('degree', without.degrees)
  lowest('political_theory', without.politicalTheory)
  lowest('state_management', without.stateManagement)
  if (filter.age !== undefined) parts.push(ageWords(filter.age, vi))
  if (filter.birthYear !== undefined) parts.push(birthYearWords(filter.birthYear, vi))
  if (filter.homeTowns !== undefined)
    parts.push(`${vi ? 'quê' : 'from'} ${filter.homeTowns.join(vi ? ' hoặc ' : ' or ')}`)
  if (filter.serviceYears !== undefined) parts.push(serviceWords(filter.serviceYears, vi, false))
  if (filter.ministryYears !== undefined) parts.push(serviceWords(filter.ministryYears, vi, true))
  if (filter.retirement !== undefined)
    parts.push(`${vi ? 'nghỉ hưu' : 'retiring'} ${rangeWords(filter.retirement, vi)}`)
  if (filter.termEnd !== undefined)
    parts.push(`${vi ? 'hết nhiệm kỳ' : 'term ending'} ${rangeWords(filter.termEnd, vi)}`)
  const described = new Set([
    'sex',
    'statuses',
    'staffCategories',
    'post',
    'degrees',
    'academicTitles',
    'lacks',
    'publicService',
    'without',
    'age',
    'birthYear',
    'retirement',
    'termEnd',
    'unitIds',
    'homeTowns',
    'serviceYears',
    'ministryYears',
  ])
  const more = Object.keys(filter).filter((k) => !described.has(k)).length
  if (more > 0) parts.push(vi ? 'theo các điều kiện đã hỏi' : 'matching the other conditions asked')
  if (!vi) return parts.length === 0 ? noun : `${noun} (${parts.join(', ')})`
  return [noun, ...parts].join(', ').replace(/^(\S+), /, '$1 ')
}

const ENGLISH_NOUNS = {
  any: ['person', 'people'],
  male: ['man', 'men'],
  female: ['woman', 'women'],
} as const

const WITHOUT_WORDS: Partial<Record<keyof typeof VALUE_LABELS, string>> = {
  degree: 'trình độ',
  political_theory: 'trình độ lý luận chính trị',
  state_management: 'quản lý nhà nước',
}

const LACKING_WORDS = {
  political_theory: { vi: 'chưa có trình độ lý luận chính trị', en: 'without political theory' },
  state_management: {
    vi: 'chưa có chứng chỉ quản lý nhà nước',
    en: 'without state management training',
  },
  academic_title: { vi: 'chưa có học hàm', en: 'without an academic title' },
} as const

function ageWords(age: IntRange, vi: boolean): string {
  if (age.min !== undefined && age.max !== undefined)
    return vi ? `từ ${age.min} đến ${age.max} tuổi` : `aged ${age.min} to ${age.max}`
  if (age.min !== undefined) return vi ? `từ ${age.min} tuổi trở lên` : `aged ${age.min} or over`
  return vi ? `dưới ${(age.max ?? 0) + 1} tuổi` : `under ${(age.max ?? 0) + 1}`
}

function birthYearWords({ min, max }: IntRange, vi: boolean): string {
  if (min !== undefined && min === max) return vi ? `sinh năm ${min}` : `born in ${min}`
  if (min !== undefined && max !== undefined)
    return vi ? `sinh từ năm ${min} đến năm ${max}` : `born from ${min} to ${max}`
  if (min !== undefined) return vi ? `sinh từ năm ${min} trở về sau` : `born in ${min} or later`
  return vi ? `sinh từ năm ${max ?? ''} trở về trước` : `born in ${max ?? ''} or earlier`
}

function serviceWords(years: IntRange, vi: boolean, ministry: boolean): string {
  const where = ministry ? (vi ? ' tại Bộ' : ' in the ministry') : ''
  const { min, max } = years
  if (min !== undefined && max !== undefined)
    return vi
      ? `có từ ${min} đến ${max} năm công tác${where}`
      : `with ${min} to ${max} years of service${where}`
  if (min !== undefined)
    return vi
      ? `có từ ${min} năm công tác${where} trở lên`
      : `with ${min} or more years of service${where}`
  return vi
    ? `có dưới ${(max ?? 0) + 1} năm công tác${where}`
    : `with under ${(max ?? 0) + 1} years of service${where}`
}

export function rangeWords(range: DateRange, vi: boolean): string {
  const day = (iso: string) => iso.split('-').reverse().join('/')
  if (range.from !== undefined && range.to !== undefined)
    return vi
      ? `từ ${day(range.from)} đến ${day(range.to)}`
      : `from ${day(range.from)} to ${day(range.to)}`
  if (range.from !== undefined) return vi ? `từ ${day(range.from)}` : `from ${day(range.from)}`
  return vi ? `đến ${day(range.to ?? '')}` : `until ${day(range.to ?? '')}`
}
