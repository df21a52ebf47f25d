/**
 * Seeded pseudo-random numbers. Every stream is an sfc32 generator whose state comes from a hash
 * of integer keys (seed, what the stream is for, unit index, person index…), so a person's
 * attributes do not depend on the order in which anything else was generated: units can be
 * produced one at a time and flushed, and the same keys always give the same numbers.
 */

/** The murmur3 finaliser: spreads every input bit over the 32-bit result. */
export function mix32(value: number): number {
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

/** Small, fast generator (sfc32) with the helpers the generator needs. */
export class Random {
  #a: number
  #b: number
  #c: number
  #d: number

  constructor(keys: readonly number[]) {
    const h = hashKeys(keys)
    this.#a = mix32(h ^ 0x243f6a88)
    this.#b = mix32(h ^ 0x85a308d3)
    this.#c = mix32(h ^ 0x13198a2e)
    this.#d = 1
    // The first outputs of sfc32 are still close to the seed; discard them.
    for (let i = 0; i < 12; i++) this.uint32()
  }

  uint32(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0
    this.#d = (this.#d + 1) | 0
    this.#a = this.#b ^ (this.#b >>> 9)
    this.#b = (this.#c + (this.#c << 3)) | 0
    this.#c = (this.#c << 21) | (this.#c >>> 11)
    this.#c = (this.#c + t) | 0
    return t >>> 0
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)]
    if (item === undefined) throw new RangeError('pick from an empty list')
    return item
  }

  /** Normal variate (Box–Muller); only one of the pair is used, which keeps streams simple. */
  normal(mean: number, sd: number): number {
    const u = 1 - this.next()
    const v = this.next()
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }

  /** Normal variate clamped into [min, max] by redrawing (then clamping after a few tries). */
  truncatedNormal(mean: number, sd: number, min: number, max: number): number {
    for (let i = 0; i < 8; i++) {
      const x = this.normal(mean, sd)
      if (x >= min && x <= max) return x
    }
    return Math.min(max, Math.max(min, mean))
  }
}

/** Independent stream for a purpose (see `Stream`) and up to three integer keys. */
export function streamFor(seed: number, purpose: Stream, a = 0, b = 0, c = 0): Random {
  return new Random([seed, purpose, a, b, c])
}

/** What a stream is for; each purpose gets numbers unrelated to every other purpose's. */
export const Stream = {
  Structure: 1,
  Roster: 2,
  Person: 3,
  Planning: 4,
  Quotas: 5,
  Faults: 6,
  Awards: 7,
  Scores: 8,
  StaffModel: 9,
} as const
export type Stream = (typeof Stream)[keyof typeof Stream]

/** A precomputed weighted choice: O(log n) per pick. */
export interface WeightedTable<T> {
  readonly items: readonly T[]
  pick(random: Random): T
}

export function weightedTable<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  const items = entries.map(([item]) => item)
  const cumulative: number[] = []
  let total = 0
  for (const [, weight] of entries) {
    total += weight
    cumulative.push(total)
  }
  if (total <= 0) throw new RangeError('weighted table needs a positive total weight')
  return {
    items,
    pick(random) {
      const target = random.next() * total
      let lo = 0
      let hi = cumulative.length - 1
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if ((cumulative[mid] ?? 0) > target) hi = mid
        else lo = mid + 1
      }
      return items[lo] as T
    },
  }
}
