import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Principal, Role } from '../src/access/index.js'
import { createApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { withPrincipal } from '../src/data/gate.js'
import {
  createRoleAccounts,
  HOME_UNIT,
  OTHER_UNIT,
  type RoleAccount,
  TEST_PASSWORD,
  unitIdOf,
} from './accounts.js'
import { openTestDb, type TestDb } from './db.js'

let test: TestDb
let accounts: Record<Role, RoleAccount>
let app: ReturnType<typeof createApp>
const tokens = {} as Record<Role, string>
let otherPersonId: number
let homePersonId: number

beforeAll(async () => {
  test = await openTestDb()
  accounts = await createRoleAccounts(test.db)
  app = createApp({
    db: test.db,
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    clock: () => new Date('2026-11-24T08:00:00Z'),
  })
  for (const role of Object.keys(accounts) as Role[]) {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: accounts[role].username, password: TEST_PASSWORD }),
    })
    expect(res.status).toBe(200)
    tokens[role] = ((await res.json()) as { token: string }).token
  }
  otherPersonId = await firstPersonIn(OTHER_UNIT)
  const linked = Object.values(accounts).map((a) => a.principal.personId ?? -1)
  homePersonId = await firstPersonIn(HOME_UNIT, linked)
})
afterAll(async () => test.close())

