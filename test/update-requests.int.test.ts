import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../src/access/index.js'
import { createApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { createRoleAccounts, type RoleAccount, TEST_PASSWORD } from './accounts.js'
import { openTestDb, type TestDb } from './db.js'

let test: TestDb
let app: ReturnType<typeof createApp>
let accounts: Record<Role, RoleAccount>
const tokens = {} as Record<Role, string>

beforeAll(async () => {
  test = await openTestDb()
  accounts = await createRoleAccounts(test.db)
  app = createApp({
    db: test.db,
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    clock: () => new Date(),
  })
  for (const role of Object.keys(accounts) as Role[]) {
    const res = await call(undefined, 'POST', '/api/auth/login', {
      username: accounts[role].username,
      password: TEST_PASSWORD,
    })
    tokens[role] = ((await res.json()) as { token: string }).token
  }
})
afterAll(async () => test.close())

function call(role: Role | undefined, method: string, path: string, body?: unknown) {
  return app.request(path, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(role === undefined ? {} : { authorization: `Bearer ${tokens[role]}` }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
}

async function phoneOf(personId: number | null): Promise<string | null> {
  const row = await test.db
    .selectFrom('people')
    .select(['phone'])
    .where('id', '=', personId ?? -1)
    .executeTakeFirstOrThrow()
  return row.phone
}

describe('update requests', () => {
  it('let an employee propose a change that their unit HR approves', async () => {
    const created = await call('employee', 'POST', '/api/me/update-requests', {
      changes: { phone: '0912345678' },
      evidenceNote: 'Đổi số điện thoại',
    })
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: number }
    const pending = (await (await call('unit_hr', 'GET', '/api/update-requests')).json()) as {
      items: { id: number }[]
    }
    expect(pending.items.map((r) => r.id)).toContain(id)
    expect(
      (await call('leader', 'POST', `/api/update-requests/${id}/review`, { decision: 'approve' }))
        .status,
    ).toBe(403)
    const approved = await call('unit_hr', 'POST', `/api/update-requests/${id}/review`, {
      decision: 'approve',
    })
    expect(approved.status).toBe(200)
    expect(await phoneOf(accounts.employee.principal.personId)).toBe('0912345678')
  })

  it('refuse a malformed proposal with the field at fault', async () => {
    const res = await call('employee', 'POST', '/api/me/update-requests', {
      changes: { phone: '12' },
    })
    expect(res.status).toBe(422)
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/phone/)
    const unknown = await call('employee', 'POST', '/api/me/update-requests', {
      changes: { unit_id: 1 },
    })
    expect(unknown.status).toBe(422)
  })

  it('fail on a version conflict and leave the record as the first approval made it', async () => {
    const first = (await (
      await call('employee', 'POST', '/api/me/update-requests', {
        changes: { phone: '0900000001' },
      })
    ).json()) as { id: number }
    const second = (await (
      await call('employee', 'POST', '/api/me/update-requests', {
        changes: { phone: '0900000002' },
      })
    ).json()) as { id: number }
    expect(
      (
        await call('ministry_hr', 'POST', `/api/update-requests/${first.id}/review`, {
          decision: 'approve',
        })
      ).status,
    ).toBe(200)
    const conflict = await call('ministry_hr', 'POST', `/api/update-requests/${second.id}/review`, {
      decision: 'approve',
    })
    expect(conflict.status).toBe(409)
    expect(await phoneOf(accounts.employee.principal.personId)).toBe('0900000001')
  })
})
