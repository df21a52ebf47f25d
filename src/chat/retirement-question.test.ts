import { describe, expect, it } from 'vitest'
import { answerRetirementQuestion, readRetirementQuestion } from './retirement-question.js'

describe('readRetirementQuestion', () => {
  it.each([
    ['Nam sinh tháng 2/1965 thì khi nào nghỉ hưu?', 'male', '1965-02-01', 'month'],
    ['nu sinh thang 01/1966 khi nao nghi huu', 'female', '1966-01-01', 'month'],
    [
      'Lao động nữ sinh ngày 15/03/1970 nghỉ hưu lúc bao nhiêu tuổi?',
      'female',
      '1970-03-15',
      'day',
    ],
    ['When does a man born in March 1968 retire?', 'male', '1968-03-01', 'month'],
    ['At what age does a woman born 1975 retire?', 'female', '1975-01-01', 'year'],
    ['nam gioi sinh nam 1964 bao gio ve huu', 'male', '1964-01-01', 'year'],
  ])('reads %s', (question, sex, birthDate, precision) => {
    expect(readRetirementQuestion(question)).toEqual({ sex, birthDate, precision })
  })

  it.each([
    'Bao nhiêu nam sinh năm 1965 sẽ nghỉ hưu năm 2026?',
    'How many men born in 1965 retire next year?',
    'Danh sách nữ sinh năm 1968 nghỉ hưu khi nào',
    'Tuổi nghỉ hưu của lao động nữ là bao nhiêu?',
    'nguoi sinh nam 1970 khi nao nghi huu',
    'Nguyễn Văn An sinh năm 1966 khi nào nghỉ hưu?',
  ])('leaves %s to the other engines', (question) => {
    expect(readRetirementQuestion(question)).toBeUndefined()
  })
})

describe('answerRetirementQuestion', () => {
  it('gives the worked examples of the rule: 61y6m for a man born 02/1965, 55y4m for a woman born 01/1966', () => {
    const man = answerRetirementQuestion(
      { sex: 'male', birthDate: '1965-02-01', precision: 'month' },
      'vi',
    )
    expect(man.rows).toEqual([['61y6m', '2026-08-31', '2026-09-01']])
    expect(man.answer).toContain('61 tuổi 6 tháng')
    expect(man.answer).toContain('31/08/2026')
    expect(man.citations.map((c) => `${c.document} Điều ${c.article}`)).toContain(
      '135/2020/NĐ-CP Điều 4',
    )
    const woman = answerRetirementQuestion(
      { sex: 'female', birthDate: '1966-01-01', precision: 'month' },
      'en',
    )
    expect(woman.rows[0]?.[0]).toBe('55y4m')
    expect(woman.answer).toContain('55 years 4 months')
  })
})
