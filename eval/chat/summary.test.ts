import { describe, expect, it } from 'vitest'
import type { ChatResponse } from '../../src/chat/types.js'
import type { ChatQuestion } from './dataset.js'
import type { Outcome } from './score.js'
import { type QuestionResult, summariseSet } from './summary.js'

function result(
  id: string,
  outcome: Outcome,
  question: Partial<ChatQuestion> = {},
  engine: 'offline' | 'llm' = 'offline',
): QuestionResult {
  const response: ChatResponse = {
    conversationId: 'c',
    kind: 'data',
    engine,
    language: 'vi',
    answer: 'Có 3 người.',
    columns: ['count'],
    rows: [[3]],
    sql: 'select 3',
    citations: [],
    abstained: outcome === 'abstained',
    timings: {},
  }
  return {
    question: {
      id,
      question: `q ${id}`,
      language: 'vi',
      diacritics: true,
      role: 'ministry_hr',
      conversation: [],
      gold: 'select 4',
      order_matters: false,
      category: 'count',
      ...question,
    },
    outcome,
    answer: outcome === 'error' ? { ok: false, error: 'timeout' } : { ok: true, response },
    gold: [[4]],
    latencies: [{ engine, ms: Number(id.slice(1)) }],
  }
}

describe('summariseSet', () => {
  const results = [
    result('t1', 'correct'),
    result('t2', 'correct', { language: 'en', diacritics: false }),
    result('t3', 'wrong', { diacritics: false, category: 'list' }, 'llm'),
    result('t4', 'abstained', { role: 'leader' }),
    result('t5', 'error', { category: 'list' }),
  ]
  const report = summariseSet('heldout', results)

  it('turns outcomes into rates over all questions', () => {
    expect(report.questions).toBe(5)
    expect(report.counts).toEqual({ correct: 2, wrong: 1, abstained: 1, error: 1 })
    expect(report.accuracy).toBe(0.4)
    expect(report.wrongRate).toBe(0.2)
    expect(report.abstentionRate).toBe(0.2)
  })

  it('breaks accuracy down by category, language (unaccented Vietnamese apart) and role', () => {
    expect(report.byCategory).toEqual({
      count: { questions: 3, correct: 2, accuracy: 2 / 3 },
      list: { questions: 2, correct: 0, accuracy: 0 },
    })
    expect(Object.keys(report.byLanguage)).toEqual(['en', 'vi', 'vi-no-diacritics'])
    expect(report.byLanguage['vi-no-diacritics']).toEqual({ questions: 1, correct: 0, accuracy: 0 })
    expect(report.byRole['leader']).toEqual({ questions: 1, correct: 0, accuracy: 0 })
  })

  it('lists every question that was not correct, with what came back and the gold', () => {
    expect(report.failures.map((f) => [f.id, f.outcome])).toEqual([
      ['t3', 'wrong'],
      ['t4', 'abstained'],
      ['t5', 'error'],
    ])
    expect(report.failures[0]).toMatchObject({ engine: 'llm', rows: [[3]], gold: [[4]] })
    expect(report.failures[2]).toMatchObject({ error: 'timeout', goldSql: 'select 4' })
  })

  it('keeps latencies per engine', () => {
    expect(report.latencies).toEqual({ offline: [1, 2, 4, 5], llm: [3] })
  })
})
