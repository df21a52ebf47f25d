import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeDocx } from '../../../test/office-files.js'
import { openBlankDb } from '../../../test/blank-db.js'
import { createApp } from '../../app.js'
import { loadConfig } from '../../config.js'
import { insertAccount } from '../../data/accounts.repository.js'
import type { Database } from '../../data/schema.js'
import { createSession } from '../../data/sessions.repository.js'
import type { AppDeps } from '../../http/context.js'
import { ingestStarterCorpus } from './starter-corpus.js'
import { createLocalEmbedder } from './local-embedder.js'

let db: Kysely<Database>
let app: ReturnType<typeof createApp>
const tokens: Record<'employee' | 'hr' | 'planner', string> = { employee: '', hr: '', planner: '' }
const ORIGIN = 'http://localhost'

beforeAll(async () => {
  db = await openBlankDb()
  await ingestStarterCorpus(db, { embedder: createLocalEmbedder() })
  const unit = await db
    .insertInto('units')
    .values({ code: 'BKHCN', name: 'Bộ Khoa học và Công nghệ', kind: 'bo', path: '/1/', depth: 0 })
    .returning('id')
    .executeTakeFirstOrThrow()
  const person = await db
    .insertInto('people')
    .values({
      national_id: '001090000001',
      full_name: 'Nguyễn Thị Lan',
      birth_date: '1990-05-01',
      sex: 'female',
      staff_category: 'cong_chuc',
      unit_id: unit.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const accounts = {
    employee: ['employee'],
    hr: ['ministry_hr', 'employee'],
    planner: ['planner'],
  } as const
  for (const [name, roles] of Object.entries(accounts) as [
    keyof typeof accounts,
    readonly string[],
  ][]) {
    const account = await insertAccount(db, {
      username: `test.${name}`,
      displayName: name,
      passwordHash: 'not-a-real-hash',
      roles: [...roles] as never,
      scopeUnitIds: [],
      personId: roles.includes('employee') ? person.id : null,
    })
    tokens[name] = (await createSession(db, account.id, 'api', 3_600_000)).token
  }
  const deps: AppDeps = {
    db,
    config: loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: '/tmp/unused' }),
    clock: () => new Date('2026-11-24T08:00:00Z'),
  }
  app = createApp(deps, { regulations: { maxUploadBytes: 64 * 1024 } })
})
afterAll(async () => db.destroy())

const auth = (who: keyof typeof tokens) => ({
  authorization: `Bearer ${tokens[who]}`,
  origin: ORIGIN,
})

function upload(
  who: keyof typeof tokens,
  file: Blob,
  name: string,
  fields: Record<string, string> = {},
) {
  const form = new FormData()
  form.set('file', file, name)
  for (const [k, v] of Object.entries(fields)) form.set(k, v)
  return app.request('/api/regulations', { method: 'POST', body: form, headers: auth(who) })
}

