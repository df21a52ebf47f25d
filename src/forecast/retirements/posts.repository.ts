import { sql } from 'kysely'
import type { ReaderTransaction } from '../../data/gate.js'
import type { Sex } from '../../data/schema.js'
import type { RetirementRow } from '../retirement-table.js'
import { BIRTH_KEYS, retirementCte, retirementJoin } from '../sql-fragments.js'

/**
 * Leadership seats under the forecast's units on a date: each post with its current holders
 * (their statutory retirement and term end) and, as a row with no holder, the seats nobody
 * holds. Holders come through row-level security like every person, so only holders the
 * caller may read are listed and counted.
 */
export interface SeatRow {
  readonly postId: number
  readonly title: string
  readonly level: number
  readonly seats: number
  readonly unitId: number
  readonly unitCode: string
  readonly unitName: string
  readonly personId: number | null
  readonly fullName: string | null
  readonly sex: Sex | null
  readonly termEnd: string | null
  readonly statutory: string | null
  readonly age60: string | null
  /** Holders of this post on the date that the caller may read. */
  readonly holders: number
}

export async function listSeats(
  trx: ReaderTransaction,
  q: { date: string; unitIds: readonly number[]; table: readonly RetirementRow[] },
): Promise<SeatRow[]> {
  const result = await sql<SeatRow>`
    with ${retirementCte(q.table)},
    current as materialized (
      select a.post_id, a.person_id, a.term_end from appointments a
      where a.start_date <= ${q.date}::date and (a.end_date is null or a.end_date >= ${q.date}::date)),
    holders as materialized (
      select c.post_id, c.term_end, p.id, p.full_name, ${BIRTH_KEYS}
      from current c join people p on p.id = c.person_id),
    held as materialized (select post_id, count(*)::int as n from holders group by 1)
    select lp.id as "postId", lp.title, lp.level, lp.seats, u.id as "unitId",
      u.code as "unitCode", u.name as "unitName", h.id as "personId", h.full_name as "fullName",
      h.sex, h.term_end as "termEnd", rt.statutory, rt.age60, coalesce(held.n, 0) as holders
    from leadership_posts lp
    join units u on u.id = lp.unit_id
    left join holders h on h.post_id = lp.id
    left join held on held.post_id = lp.id
    ${retirementJoin(q.table, 'h', 'left')}
    where lp.unit_id in (select unnest(${[...q.unitIds]}::int[]))
    order by u.path, lp.level, h.full_name`.execute(trx)
  return result.rows
}
