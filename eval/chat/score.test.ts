import { describe, expect, it } from 'vitest'
import type { ChatResponse } from '../../src/chat/types.js'
import { normaliseCell } from './normalise.js'
import { classifyAnswer, columnOrders, matchesGold } from './score.js'

const unordered = { orderMatters: false }
const ordered = { orderMatters: true }

describe('normaliseCell', () => {
  it('reads numbers from either driver the same way, rounded to 2 decimals', () => {
    expect(normaliseCell('156')).toBe(156)
    expect(normaliseCell(156n)).toBe(156)
    expect(normaliseCell('41.72945205479452')).toBe(41.73)
    expect(normaliseCell(41.72945205479452)).toBe(41.73)
    expect(normaliseCell('-0.001')).toBe(0)
  })

  it('keeps codes with leading zeros as text', () => {
    expect(normaliseCell('01.002')).toBe('01.002')
    expect(normaliseCell('0912345678')).toBe('0912345678')
  })

  it('reduces dates and timestamps to the calendar day', () => {
    expect(normaliseCell('1966-04-26')).toBe('1966-04-26')
    expect(normaliseCell('1966-04-26T00:00:00.000Z')).toBe('1966-04-26')
    expect(normaliseCell(new Date(1966, 3, 26))).toBe('1966-04-26')
  })

  it('trims text, composes Vietnamese letters, and reads booleans', () => {
    expect(normaliseCell('  Vụ trưởng ')).toBe('Vụ trưởng')
    expect(normaliseCell('Thu\u0309y')).toBe('Thủy')
    expect(normaliseCell('TRUE')).toBe(true)
    expect(normaliseCell(false)).toBe(false)
    expect(normaliseCell(undefined)).toBeNull()
  })
})

describe('matchesGold', () => {
  it('accepts the same count whatever its type, and rejects another count', () => {
    expect(matchesGold([[156]], [['156']], unordered)).toBe(true)
    expect(matchesGold([[156]], [[157]], unordered)).toBe(false)
  })

  it('accepts an average that differs only beyond 2 decimals, not one rounded coarser', () => {
    expect(matchesGold([[41.72945205479452]], [[41.7294]], unordered)).toBe(true)
    expect(matchesGold([[41.72945205479452]], [[41.7]], unordered)).toBe(false)
  })

  it('tells a percentage from a fraction', () => {
    expect(matchesGold([[41.84782608695652]], [[0.4184782608695652]], unordered)).toBe(false)
  })

  it('compares rows as multisets unless order matters', () => {
    const gold = [
      ['female', 47],
      ['male', 58],
    ]
    const swapped = [
      ['male', 58],
      ['female', 47],
    ]
    expect(matchesGold(gold, swapped, unordered)).toBe(true)
    expect(matchesGold(gold, swapped, ordered)).toBe(false)
    expect(matchesGold(gold, gold, ordered)).toBe(true)
  })

  it('counts duplicates: a multiset, not a set', () => {
    expect(matchesGold([['An'], ['An'], ['Bình']], [['An'], ['Bình'], ['Bình']], unordered)).toBe(
      false,
    )
    expect(matchesGold([['An'], ['An']], [['An']], unordered)).toBe(false)
  })

  it('ignores column order up to four columns, keeping rows together', () => {
    expect(
      matchesGold(
        [
          ['female', 47],
          ['male', 58],
        ],
        [
          [47, 'female'],
          [58, 'male'],
        ],
        unordered,
      ),
    ).toBe(true)
    // Each column taken alone matches, but the pairs do not.
    expect(
      matchesGold(
        [
          ['female', 47],
          ['male', 58],
        ],
        [
          [58, 'female'],
          [47, 'male'],
        ],
        unordered,
      ),
    ).toBe(false)
    const wide = [[1, 2, 3, 4, 5]]
    expect(matchesGold(wide, [[1, 2, 3, 4, 5]], unordered)).toBe(true)
    expect(matchesGold(wide, [[2, 1, 3, 4, 5]], unordered)).toBe(false)
  })

  it('rejects extra or missing columns and extra or missing rows', () => {
    const gold = [['An'], ['Bình']]
    expect(
      matchesGold(
        gold,
        [
          ['An', 'Vụ Pháp chế'],
          ['Bình', 'Vụ Pháp chế'],
        ],
        unordered,
      ),
    ).toBe(false)
    expect(matchesGold(gold, [['An']], unordered)).toBe(false)
    expect(matchesGold(gold, [], unordered)).toBe(false)
    expect(matchesGold([[2026, 'in', 41]], [[2026, 41]], unordered)).toBe(false)
  })

  it('lets a single-cell gold match a one-row answer that carries one value of its kind', () => {
    expect(matchesGold([[156]], [['Cục Viễn thông', 156]], unordered)).toBe(true)
    expect(matchesGold([['1966-04-26']], [['Bùi Quang Thành', '1966-04-26']], unordered)).toBe(true)
  })

  it('does not let a single-cell gold match a row that could be read two ways', () => {
    expect(matchesGold([[15]], [[2025, 15]], unordered)).toBe(false)
    expect(matchesGold([['Vụ trưởng']], [['Lâm Thị Thủy', 'Vụ trưởng']], unordered)).toBe(false)
    expect(
      matchesGold(
        [[156]],
        [
          ['Cục Viễn thông', 156],
          ['Cục Tần số', 470],
        ],
        unordered,
      ),
    ).toBe(false)
    expect(matchesGold([[156]], [['Cục Viễn thông', 157]], unordered)).toBe(false)
  })
})

describe('columnOrders', () => {
  it('tries every order up to four columns and only the given one beyond', () => {
    expect(columnOrders(3)).toHaveLength(6)
    expect(new Set(columnOrders(4).map((o) => o.join()))).toHaveProperty('size', 24)
    expect(columnOrders(5)).toEqual([[0, 1, 2, 3, 4]])
  })
})

describe('classifyAnswer', () => {
  const response = (fields: Partial<ChatResponse>): ChatResponse => ({
    conversationId: 'c1',
    kind: 'data',
    engine: 'offline',
    language: 'vi',
    answer: '',
    columns: ['count'],
    rows: [[156]],
    citations: [],
    abstained: false,
    timings: {},
    ...fields,
  })
  const gold = [[156]]

  it('sorts answers into correct, wrong, abstained and error', () => {
    expect(classifyAnswer({ ok: true, response: response({}) }, gold, unordered)).toBe('correct')
    expect(classifyAnswer({ ok: true, response: response({ rows: [[1]] }) }, gold, unordered)).toBe(
      'wrong',
    )
    expect(classifyAnswer({ ok: false, error: 'boom' }, gold, unordered)).toBe('error')
  })

  it('counts an abstention or a refusal as abstained even when rows came back', () => {
    const abstained = response({ abstained: true })
    const refused = response({ refusal: { code: 'FORBIDDEN_SCOPE', message: 'no' } })
    expect(classifyAnswer({ ok: true, response: abstained }, gold, unordered)).toBe('abstained')
    expect(classifyAnswer({ ok: true, response: refused }, gold, unordered)).toBe('abstained')
  })
})
