import type { OrderField } from '../plan.js'
import type { Tag } from '../tags.js'

/**
 * Superlatives and comparisons: "lớn tuổi nhất" (oldest first), "giữ chức lâu nhất" (longest in
 * post), "hết nhiệm kỳ sớm nhất"; "nhiều … nhất" (the most), "ít … nhất" (the fewest); "so
 * sánh" (one row per unit compared).
 */
const order = (by: OrderField, dir: 'asc' | 'desc', phrases: string): [string, Tag][] =>
  phrases.split('|').map((p) => [p, { kind: 'order', by, dir }])

/** An order of every row ("oldest first"): sorted, not cut to the first. */
const sortedOrder = (by: OrderField, dir: 'asc' | 'desc', phrases: string): [string, Tag][] =>
  phrases.split('|').map((p) => [p, { kind: 'order', by, dir, sort: true }])

const extreme = (dir: 'asc' | 'desc', phrases: string): [string, Tag][] =>
  phrases.split('|').map((p) => [p, { kind: 'extreme', dir }])

/** A sort order ("từ cao xuống thấp", "highest first"): every row, in that order. */
const sorted = (dir: 'asc' | 'desc', phrases: string): [string, Tag][] =>
  phrases.split('|').map((p) => [p, { kind: 'extreme', dir, sort: true }])

