import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBlankDb } from '../../../test/blank-db.js'
import type { Database } from '../../data/schema.js'
import { answerRegulationQuestion } from './answer.js'
import { createLocalEmbedder } from './local-embedder.js'
import { ingestStarterCorpus } from './starter-corpus.js'

let db: Kysely<Database>
const embedder = createLocalEmbedder()
const asOf = '2026-11-24'

beforeAll(async () => {
  db = await openBlankDb()
  await ingestStarterCorpus(db, { embedder })
})
afterAll(async () => db.destroy())

const ask = (question: string, language: 'vi' | 'en' = 'vi') =>
  answerRegulationQuestion(db, { question, language, asOf, embedder })

describe('answerRegulationQuestion', () => {
  it('quotes the passage and cites document, article and status', async () => {
    const answer = await ask(
      'Cán bộ bị cảnh cáo sau bao lâu thì được bổ nhiệm vào chức vụ cao hơn?',
    )
    expect(answer.abstained).toBe(false)
    expect(answer.citations[0]).toMatchObject({ document: '377-QĐ/TW', inForce: true })
    expect(answer.answer).toMatch(
      /^Theo mục «Cán bộ bị kỷ luật được quy hoạch, bổ nhiệm» Quy định 377-QĐ\/TW \(đang có hiệu lực\):/,
    )
    expect(answer.answer).toContain('36 tháng kể từ khi bị cảnh cáo')
    expect(answer.answer).toContain('bản tóm tắt do hệ thống biên soạn')
  })

  it('cites article and clause, with an excerpt taken word for word from the passage', async () => {
    const answer = await ask('Chế độ hưu trí được hưởng từ ngày nào?')
    const [citation] = answer.citations
    expect(citation).toMatchObject({ document: '135/2020/NĐ-CP', article: '3', clause: '2' })
    expect(answer.answer).toContain(
      'Theo Điều 3, khoản 2 Nghị định 135/2020/NĐ-CP (đang có hiệu lực):',
    )
    expect(answer.answer).toContain(`“${citation?.excerpt}”`)
  })

  it('answers an English question in English around the Vietnamese quote', async () => {
    const answer = await ask('How often is the personnel data backed up?', 'en')
    expect(answer.abstained).toBe(false)
    expect(answer.answer).toMatch(
      /^Under Rules MẪU-01\/QC-BKHCN, Article 10, clause 1 \(in force\), the Vietnamese text reads:/,
    )
    expect(answer.answer).toContain('sao lưu tự động hằng ngày')
  })

  it('says when the cited document is no longer in force, and what replaced it', async () => {
    const answer = await ask('Theo Nghị định 13/2023, dữ liệu cá nhân nhạy cảm gồm những gì?')
    expect(answer.citations[0]).toMatchObject({ document: '13/2023/NĐ-CP', inForce: false })
    expect(answer.answer).toContain('(đã được thay thế)')
    expect(answer.answer).toContain('được thay thế bởi 356/2025/NĐ-CP')
    expect(answer.citations.slice(1).every((c) => c.inForce === true)).toBe(true)
  })

  it('abstains on a question the corpus cannot answer, and suggests rephrasing', async () => {
    for (const question of [
      'Thời tiết Hà Nội hôm nay thế nào?',
      'Quy định về tốc độ tối đa của xe máy trong khu dân cư',
    ]) {
      const answer = await ask(question)
      expect(answer.abstained, question).toBe(true)
      expect(answer.citations).toEqual([])
      expect(answer.answer).toContain('Hãy diễn đạt lại')
      expect(answer.suggestions?.length).toBeGreaterThan(0)
    }
    const english = await ask('What is the capital of Australia?', 'en')
    expect(english.abstained).toBe(true)
    expect(english.answer).toContain('Try rephrasing')
  })
})
