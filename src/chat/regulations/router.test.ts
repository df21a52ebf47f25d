import { describe, expect, it } from 'vitest'
import { looksLikeRegulationQuestion } from './router.js'

describe('looksLikeRegulationQuestion', () => {
  it('scores questions about the rules high, in Vietnamese with or without diacritics and English', () => {
    for (const q of [
      'Theo Nghị định 135/2020/NĐ-CP, bao nhiêu tuổi thì nghỉ hưu?',
      'dieu kien bo nhiem lan dau theo quy dinh',
      'Điều 34 Quy định 377-QĐ/TW nói gì?',
      'Is a civil servant allowed to retire early under the decree?',
      'Tuổi nghỉ hưu của nữ năm 2027 là bao nhiêu?',
    ]) {
      expect(looksLikeRegulationQuestion(q), q).toBeGreaterThanOrEqual(0.4)
    }
  })

  it('scores questions about the data and small talk low', () => {
    for (const q of [
      'Có bao nhiêu cán bộ nữ ở Cục Viễn thông?',
      'Danh sách người nghỉ hưu năm nay',
      'How many staff are in the IT Centre?',
      'Xin chào',
    ]) {
      expect(looksLikeRegulationQuestion(q), q).toBeLessThan(0.4)
    }
  })
})
