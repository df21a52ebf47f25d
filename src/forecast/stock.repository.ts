import { type RawBuilder, sql } from 'kysely'
import type { ReaderTransaction } from '../data/gate.js'
import type { StaffCategory } from '../data/schema.js'
import type { GroupMapping } from './forecast-units.js'
import type { RetirementRow } from './retirement-table.js'
import {
  BIRTH_KEYS,
  groupOf,
  postCte,
  retirementCte,
  retirementJoin,
  staffFilter,
  staffOn,
} from './sql-fragments.js'

/**
 * The staff on a date, counted in cells: forecast group × the dimensions asked for × what the
 * retirement rule and its exceptions need. People are counted by birth month in the database
 * first; the rule's table is joined to those counts; the application then works on cells (a few
 * thousand at most), never on people.
 */
export interface StockDimensions {
  readonly category?: boolean
  readonly rank?: boolean
  readonly post?: boolean
  readonly birthYear?: boolean
}

export interface StockCell {
  readonly group: number
  readonly category: StaffCategory | null
  readonly rank: string | null
  readonly post: string | null
  readonly postLevel: number | null
  readonly birthYear: number | null
  readonly statutoryYear: number
  readonly past: boolean
  readonly doctoral: boolean
  readonly womanLeader: boolean
  readonly age60Year: number
  readonly n: number
}

export interface StockQuery {
  readonly date: string
  /** Whether `date` is today: the live status and unit fields then say who is where. */
  readonly current: boolean
  readonly mapping: GroupMapping
  readonly table: readonly RetirementRow[]
  readonly by: StockDimensions
}

/** Doctoral viên chức: those of them without a post are the people Decree 50/2022 may keep. */
const DOCTORAL = sql`(p.staff_category = 'vien_chuc'
  and (p.highest_degree = 'tien_si' or p.academic_title is not null))`

/**
 * Everyone is first counted as if they held no post; the few post holders are then taken out of
 * those cells (−1) and put back with their post (+1), so that the people table is never joined
 * to the posts person by person.
 */
export async function countStock(trx: ReaderTransaction, q: StockQuery): Promise<StockCell[]> {
  const pick = (wanted: boolean | undefined, expression: RawBuilder<unknown>, type: string) =>
    wanted === true ? expression : sql.raw(`null::${type}`)
  const staff = staffOn(q.date, q.current)
  const group = groupOf(q.mapping, staff.unit)
  const keys = sql`${pick(q.by.category, sql`p.staff_category`, 'text')} as category,
    ${pick(q.by.rank, sql`p.rank_code`, 'text')} as rank, ${BIRTH_KEYS}`
  const ctes = [retirementCte(q.table), ...staff.ctes, postCte(q.date, q.current)]
  const result = await sql<StockCell>`
    with ${sql.join(ctes)},
    holders as materialized (
      select ${group} as g, ${keys}, ${DOCTORAL} as doctoral, post.title, post.level
      from post join ${staff.from} on p.id = post.person_id
      where ${staffFilter(q.current)} and ${group} is not null),
    counted as materialized (
      select g, category, rank, post, post_level, by, bm, sex, doctoral, woman_leader,
        sum(n)::int as n
      from (
        select ${group} as g, ${keys}, null::text as post, null::int as post_level,
          ${DOCTORAL} as doctoral, false as woman_leader, count(*) as n
        from ${staff.from}
        where ${staffFilter(q.current)} and ${group} is not null
        group by 1, 2, 3, 4, 5, 6, 7, 8, 9
        union all
        select g, category, rank, by, bm, sex, null, null, doctoral, false, -1 from holders
        union all
        select g, category, rank, by, bm, sex,
          ${q.by.post === true ? sql`title, level` : sql`null, null`},
          false, sex = 'female' and level <= 2, 1
        from holders) cells
      group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
      having sum(n) <> 0)
    select c.g as "group", c.category, c.rank, c.post, c.post_level as "postLevel",
      ${q.by.birthYear === true ? sql`c.by` : sql`null::int`} as "birthYear",
      extract(year from rt.statutory)::int as "statutoryYear",
      rt.statutory < ${q.date}::date as past, c.doctoral, c.woman_leader as "womanLeader",
      case when c.woman_leader then extract(year from rt.age60)::int else 0 end as "age60Year",
      sum(c.n)::int as n
    from counted c
    ${retirementJoin(q.table, 'c')}
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11`.execute(trx)
  return result.rows
}
