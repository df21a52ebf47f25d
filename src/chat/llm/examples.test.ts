import { describe, expect, it } from 'vitest'
import { similarExamples } from './examples.js'

describe('similarExamples', () => {
  it('finds solved questions sharing words, with or without diacritics', () => {
    const typed = similarExamples('co bao nhieu tien si o Vu Hop tac quoc te')
    const marked = similarExamples('Có bao nhiêu tiến sĩ ở Vụ Hợp tác quốc tế')
    expect(typed.map((e) => e.question)).toEqual(marked.map((e) => e.question))
    expect(typed[0]?.question).toMatch(/Hop tac quoc te|Hợp tác quốc tế/)
    expect(typed.every((e) => e.sql.startsWith('select'))).toBe(true)
  })

  it('shows at most the number asked, and nothing for words it has never seen', () => {
    expect(similarExamples('Cục Viễn thông có bao nhiêu người', 2)).toHaveLength(2)
    expect(similarExamples('xyzzy plugh')).toEqual([])
  })
})
