import { describe, expect, it } from 'vitest'
import { parseFrontMatter } from './front-matter.js'
import { documentKind, parseMetadata } from './metadata.js'

describe('parseFrontMatter', () => {
  it('reads flat key: value lines and returns the body after the block', () => {
    const { fields, body } = parseFrontMatter(
      '---\nnumber: 135/2020/NĐ-CP\ntitle: "Nghị định quy định về tuổi nghỉ hưu"\n# a comment\neffective_to:\n---\nĐiều 1. Phạm vi',
    )
    expect(fields).toEqual({
      number: '135/2020/NĐ-CP',
      title: 'Nghị định quy định về tuổi nghỉ hưu',
      effectiveTo: '',
    })
    expect(body).toBe('Điều 1. Phạm vi')
  })

  it('leaves a file without front matter alone', () => {
    expect(parseFrontMatter('Điều 1. A')).toEqual({ fields: {}, body: 'Điều 1. A' })
  })

  it('refuses an unknown key, naming the known ones', () => {
    expect(() => parseFrontMatter('---\nefective_from: 2021-01-01\n---\n')).toThrow(
      /known keys are number, title/,
    )
  })
})

describe('parseMetadata', () => {
  it('accepts Vietnamese dates and empty optional fields', () => {
    const meta = parseMetadata({
      number: ' 13/2023/NĐ-CP ',
      title: 'Bảo vệ dữ liệu cá nhân',
      issuedOn: '17/4/2023',
      effectiveTo: '',
    })
    expect(meta).toMatchObject({ number: '13/2023/NĐ-CP', issuedOn: '2023-04-17' })
    expect(meta.effectiveTo).toBeUndefined()
  })

  it('names missing fields', () => {
    expect(() => parseMetadata({})).toThrow(
      /number: the document number.*title: the document title/,
    )
  })

  it('names every bad field in one error', () => {
    expect(() => parseMetadata({ number: '', title: 'T', effectiveFrom: '31/02/2021' })).toThrow(
      /number: the document number.*title: the document title.*"31\/02\/2021" is not a date/,
    )
  })
})

describe('documentKind', () => {
  it('takes the kind from the title, else from the number', () => {
    expect(documentKind('45/2019/QH14', 'Bộ luật Lao động').en).toBe('Code')
    expect(documentKind('91/2025/QH15').vi).toBe('Luật')
    expect(documentKind('135/2020/NĐ-CP').en).toBe('Decree')
    expect(documentKind('377-QĐ/TW').en).toBe('Regulation')
    expect(documentKind('06-HD/BTCTW').vi).toBe('Hướng dẫn')
    expect(documentKind('12/2025/TT-BNV').en).toBe('Circular')
  })
})
