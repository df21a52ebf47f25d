import { describe, expect, it } from 'vitest'
import { citedPassage, documentName, placeName } from './answer-text.js'
import type { RegulationHit } from './search.js'

const hit = (
  over: Partial<RegulationHit> = {},
  doc: Partial<RegulationHit['document']> = {},
): RegulationHit => ({
  chunkId: 1,
  document: {
    number: '13/2023/NĐ-CP',
    title: 'Nghị định về bảo vệ dữ liệu cá nhân — bản tóm tắt',
    docType: 'tom_tat',
    source: 'starter',
    status: 'superseded',
    inForce: false,
    effectiveFrom: '2023-07-01',
    effectiveTo: '2025-12-31',
    supersededBy: '356/2025/NĐ-CP',
    ...doc,
  },
  path: '13/2023/NĐ-CP › Điều 2 › Khoản 4',
  chapter: null,
  section: null,
  article: '2',
  clause: '4',
  point: null,
  heading: 'Giải thích từ ngữ',
  text: '4. Dữ liệu cá nhân nhạy cảm gồm…',
  score: 0.03,
  coverage: 1,
  similarity: 0.4,
  ...over,
})

describe('answer wording', () => {
  it('names documents as they are cited in each language', () => {
    expect(documentName(hit(), 'vi')).toBe('Nghị định 13/2023/NĐ-CP')
    expect(documentName(hit(), 'en')).toBe('Decree 13/2023/NĐ-CP')
    const law = hit(
      {},
      { number: '91/2025/QH15', title: 'Luật Bảo vệ dữ liệu cá nhân — bản tóm tắt' },
    )
    expect(documentName(law, 'vi')).toBe('Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15')
    expect(documentName(law, 'en')).toBe('Law 91/2025/QH15')
  })

  it('names the place: article, clause, point, or a summary topic', () => {
    expect(placeName(hit({ point: 'đ' }), 'vi')).toBe('Điều 2, khoản 4, điểm đ')
    expect(placeName(hit(), 'en')).toBe('Article 2, clause 4')
    expect(placeName(hit({ article: null, clause: null, heading: 'Thang điểm 100' }), 'vi')).toBe(
      'mục «Thang điểm 100»',
    )
  })

  it('says what replaced a superseded document, and when it stopped applying', () => {
    expect(citedPassage(hit(), '4. Dữ liệu…', 'vi')).toBe(
      'Theo Điều 2, khoản 4 Nghị định 13/2023/NĐ-CP (đã được thay thế):\n“4. Dữ liệu…”\n' +
        'Lưu ý: văn bản đã hết hiệu lực từ sau ngày 31/12/2025, được thay thế bởi 356/2025/NĐ-CP.',
    )
    expect(citedPassage(hit(), 'x', 'en')).toContain(
      'Note: this document is no longer in force after 2025-12-31; replaced by 356/2025/NĐ-CP.',
    )
  })
})
