import { describe, expect, it } from 'vitest'
import { normaliseQuestion } from '../normalise.js'
import { matchService } from './service.js'

const read = (text: string) => matchService(normaliseQuestion(text).tokens, 0)?.value

describe('matchService', () => {
  it('reads lengths of service in the state service, counted like an age', () => {
    expect(read('công tác trên 20 năm')).toEqual({ range: { min: 21 }, ministry: false })
    expect(read('có từ 10 năm công tác trở lên')).toEqual({ range: { min: 10 }, ministry: false })
    expect(read('từ 10 năm công tác trở xuống')).toEqual({ range: { max: 10 }, ministry: false })
    expect(read('tham nien duoi 5 nam')).toEqual({ range: { max: 4 }, ministry: false })
    expect(read('thâm niên từ 10 đến 20 năm')).toEqual({
      range: { min: 10, max: 20 },
      ministry: false,
    })
    expect(read('more than 15 years of service')).toEqual({ range: { min: 16 }, ministry: false })
  })

  it('reads years in the ministry when the question says so', () => {
    expect(read('làm việc tại Bộ từ 10 năm trở lên')).toEqual({
      range: { min: 10 },
      ministry: true,
    })
    expect(read('at least 10 years in the ministry')).toEqual({
      range: { min: 10 },
      ministry: true,
    })
  })

  it('takes "trở lên" after the place when the number has no bound of its own', () => {
    expect(read('có 10 năm công tác tại Bộ trở lên')).toEqual({
      range: { min: 10 },
      ministry: true,
    })
    expect(read('có 10 năm công tác trở lên')).toEqual({ range: { min: 10 }, ministry: false })
    // A bare number of years bounds nothing.
    expect(read('có 10 năm công tác')).toBeUndefined()
  })

  it('leaves years that are not a length of service alone', () => {
    expect(read('trên 20 năm')).toBeUndefined()
    expect(read('công tác ở Cục Viễn thông')).toBeUndefined()
  })
})
