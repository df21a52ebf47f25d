import type { DevExample } from './shared.js'

/** Breakdowns, averages, shares, superlatives and comparisons between units. */
export const ANALYTICS_SIBLINGS: readonly DevExample[] = []
