/**
 * Seeded random draws for the staffing simulation: an sfc32 generator (fast, 32-bit, passes
 * PractRand at the sizes we use) whose state comes from a hash of integer keys, so that each
 * (seed, unit, category) has its own stream and a unit's forecast does not depend on which other
 * units are simulated with it. Binomial and Poisson draws are per cohort cell, never per person.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number
}

/** The murmur3 finaliser: spreads every input bit over the 32-bit result. */
function mix32(value: number): number {
  let h = value >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** Folds integer keys into one 32-bit hash; order matters, so (1, 2) and (2, 1) differ. */
export function hashKeys(keys: readonly number[]): number {
  let h = 0x9e3779b9
  for (const key of keys) h = mix32(h ^ mix32(key + 0x7f4a7c15))
  return h
}

/** An sfc32 stream for the given keys. */
export function createRandom(keys: readonly number[]): Random {
  return new Sfc32(hashKeys(keys))
}

/** sfc32 (Chris Doty-Humphrey's small fast counting generator), one step per draw. */
class Sfc32 implements Random {
  private a: number
  private b: number
  private c: number
  private d = 1

  constructor(h: number) {
    this.a = mix32(h ^ 0x243f6a88)
    this.b = mix32(h ^ 0x85a308d3)
    this.c = mix32(h ^ 0x13198a2e)
    // The first outputs of sfc32 are still close to the seed; discard them.
    for (let i = 0; i < 12; i++) this.next()
  }

  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return (t >>> 0) / 4294967296
  }
}

/**
 * A standard normal draw by inverting the normal distribution function at one uniform draw
 * (Acklam's rational approximation, relative error below 1.2e-9): one draw, no trigonometry.
 */
export function normal(random: Random): number {
  const p = random.next() || Number.MIN_VALUE
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p))
    return tail(q)
  }
  if (p > 1 - P_LOW) return -tail(Math.sqrt(-2 * Math.log(1 - p)))
  const q = p - 0.5
  const r = q * q
  return (
    ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
    (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
  )
}

function tail(q: number): number {
  return (
    (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
    ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1)
  )
}

const P_LOW = 0.02425
const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
  -3.066479806614716e1, 2.506628277459239,
] as const
const B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
  -1.328068155288572e1,
] as const
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
] as const
const D = [
  7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416,
] as const

/** Above this mean the binomial and Poisson draws use the normal approximation. */
const NORMAL_FROM = 30
/** Up to this many trials, (1 − p)^n is computed by multiplication. */
const SMALL_N = 16
/** From this shape on, a Gamma draw uses the Wilson–Hilferty cube of a normal draw. */
const WILSON_HILFERTY_FROM = 50

/**
 * Binomial(n, p): exact inversion of the distribution function while n·p is small, which is
 * nearly every cohort cell — one uniform draw, and (1 − p)^n by multiplication for small n, so
 * that the common answer "nobody" costs a few nanoseconds; the normal approximation (rounded)
 * when n·p ≥ 30.
 */
export function binomial(random: Random, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0
  if (p >= 1) return n
  return p > 0.5 ? n - binomialBelowHalf(random, n, 1 - p) : binomialBelowHalf(random, n, p)
}

/** Kept apart from `binomial` so that neither is recursive and the hot loop can inline both. */
function binomialBelowHalf(random: Random, n: number, p: number): number {
  const mean = n * p
  if (mean >= NORMAL_FROM) {
    const x = Math.round(mean + Math.sqrt(mean * (1 - p)) * normal(random))
    return x < 0 ? 0 : x > n ? n : x
  }
  const q = 1 - p
  let probability = 1
  if (n <= SMALL_N) for (let i = 0; i < n; i++) probability *= q
  else probability = Math.exp(n * Math.log1p(-p))
  let u = random.next()
  if (u < probability) return 0
  const odds = p / q
  let k = 0
  while (u >= probability && k < n) {
    u -= probability
    k++
    probability *= (odds * (n - k + 1)) / k
  }
  return k
}

/** Poisson(mean) by inversion for small means, the normal approximation above. */
export function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0
  if (mean >= NORMAL_FROM) {
    const x = Math.round(mean + Math.sqrt(mean) * normal(random))
    return x < 0 ? 0 : x
  }
  let probability = Math.exp(-mean)
  let u = random.next()
  let k = 0
  while (u > probability && k < 1000) {
    u -= probability
    k++
    probability *= mean / k
  }
  return k
}

/**
 * Gamma(shape, 1) by Marsaglia and Tsang's method (shape ≥ 1), boosted for shape < 1; divide by
 * a rate for Gamma(shape, rate).
 */
export function gamma(random: Random, shape: number): number {
  if (shape <= 0) return 0
  if (shape >= WILSON_HILFERTY_FROM) {
    // Wilson–Hilferty: (shape)·(1 − 1/9a + z/3√a)³, accurate to well under 1% at these shapes.
    const z = normal(random)
    const x = 1 - 1 / (9 * shape) + z / (3 * Math.sqrt(shape))
    return x > 0 ? shape * x * x * x : 0
  }
  if (shape < 1) return gamma(random, shape + 1) * (1 - random.next()) ** (1 / shape)
  const d = shape - 1 / 3
  const c = 1 / Math.sqrt(9 * d)
  for (;;) {
    const x = normal(random)
    const v = (1 + c * x) ** 3
    if (v <= 0) continue
    const u = 1 - random.next()
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v
  }
}
