import { describe, expect, it } from 'vitest'
import { MAX_CHUNK_CHARS, splitLegalText } from './split.js'

const DECREE = `CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ; theo đề nghị của Bộ trưởng Bộ Nội vụ, Chính phủ ban hành Nghị định.
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định về tuổi nghỉ hưu.
Chương II
TUỔI NGHỈ HƯU
Mục 1. TUỔI NGHỈ HƯU THÔNG THƯỜNG
Điều 4. Tuổi nghỉ hưu trong điều kiện lao động bình thường
1. Tuổi nghỉ hưu của người lao động tăng theo lộ trình.
2. Lộ trình điều chỉnh như sau:
a) Lao động nam: mỗi năm tăng 3 tháng;
b) Lao động nữ: mỗi năm tăng 4 tháng.
Điều 5. Nghỉ hưu ở tuổi thấp hơn
Người lao động có thể nghỉ hưu sớm hơn trong các trường hợp:
a) Có đủ 15 năm làm nghề nặng nhọc;
b) Có đủ 15 năm làm việc ở vùng khó khăn;
c) Bị suy giảm khả năng lao động;
d) Có tổng thời gian làm các công việc trên đủ 15 năm;
đ) Trường hợp khác theo luật;
e) Trường hợp cuối.`

describe('splitLegalText', () => {
  const chunks = splitLegalText(DECREE, '135/2020/NĐ-CP')

  it('keeps the preamble, then one chunk per clause, each with its breadcrumb', () => {
    expect(chunks.map((c) => c.path)).toEqual([
      '135/2020/NĐ-CP',
      '135/2020/NĐ-CP › Chương I › Điều 1',
      '135/2020/NĐ-CP › Chương II › Mục 1 › Điều 4 › Khoản 1',
      '135/2020/NĐ-CP › Chương II › Mục 1 › Điều 4 › Khoản 2',
      '135/2020/NĐ-CP › Chương II › Mục 1 › Điều 5',
    ])
    expect(chunks.map((c) => c.ord)).toEqual(chunks.map((_, i) => i))
  })

  it('fills the structure columns and takes the article title as heading', () => {
    const clause = chunks[3]
    expect(clause).toMatchObject({
      chapter: 'II',
      section: '1',
      article: '4',
      clause: '2',
      point: null,
      heading: 'Tuổi nghỉ hưu trong điều kiện lao động bình thường',
    })
    expect(clause?.text).toBe(
      '2. Lộ trình điều chỉnh như sau:\na) Lao động nam: mỗi năm tăng 3 tháng;\nb) Lao động nữ: mỗi năm tăng 4 tháng.',
    )
  })

  it('reads "đ)" as the point after d and before e, and keeps a short list in one chunk', () => {
    const article = chunks.find((c) => c.article === '5')
    expect(article?.text.split('\n').map((line) => line.slice(0, 2))).toEqual([
      'Ng', 'a)', 'b)', 'c)', 'd)', 'đ)', 'e)',
    ]) // prettier-ignore
    const long = 'y '.repeat(400).trim()
    const text = [
      'Điều 5. Nghỉ hưu sớm',
      'Các trường hợp:',
      ...['a', 'b', 'c', 'd', 'đ', 'e'].map((l) => `${l}) ${long}`),
    ]
    const points = splitLegalText(text.join('\n'), 'X')
    expect(points.map((c) => c.point)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e'])
    expect(points[4]?.text).toBe(`Các trường hợp:\nđ) ${long}`)
  })

  it('does not take a cross-reference or an out-of-order number for a new unit', () => {
    const text = [
      'Điều 7. Nâng bậc lương',
      '1. Điều kiện nâng bậc.',
      'Điều 5 của Nghị định này không áp dụng.',
      '3. không phải khoản 3 vì chưa có khoản 2',
      'Mục lục không phải là một mục.',
      '2. Khoản hai.',
    ].join('\n')
    const result = splitLegalText(text, 'X')
    expect(result.map((c) => [c.article, c.clause, c.section])).toEqual([
      ['7', '1', null],
      ['7', '2', null],
    ])
    expect(result[0]?.text).toContain('Điều 5 của Nghị định này')
    expect(result[0]?.text).toContain('Mục lục không phải')
  })

  it('reads markdown headings, and plain headings as topics without article numbers', () => {
    const text = [
      '## Chương I. Quy định chung',
      '### Điều 2. Nguyên tắc',
      'Dữ liệu phải đúng, đủ, sạch, sống.',
      '## Đối tượng được kéo dài thời gian công tác',
      '1. Danh sách này không phải là các khoản của một điều.',
      '- Giáo sư, phó giáo sư.',
    ].join('\n')
    const result = splitLegalText(text, '83/2022/NĐ-CP')
    expect(result.map((c) => c.path)).toEqual([
      '83/2022/NĐ-CP › Chương I › Điều 2',
      '83/2022/NĐ-CP › Chương I › Đối tượng được kéo dài thời gian công tác',
    ])
    expect(result[1]).toMatchObject({
      article: null,
      clause: null,
      heading: 'Đối tượng được kéo dài thời gian công tác',
    })
  })

  it('keeps a sentence that starts with "Mục 3 Chương IV" as text, and text under a chapter', () => {
    const text = [
      '## Chương III. Bổ nhiệm',
      'Chương này gồm các điều về bổ nhiệm.',
      '## Đánh giá công chức',
      'Mục 3 Chương IV của Luật áp dụng từ năm 2026.',
    ].join('\n')
    const result = splitLegalText(text, '80/2025/QH15')
    expect(result.map((c) => [c.path, c.heading, c.section])).toEqual([
      ['80/2025/QH15 › Chương III', 'Bổ nhiệm', null],
      ['80/2025/QH15 › Chương III › Đánh giá công chức', 'Đánh giá công chức', null],
    ])
    expect(result[1]?.text).toBe('Mục 3 Chương IV của Luật áp dụng từ năm 2026.')
  })

  it('allows a summary to start an article at a later clause', () => {
    const result = splitLegalText(
      'Điều 169. Tuổi nghỉ hưu\n2. Khoản hai.\n3. Khoản ba.',
      '45/2019/QH14',
    )
    expect(result.map((c) => c.clause)).toEqual(['2', '3'])
  })

  it('splits a long clause into its points and a long article into paragraph groups', () => {
    const long = 'x '.repeat(500).trim()
    const text = `Điều 9. Dài\n1. Các trường hợp:\na) ${long}\nb) ${long}\nĐiều 10. Không có khoản\n${long}\n${long}`
    const result = splitLegalText(text, 'X')
    expect(result.map((c) => [c.article, c.clause, c.point])).toEqual([
      ['9', '1', 'a'],
      ['9', '1', 'b'],
      ['10', null, null],
      ['10', null, null],
    ])
    expect(result.every((c) => c.text.length <= MAX_CHUNK_CHARS)).toBe(true)
    expect(result[0]?.text.startsWith('1. Các trường hợp:\na) ')).toBe(true)
  })

  it('normalises decomposed diacritics to NFC', () => {
    const decomposed = 'Điều 3. Thời điểm nghỉ hưu\nNgười lao động nghỉ hưu.'.normalize('NFD')
    const [chunk] = splitLegalText(decomposed, 'X')
    expect(chunk?.heading).toBe('Thời điểm nghỉ hưu')
    expect(chunk?.text).toBe('Người lao động nghỉ hưu.'.normalize('NFC'))
  })
})
