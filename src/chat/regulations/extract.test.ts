import { describe, expect, it } from 'vitest'
import { makeDocx, makePdf } from '../../../test/office-files.js'
import { detectFileKind, extractText } from './extract.js'
import { cleanPdfPages } from './pdf-clean.js'
import { splitLegalText } from './split.js'

const utf8 = (s: string) => new TextEncoder().encode(s)

async function read(fileName: string, bytes: Uint8Array): Promise<string> {
  return extractText(detectFileKind(fileName, bytes), bytes, fileName)
}

describe('extracting text from each supported file type', () => {
  it('reads .md (dropping emphasis) and .txt as UTF-8, NFC', async () => {
    expect(await read('a.md', utf8('**Điều 4.** Tuổi nghỉ hưu'))).toBe('Điều 4. Tuổi nghỉ hưu')
    expect(await read('a.txt', utf8('\ufeffĐiều 4.'.normalize('NFD')))).toBe('Điều 4.')
  })

  it('reads a .docx paragraph by paragraph', async () => {
    const docx = makeDocx(['Điều 4. Tuổi nghỉ hưu', '1. Lao động nam đủ 62 tuổi.', 'đ) Điểm đ.'])
    const text = await read('nghi-dinh.docx', docx)
    const chunks = splitLegalText(text, '135/2020/NĐ-CP')
    expect(chunks.map((c) => c.path)).toEqual(['135/2020/NĐ-CP › Điều 4 › Khoản 1'])
    expect(chunks[0]?.text).toBe('1. Lao động nam đủ 62 tuổi.\nđ) Điểm đ.')
  })

  it('reads a .pdf, dropping page numbers and running headers and rejoining wrapped lines', async () => {
    const header = 'CÔNG BÁO/Số 1/Ngày 01-01-2021'
    const pdf = makePdf([
      [
        header,
        'Điều 3. Thời điểm nghỉ hưu',
        '1. Thời điểm nghỉ hưu là kết thúc ngày cuối',
        'cùng của tháng đủ tuổi.',
        '1',
      ],
      [header, '2. Thời điểm hưởng chế độ hưu trí là ngày', 'đầu tiên của tháng liền kề.', '2'],
      [header, 'Điều 4. Tuổi nghỉ hưu', 'Lao động nam đủ 62 tuổi vào năm 2028.', 'Trang 3'],
    ])
    const text = await read('135.pdf', pdf)
    expect(text).not.toContain('CÔNG BÁO')
    const chunks = splitLegalText(text, '135/2020/NĐ-CP')
    expect(chunks.map((c) => [c.article, c.clause, c.text])).toEqual([
      ['3', '1', '1. Thời điểm nghỉ hưu là kết thúc ngày cuối cùng của tháng đủ tuổi.'],
      ['3', '2', '2. Thời điểm hưởng chế độ hưu trí là ngày đầu tiên của tháng liền kề.'],
      ['4', null, 'Lao động nam đủ 62 tuổi vào năm 2028.'],
    ])
  })

  it('refuses an unsupported type with the list of supported ones', () => {
    expect(() => detectFileKind('quyet-dinh.doc', utf8('x'))).toThrow(
      /supported are \.md, \.txt, \.docx, \.pdf\. Save a \.doc file as \.docx first/,
    )
    expect(() => detectFileKind('anh.png', utf8('x'))).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_FILE' }),
    )
  })

  it('refuses a file whose content does not match its name, and a broken one', async () => {
    expect(() => detectFileKind('fake.pdf', utf8('hello'))).toThrow(/does not match its extension/)
    await expect(read('broken.docx', utf8('PK broken'))).rejects.toThrow(
      /could not be opened as a Word document/,
    )
    await expect(read('latin1.txt', new Uint8Array([0x44, 0xe9, 0x63]))).rejects.toThrow(
      /not UTF-8/,
    )
  })
})

describe('cleanPdfPages', () => {
  it('rejoins hyphenated words, keeping the hyphen of a number such as NĐ-CP', () => {
    expect(
      cleanPdfPages(['Nghị định số 135/2020/NĐ-\nCP quy định về lộ trình điều chỉ-\nnh tuổi']),
    ).toBe('Nghị định số 135/2020/NĐ-CP quy định về lộ trình điều chỉnh tuổi')
  })

  it('keeps all-capital headings and structural lines on their own lines', () => {
    expect(
      cleanPdfPages([
        'Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nNghị định này quy định\nvề tuổi nghỉ hưu',
      ]),
    ).toBe('Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nNghị định này quy định về tuổi nghỉ hưu')
  })
})
