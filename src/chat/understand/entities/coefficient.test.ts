import { describe, expect, it } from 'vitest'
import { normaliseQuestion } from '../normalise.js'
import { matchCoefficient } from './coefficient.js'

const read = (text: string) => matchCoefficient(normaliseQuestion(text).tokens, 0)?.value

describe('matchCoefficient', () => {
  it('reads thresholds in Vietnamese, without diacritics and in English', () => {
    expect(read('hệ số lương trên 5')).toEqual({ gt: 5 })
    expect(read('hệ số lương từ 6,56 trở lên')).toEqual({ gte: 6.56 })
    expect(read('he so luong duoi 2.5')).toEqual({ lt: 2.5 })
    expect(read('salary coefficient of at most 4')).toEqual({ lte: 4 })
    expect(read('hệ số từ 4 đến 5')).toEqual({ gte: 4, lte: 5 })
  })

  it('leaves a coefficient without a threshold to be asked for', () => {
    expect(read('hệ số lương trung bình')).toBeUndefined()
    expect(read('hệ số lương từ 2020')).toBeUndefined()
  })
})
