import { foldDiacritics } from '../normalise.js'
import type { Reading } from './reading.js'

/** "Số người", "số cán bộ": a noun that counts, as a measure word does. */
const COUNT_NOUN = /^(tong )?so (nguoi|can bo|luong)/

export type Destination =
  'data' | 'regulation' | 'forecast_staffing' | 'forecast_candidates' | 'help'

/**
 * Where a question goes. Words of the rules (quy định, nghị định, điều kiện) send it to the
 * regulations unless it plainly asks to count or list people (of a unit, a kind, a post or a
 * year: "số người được nâng lương năm 2025" is not a question of the rules); forecasting words (dự báo,
 * thiếu biên chế, ứng viên) to forecasting, except statutory retirements, which are data; a
 * greeting or "bạn làm được gì" with nothing else to help.
 */
export function chooseDestination(reading: Reading): Destination {
  const routes = new Set(reading.routes)
  const counts = reading.spanWords.some((w) => COUNT_NOUN.test(foldDiacritics(w)))
  // "Có bao nhiêu người học chuyên ngành Luật?": law as a field of study, not the law's rules.
  const studied = reading.fields.some((f) => f.field === 'field_of_study')
  const asksData =
    (counts || reading.measures.some((m) => m.word !== 'which' && m.word !== 'which_kind')) &&
    (reading.units.length > 0 ||
      reading.filters.length > 0 ||
      reading.posts.length > 0 ||
      reading.periods.length > 0)
  if (routes.has('forecast_candidates')) return 'forecast_candidates'
  const statutory = reading.topics.includes('retirement') || reading.topics.includes('term_end')
  if (routes.has('forecast_staffing') && !statutory) return 'forecast_staffing'
  if (routes.has('regulation') && !asksData && !studied) return 'regulation'
  if ((routes.has('help') || routes.has('greeting')) && !hasDataSignal(reading)) return 'help'
  return 'data'
}

export function hasDataSignal(reading: Reading): boolean {
  return (
    reading.units.length > 0 ||
    reading.filters.length > 0 ||
    reading.posts.length > 0 ||
    reading.measures.length > 0 ||
    reading.topics.length > 0 ||
    reading.persons.length > 0 ||
    reading.periods.length > 0 ||
    reading.groups.length > 0 ||
    // "Whose term ends first?" after a list: an order of people is a data question.
    reading.orders.length > 0 ||
    reading.extremes.length > 0 ||
    reading.evaluations.length > 0 ||
    reading.fields.length > 0 ||
    reading.followups.length > 0 ||
    reading.flags.ministry ||
    reading.flags.self ||
    reading.flags.home ||
    reading.disciplines.length > 0 ||
    reading.appointments.length > 0
  )
}
