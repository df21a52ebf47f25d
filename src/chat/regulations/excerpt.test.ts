import { describe, expect, it } from 'vitest'
import { quoteExcerpt } from './excerpt.js'

const ROADMAP = [
  'Lộ trình theo năm đạt tuổi nghỉ hưu:',
  ...Array.from(
    { length: 15 },
    (_, i) => `- Năm ${2021 + i}: nam ${60 + i} tuổi; nữ ${55 + i} tuổi.`,
  ),
].join('\n')

describe('quoteExcerpt', () => {
  it('quotes a passage whole when it is not much longer than the limit', () => {
    expect(quoteExcerpt('Thời hạn là 5 năm.', 'thời hạn')).toBe('Thời hạn là 5 năm.')
    const clause = 'Một khoản dài vừa phải. '.repeat(12).trim()
    expect(quoteExcerpt(clause, 'khoản', 200)).toBe(clause)
  })

  it('centres a long passage on the part with the rarest words of the question, verbatim', () => {
    const excerpt = quoteExcerpt(ROADMAP, 'tuổi nghỉ hưu của nam năm 2030', 150)
    expect(excerpt).toContain('- Năm 2030: nam 69 tuổi; nữ 64 tuổi.')
    expect(excerpt.startsWith('…')).toBe(true)
    expect(excerpt.endsWith('…')).toBe(true)
    expect(excerpt.length).toBeLessThanOrEqual(152)
    expect(ROADMAP).toContain(excerpt.slice(1, -1))
  })

  it('cuts one very long sentence at a word boundary', () => {
    const long = `Điều kiện ${'rất dài '.repeat(80)}kết thúc`
    const excerpt = quoteExcerpt(long, 'điều kiện', 100)
    expect(excerpt.length).toBeLessThanOrEqual(101)
    expect(excerpt.endsWith('dài…')).toBe(true)
  })
})
