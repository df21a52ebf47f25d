import { describe, expect, it } from 'vitest'
import { normaliseQuestion } from '../normalise.js'
import { matchHomeTown } from './home-town.js'

const read = (text: string) => matchHomeTown(normaliseQuestion(text).tokens, 0)

describe('matchHomeTown', () => {
  it('reads a province after a home-town word, as stored', () => {
    expect(read('quê Nghệ An')).toEqual({ length: 3, value: 'Nghệ An' })
    expect(read('que quan o tinh Ha Tinh')?.value).toBe('Hà Tĩnh')
    expect(read('người Thái Bình')?.value).toBe('Thái Bình')
    expect(read('from Ho Chi Minh City')?.value).toBe('Thành phố Hồ Chí Minh')
    expect(read('quê Huế')?.value).toBe('Thừa Thiên Huế')
    expect(read('quê Bà Rịa – Vũng Tàu')).toEqual({ length: 5, value: 'Bà Rịa – Vũng Tàu' })
  })

  it('prefers the longest name and leaves other words alone', () => {
    expect(read('quê Thừa Thiên Huế')?.length).toBe(4)
    expect(read('người Thái')).toBeUndefined()
    expect(read('Nghệ An')).toBeUndefined()
    expect(read('quê quán')).toBeUndefined()
  })
})
