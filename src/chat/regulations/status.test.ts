import { describe, expect, it } from 'vitest'
import { statusAt } from './status.js'

const doc = (from: string | null, to: string | null, by: string | null = null) => ({
  effective_from: from,
  effective_to: to,
  superseded_by: by,
})

describe('statusAt', () => {
  it('counts effective_to as the last day in force', () => {
    const decree13 = doc('2023-07-01', '2025-12-31', '356/2025/NĐ-CP')
    expect(statusAt(decree13, '2025-12-31')).toBe('in_force')
    expect(statusAt(decree13, '2026-01-01')).toBe('superseded')
    expect(statusAt(doc(null, '2020-01-01'), '2021-01-01')).toBe('expired')
  })

  it('knows documents not yet in force, and undated supersession', () => {
    expect(statusAt(doc('2026-07-01', null), '2026-03-01')).toBe('not_yet_in_force')
    expect(statusAt(doc(null, null, '377-QĐ/TW'), '2026-01-01')).toBe('superseded')
    expect(statusAt(doc(null, null), '2026-01-01')).toBe('in_force')
  })
})
