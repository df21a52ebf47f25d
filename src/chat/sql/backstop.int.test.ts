import { describe, expect, it } from 'vitest'
import type { Principal } from '../../access/index.js'
import { useSmallMinistry } from '../../../test/small-ministry-fixture.js'
import { runUnguarded } from '../../../test/unguarded.js'

/**
 * Suppose the guard had a hole: SQL it should have refused reaches the executor. PostgreSQL is
 * the backstop: the reader roles' grants and row-level security still keep out-of-scope rows,
 * sensitive columns and session settings out of reach. Each case hands the executor SQL the
 * guard would never pass.
 */
const fx = useSmallMinistry()

function unguarded(principal: Principal, sql: string) {
  return runUnguarded(fx.env, principal, sql)
}

describe('row-level security keeps rows outside the scope out', () => {
  it('a leader reading the people table directly gets their subtree only', async () => {
    const result = await unguarded(
      fx.world.principals.leader,
      'select id, full_name, unit_id from public.people',
    )
    const units = new Set(result.rows.map((row) => row[2]))
    expect(units).toEqual(new Set([fx.world.units.cvt.id, fx.world.units.cvtDivision.id]))
    expect(JSON.stringify(result.rows)).not.toContain(fx.world.canaryName)
  })

  it('an HR officer reading discipline records gets their scope only', async () => {
    const result = await unguarded(
      fx.world.principals.unit_hr,
      'select person_id from public.disciplines',
    )
    expect(result.rows).toEqual([[fx.world.principals.employee.personId]])
  })

  it('an employee reading the people table gets their own record only', async () => {
    const result = await unguarded(fx.world.principals.employee, 'select id from public.people')
    expect(result.rows).toEqual([[fx.world.principals.employee.personId]])
  })

  it('a history table shows only the rows of people in scope', async () => {
    const result = await unguarded(
      fx.world.principals.leader,
      'select distinct person_id from public.appointments',
    )
    expect(result.rows.map((row) => row[0])).not.toContain(fx.world.canaryId)
  })
})

describe('grants keep sensitive columns and other tables out', () => {
  it.each([
    ['the national ID', 'select national_id from public.people'],
    ['every column, sensitive ones included', 'select * from public.people'],
    ['ethnicity', 'select ethnicity, count(*) from public.people group by 1'],
    ['a sensitive view', 'select * from chat.people_private'],
    ['the disciplines view', 'select count(*) from chat.disciplines'],
    ['party membership', 'select count(*) from public.party_membership'],
  ])('a leader may not read %s', async (_what, sql) => {
    await expect(unguarded(fx.world.principals.leader, sql)).rejects.toMatchObject({
      code: 'FORBIDDEN_SENSITIVE',
    })
  })

  it.each([
    ['accounts and their password hashes', 'select password_hash from public.accounts'],
    ['sessions', 'select token_hash from public.sessions'],
    ['the audit log', 'select * from public.audit_log'],
    ['password hashes of database roles', 'select rolpassword from pg_catalog.pg_authid'],
  ])('no reader may read %s', async (_what, sql) => {
    await expect(unguarded(fx.world.principals.ministry_hr, sql)).rejects.toMatchObject({
      code: 'FORBIDDEN_SENSITIVE',
    })
  })
})

describe('the session cannot be widened from inside a query', () => {
  it.each([
    ['widen the scope', "select set_config('hrm.scope_units', '1,2,3,4,5,6', true)"],
    ['switch to the owner role', "select set_config('role', 'postgres', true)"],
    ['become someone else', "select set_config('hrm.scope_person', '1', true)"],
  ])('set_config cannot %s', async (_what, sql) => {
    await expect(unguarded(fx.world.principals.leader, sql)).rejects.toMatchObject({
      code: 'FORBIDDEN_SENSITIVE',
    })
  })

  it('a second statement is refused even before the database sees it', async () => {
    await expect(
      unguarded(fx.world.principals.leader, 'select 1; reset role; select * from public.people'),
    ).rejects.toMatchObject({ code: 'SQL_REJECTED', details: { reason: 'MULTIPLE_STATEMENTS' } })
  })

  it('a write is refused and changes nothing', async () => {
    const countPeople = async () =>
      Number(
        (
          await fx.env.db
            .selectFrom('people')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
    const before = await countPeople()
    for (const sql of [
      "select nextval('units_id_seq')",
      'with d as (delete from public.people returning id) select * from d',
    ]) {
      await expect(unguarded(fx.world.principals.ministry_hr, sql)).rejects.toMatchObject({
        code: 'FORBIDDEN_SENSITIVE',
        details: { sqlState: '42501' },
      })
    }
    expect(await countPeople()).toBe(before)
  })

  it('an administrator account reads nothing', async () => {
    await expect(
      unguarded(fx.world.principals.admin, 'select count(*) from chat.units'),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
  })
})
