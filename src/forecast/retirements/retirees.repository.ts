import { sql } from 'kysely'
import type { ReaderTransaction } from '../../data/gate.js'
import type { RetirementRow } from '../retirement-table.js'
import {
  BIRTH_KEYS,
  postCte,
  retirementCte,
  retirementJoin,
  staffFilter,
  staffOn,
} from '../sql-fragments.js'

/**
 * The people who may retire by `lastDay`, earliest first, with basic fields only (names, unit,
 * rank, post): read under the caller's gate, so a leader lists only their subtree and a planner
 * never gets a sensitive field.
 */
export interface RetireeRow {
  readonly id: number
  readonly fullName: string
  readonly unitId: number
  readonly unitCode: string
  readonly unitName: string
  readonly rankCode: string | null
  readonly post: string | null
  readonly postLevel: number | null
  readonly sex: 'male' | 'female'
  readonly doctoral: boolean
  readonly statutory: string
  readonly age60: string
}

export async function listRetirees(
  trx: ReaderTransaction,
  q: {
    date: string
    current: boolean
    lastDay: string
    unitIds: readonly number[]
    table: readonly RetirementRow[]
    limit: number
  },
): Promise<RetireeRow[]> {
  const staff = staffOn(q.date, q.current)
  const ctes = [retirementCte(q.table), ...staff.ctes, postCte(q.date, q.current)]
  const result = await sql<RetireeRow>`
    with ${sql.join(ctes)},
    listed as materialized (
      select p.id, p.full_name, ${staff.unit} as unit_id, p.rank_code, post.title as post,
        post.level as post_level, ${BIRTH_KEYS},
        (p.staff_category = 'vien_chuc' and (p.highest_degree = 'tien_si'
          or p.academic_title is not null) and post.person_id is null) as doctoral
      from ${staff.from}
      left join post on post.person_id = p.id
      where ${staffFilter(q.current)}
        and ${staff.unit} in (select unnest(${[...q.unitIds]}::int[])))
    select x.id, x.full_name as "fullName", u.id as "unitId", u.code as "unitCode",
      u.name as "unitName", x.rank_code as "rankCode", x.post, x.post_level as "postLevel",
      x.sex, x.doctoral, rt.statutory, rt.age60
    from listed x
    join units u on u.id = x.unit_id
    ${retirementJoin(q.table, 'x')}
    where rt.statutory <= ${q.lastDay}::date
      or (x.sex = 'female' and coalesce(x.post_level, 99) <= 2 and rt.age60 <= ${q.lastDay}::date)
    order by rt.statutory, x.full_name, x.id
    limit ${q.limit}::int`.execute(trx)
  return result.rows
}
