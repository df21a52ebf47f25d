import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import { type ServerType, serve } from '@hono/node-server'
import { sql } from 'kysely'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { createRoleAccounts, TEST_PASSWORD } from './accounts.js'
import { openTestDb, type TestDb } from './db.js'
import { TEST_SEED } from './template.js'

// The pages as a person uses them: a real Chromium signs in, asks in the chat box and reads the
// table. CI installs Debian's chromium; elsewhere the test is skipped when there is no browser.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const available = fs.existsSync(CHROMIUM)
if (!available && process.env.CI === 'true') {
  throw new Error(`Browser tests need Chromium at ${CHROMIUM} (apt-get install chromium).`)
}

let test: TestDb
let server: ServerType
let base: string
let browser: Browser
const foreign: string[] = []

beforeAll(async () => {
  if (!available) return
  test = await openTestDb()
  await createRoleAccounts(test.db)
  const now = new Date(`${TEST_SEED.asOf}T09:00:00+07:00`)
  const app = createApp({
    db: test.db,
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    clock: () => now,
  })
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s))
  })
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
})
afterAll(async () => {
  if (!available) return
  await browser.close()
  await new Promise((resolve) => server.close(resolve))
  await test.close()
})

async function signIn(username: string): Promise<Page> {
  const page = await browser.newPage({ locale: 'vi-VN' })
  page.on('request', (request) => {
    if (!request.url().startsWith(base) && !request.url().startsWith('data:'))
      foreign.push(request.url())
  })
  await page.goto(`${base}/login`)
  await page.fill('input[name=username]', username)
  await page.fill('input[name=password]', TEST_PASSWORD)
  await Promise.all([page.waitForURL(`${base}/`), page.click('form.login button[type=submit]')])
  return page
}

async function askInChat(page: Page, question: string) {
  const before = await page.locator('#chat-log > .msg').count()
  await page.fill('#question', question)
  await page.press('#question', 'Enter')
  // The question and then its answer (which replaces the "working…" line).
  const answer = page.locator('#chat-log > .msg').nth(before + 1)
  await expect.poll(async () => answer.getAttribute('class')).not.toContain('muted')
  return answer
}

describe.skipIf(!available)('the chat page in a browser', () => {
  it('signs a leader in, answers a count with a table, and refuses another unit', async () => {
    const page = await signIn('test.leader')
    const answer = await askInChat(page, 'Cục Viễn thông có bao nhiêu nữ đang công tác?')
    const expected = await sql<{ n: number }>`
      select count(*)::int as n from people p join units u on u.id = p.unit_id
      where p.status = 'working' and p.sex = 'female'
        and u.path like (select path from units where code = 'CVT') || '%'`.execute(test.db)
    const n = expected.rows[0]?.n ?? -1
    expect(await answer.locator('td').first().textContent()).toBe(n.toLocaleString('vi-VN'))
    expect(await answer.locator('details summary').textContent()).toBe('Xem câu lệnh SQL')

    const refused = await askInChat(page, 'Cục Tần số vô tuyến điện có bao nhiêu người?')
    expect(await refused.getAttribute('class')).toContain('refusal')
    expect(await refused.textContent()).toContain('Cục Viễn thông')
    expect(await refused.locator('table').count()).toBe(0)
    await page.close()
  })

  it('shows dates as dd/mm/yyyy and loads nothing from outside the app', async () => {
    const page = await signIn('test.ministryhr')
    const answer = await askInChat(page, 'nam sinh thang 2/1965 khi nao nghi huu')
    expect(await answer.locator('td').nth(1).textContent()).toBe('31/08/2026')
    expect(await answer.locator('.citation').first().textContent()).toContain('135/2020/NĐ-CP')
    expect(foreign).toEqual([])
    await page.close()
  })
})
