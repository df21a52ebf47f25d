import type { DevExample } from './shared.js'

/** One person's facts, retirements, term ends, yearly joins and exits, and time expressions. */
export const EVENT_SIBLINGS: readonly DevExample[] = []