/** The first person of a unit's subtree who is none of the test accounts' own person. */
async function firstPersonIn(code: string, except: number[] = []): Promise<number> {
  const top = await unitIdOf(test.db, code)
  const row = await test.db
    .selectFrom('people as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select('p.id')
    .where('u.path', 'like', sql<string>`(select path from units where id = ${top}) || '%'`)
    .where('p.id', 'not in', [...except, -1])
    .orderBy('p.id')
    .executeTakeFirstOrThrow()
  return row.id
}

function get(role: Role, path: string) {
  return app.request(path, { headers: { authorization: `Bearer ${tokens[role]}` } })
}

/** Runs SQL as the principal's reader role, the way chat SQL runs: the database is the judge. */
function rawAs(principal: Principal, statement: string) {
  return withPrincipal(
    test.db,
    principal,
    async (trx) => (await sql.raw(statement).execute(trx)).rows,
  )
}

describe('another unit’s people', () => {
  it.each(['employee', 'leader', 'unit_hr'] as const)(
    'are refused to a %s through the API, with the reason',
    async (role) => {
      const list = await get(role, `/api/people?unit=${OTHER_UNIT}`)
      expect(list.status).toBe(403)
      const body = (await list.json()) as { error: { code: string; message: string } }
      expect(body.error.code).toBe('FORBIDDEN_SCOPE')
      expect(body.error.message).toMatch(role === 'employee' ? /chính mình/ : /Cục Viễn thông/)
      expect((await get(role, `/api/people/${otherPersonId}`)).status).toBe(404)
    },
  )

  it.each(['employee', 'leader', 'unit_hr'] as const)(
    'are invisible to a %s in raw SQL under the reader role',
    async (role) => {
      const other = await unitIdOf(test.db, OTHER_UNIT)
      const rows = await rawAs(
        accounts[role].principal,
        `select count(*)::int as n from people p join units u on u.id = p.unit_id where u.path like (select path from units where id = ${other}) || '%'`,
      )
      expect(rows).toEqual([{ n: 0 }])
      const history = await rawAs(
        accounts[role].principal,
        `select count(*)::int as n from evaluations where person_id = ${otherPersonId}`,
      )
      expect(history).toEqual([{ n: 0 }])
    },
  )

  it.each(['ministry_hr', 'planner'] as const)(
    'are visible to %s, who see the whole ministry',
    async (role) => {
      expect((await get(role, `/api/people?unit=${OTHER_UNIT}`)).status).toBe(200)
      expect((await get(role, `/api/people/${otherPersonId}`)).status).toBe(200)
    },
  )

  it.each(['ministry_hr', 'planner'] as const)(
    'are all visible to %s in raw SQL, people and their histories alike',
    async (role) => {
      const count = (table: string) => `select count(*)::int as n from ${table}`
      for (const table of ['people', 'evaluations', 'appointments']) {
        const total = (await sql.raw<{ n: number }>(count(table)).execute(test.db)).rows
        expect(await rawAs(accounts[role].principal, count(table)), table).toEqual(total)
      }
    },
  )

  it('reads as a whole-ministry role only for a whole-ministry scope, with its tier’s columns', async () => {
    const roleOf = async (role: Role) =>
      (await rawAs(accounts[role].principal, 'select current_user as role'))[0]
    expect(await roleOf('ministry_hr')).toEqual({ role: 'hrm_reader_all_sensitive' })
    expect(await roleOf('planner')).toEqual({ role: 'hrm_reader_all_basic' })
    expect(await roleOf('leader')).toEqual({ role: 'hrm_reader_basic' })
    expect(await roleOf('unit_hr')).toEqual({ role: 'hrm_reader_sensitive' })
    await expect(
      rawAs(accounts.planner.principal, 'select national_id from people limit 1'),
    ).rejects.toThrow(/permission denied/)
    await expect(
      rawAs(accounts.planner.principal, 'select count(*) from party_membership'),
    ).rejects.toThrow(/permission denied/)
  })

  it('does not extend the whole-ministry flag to a leader, who sees only their subtree', async () => {
    const flag = await rawAs(
      accounts.leader.principal,
      "select current_setting('hrm.scope_all', true) as flag, public.hr_scope_all() as whole",
    )
    expect(flag).toEqual([{ flag: '', whole: false }])
    await expect(
      rawAs(accounts.leader.principal, "select set_config('hrm.scope_all', 'on', true)"),
    ).rejects.toThrow(/permission denied for function set_config/)
  })

  it('are refused to the administrator, who sees no personnel records at all', async () => {
    const res = await get('admin', '/api/people')
    expect(res.status).toBe(403)
    await expect(rawAs(accounts.admin.principal, 'select 1')).rejects.toThrow(
      /quản trị|Administrator/,
    )
  })
})

describe('sensitive fields', () => {
  it.each(['leader', 'planner'] as const)(
    'are not given to a %s by the API (no national ID, ethnicity, Party)',
    async (role) => {
      const res = await get(role, `/api/people/${homePersonId}`)
      expect(res.status).toBe(200)
      const body = (await res.json()) as { person: Record<string, unknown>; sensitive?: unknown }
      expect(body.person.full_name).toBeTypeOf('string')
      expect(body.person).not.toHaveProperty('national_id')
      expect(body.person).not.toHaveProperty('ethnicity')
      expect(body.sensitive).toBeUndefined()
      const list = (await (await get(role, `/api/people?unit=${HOME_UNIT}&limit=5`)).json()) as {
        items: object[]
      }
      for (const item of list.items) expect(item).not.toHaveProperty('nationalId')
    },
  )

  it.each(['leader', 'planner'] as const)(
    'fail for a %s in raw SQL: column and table privileges',
    async (role) => {
      const principal = accounts[role].principal
      await expect(rawAs(principal, 'select ethnicity from people')).rejects.toThrow(
        /permission denied/,
      )
      await expect(rawAs(principal, 'select national_id from people')).rejects.toThrow(
        /permission denied/,
      )
      await expect(rawAs(principal, 'select * from party_membership')).rejects.toThrow(
        /permission denied/,
      )
      await expect(rawAs(principal, 'select * from disciplines')).rejects.toThrow(
        /permission denied/,
      )
      await expect(rawAs(principal, 'select * from chat.people_private')).rejects.toThrow(
        /permission denied/,
      )
    },
  )

  it('are given to unit HR within their scope', async () => {
    const res = await get('unit_hr', `/api/people/${homePersonId}`)
    const body = (await res.json()) as {
      person: Record<string, unknown>
      sensitive: { disciplines: unknown[] }
    }
    expect(body.person.national_id).toMatch(/^\d{12}$/)
    expect(body.person).toHaveProperty('ethnicity')
    expect(Array.isArray(body.sensitive.disciplines)).toBe(true)
  })

  it('of their own record are given to an employee, and nobody else’s', async () => {
    const own = accounts.employee.principal.personId
    const res = await get('employee', `/api/people/${own}`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { person: Record<string, unknown> }
    expect(body.person.national_id).toMatch(/^\d{12}$/)
    expect((await get('employee', `/api/people/${homePersonId}`)).status).toBe(404)
    const rows = await rawAs(accounts.employee.principal, 'select count(*)::int as n from people')
    expect(rows).toEqual([{ n: 1 }])
  })
})

describe('scope settings cannot be changed from inside a reader query', () => {
  it('refuses set_config to the reader roles', async () => {
    await expect(
      rawAs(accounts.leader.principal, "select set_config('hrm.scope_units', '1,2,3', true)"),
    ).rejects.toThrow(/permission denied for function set_config/)
    await expect(
      rawAs(accounts.leader.principal, "select set_config('role', 'postgres', true)"),
    ).rejects.toThrow(/permission denied/)
  })

  it('keeps the transaction read-only', async () => {
    await expect(
      rawAs(accounts.unit_hr.principal, "update people set full_name = 'x' where false"),
    ).rejects.toThrow(/read-only|permission denied/)
  })
})

describe('signing in', () => {
  it('refuses a wrong password with one clear line, opens no session, and logs the attempt', async () => {
    const sessions = async () =>
      Number(
        (await sql<{ n: number }>`select count(*) as n from sessions`.execute(test.db)).rows[0]?.n,
      )
    const before = { sessions: await sessions(), failed: await countAudit('auth.login_failed') }
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: accounts.leader.username, password: 'not-the-password' }),
    })
    expect(res.status).toBe(401)
    const body = (await res.json()) as { error: { code: string; message: string } }
    expect(body.error).toEqual({
      code: 'INVALID_CREDENTIALS',
      message: 'Sai tên đăng nhập hoặc mật khẩu.',
    })
    expect(await sessions()).toBe(before.sessions)
    expect(await countAudit('auth.login_failed')).toBe(before.failed + 1)
  })
})

describe('the audit log', () => {
  it('records reading someone else’s record, and not one’s own', async () => {
    const before = await countAudit('person.view')
    await get('leader', `/api/people/${homePersonId}`)
    await get('employee', `/api/people/${accounts.employee.principal.personId}`)
    expect(await countAudit('person.view')).toBe(before + 1)
  })
})

async function countAudit(action: string): Promise<number> {
  const row = await test.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', '=', action)
    .executeTakeFirstOrThrow()
  return row.n
}
