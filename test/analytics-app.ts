import type { Kysely } from 'kysely'
import type { Role } from '../src/access/index.js'
import { createApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import type { Database } from '../src/data/schema.js'
import { createRoleAccounts, TEST_PASSWORD } from './accounts.js'

export const TEST_NOW = new Date('2026-11-24T08:00:00Z')

/**
 * The application, and a way to sign in: `as(username, password)` returns a GET that carries the token.
 */
export function buildTestApp(db: Kysely<Database>) {
  const deps = { db, config: loadConfig({ LOG_LEVEL: 'silent' }), clock: () => TEST_NOW }
  const app = createApp(deps)
  const as = async (username: string, password: string) => {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    })
    if (res.status !== 200) throw new Error(`login of ${username} failed: ${res.status}`)
    const { token } = (await res.json()) as { token: string }
    return async (path: string) =>
      app.request(path, { headers: { authorization: `Bearer ${token}` } })
  }
  return { app, as }
}

/** The seeded ministry's app with one signed-in account per role of `createRoleAccounts`. */
export async function analyticsApp(db: Kysely<Database>) {
  const { app, as } = buildTestApp(db)
  const accounts = await createRoleAccounts(db)
  const getters = {} as Record<Role, (path: string) => Promise<Response>>
  for (const role of Object.keys(accounts) as Role[]) {
    getters[role] = await as(accounts[role].username, TEST_PASSWORD)
  }
  const get = (role: Role, path: string) => getters[role](path)
  return { app, accounts, get }
}
