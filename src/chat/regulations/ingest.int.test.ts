import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBlankDb } from '../../../test/blank-db.js'
import { makePdf } from '../../../test/office-files.js'
import type { Database } from '../../data/schema.js'
import { embedderFromLangChain } from './embedder.js'
import { ingestRegulationFile } from './ingest.js'
import { createLocalEmbedder, LOCAL_EMBEDDING_MODEL } from './local-embedder.js'
import { reindexRegulations } from './reindex.js'
import { searchRegulations } from './search.js'
import { ingestStarterCorpus } from './starter-corpus.js'

let db: Kysely<Database>
let dir: string
const embedder = createLocalEmbedder()

beforeAll(async () => {
  db = await openBlankDb()
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'regulations-'))
})
afterAll(async () => {
  await db.destroy()
  await fs.rm(dir, { recursive: true, force: true })
})

const chunksOf = (number: string) =>
  db
    .selectFrom('regulation_chunks as c')
    .innerJoin('regulation_documents as d', 'd.id', 'c.document_id')
    .select(['d.id', 'c.path', 'c.embedding_model'])
    .where('d.number', '=', number)
    .orderBy('c.ord')
    .execute()

const MD = `---
number: 5/2026/QĐ-BKHCN
title: Quyết định về làm việc từ xa
issued_on: 05/01/2026
effective_from: 2026-02-01
---
Điều 1. Phạm vi
Quyết định này quy định việc làm việc từ xa.
Điều 2. Điều kiện
1. Được thủ trưởng đơn vị đồng ý.
2. Bảo đảm an toàn thông tin.`

describe('ingestRegulationFile', () => {
  it('reads a .md file from disk with its front matter, one chunk per clause', async () => {
    const file = path.join(dir, 'lam-viec-tu-xa.md')
    await fs.writeFile(file, MD)
    const result = await ingestRegulationFile(db, { path: file, embedder })
    expect(result).toMatchObject({ number: '5/2026/QĐ-BKHCN', chunks: 3, replaced: false })
    expect((await chunksOf('5/2026/QĐ-BKHCN')).map((c) => c.path)).toEqual([
      '5/2026/QĐ-BKHCN › Điều 1',
      '5/2026/QĐ-BKHCN › Điều 2 › Khoản 1',
      '5/2026/QĐ-BKHCN › Điều 2 › Khoản 2',
    ])
    const doc = await db
      .selectFrom('regulation_documents')
      .selectAll()
      .where('number', '=', '5/2026/QĐ-BKHCN')
      .executeTakeFirstOrThrow()
    expect(doc).toMatchObject({
      issued_on: '2026-01-05',
      effective_from: '2026-02-01',
      doc_type: 'quyet_dinh',
      source: 'uploaded',
      file_name: 'lam-viec-tu-xa.md',
    })
  })

  it('replaces the chunks when the same number is ingested again, keeping the document', async () => {
    const [before] = await chunksOf('5/2026/QĐ-BKHCN')
    const changed = MD.replace(
      '2. Bảo đảm an toàn thông tin.',
      '2. Bảo đảm an toàn thông tin.\n3. Báo cáo kết quả hằng tuần.',
    )
    const result = await ingestRegulationFile(db, {
      buffer: Buffer.from(changed),
      fileName: 'v2.md',
      embedder,
    })
    expect(result).toMatchObject({ chunks: 4, replaced: true })
    const after = await chunksOf('5/2026/QĐ-BKHCN')
    expect(after).toHaveLength(4)
    expect(after[0]?.id).toBe(before?.id)
  })

  it('reads a .pdf with metadata given beside it', async () => {
    const pdf = makePdf([
      ['Điều 1. Giờ làm việc', 'Buổi sáng từ 8 giờ đến 12 giờ.', '1'],
      ['Điều 2. Nghỉ trưa', 'Nghỉ trưa một giờ.', '2'],
    ])
    const result = await ingestRegulationFile(db, {
      buffer: pdf,
      fileName: 'gio-lam-viec.pdf',
      metadata: { number: '6/2026/QĐ-BKHCN', title: 'Quyết định về giờ làm việc' },
      embedder,
    })
    expect(result.chunks).toBe(2)
    const search = await searchRegulations(db, 'giờ làm việc buổi sáng', {
      embedder,
      asOf: '2026-11-24',
    })
    expect(search.hits[0]).toMatchObject({ document: { number: '6/2026/QĐ-BKHCN' }, article: '1' })
  })

  it('writes nothing when a file fails, and leaves the earlier version whole', async () => {
    await expect(
      ingestRegulationFile(db, {
        buffer: Buffer.from('PK broken'),
        fileName: 'x.docx',
        metadata: { number: '5/2026/QĐ-BKHCN', title: 'Hỏng' },
        embedder,
      }),
    ).rejects.toThrow(/Word document/)
    const failing = {
      model: LOCAL_EMBEDDING_MODEL,
      embed: () => Promise.reject(new Error('model down')),
    }
    await expect(
      ingestRegulationFile(db, { buffer: Buffer.from(MD), fileName: 'a.md', embedder: failing }),
    ).rejects.toMatchObject({
      code: 'LLM_UNAVAILABLE',
    })
    expect(await chunksOf('5/2026/QĐ-BKHCN')).toHaveLength(4)
    await expect(
      ingestRegulationFile(db, { buffer: Buffer.from('Điều 1. A'), fileName: 'b.txt', embedder }),
    ).rejects.toThrow(/number: the document number/)
  })
})

describe('starter corpus and reindexing', () => {
  it('loads the starter corpus once, and never over an uploaded official text', async () => {
    const official =
      '---\nnumber: 135/2020/NĐ-CP\ntitle: Nghị định 135/2020/NĐ-CP (văn bản chính thức)\n---\nĐiều 4. Tuổi nghỉ hưu\nNội dung chính thức.'
    await ingestRegulationFile(db, { buffer: Buffer.from(official), fileName: '135.md', embedder })
    const first = await ingestStarterCorpus(db, { embedder })
    expect(first.loaded.length).toBeGreaterThanOrEqual(28)
    expect(first.keptUploaded).toEqual(['135/2020/NĐ-CP'])
    const second = await ingestStarterCorpus(db, { embedder })
    expect(second.loaded).toEqual([])
    expect(second.unchanged).toHaveLength(first.loaded.length)
    expect((await chunksOf('135/2020/NĐ-CP')).map((c) => c.path)).toEqual([
      '135/2020/NĐ-CP › Điều 4',
    ])
  })

  it('re-embeds with a configured model, whose vectors are then the ones searched', async () => {
    const fake = {
      embedDocuments: (texts: string[]) =>
        Promise.resolve(texts.map((t) => [t.includes('hưu') ? 1 : 0, 1, t.length % 7])),
      embedQuery: () => Promise.resolve([1, 1, 0]),
    }
    const remote = embedderFromLangChain('fake-embedding', fake)
    const result = await reindexRegulations(db, remote)
    const total = await db
      .selectFrom('regulation_chunks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(result).toEqual({ chunks: total.n, model: 'fake-embedding' })
    expect(await reindexRegulations(db, remote)).toEqual({ chunks: 0, model: 'fake-embedding' })
    const search = await searchRegulations(db, 'tuổi nghỉ hưu', {
      embedder: remote,
      asOf: '2026-11-24',
    })
    expect(search.hits.some((h) => h.similarity !== undefined)).toBe(true)
    const local = await searchRegulations(db, 'tuổi nghỉ hưu', { embedder, asOf: '2026-11-24' })
    expect(local.hits.every((h) => h.similarity === undefined)).toBe(true)
  })
})
