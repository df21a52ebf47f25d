import { describe, expect, it } from 'vitest'
import { embedLocally, LOCAL_DIMENSIONS } from './local-embedder.js'

const cosine = (a: number[], b: number[]) => a.reduce((sum, v, i) => sum + v * (b[i] ?? 0), 0)

describe('embedLocally', () => {
  it('is deterministic, L2-normalised and of the declared length', () => {
    const v = embedLocally('Tuổi nghỉ hưu của lao động nam')
    expect(v).toHaveLength(LOCAL_DIMENSIONS)
    expect(Math.hypot(...v)).toBeCloseTo(1)
    expect(embedLocally('Tuổi nghỉ hưu của lao động nam')).toEqual(v)
  })

  it('brings a question typed without diacritics close to the passage it asks about', () => {
    const passage = embedLocally('Tuổi nghỉ hưu của lao động nam là 62 tuổi từ năm 2028')
    const question = embedLocally('tuoi nghi huu cua nam')
    const unrelated = embedLocally('mức phạt vi phạm dữ liệu cá nhân')
    expect(cosine(question, passage)).toBeGreaterThan(0.4)
    expect(cosine(question, passage)).toBeGreaterThan(cosine(question, unrelated) + 0.3)
  })

  it('returns a zero vector for text with no content words', () => {
    expect(embedLocally('là của và').every((v) => v === 0)).toBe(true)
  })
})
