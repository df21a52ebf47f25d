import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { Principal } from '../access/index.js'
import { createPerson } from '../../test/factories.js'
import { runUnguarded } from '../../test/unguarded.js'
import { useSmallMinistry } from '../../test/small-ministry-fixture.js'

/**
 * The head counts (migration 20261207T0019-head-counts) must always equal counting the people table: after
 * every kind of change, one row or many in a statement, and as each reader sees them.
 */
const fx = useSmallMinistry()

const TALLIES = {
  'chat.people_counts': `unit_id, status, sex, staff_category, rank_code, highest_degree,
    academic_title, political_theory, state_management`,
  'chat.birth_counts': 'status, sex, birth_date, retirement_date',
}

/** Every head count of each view as `key → people`, and the same counted from the people table. */
async function bothCounts() {
  const read = async (from: string, keys: string, people: string) => {
    const { rows } = await sql<{ key: string; n: number }>`
      select concat_ws('|', ${sql.raw(keys)}) as key, ${sql.raw(people)}::integer as n
      from ${sql.raw(from)} group by ${sql.raw(keys)} order by 1`.execute(fx.env.db)
    return Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]))
  }
  const counts: Record<string, unknown> = {}
  const people: Record<string, unknown> = {}
  for (const [view, keys] of Object.entries(TALLIES)) {
    counts[view] = await read(view, keys, 'sum(people)')
    people[view] = await read('people', keys, 'count(*)')
  }
  return { counts, people }
}

describe('head counts follow the people table', () => {
  it('hold the seeded people', async () => {
    const { counts, people } = await bothCounts()
    expect(Object.keys(people['chat.people_counts'] as object).length).toBeGreaterThan(3)
    expect(counts).toEqual(people)
  })

  it('follow an insert, a one-row update of several attributes, and a delete', async () => {
    const id = await createPerson(fx.env.db, {
      fullName: 'Trịnh Văn Đếm',
      unitId: fx.world.units.vtccb.id,
      highest_degree: 'tien_si',
    })
    const inserted = await bothCounts()
    expect(inserted.counts).toEqual(inserted.people)
    await fx.env.db
      .updateTable('people')
      .set({ sex: 'female', unit_id: fx.world.units.ctsvtd.id, political_theory: 'cao_cap' })
      .where('id', '=', id)
      .execute()
    const updated = await bothCounts()
    expect(updated.counts).toEqual(updated.people)
    await fx.env.db.deleteFrom('people').where('id', '=', id).execute()
    const { counts, people } = await bothCounts()
    expect(counts).toEqual(people)
  })

  it('follow a statement that changes many people at once', async () => {
    const before = await bothCounts()
    await fx.env.db
      .updateTable('people')
      .set({ state_management: 'chuyen_vien_chinh' })
      .where('unit_id', '=', fx.world.units.cvt.id)
      .execute()
    const after = await bothCounts()
    expect(after.counts).toEqual(after.people)
    expect(after.counts).not.toEqual(before.counts)
  })

  it('leave out a count that fell to zero', async () => {
    const id = await createPerson(fx.env.db, {
      fullName: 'Mạc Thị Một',
      unitId: fx.world.units.vkhtc.id,
      academic_title: 'gs',
    })
    await fx.env.db.deleteFrom('people').where('id', '=', id).execute()
    const { rows } = await sql<{ n: number }>`
      select count(*)::integer as n from chat.people_counts where academic_title = 'gs'
        and unit_id = ${fx.world.units.vkhtc.id}`.execute(fx.env.db)
    expect(Number(rows[0]!.n)).toBe(0)
  })
})

describe('each reader sees the counts of the people they see', () => {
  const read = (principal: Principal, query: string) => runUnguarded(fx.env, principal, query, true)

  const total = 'select coalesce(sum(people), 0)::integer from chat.people_counts'
  const counted = 'select count(*)::integer from chat.people'

  it.each(['leader', 'ministry_hr', 'planner'] as const)(
    '%s: the same total as counting people',
    async (role) => {
      const principal = fx.world.principals[role]
      const [fromCounts, fromPeople] = await Promise.all([
        read(principal, total),
        read(principal, counted),
      ])
      expect(Number(fromCounts.rows[0]![0])).toBe(Number(fromPeople.rows[0]![0]))
      expect(Number(fromPeople.rows[0]![0])).toBeGreaterThan(0)
    },
  )

  it('a leader sees no count of a unit outside their scope', async () => {
    const result = await read(
      fx.world.principals.leader,
      'select distinct unit_id from chat.people_counts',
    )
    const units = new Set(result.rows.map((row) => row[0]))
    expect(units).toEqual(new Set([fx.world.units.cvt.id, fx.world.units.cvtDivision.id]))
  })

  it('only readers of the whole ministry may read its counts by birth date', async () => {
    const total = 'select coalesce(sum(people), 0)::integer from chat.birth_counts'
    const whole = await read(fx.world.principals.planner, total)
    const counted = await read(
      fx.world.principals.planner,
      'select count(*)::integer from chat.people',
    )
    expect(Number(whole.rows[0]![0])).toBe(Number(counted.rows[0]![0]))
    await expect(read(fx.world.principals.leader, total)).rejects.toThrow()
    await expect(read(fx.world.principals.employee, total)).rejects.toThrow()
  })

  it("an employee, who sees only their own record, sees no unit's count", async () => {
    const result = await read(fx.world.principals.employee, 'select * from chat.people_counts')
    expect(result.rows).toEqual([])
  })
})
