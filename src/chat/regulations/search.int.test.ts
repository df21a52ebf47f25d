import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBlankDb } from '../../../test/blank-db.js'
import type { Database } from '../../data/schema.js'
import { createLocalEmbedder } from './local-embedder.js'
import { searchRegulations } from './search.js'
import { ingestStarterCorpus } from './starter-corpus.js'

let db: Kysely<Database>
const embedder = createLocalEmbedder()
const asOf = '2026-11-24'

beforeAll(async () => {
  db = await openBlankDb()
  await ingestStarterCorpus(db, { embedder })
})
afterAll(async () => db.destroy())

const top = async (q: string, date = asOf, limit = 5) =>
  (await searchRegulations(db, q, { asOf: date, embedder, limit })).hits

describe('searchRegulations over the starter corpus', () => {
  it('finds the roadmap article for "tuổi nghỉ hưu của nam năm 2027"', async () => {
    const [hit] = await top('tuổi nghỉ hưu của nam năm 2027')
    expect(hit).toMatchObject({
      document: { number: '135/2020/NĐ-CP', status: 'in_force', inForce: true, source: 'starter' },
      article: '4',
      path: '135/2020/NĐ-CP › Điều 4',
    })
    expect(hit?.text).toContain('Năm 2027: nam 61 tuổi 9 tháng')
  })

  it('answers the same question typed without diacritics, and in English', async () => {
    expect((await top('tuoi nghi huu cua nam nam 2027'))[0]?.path).toBe('135/2020/NĐ-CP › Điều 4')
    const english = await top('What is the retirement age for men in 2027?')
    expect(english.slice(0, 2).map((h) => h.path)).toContain('135/2020/NĐ-CP › Điều 4')
  })

  it('finds clause-level passages and cites them', async () => {
    const [hit] = await top('Hồ sơ chỉ ghi năm sinh thì lấy ngày nào để tính tuổi nghỉ hưu?')
    expect(hit).toMatchObject({ article: '3', clause: '3', document: { number: '135/2020/NĐ-CP' } })
  })

  it('labels a superseded document and ranks it below the one in force', async () => {
    const hits = await top('Dữ liệu cá nhân nhạy cảm gồm những gì?', asOf, 10)
    const current = hits.findIndex((h) => h.document.number === '356/2025/NĐ-CP')
    const old = hits.findIndex((h) => h.document.number === '13/2023/NĐ-CP')
    expect(current).toBeGreaterThanOrEqual(0)
    expect(old).toBeGreaterThan(current)
    expect(hits[old]?.document).toMatchObject({
      status: 'superseded',
      inForce: false,
      supersededBy: '356/2025/NĐ-CP',
    })
  })

  it('prefers what was in force on the question date', async () => {
    const hits = await top('Dữ liệu cá nhân nhạy cảm gồm những gì?', '2024-06-01', 10)
    const current = hits.findIndex((h) => h.document.number === '356/2025/NĐ-CP')
    const old = hits.findIndex((h) => h.document.number === '13/2023/NĐ-CP')
    expect(old).toBeGreaterThanOrEqual(0)
    expect(current < 0 || current > old).toBe(true)
    expect(hits[old]?.document.status).toBe('in_force')
  })

  it('still finds a superseded document the question names', async () => {
    const [hit] = await top('Theo Nghị định 13/2023, dữ liệu cá nhân nhạy cảm gồm những gì?')
    expect(hit).toMatchObject({ document: { number: '13/2023/NĐ-CP' }, article: '2', clause: '4' })
  })

  it('reads points in Vietnamese letter order, including đ', async () => {
    const [hit] = await top('Nguyên tắc thống nhất của dữ liệu cán bộ là gì?')
    expect(hit).toMatchObject({ document: { number: 'MẪU-01/QC-BKHCN' }, article: '2' })
    expect(hit?.text).toContain('đ) Thống nhất')
  })

  it('compares vectors only with chunks embedded by the same model', async () => {
    const other = {
      model: 'another-model',
      embed: (t: string[]) => Promise.resolve(t.map(() => [1, 0, 0])),
    }
    const search = await searchRegulations(db, 'tuổi nghỉ hưu của nam năm 2027', {
      asOf,
      embedder: other,
    })
    expect(search.warnings).toEqual([])
    expect(search.hits.every((h) => h.similarity === undefined)).toBe(true)
    expect(search.hits[0]?.path).toBe('135/2020/NĐ-CP › Điều 4')
  })

  it('keeps answering from full text when the embedding model fails, and says so', async () => {
    const broken = { model: 'x', embed: () => Promise.reject(new Error('connect ECONNREFUSED')) }
    const search = await searchRegulations(db, 'tuổi nghỉ hưu của nam năm 2027', {
      asOf,
      embedder: broken,
    })
    expect(search.warnings[0]).toMatch(/vector search skipped/)
    expect(search.hits[0]?.path).toBe('135/2020/NĐ-CP › Điều 4')
  })
})
