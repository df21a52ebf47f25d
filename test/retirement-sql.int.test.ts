import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { statutoryRetirement } from '../src/forecast/retirement.js'
import { openTestDb, type TestDb } from './db.js'

let test: TestDb
beforeAll(async () => {
  test = await openTestDb()
})
afterAll(async () => test.close())

describe('the retirement rule in SQL', () => {
  it('equals the TypeScript rule for every birth month from 1955 to 2000, both sexes', async () => {
    const rows = await sql<{ sex: 'male' | 'female'; birth: string; retires: string }>`
      select s.sex, to_char(b.d, 'YYYY-MM-DD') as birth,
             to_char(public.hr_retirement_date(b.d::date, 'day', s.sex), 'YYYY-MM-DD') as retires
      from generate_series(date '1955-01-15', date '2000-12-15', interval '1 month') as b(d)
      cross join (values ('male'), ('female')) as s(sex)`.execute(test.db)
    expect(rows.rows).toHaveLength(46 * 12 * 2)
    const mismatches = rows.rows.filter(
      (r) => statutoryRetirement(r.sex, r.birth).retirementDate !== r.retires,
    )
    expect(mismatches).toEqual([])
  })

  it('uses 1 January when only the birth year is known', async () => {
    const row = await sql<{
      d: string
    }>`select public.hr_retirement_date('1970-09-20', 'year', 'female')::text as d`.execute(test.db)
    expect(row.rows[0]?.d).toBe(statutoryRetirement('female', '1970').retirementDate)
  })
})
