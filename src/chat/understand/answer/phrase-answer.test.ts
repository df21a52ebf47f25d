import { describe, expect, it } from 'vitest'
import type { QueryResult } from '../../types.js'
import { phraseAnswer } from './phrase-answer.js'

const result = (rows: unknown[][]): QueryResult => ({
  columns: ['Số người'],
  rows,
  rowCount: rows.length,
  truncated: false,
  suppressedRows: 0,
  ms: 1,
})

describe('phraseAnswer', () => {
  it('states the default window of "sắp nghỉ hưu", in the language asked', () => {
    const plan = {
      subject: 'people' as const,
      assumptions: ['retirement_soon' as const],
      filters: {
        statuses: ['working' as const],
        retirement: { from: '2026-11-24', to: '2027-05-24' },
      },
      measure: { kind: 'count' as const },
    }
    expect(phraseAnswer(plan, result([[9]]), 'vi')).toContain('trong 6 tháng tới')
    expect(phraseAnswer(plan, result([[9]]), 'en')).toContain('within the next 6 months')
    // Also when nobody matches: the asker learns which window was searched.
    expect(phraseAnswer(plan, result([]), 'vi')).toContain('6 tháng')
  })

  it('says whose length of service was counted', () => {
    const plan = {
      subject: 'people' as const,
      assumptions: ['service_state' as const],
      filters: { statuses: ['working' as const] },
      measure: { kind: 'avg' as const, of: 'service_years' as const },
    }
    const answer = phraseAnswer(plan, result([[17.5]]), 'vi')
    expect(answer).toContain('kể từ ngày vào cơ quan nhà nước')
    expect(phraseAnswer(plan, result([[17.5]]), 'en')).toContain('since joining the state service')
  })

  it('adds nothing when the question left no choice', () => {
    const plan = {
      subject: 'people' as const,
      filters: { statuses: ['working' as const] },
      measure: { kind: 'count' as const },
    }
    expect(phraseAnswer(plan, result([[5]]), 'vi')).toBe('Toàn Bộ có 5 người đang công tác.')
  })

  it('does not call a withheld small group "no match"', () => {
    const plan = {
      subject: 'people' as const,
      filters: { statuses: ['working' as const], ethnicity: { op: 'ne' as const, value: 'Kinh' } },
      measure: { kind: 'count' as const },
    }
    const withheld = { ...result([]), suppressedRows: 1 }
    expect(phraseAnswer(plan, withheld, 'vi')).toContain('dưới 5 người')
    expect(phraseAnswer(plan, withheld, 'en')).toContain('fewer than 5 people')
  })

  it('writes years as years and dates as dd/mm/yyyy, in either language', () => {
    const byYear = {
      subject: 'people' as const,
      filters: { statuses: ['working' as const] },
      measure: { kind: 'count' as const },
      groupBy: [{ by: 'retirement_year' as const }],
    }
    const years = { ...result([[2026, 1250]]), columns: ['Năm nghỉ hưu', 'Số người'] }
    expect(phraseAnswer(byYear, years, 'vi')).toBe('Toàn Bộ: 2026: 1.250.')
    const facts = {
      subject: 'people' as const,
      personNames: ['Trần Thanh Dung'],
      filters: { personIds: [1] },
      measure: { kind: 'list' as const, fields: ['birth_date' as const] },
    }
    const born = { ...result([['1973-05-30']]), columns: ['Birth date'] }
    expect(phraseAnswer(facts, born, 'en')).toBe('Trần Thanh Dung — birth date: 30/05/1973.')
  })

  it('names coded breakdown keys in the sentence, not by their stored codes', () => {
    const plan = {
      subject: 'people' as const,
      filters: { statuses: ['working' as const] },
      measure: { kind: 'count' as const },
      groupBy: [{ by: 'sex' as const }],
    }
    const rows = {
      ...result([
        ['female', 12],
        ['male', 9],
      ]),
      columns: ['Giới tính', 'Số người'],
    }
    expect(phraseAnswer(plan, rows, 'vi')).toContain('Nữ: 12; Nam: 9')
    const english = { ...rows, columns: ['Sex', 'People'] }
    expect(phraseAnswer(plan, english, 'en')).toContain('Female: 12; Male: 9')
  })
})
