import { describe, expect, it } from 'vitest'
import { compositionProblems } from './composition.js'
import type { ChatQuestion } from './dataset.js'

function question(id: string, fields: Partial<ChatQuestion> = {}): ChatQuestion {
  return {
    id,
    question: `Câu hỏi số ${id}?`,
    language: 'vi',
    diacritics: true,
    role: 'ministry_hr',
    conversation: [],
    gold: `select '${id}' from chat.people`,
    order_matters: false,
    category: 'count',
    ...fields,
  }
}

/** A pair of sets that meets every quota: 240 questions, 96 held out. */
function soundSets() {
  const make = (prefix: 'h' | 't', n: number) =>
    Array.from({ length: n }, (_, i) => {
      const id = `${prefix}${String(i + 1).padStart(3, '0')}`
      if (i % 4 === 1) return question(id, { question: `cau hoi so ${id}`, diacritics: false })
      if (i % 8 === 2) return question(id, { question: `Question ${id}?`, language: 'en' })
      if (i % 8 === 3) return question(id, { category: 'followup', conversation: ['Trước đó?'] })
      return question(id)
    })
  return { heldout: make('h', 96), tuning: make('t', 144) }
}

describe('compositionProblems', () => {
  it('finds nothing wrong with sets that meet the quotas', () => {
    expect(compositionProblems(soundSets())).toEqual([])
  })

  it('reports too small a held-out set and too few unaccented questions', () => {
    const sets = soundSets()
    sets.heldout = sets.heldout.slice(0, 70)
    const unaccented = (q: ChatQuestion) => q.language === 'vi' && !q.diacritics
    sets.tuning = sets.tuning.filter((q) => !unaccented(q))
    const problems = compositionProblems(sets)
    expect(problems).toContain('70 held-out questions')
    expect(problems.some((p) => p.includes('without diacritics'))).toBe(true)
  })

  it('reports duplicates, a diacritics flag that lies, and a nondeterministic LIMIT', () => {
    const sets = soundSets()
    sets.tuning[0] = { ...sets.tuning[0]!, id: 't002' }
    sets.tuning[5] = { ...sets.tuning[5]!, question: 'khong dau', diacritics: true }
    sets.tuning[6] = { ...sets.tuning[6]!, gold: 'select full_name from chat.people limit 1' }
    const problems = compositionProblems(sets)
    expect(problems).toContain('t002: duplicate id')
    expect(problems).toContain('t006: "diacritics": true does not match the text')
    expect(problems).toContain('t007: LIMIT without ORDER BY is not deterministic')
  })

  it('reports a tuning question that repeats a held-out question or its gold', () => {
    const sets = soundSets()
    const heldout = sets.heldout[0]!
    sets.tuning[0] = { ...sets.tuning[0]!, question: heldout.question }
    sets.tuning[4] = { ...sets.tuning[4]!, gold: `  ${heldout.gold.toUpperCase()} ` }
    const problems = compositionProblems(sets)
    expect(problems).toContain('t001: asks a held-out question')
    expect(problems).toContain("t005: has a held-out question's gold")
  })
})
