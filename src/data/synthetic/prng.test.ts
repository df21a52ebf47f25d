import { describe, expect, it } from 'vitest'
import { apportion } from './apportion.js'
import { Random, Stream, streamFor, weightedTable } from './prng.js'

describe('seeded streams', () => {
  it('give the same numbers for the same keys and different numbers for other keys', () => {
    const draw = (r: Random) => Array.from({ length: 5 }, () => r.uint32())
    expect(draw(streamFor(7, Stream.Person, 3, 4))).toEqual(draw(streamFor(7, Stream.Person, 3, 4)))
    expect(draw(streamFor(7, Stream.Person, 3, 4))).not.toEqual(
      draw(streamFor(7, Stream.Person, 4, 3)),
    )
    expect(draw(streamFor(7, Stream.Person, 3, 4))).not.toEqual(
      draw(streamFor(8, Stream.Person, 3, 4)),
    )
  })

  it('draw uniform numbers in [0, 1) and integers within bounds', () => {
    const random = new Random([1])
    const xs = Array.from({ length: 20_000 }, () => random.next())
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...xs)).toBeLessThan(1)
    expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeCloseTo(0.5, 1)
    const ints = new Set(Array.from({ length: 2000 }, () => random.int(3, 6)))
    expect([...ints].sort()).toEqual([3, 4, 5, 6])
  })

  it('pick weighted items in proportion to their weights', () => {
    const table = weightedTable([
      ['a', 1],
      ['b', 3],
    ])
    const random = new Random([2])
    let b = 0
    for (let i = 0; i < 20_000; i++) if (table.pick(random) === 'b') b++
    expect(b / 20_000).toBeGreaterThan(0.72)
    expect(b / 20_000).toBeLessThan(0.78)
  })
})

describe('apportion', () => {
  it('splits a total exactly, in proportion to the weights', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3])
    expect(apportion(6300, [30, 700, 5])).toEqual([257, 6000, 43])
    expect(apportion(0, [1, 2])).toEqual([0, 0])
  })
})
