import { describe, expect, it } from 'vitest'
import { encodeValue } from './copy-writer.js'
import { textArrayLiteral } from './tables.js'

describe('COPY text encoding', () => {
  it('escapes what the text format gives meaning to and nothing else', () => {
    expect(encodeValue(null)).toBe('\\N')
    expect(encodeValue(true)).toBe('t')
    expect(encodeValue(4.4)).toBe('4.4')
    expect(encodeValue('Phòng Kế hoạch – Tài chính')).toBe('Phòng Kế hoạch – Tài chính')
    expect(encodeValue('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re')
  })

  it('writes text arrays as PostgreSQL array literals', () => {
    expect(textArrayLiteral(['Vụ TCCB', 'a"b', 'c\\d'])).toBe('{"Vụ TCCB","a\\"b","c\\\\d"}')
  })
})
