import type { Context } from 'hono'
import type { Kysely } from 'kysely'
import type { Principal } from '../access/index.js'
import type { Config } from '../config.js'
import type { Database } from '../data/schema.js'

/** What every route handler may use: passed in once, never imported as a singleton. */
export interface AppDeps {
  readonly db: Kysely<Database>
  readonly config: Config
  /** The current time; tests pin it. */
  readonly clock: () => Date
}

export interface AppEnv {
  Variables: {
    principal: Principal | undefined
    sessionToken: string | undefined
  }
}

export type Language = 'vi' | 'en'

/** Vietnamese unless the request asks for English (?lang=en or Accept-Language: en…). */
export function languageOf(c: Context): Language {
  const asked = c.req.query('lang')
  if (asked === 'en' || asked === 'vi') return asked
  const header = c.req.header('accept-language') ?? ''
  const first = header.split(',')[0]?.trim().toLowerCase() ?? ''
  return first.startsWith('en') ? 'en' : 'vi'
}
