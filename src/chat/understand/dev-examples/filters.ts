import type { DevExample } from './shared.js'

/** Counts and lists under combined filters, sensitive data and quotas, worded as the tuning set would be with other units, people and years. */
export const FILTER_SIBLINGS: readonly DevExample[] = []
