import { describe, expect, it } from 'vitest'
import { parseNullRecordKeys } from './result-set.js'

describe('parseNullRecordKeys', () => {
  it('keeps every name, in order, repeats included', () => {
    expect(parseNullRecordKeys('{"id":null,"id":null,"count":null}')).toEqual(['id', 'id', 'count'])
  })

  it('reads quoted names with any characters', () => {
    expect(parseNullRecordKeys('{"Số \\"người\\":":null,"a,b":null}')).toEqual([
      'Số "người":',
      'a,b',
    ])
  })

  it('reads a query without columns', () => {
    expect(parseNullRecordKeys('{}')).toEqual([])
  })

  it('refuses anything but a record of nulls', () => {
    expect(() => parseNullRecordKeys('{"a":1}')).toThrow(/column probe/)
    expect(() => parseNullRecordKeys('[]')).toThrow(/column probe/)
  })
})
