/**
 * Empirical-Bayes (credibility) shrinkage of a group's rate toward the pooled rate.
 *
 * Each group i (a unit, or a staff category) has O_i observed events and E_i expected events —
 * what the pooled ministry rates by age band would give on its own exposure. Its relative risk
 * θ_i is given a Gamma prior with mean 1 and variance τ² (Poisson–Gamma model), so that
 *
 *   θ̂_i = (O_i + k) / (E_i + k)  =  Z_i · (O_i / E_i) + (1 − Z_i) · 1,   Z_i = E_i / (E_i + k),
 *
 * with k = 1/τ². A unit with three people has E_i well below 1, so Z_i ≈ 0 and it gets the
 * ministry rate; a unit of hundreds has E_i ≫ k and keeps nearly its own. τ² is estimated from
 * the spread of the groups beyond Poisson noise (method of moments):
 *
 *   τ² = max(0, Σ[(O_i − E_i)² − E_i] / Σ E_i²),
 *
 * and k is kept within [K_MIN, K_MAX] so that neither a lucky nor an unlucky history decides.
 * With fewer than MIN_GROUPS groups that have any exposure, k falls back to K_DEFAULT.
 */
export const K_MIN = 2
export const K_MAX = 200
export const K_DEFAULT = 20
const MIN_GROUPS = 5

export interface Observed {
  readonly observed: number
  readonly expected: number
}

export interface Shrunk extends Observed {
  /** Z: the weight of the group's own experience, 0…1. */
  readonly credibility: number
  /** θ̂: the multiplier of the pooled rate. */
  readonly factor: number
}

/** k = 1/τ² by the method of moments, clamped; K_DEFAULT when there are too few groups. */
export function estimatePriorStrength(groups: readonly Observed[]): number {
  const used = groups.filter((g) => g.expected > 0)
  if (used.length < MIN_GROUPS) return K_DEFAULT
  let excess = 0
  let squares = 0
  for (const g of used) {
    excess += (g.observed - g.expected) ** 2 - g.expected
    squares += g.expected ** 2
  }
  const tau2 = squares > 0 ? Math.max(0, excess / squares) : 0
  if (tau2 === 0) return K_MAX
  return Math.min(K_MAX, Math.max(K_MIN, 1 / tau2))
}

export function shrink(group: Observed, k: number): Shrunk {
  const credibility = group.expected / (group.expected + k)
  return { ...group, credibility, factor: (group.observed + k) / (group.expected + k) }
}