export const ORDERING_PHRASES: readonly [string, Tag][] = [
  ...order(
    'birth_date',
    'asc',
    'lớn tuổi nhất|cao tuổi nhất|nhiều tuổi nhất|già nhất|oldest|eldest',
  ),
  ...order('birth_date', 'desc', 'trẻ nhất|ít tuổi nhất|trẻ tuổi nhất|youngest'),
  ...sortedOrder(
    'birth_date',
    'asc',
    'lớn tuổi nhất trước|người lớn tuổi nhất trước|lớn tuổi trước|oldest first|eldest first|' +
      'lớn tuổi nhất đứng đầu|người lớn tuổi nhất đứng đầu|lớn tuổi nhất lên đầu|oldest at the top|' +
      'từ già đến trẻ|từ già tới trẻ|từ lớn tuổi đến trẻ|từ lớn tuổi nhất đến trẻ nhất|' +
      'from oldest to youngest|oldest to youngest',
  ),
  ...sortedOrder(
    'birth_date',
    'desc',
    'trẻ nhất trước|người trẻ nhất trước|trẻ tuổi trước|youngest first|từ trẻ đến già|' +
      'trẻ nhất đứng đầu|người trẻ nhất đứng đầu|trẻ nhất lên đầu|youngest at the top|' +
      'từ trẻ tới già|từ trẻ nhất đến lớn tuổi nhất|from youngest to oldest|youngest to oldest',
  ),
  ...sortedOrder(
    'term_end',
    'asc',
    'hết nhiệm kỳ sớm nhất trước|hết nhiệm kỳ trước|earliest term end first',
  ),
  ...sortedOrder('retirement_date', 'asc', 'nghỉ hưu sớm nhất trước|nghỉ hưu trước'),
  // "Sắp xếp theo ngày sinh", "sort by term end": the fact named next orders every row.
  ...'sắp xếp theo|xếp theo|sắp theo|sort by|sorted by|order by|ordered by|sort them by|sort it by|theo thứ tự|in order of|arranged by|rank them by'
    .split('|')
    .map((p): [string, Tag] => [p, { kind: 'sort_by' }]),
  ...sorted('asc', 'sớm nhất trước|earliest first|soonest first|từ sớm đến muộn|từ sớm đến trễ'),
  ...sorted(
    'desc',
    'muộn nhất trước|mới nhất trước|latest first|most recent first|từ muộn đến sớm',
  ),
  ...order(
    'post_since',
    'asc',
    'giữ chức lâu nhất|giữ chức vụ lâu nhất|lâu nhất|longest serving|longest|in post the longest|' +
      'held the post longest|longest in post|giữ chức vụ lâu năm nhất|held the post the longest|' +
      'has held the post the longest|in the post the longest|held the post for the longest|' +
      'đảm nhiệm chức vụ lâu nhất|đảm nhận chức vụ lâu nhất|đảm nhiệm lâu nhất',
  ),
  ...order(
    'post_since',
    'asc',
    'held the post the longest|has held the post the longest|held their post the longest|' +
      'longest in office|in office the longest|been in post the longest|giữ chức vụ đó lâu nhất|' +
      'giữ chức vụ này lâu nhất|giữ chức danh này lâu nhất|held this post the longest|' +
      'in this post the longest|held that post the longest',
  ),
  ...order(
    'term_end',
    'asc',
    'hết nhiệm kỳ sớm nhất|hết hạn bổ nhiệm sớm nhất|term ends first|earliest term end|' +
      'nhiệm kỳ kết thúc sớm nhất|kết thúc nhiệm kỳ sớm nhất|kết thúc trước tiên|hết trước tiên|' +
      'hết nhiệm kỳ đầu tiên|hết nhiệm kỳ trước tiên|' +
      'whose term ends first|term ending soonest',
  ),
  ...order(
    'retirement_date',
    'asc',
    'nghỉ hưu sớm nhất|retires first|earliest retirement|retiring soonest|retires soonest|' +
      'retire soonest|retire first|soonest to retire|first to retire|về hưu sớm nhất|' +
      'closest to retirement|nearest to retirement|gần nghỉ hưu nhất|sắp nghỉ hưu nhất',
  ),
  ...order(
    'retirement_date',
    'desc',
    'nghỉ hưu muộn nhất|nghỉ hưu trễ nhất|nghỉ hưu sau cùng|về hưu muộn nhất|retires last|' +
      'latest retirement|retire last|last to retire|furthest from retirement|xa nghỉ hưu nhất',
  ),
  ...order(
    'term_end',
    'desc',
    'hết nhiệm kỳ muộn nhất|hết nhiệm kỳ trễ nhất|term ends last|latest term end|' +
      'nhiệm kỳ kết thúc muộn nhất|kết thúc nhiệm kỳ muộn nhất|nhiệm kỳ kết thúc trễ nhất|' +
      'whose term ends last|term ending last',
  ),
  ...order(
    'joined_state_service',
    'asc',
    'thâm niên lâu nhất|thâm niên cao nhất|thâm niên công tác lâu nhất|thâm niên công tác cao nhất|' +
      'công tác lâu năm nhất|công tác lâu nhất|nhiều năm công tác nhất|thâm niên nhiều nhất|' +
      'longest service|longest-serving|most years of service|most senior by service|' +
      'longest length of service|highest seniority|most seniority',
  ),
  ...order(
    'joined_state_service',
    'desc',
    'thâm niên ít nhất|thâm niên thấp nhất|thâm niên công tác ít nhất|ít năm công tác nhất|' +
      'shortest service|fewest years of service|least seniority|lowest seniority',
  ),
  ...order(
    'joined_ministry',
    'asc',
    'công tác tại bộ lâu nhất|làm việc tại bộ lâu nhất|thâm niên tại bộ lâu nhất|' +
      'thâm niên tại bộ cao nhất|longest in the ministry|most years in the ministry|' +
      'longest at the ministry|longest serving in the ministry',
  ),
  ...order(
    'joined_ministry',
    'desc',
    'mới vào bộ nhất|thâm niên tại bộ ít nhất|newest to the ministry|fewest years in the ministry',
  ),
  ...order(
    'salary_coefficient',
    'desc',
    'hệ số lương cao nhất|lương cao nhất|highest salary coefficient',
  ),
  ...extreme(
    'desc',
    'nhiều nhất|đông nhất|cao nhất|lớn nhất|most|largest|biggest|highest|the most',
  ),
  ...extreme('desc', 'đông người nhất|nhiều người nhất|most people|the most staff|most staff'),
  ...sorted('desc', 'xếp từ cao xuống thấp|từ cao xuống thấp|highest first|in descending order'),
  ...sorted('desc', 'most first|largest first|biggest first'),
  ...sorted('asc', 'fewest first|lowest first|smallest first|in ascending order'),
  ...sorted('desc', 'giảm dần|xếp giảm dần|theo thứ tự giảm dần|xếp theo số người giảm dần'),
  ...sorted('asc', 'tăng dần|xếp tăng dần|theo thứ tự tăng dần|xếp theo số người tăng dần'),
  ...extreme('asc', 'ít nhất|thấp nhất|nhỏ nhất|fewest|least|smallest|lowest|ít người nhất'),
  ...sorted('asc', 'từ thấp lên cao|lowest first|in ascending order'),
  ...sorted('asc', 'từ thấp đến cao|xếp từ thấp đến cao|từ ít đến nhiều|từ ít tới nhiều'),
  ...sorted('desc', 'từ cao đến thấp|xếp từ cao đến thấp|từ nhiều đến ít|từ nhiều tới ít'),
  ['nhất', { kind: 'extreme', dir: 'desc', split: true }],
  ...[
    'so sánh',
    'so với',
    'compare',
    'compared',
    'comparison',
    'versus',
    'vs',
    'giữa',
    'hơn',
    'between',
    // "Tỷ lệ nữ ở A, B và C khác nhau thế nào?"
    'khác nhau thế nào',
    'khác nhau như thế nào',
    'khác nhau ra sao',
    'chênh nhau thế nào',
    'chênh nhau ra sao',
    'chênh nhau như thế nào',
    'chênh lệch',
    'chênh nhau',
  ].map((p): [string, Tag] => [p, { kind: 'compare' }]),
  // "X hay Y có nhiều thạc sĩ hơn?", "which has more …, X or Y": both units, side by side.
  ...['nhiều hơn', 'ít hơn', 'đông hơn', 'đông người hơn', 'more', 'fewer'].map(
    (p): [string, Tag] => [p, { kind: 'compare' }],
  ),
]

/**
 * "nhiều tiến sĩ nhất", "ít nữ nhất": the closing "nhất" of a superlative split by what it
 * counts; the opening word gives the direction.
 */
export const SUPERLATIVE_OPENERS: Readonly<Record<string, 'asc' | 'desc'>> = {
  nhiều: 'desc',
  đông: 'desc',
  cao: 'desc',
  lớn: 'desc',
  ít: 'asc',
  thấp: 'asc',
  nhỏ: 'asc',
  // Typed without diacritics ("don vi nao co it nhan su nhat").
  nhieu: 'desc',
  dong: 'desc',
  lon: 'desc',
  it: 'asc',
  thap: 'asc',
  nho: 'asc',
}
