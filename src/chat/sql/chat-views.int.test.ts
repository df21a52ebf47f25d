import { sql } from 'kysely'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type EngineDb, openBlankEngineDb } from '../../../test/engine-db.js'
import {
  CHAT_VIEWS,
  type ChatView,
  SENSITIVE_CHAT_VIEWS,
  WHOLE_MINISTRY_CHAT_VIEWS,
} from './chat-views.js'

/**
 * The migration keeps its own list of chat views (migrations never import application code):
 * the guard's lists must say exactly what the database grants.
 */
let env: EngineDb
beforeAll(async () => {
  env = await openBlankEngineDb()
})
afterAll(() => env.close())

it('the guard knows every chat view, and the sensitive ones are those basic readers lack', async () => {
  const { rows } = await sql<{
    name: string
    basic: boolean
    sensitive: boolean
    allBasic: boolean
  }>`
    select c.relname as name,
           has_table_privilege('hrm_reader_basic', c.oid, 'select') as basic,
           has_table_privilege('hrm_reader_sensitive', c.oid, 'select') as sensitive,
           has_table_privilege('hrm_reader_all_basic', c.oid, 'select') as "allBasic"
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'chat' and c.relkind = 'v'
    order by 1`.execute(env.db)
  expect(rows.map((r) => r.name)).toEqual([...CHAT_VIEWS].sort())
  const scoped = rows.filter((r) => !WHOLE_MINISTRY_CHAT_VIEWS.includes(r.name as ChatView))
  expect(scoped.every((r) => r.sensitive)).toBe(true)
  expect(scoped.filter((r) => !r.basic).map((r) => r.name)).toEqual(
    [...SENSITIVE_CHAT_VIEWS].sort(),
  )
  // Head counts of the whole ministry: its readers only, not a reader scoped to units.
  const whole = rows.filter((r) => WHOLE_MINISTRY_CHAT_VIEWS.includes(r.name as ChatView))
  expect(whole.map((r) => [r.basic, r.sensitive, r.allBasic])).toEqual(
    WHOLE_MINISTRY_CHAT_VIEWS.map(() => [false, false, true]),
  )
})
