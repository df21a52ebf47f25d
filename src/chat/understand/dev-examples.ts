/**
 * Development questions written for the offline engine, with the hand-written SQL that answers
 * each (see dev-examples/shared.ts). The database tests ask every one through the whole chat
 * pipeline; the model engine also shows similar ones to the model as solved examples.
 */
import { ANALYTICS_SIBLINGS } from './dev-examples/analytics.js'
import { COMBINATION_SIBLINGS } from './dev-examples/combinations.js'
import { CONVERSATION_SIBLINGS } from './dev-examples/conversations.js'
import { EVENT_SIBLINGS } from './dev-examples/events.js'
import { FILTER_SIBLINGS } from './dev-examples/filters.js'
import { FIRST_ROUNDS } from './dev-examples/first-rounds.js'
import { REPORT_ROUND_SIBLINGS } from './dev-examples/report-rounds.js'
import type { DevExample } from './dev-examples/shared.js'

export type { DevExample } from './dev-examples/shared.js'

export const DEV_EXAMPLES: readonly DevExample[] = [
  ...FIRST_ROUNDS,
  ...FILTER_SIBLINGS,
  ...ANALYTICS_SIBLINGS,
  ...EVENT_SIBLINGS,
  ...CONVERSATION_SIBLINGS,
  ...COMBINATION_SIBLINGS,
  ...REPORT_ROUND_SIBLINGS,
]
