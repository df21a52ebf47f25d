import { expect } from 'vitest'
import type { Role } from '../src/access/index.js'
import { createApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { forecastRoutes } from '../src/forecast/index.js'
import { createRoleAccounts, type RoleAccount, TEST_PASSWORD } from './accounts.js'
import type { TestDb } from './db.js'

export const FORECAST_TODAY = '2026-11-24'

export interface ForecastApp {
  readonly accounts: Record<Role, RoleAccount>
  /** GET as a role (signed in with a bearer token), or anonymously with `null`. */
  get<T = unknown>(role: Role | null, path: string): Promise<{ status: number; body: T }>
}

/**
 * The application as main.ts builds it plus the forecast routes, mounted the way app.ts will
 * (`app.route('/api', forecastRoutes(deps))`), with one signed-in account per role.
 */
export async function openForecastApp(test: TestDb): Promise<ForecastApp> {
  const accounts = await createRoleAccounts(test.db)
  const deps = {
    db: test.db,
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    clock: () => new Date(`${FORECAST_TODAY}T08:00:00Z`),
  }
  const app = createApp(deps)
  app.route('/api', forecastRoutes(deps))
  const tokens = {} as Record<Role, string>
  for (const role of Object.keys(accounts) as Role[]) {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: accounts[role].username, password: TEST_PASSWORD }),
    })
    expect(res.status).toBe(200)
    tokens[role] = ((await res.json()) as { token: string }).token
  }
  return {
    accounts,
    async get<T>(role: Role | null, path: string) {
      const headers: Record<string, string> =
        role === null ? {} : { authorization: `Bearer ${tokens[role]}` }
      const res = await app.request(path, { headers })
      return { status: res.status, body: (await res.json()) as T }
    },
  }
}
