import { afterEach, describe, expect, it } from 'vitest'
import { type FakeLlm, type FakeLlmScript, startFakeLlm } from '../../../../test/fake-llm.js'
import type { LlmConfig } from '../../../config.js'
import { createChatModel } from '../model.js'
import { generateSql } from './generate-sql.js'
import type { GenerateSqlInput } from './prompt.js'

let fake: FakeLlm | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

async function chatWith(script: FakeLlmScript, overrides: Partial<LlmConfig> = {}) {
  fake = await startFakeLlm(script)
  return createChatModel({
    baseUrl: fake.baseUrl,
    model: 'qwen2.5-coder',
    apiKey: 'test',
    embeddingModel: undefined,
    structuredOutput: 'jsonSchema',
    timeoutMs: 1000,
    ...overrides,
  })
}

const ANSWER = {
  sql: "select count(*) from chat.people where status = 'working'",
  explanation: 'Đếm số người đang công tác.',
  confidence: 0.9,
  refuse: null,
}
const INPUT: GenerateSqlInput = {
  question: 'Có bao nhiêu người đang công tác?',
  language: 'vi',
  tier: 'basic',
  examples: [
    {
      question: 'Bộ có bao nhiêu viên chức?',
      sql: "select count(*) from chat.people where staff_category = 'vien_chuc'",
    },
  ],
  history: [
    { question: 'Cục Viễn thông có bao nhiêu người?', sql: 'select count(*) from chat.people' },
  ],
}

describe('generateSql', () => {
  it.each(['jsonSchema', 'functionCalling'] as const)(
    'reads the answer in %s mode',
    async (method) => {
      const chat = await chatWith(() => ({ structured: ANSWER }), { structuredOutput: method })
      expect(await generateSql(chat, INPUT)).toEqual(ANSWER)
      const body = fake!.chatRequests()[0]!.body
      if (method === 'jsonSchema')
        expect(body.response_format).toMatchObject({ type: 'json_schema' })
      else expect(body.tools).toHaveLength(1)
      expect(body.temperature).toBe(0)
    },
  )

  it('shows the model the described views, the codes, the examples, the history and the question', async () => {
    const chat = await chatWith(() => ({ structured: ANSWER }))
    await generateSql(chat, INPUT)
    const sent = fake!.chatRequests()[0]!.raw
    for (const expected of [
      'chat.people: ',
      "'working' = đang công tác",
      "'cong_chuc' = công chức",
      "'xuat_sac' = hoàn thành xuất sắc nhiệm vụ",
      'NHẠY CẢM, người hỏi KHÔNG được xem',
      'Bộ có bao nhiêu viên chức?',
      'Cục Viễn thông có bao nhiêu người?',
      '<question>\\nCó bao nhiêu người đang công tác?\\n</question>',
    ])
      expect(sent).toContain(expected)
  })

  it('tells an HR officer that sensitive views are theirs to use', async () => {
    const chat = await chatWith(() => ({ structured: ANSWER }))
    await generateSql(chat, { ...INPUT, tier: 'sensitive' })
    expect(fake!.chatRequests()[0]!.raw).not.toContain('KHÔNG được xem')
  })

  it('passes the failed SQL and its error in the repair round', async () => {
    const chat = await chatWith(() => ({ structured: ANSWER }))
    await generateSql(chat, {
      ...INPUT,
      error: { sql: 'select salary from chat.people', message: 'column "salary" does not exist' },
    })
    const sent = fake!.chatRequests()[0]!.raw
    expect(sent).toContain('select salary from chat.people')
    expect(sent).toContain('column \\"salary\\" does not exist')
  })

  it.each(['jsonSchema', 'functionCalling'] as const)(
    'calls text that is not the schema (%s) a format failure',
    async (method) => {
      const chat = await chatWith(() => ({ text: 'Xin lỗi, tôi không hiểu câu hỏi.' }), {
        structuredOutput: method,
      })
      await expect(generateSql(chat, INPUT)).rejects.toMatchObject({
        code: 'LLM_UNAVAILABLE',
        message: 'The language model answered in an unexpected format.',
      })
    },
  )

  it('gives up on a model that hangs, saying how long it waited', async () => {
    const chat = await chatWith(() => ({ hang: true }))
    const started = Date.now()
    await expect(generateSql(chat, INPUT)).rejects.toMatchObject({
      code: 'LLM_UNAVAILABLE',
      message: 'The language model did not answer within 1 s.',
      vi: 'Mô hình ngôn ngữ không trả lời trong 1 giây.',
    })
    expect(Date.now() - started).toBeLessThan(8000)
  })

  it('says when the server refuses the key', async () => {
    const chat = await chatWith(() => ({ status: 401, error: 'invalid api key' }))
    await expect(generateSql(chat, INPUT)).rejects.toMatchObject({
      code: 'LLM_UNAVAILABLE',
      message: 'The language model server refused the API key.',
    })
  })

  it('says when the server cannot be reached', async () => {
    const chat = await chatWith(() => ({ structured: ANSWER }))
    await fake!.close()
    await expect(generateSql(chat, INPUT)).rejects.toMatchObject({
      code: 'LLM_UNAVAILABLE',
      message: 'The language model server cannot be reached.',
    })
  })
})
