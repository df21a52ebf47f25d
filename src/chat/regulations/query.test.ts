import { describe, expect, it } from 'vitest'
import { isEnglish, toVietnameseTerms } from './english.js'
import { analyzeQuery } from './query.js'

const tsqueries = (q: string) => analyzeQuery(q).terms.map((t) => t.tsquery)

describe('analyzeQuery', () => {
  it('gives the same terms with and without diacritics', () => {
    const withMarks = tsqueries('Tuổi nghỉ hưu của nữ năm 2030?')
    expect(withMarks).toEqual(tsqueries('tuoi nghi huu cua nu nam 2030'))
    expect(withMarks).toContain('nghi <-> huu')
    expect(withMarks).toContain('2030')
    expect(withMarks).not.toContain('cua')
  })

  it('adds synonyms as one alternative term', () => {
    expect(tsqueries('về hưu năm nào')).toContain('(nghi <-> huu) | (ve <-> huu) | (huu <-> tri)')
  })

  it('keeps content words that fold like function words ("cơ sở", "tài sản")', () => {
    expect(tsqueries('co so du lieu quoc gia')).toContain('co <-> so')
    expect(tsqueries('tài sản, thu nhập')).toContain('tai <-> san')
  })

  it('reads named documents and articles, and keeps them out of the words', () => {
    const q = analyzeQuery('Khoản 27 Điều 1 Nghị định 116/2024/NĐ-CP sửa đổi gì?')
    expect(q.documentRefs).toEqual(['116/2024'])
    expect([q.articleRef, q.clauseRef]).toEqual(['1', '27'])
    expect(q.terms.map((t) => t.tsquery)).toEqual(['sua', 'sua <-> doi', 'doi'])
    expect(analyzeQuery('Quy định 377 thay thế gì').documentRefs).toEqual(['377-'])
    expect(analyzeQuery('Nghị định 13 còn hiệu lực?').documentRefs).toEqual(['13/'])
    expect(analyzeQuery('theo 377-QĐ/TW').documentRefs).toEqual(['377-qd'])
  })

  it('maps an English question to Vietnamese terms and notes words it does not know', () => {
    const q = analyzeQuery('What is the retirement age for women in 2026?')
    expect(q.language).toBe('en')
    expect(q.text).toBe('tuổi nghỉ hưu nữ 2026')
    expect(q.unknownWords).toEqual([])
    expect(analyzeQuery('Who won the football World Cup?').unknownWords).toEqual([
      'won',
      'football',
      'world',
      'cup',
    ])
  })

  it('only emits [a-z0-9] words into tsquery text, whatever is typed', () => {
    const terms = tsqueries("tuổi'); drop table x; -- & | ! <-> :*")
    expect(terms.every((t) => /^[a-z0-9 <>|()-]+$/.test(t))).toBe(true)
  })
})

describe('isEnglish', () => {
  it('tells English from Vietnamese typed without diacritics', () => {
    expect(isEnglish('How often is the personnel data backed up?')).toBe(true)
    expect(isEnglish('Is the personal identification number basic or sensitive?')).toBe(true)
    expect(isEnglish('mot can bo duoc quy hoach toi da may chuc danh')).toBe(false)
    expect(isEnglish('nghi huu truoc tuoi tren 5 nam')).toBe(false)
    expect(isEnglish('Tuổi nghỉ hưu là bao nhiêu?')).toBe(false)
  })

  it('prefers the longest English phrase', () => {
    expect(toVietnameseTerms('early retirement for civil servants').text).toBe(
      'nghỉ hưu trước tuổi công chức',
    )
  })
})
