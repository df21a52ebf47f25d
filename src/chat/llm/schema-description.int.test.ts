import { sql } from 'kysely'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type EngineDb, openBlankEngineDb } from '../../../test/engine-db.js'
import { CHAT_SCHEMA } from './chat-schema-columns.js'

let env: EngineDb
beforeAll(async () => {
  env = await openBlankEngineDb()
})
afterAll(() => env.close())

it('describes every column of every chat view to the model, and nothing that is not there', async () => {
  const { rows } = await sql<{ view: string; columns: string[] }>`
    select table_name as view, array_agg(column_name::text order by ordinal_position) as columns
    from information_schema.columns where table_schema = 'chat'
    group by table_name order by table_name`.execute(env.db)
  const described = Object.fromEntries(
    Object.entries(CHAT_SCHEMA).map(([view, { columns }]) => [view, Object.keys(columns)]),
  )
  expect(Object.fromEntries(rows.map((r) => [r.view, r.columns]))).toEqual(described)
})
