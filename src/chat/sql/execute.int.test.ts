import { describe, expect, it } from 'vitest'
import type { Principal } from '../../access/index.js'
import { useSmallMinistry } from '../../../test/small-ministry-fixture.js'
import type { QueryResult } from '../types.js'
import { executeGuardedSql } from './execute.js'
import { guardSql } from './guard.js'

const fx = useSmallMinistry()

async function ask(principal: Principal, sql: string, rowCap = 50): Promise<QueryResult> {
  const guarded = guardSql(sql, { tier: principal.tier, rowCap })
  return executeGuardedSql(fx.env.db, principal, guarded, {
    engine: fx.env.engine,
    statementTimeoutMs: 5000,
    rowCap,
    maxCost: 5e8,
    k: 5,
  })
}

describe('results', () => {
  it('come back as named columns and array rows, repeated names kept, numbers as numbers', async () => {
    const result = await ask(
      fx.world.principals.leader,
      "select p.id, e.person_id as id, e.year, count(*) over () as n, p.birth_date from chat.people p join chat.evaluations e on e.person_id = p.id where p.full_name = 'Trần Quốc Hùng'",
    )
    expect(result.columns).toEqual(['id', 'id', 'year', 'n', 'birth_date'])
    const [row] = result.rows
    expect(row).toEqual([row?.[0], row?.[0], 2025, 1, '1968-03-02'])
    expect(typeof row?.[0]).toBe('number')
  })

  it('name the columns of an empty answer', async () => {
    const result = await ask(
      fx.world.principals.leader,
      "select full_name, age from chat.people where full_name = 'Không Ai'",
    )
    expect(result).toMatchObject({ columns: ['full_name', 'age'], rows: [], truncated: false })
  })

  it('are cut at the row cap and say so', async () => {
    const result = await ask(
      fx.world.principals.planner,
      'select full_name from chat.people order by id',
      4,
    )
    expect(result.rows).toHaveLength(4)
    expect(result).toMatchObject({ truncated: true, rowCount: 5 })
  })
})

describe('scope', () => {
  it('a leader of Cục Viễn thông sees its subtree, and nobody of Cục Tần số vô tuyến điện', async () => {
    const result = await ask(
      fx.world.principals.leader,
      'select full_name, unit_name from chat.people',
    )
    const units = new Set(result.rows.map((row) => row[1]))
    expect(units).toEqual(new Set(['Cục Viễn thông', 'Phòng Quản lý viễn thông']))
    expect(JSON.stringify(result.rows)).not.toContain(fx.world.canaryName)
  })

  it('an out-of-scope name filter finds nothing rather than the person', async () => {
    const result = await ask(
      fx.world.principals.leader,
      `select full_name from chat.people where full_name = '${fx.world.canaryName}'`,
    )
    expect(result.rows).toEqual([])
  })

  it('an employee sees their own sensitive record and no one else', async () => {
    const result = await ask(
      fx.world.principals.employee,
      'select person_id, ethnicity from chat.people_private',
    )
    expect(result.rows).toEqual([[fx.world.principals.employee.personId, 'Tày']])
  })
})

describe('statistics about sensitive data withhold groups of fewer than k people', () => {
  it('drops small groups and counts them', async () => {
    const result = await ask(
      fx.world.principals.ministry_hr,
      'select ethnicity, count(*) as n from chat.people_private group by ethnicity order by n desc',
    )
    expect(result.columns).toEqual(['ethnicity', 'n'])
    expect(result.rows).toEqual([['Kinh', 17]])
    expect(result.suppressedRows).toBe(2)
  })

  it('withholds a total over fewer than k people', async () => {
    const result = await ask(
      fx.world.principals.ministry_hr,
      'select count(*) from chat.disciplines',
    )
    expect(result).toMatchObject({ rows: [], suppressedRows: 1 })
  })

  it('counts people, not joined rows: a group of one person with many rows is withheld', async () => {
    const result = await ask(
      fx.world.principals.ministry_hr,
      "select pp.person_id, count(*) from chat.people_private pp cross join chat.evaluations e where pp.religion = 'Phật giáo' group by pp.person_id",
    )
    expect(result).toMatchObject({ rows: [], suppressedRows: 1 })
  })

  it('keeps large groups of an HR officer scoped to one unit', async () => {
    const result = await ask(
      fx.world.principals.unit_hr,
      'select is_party_member, count(*) from chat.people_private group by 1 order by 1',
    )
    expect(result.rows).toEqual([[false, 6]])
    expect(result.suppressedRows).toBe(1)
  })

  it('leaves lists of rows and an employee’s own statistics alone', async () => {
    const list = await ask(
      fx.world.principals.unit_hr,
      'select person_id, form from chat.disciplines',
    )
    expect(list).toMatchObject({
      rows: [[fx.world.principals.employee.personId, 'khien_trach']],
      suppressedRows: 0,
    })
    const own = await ask(fx.world.principals.employee, 'select count(*) from chat.disciplines')
    expect(own).toMatchObject({ rows: [[1]], suppressedRows: 0 })
  })
})

describe('database errors become answers the asker or the model can act on', () => {
  it('an unknown column is SQL_REJECTED with the database message', async () => {
    await expect(
      ask(fx.world.principals.leader, 'select salary from chat.people'),
    ).rejects.toMatchObject({
      code: 'SQL_REJECTED',
      details: { reason: 'DATABASE_REFUSED', sqlState: '42703' },
      message: expect.stringMatching(/column "salary" does not exist/) as unknown,
    })
  })

  it('a division by zero is SQL_REJECTED', async () => {
    await expect(
      ask(fx.world.principals.leader, 'select 1 / (count(*) - count(*)) from chat.people'),
    ).rejects.toMatchObject({
      code: 'SQL_REJECTED',
      details: { sqlState: '22012' },
    })
  })

  it.runIf(process.env.DATABASE_URL)(
    'a slow query on a server is stopped by the statement timeout',
    async () => {
      const principal = fx.world.principals.leader
      const guarded = {
        sql: 'select pg_sleep(2)',
        relations: [],
        usesSensitive: false,
        isAggregate: false,
      }
      const run = executeGuardedSql(fx.env.db, principal, guarded, {
        engine: 'postgres',
        statementTimeoutMs: 200,
        rowCap: 5,
        maxCost: 5e8,
        k: 5,
      })
      await expect(run).rejects.toMatchObject({ code: 'QUERY_TIMEOUT' })
    },
  )
})
