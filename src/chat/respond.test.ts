import { describe, expect, it } from 'vitest'
import { withheldRefusal } from './respond.js'
import type { QueryResult } from './types.js'

const result = (rows: unknown[][], suppressedRows: number): QueryResult => ({
  columns: ['Số người'],
  rows,
  rowCount: rows.length,
  truncated: false,
  suppressedRows,
  ms: 1,
})

describe('withheldRefusal', () => {
  it('refuses when every row of a statistic was withheld', () => {
    expect(withheldRefusal(result([], 1), 'vi')?.code).toBe('SMALL_GROUP_WITHHELD')
    expect(withheldRefusal(result([], 2), 'en')?.message).toMatch(/fewer than 5/)
  })

  it('answers when some rows remain or nothing was withheld', () => {
    expect(withheldRefusal(result([[12]], 1), 'vi')).toBeUndefined()
    expect(withheldRefusal(result([], 0), 'vi')).toBeUndefined()
  })
})
