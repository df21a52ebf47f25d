import { describe, expect, it } from 'vitest'
import { CONFIDENCE_THRESHOLD, confidenceOf } from './confidence.js'
import { normaliseQuestion } from './normalise.js'

const words = (text: string) => normaliseQuestion(text).tokens

describe('confidenceOf', () => {
  it('forgives one left-over function word', () => {
    expect(confidenceOf(words('từng'), [])).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD)
    expect(confidenceOf(words('tung'), [])).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD)
  })

  it('declines one left-over content word: it may be a condition the plan drops', () => {
    for (const word of ['trẻ', 'muộn', 'vegetarians', 'llct'])
      expect(confidenceOf(words(word), []), word).toBeLessThan(CONFIDENCE_THRESHOLD)
  })

  it('declines two left-over function words', () => {
    expect(confidenceOf(words('từng theo'), [])).toBeLessThan(CONFIDENCE_THRESHOLD)
  })
})
