import {
  ACADEMIC_TITLE_LABELS,
  DEGREE_LABELS,
  POLITICAL_THEORY_LABELS,
  STAFF_CATEGORY_LABELS,
  STATE_MANAGEMENT_LABELS,
  STATUS_LABELS,
} from '../labels.js'

/**
 * The Vietnamese labels the analytics return beside each code, taken from the one table of
 * labels (src/labels.ts); only what is particular to the analytics is defined here.
 */
function vietnamese<K extends string>(
  labels: Record<K, { readonly vi: string }>,
): Record<K, string> {
  return Object.fromEntries(
    (Object.keys(labels) as K[]).map((key) => [key, labels[key].vi]),
  ) as Record<K, string>
}

export const STAFF_CATEGORY_VI = vietnamese(STAFF_CATEGORY_LABELS)
export const DEGREE_VI = vietnamese(DEGREE_LABELS)
export const ACADEMIC_TITLE_VI = vietnamese(ACADEMIC_TITLE_LABELS)
export const POLITICAL_THEORY_VI = vietnamese(POLITICAL_THEORY_LABELS)
export const STATE_MANAGEMENT_VI = vietnamese(STATE_MANAGEMENT_LABELS)

/** Ways of leaving the ministry: every status but working. */
export const EXIT_LABELS = vietnamese({
  retired: STATUS_LABELS.retired,
  transferred_out: STATUS_LABELS.transferred_out,
  resigned: STATUS_LABELS.resigned,
  dismissed: STATUS_LABELS.dismissed,
  deceased: STATUS_LABELS.deceased,
})

/** Ways of joining the ministry (`people.join_reason`), and "unknown" when it is empty. */
export const ENTRY_LABELS = {
  recruited: 'Tuyển dụng',
  transferred_in: 'Tiếp nhận, chuyển đến',
  appointed: 'Bổ nhiệm từ nơi khác',
  contracted: 'Hợp đồng lao động',
  unknown: 'Chưa rõ',
} as const

/** Leadership post levels of `leadership_posts.level`. */
export const POST_LEVEL_LABELS: Record<number, string> = {
  1: 'Bộ trưởng',
  2: 'Thứ trưởng',
  3: 'Người đứng đầu đơn vị thuộc Bộ (Vụ trưởng, Cục trưởng…)',
  4: 'Cấp phó đơn vị thuộc Bộ',
  5: 'Trưởng phòng và tương đương',
  6: 'Phó trưởng phòng và tương đương',
}

export const NONE_LABEL = 'Chưa có, chưa cập nhật'
