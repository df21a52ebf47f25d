/** Whether a document applies on a date, from its effective dates and what replaced it. */
export type DocumentStatus = 'in_force' | 'not_yet_in_force' | 'expired' | 'superseded'

export interface DatedDocument {
  readonly effective_from: string | null
  readonly effective_to: string | null
  readonly superseded_by: string | null
}

/**
 * `effective_to` is the last day a document applies. A document marked as superseded without a
 * date is treated as no longer in force: someone recorded that it was replaced.
 */
export function statusAt(doc: DatedDocument, asOf: string): DocumentStatus {
  if (doc.effective_from !== null && doc.effective_from > asOf) return 'not_yet_in_force'
  const ended = doc.effective_to !== null && doc.effective_to < asOf
  if (doc.superseded_by !== null && (ended || doc.effective_to === null)) return 'superseded'
  return ended ? 'expired' : 'in_force'
}

export const STATUS_LABELS: Record<DocumentStatus, { vi: string; en: string }> = {
  in_force: { vi: 'đang có hiệu lực', en: 'in force' },
  not_yet_in_force: { vi: 'chưa có hiệu lực', en: 'not yet in force' },
  expired: { vi: 'đã hết hiệu lực', en: 'no longer in force' },
  superseded: { vi: 'đã được thay thế', en: 'superseded' },
}
