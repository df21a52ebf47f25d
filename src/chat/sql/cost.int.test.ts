import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Principal } from '../../access/index.js'
import { type EngineDb, openBlankEngineDb } from '../../../test/engine-db.js'
import { createPeopleInBulk, createUnit, principalFor } from '../../../test/factories.js'
import { executeGuardedSql } from './execute.js'
import { guardSql } from './guard.js'
import { loadSqlParser } from './parser.js'

/**
 * The planner-cost and row bounds at ministry scale (6,300 people, analysed like a seeded
 * database): the embedded database has no statement timeout, so these bounds are what stops a
 * join bomb from blocking the process for seconds.
 */
let env: EngineDb
let planner: Principal

beforeAll(async () => {
  await loadSqlParser()
  env = await openBlankEngineDb()
  const root = await createUnit(env.db, { code: 'BKHCN', name: 'Bộ Khoa học và Công nghệ' })
  const units = []
  for (let i = 1; i <= 20; i++)
    units.push(await createUnit(env.db, { code: `U${i}`, name: `Đơn vị ${i}`, parent: root }))
  await createPeopleInBulk(env.db, { unitIds: units.map((u) => u.id), count: 6300 })
  planner = await principalFor(env.db, { role: 'planner' })
})
afterAll(() => env.close())

function run(sql: string) {
  const guarded = guardSql(sql, { tier: planner.tier, rowCap: 500 })
  return executeGuardedSql(env.db, planner, guarded, {
    engine: env.engine,
    statementTimeoutMs: 10_000,
    rowCap: 500,
    maxCost: 5e8,
    k: 5,
  })
}

describe('join bombs are refused before they run', () => {
  it.each([
    'select count(*) from chat.people a, chat.people b',
    'select a.full_name, b.full_name from chat.people a cross join chat.people b',
    'select count(*) from chat.people a join chat.people b on a.sex = b.sex',
    "select a.id from chat.people a join chat.people b on a.full_name || b.full_name = 'x'",
    'select count(*) from chat.people a, chat.units b, chat.units c',
    'select a.full_name, (select count(*) from chat.people b where b.birth_date < a.birth_date) from chat.people a',
  ])('%s', async (sql) => {
    const started = performance.now()
    await expect(run(sql)).rejects.toMatchObject({ code: 'QUERY_TOO_EXPENSIVE' })
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe('questions over everyone still run', () => {
  it.each([
    'select unit_name, count(*) from chat.people group by 1 order by 2 desc',
    "select sex, (age / 5) * 5 as band, count(*) from chat.people where status = 'working' group by 1, 2",
    'select * from (select unit_name, full_name, row_number() over (partition by unit_id order by birth_date) as n from chat.people) as t where n <= 3',
    'select u.top_unit_name, count(*) from chat.people p join chat.units u on u.id = p.unit_id group by 1',
    "select full_name from chat.people where name_search like hr_unaccent('%nguoi so 12%')",
    'select full_name, birth_date from chat.people order by full_name limit 20',
  ])('%s', async (sql) => {
    const result = await run(sql)
    expect(result.rows.length).toBeGreaterThan(0)
  })
})