describe('regulation routes', () => {
  it('lets any signed-in role search, and logs the search', async () => {
    const res = await app.request(
      '/api/regulations/search?q=tu%E1%BB%95i%20ngh%E1%BB%89%20h%C6%B0u%20c%E1%BB%A7a%20nam%20n%C4%83m%202027',
      {
        headers: auth('employee'),
      },
    )
    expect(res.status).toBe(200)
    const body = (await res.json()) as { items: Record<string, unknown>[]; asOf: string }
    expect(body.asOf).toBe('2026-11-24')
    expect(body.items[0]).toMatchObject({
      document: '135/2020/NĐ-CP',
      inForce: true,
      path: '135/2020/NĐ-CP › Điều 4',
      article: '4',
      clause: null,
    })
    expect(String(body.items[0]?.excerpt)).toContain('2027')
    const logged = await db
      .selectFrom('audit_log')
      .select(['action', 'username'])
      .where('action', '=', 'regulations.search')
      .execute()
    expect(logged).toEqual([{ action: 'regulations.search', username: 'test.employee' }])
  })

  it('refuses anonymous callers and bad queries clearly', async () => {
    expect((await app.request('/api/regulations/search?q=tuoi')).status).toBe(401)
    const res = await app.request('/api/regulations/search?q=x', { headers: auth('employee') })
    expect(res.status).toBe(422)
  })

  it('lists documents with their status on the current date', async () => {
    const res = await app.request('/api/regulations', { headers: auth('planner') })
    const body = (await res.json()) as {
      items: { number: string; status: string; chunks: number }[]
    }
    expect(body.items.find((d) => d.number === '13/2023/NĐ-CP')).toMatchObject({
      status: 'superseded',
    })
    expect(body.items.find((d) => d.number === '135/2020/NĐ-CP')?.chunks).toBeGreaterThan(3)
  })

  it('lets only the ministry personnel office upload', async () => {
    const file = new Blob([
      '---\nnumber: 1/2026/QĐ-TEST\ntitle: Quyết định thử\n---\nĐiều 1. Thử\nNội dung.',
    ])
    const res = await upload('employee', file, 'thu.md')
    expect(res.status).toBe(403)
    expect(
      await db
        .selectFrom('regulation_documents')
        .select('id')
        .where('number', '=', '1/2026/QĐ-TEST')
        .execute(),
    ).toEqual([])
  })

  it('ingests an uploaded .docx with metadata from the form, then finds and deletes it', async () => {
    const docx = makeDocx([
      'Điều 1. Phạm vi',
      'Quy chế này quy định việc chấm công bằng vân tay tại trụ sở Bộ.',
    ])
    const res = await upload('hr', new Blob([docx]), 'cham-cong.docx', {
      number: '12/2026/QĐ-BKHCN',
      title: 'Quyết định ban hành quy chế chấm công',
      effectiveFrom: '2026-01-01',
    })
    expect(res.status).toBe(201)
    expect(await res.json()).toMatchObject({
      number: '12/2026/QĐ-BKHCN',
      chunks: 1,
      replaced: false,
    })
    const search = await app.request(
      `/api/regulations/search?q=${encodeURIComponent('chấm công bằng vân tay')}`,
      {
        headers: auth('employee'),
      },
    )
    const found = (await search.json()) as { items: { document: string }[] }
    expect(found.items[0]?.document).toBe('12/2026/QĐ-BKHCN')
    const del = await app.request('/api/regulations/12/2026/QĐ-BKHCN', {
      method: 'DELETE',
      headers: auth('hr'),
    })
    expect(del.status).toBe(200)
    const again = await app.request('/api/regulations/12/2026/QĐ-BKHCN', {
      method: 'DELETE',
      headers: auth('hr'),
    })
    expect(again.status).toBe(404)
  })

  it('refuses an unsupported type with 415 and the list of supported ones', async () => {
    const res = await upload('hr', new Blob(['x']), 'anh.png', {
      number: '9/2026/QĐ-X',
      title: 'Ảnh',
    })
    expect(res.status).toBe(415)
    const body = (await res.json()) as {
      error: { message: string; details: { supported: string[] } }
    }
    expect(body.error.details.supported).toEqual(['.md', '.txt', '.docx', '.pdf'])
    expect(body.error.message).toContain('.docx')
  })

  it('writes nothing for a broken file, a file without a number, or one too large', async () => {
    const before = await db
      .selectFrom('regulation_chunks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    const broken = await upload('hr', new Blob(['PK not a zip']), 'hong.docx', {
      number: '8/2026/QĐ-X',
      title: 'Hỏng',
    })
    expect(broken.status).toBe(422)
    const unnumbered = await upload(
      'hr',
      new Blob([makeDocx(['Điều 1. A', 'Nội dung.'])]),
      'a.docx',
    )
    expect(unnumbered.status).toBe(422)
    expect(((await unnumbered.json()) as { error: { message: string } }).error.message).toContain(
      'number',
    )
    const big = await upload('hr', new Blob(['a'.repeat(70 * 1024)]), 'lon.txt', {
      number: '7/2026/QĐ-X',
      title: 'Lớn',
    })
    expect(big.status).toBe(413)
    const after = await db
      .selectFrom('regulation_chunks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(after.n).toBe(before.n)
    expect(
      await db
        .selectFrom('regulation_documents')
        .select('number')
        .where('number', 'like', '%/2026/QĐ-X')
        .execute(),
    ).toEqual([])
  })
})
