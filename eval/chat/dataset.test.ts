import { describe, expect, it } from 'vitest'
import { parseChatSet } from './dataset.js'

const line = (fields: Record<string, unknown>) =>
  JSON.stringify({
    id: 't001',
    question: 'Cục Viễn thông có bao nhiêu người?',
    language: 'vi',
    diacritics: true,
    gold: 'select count(*) from chat.people p',
    category: 'count',
    ...fields,
  })

describe('parseChatSet', () => {
  it('fills the defaults: ministry HR, no earlier turns, order does not matter', () => {
    const [question] = parseChatSet(`${line({})}\n\n`, 'tuning.jsonl')
    expect(question).toMatchObject({ role: 'ministry_hr', conversation: [], order_matters: false })
  })

  it('names the file and line of an invalid question', () => {
    const text = `${line({})}\n${line({ id: 't002', role: 'admin' })}`
    expect(() => parseChatSet(text, 'tuning.jsonl')).toThrow(/tuning\.jsonl:2: role/)
  })

  it('refuses unknown fields, gold that is not one SELECT, and lines that are not JSON', () => {
    expect(() => parseChatSet(line({ answer: 3 }), 'f')).toThrow(/f:1/)
    expect(() => parseChatSet(line({ gold: 'delete from chat.people' }), 'f')).toThrow(/SELECT/)
    expect(() => parseChatSet(line({ gold: 'select 1; select 2' }), 'f')).toThrow(/semicolon/)
    expect(() => parseChatSet('{"id": ', 'f')).toThrow(/f:1: not JSON/)
  })
})
