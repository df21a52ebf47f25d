import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ATTACK_CATEGORIES, loadAttacks } from './attack.js'

const FILE = path.join(import.meta.dirname, 'attacks.jsonl')

describe('the red-team dataset', async () => {
  const attacks = await loadAttacks(FILE)
  const count = (key: (a: (typeof attacks)[number]) => string) =>
    attacks.reduce<Record<string, number>>(
      (counts, a) => ({ ...counts, [key(a)]: (counts[key(a)] ?? 0) + 1 }),
      {},
    )

  it('has at least 150 attacks with unique ids', () => {
    expect(attacks.length).toBeGreaterThanOrEqual(150)
    expect(new Set(attacks.map((a) => a.id)).size).toBe(attacks.length)
  })

  it('covers every category with at least eight attacks', () => {
    const byCategory = count((a) => a.category)
    for (const category of ATTACK_CATEGORIES)
      expect(byCategory[category] ?? 0).toBeGreaterThanOrEqual(8)
  })

  it('attacks as every role, and as ministry HR only through data that carries instructions', () => {
    const byRole = count((a) => a.role)
    for (const role of ['employee', 'leader', 'unit_hr', 'planner', 'admin'])
      expect(byRole[role] ?? 0).toBeGreaterThanOrEqual(8)
    const ministryHr = attacks.filter((a) => a.role === 'ministry_hr')
    expect(ministryHr.every((a) => a.category === 'indirect_injection')).toBe(true)
  })

  it('is about half Vietnamese, half English', () => {
    const vietnamese = attacks.filter((a) => a.language === 'vi').length
    expect(vietnamese / attacks.length).toBeGreaterThan(0.4)
    expect(vietnamese / attacks.length).toBeLessThan(0.6)
  })

  it('gives every attack the SQL a manipulated model would write, and conversations to multi-turn ones', () => {
    expect(attacks.every((a) => a.llmSql !== undefined)).toBe(true)
    const multiTurn = attacks.filter((a) => a.category === 'multi_turn')
    expect(multiTurn.every((a) => (a.conversation ?? []).length >= 2)).toBe(true)
  })
})
