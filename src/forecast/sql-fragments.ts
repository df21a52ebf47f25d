import { type RawBuilder, sql } from 'kysely'
import type { ReaderTransaction } from '../data/gate.js'
import type { GroupMapping } from './forecast-units.js'
import type { RetirementRow } from './retirement-table.js'

/**
 * SQL pieces every forecast query shares. Raw SQL because Kysely has no builder for what they
 * need: joins against arrays passed as parameters (`unnest`), ranges over `generate_series`,
 * `distinct on`, materialized CTEs. Arrays travel as one parameter each, which suits PGlite (one
 * connection) and pg. The CTEs over personnel tables are MATERIALIZED and people are counted
 * before anything is joined to them: under row-level security the planner underestimates rows
 * badly and would otherwise re-run a whole subquery per person (minutes instead of milliseconds).
 *
 * Reconstruction of who was where: a person was in the ministry on day d, in unit u, when one
 * of their in-ministry work-history rows (unit_id not null) covers d; the rows run from
 * joining the ministry to leaving it (status_date), split where the person moved between units
 * or took up or left a post. For one day, if rows overlap, the latest-starting one counts; the
 * yearly history (`stays`) takes rows not to overlap. Someone with no in-ministry row is
 * counted in their current unit from joined_ministry (or joined_state_service) to status_date.
 * Today's stock is simply the working staff in their current unit. Staff category is today's:
 * the schema keeps no history of it.
 */

/** `grp(u, g)`: unit → forecast group, as a table (for small joins: quotas, posts). */
export function groupsCte(mapping: GroupMapping): RawBuilder<unknown> {
  return sql`grp as materialized (
    select * from unnest(${mapping.unitIds}::int[], ${mapping.groupIds}::int[]) as m(u, g))`
}

/**
 * The forecast group of `unit` (null outside the mapping), by subscripting an array indexed by
 * unit id: per person, an array lookup costs far less than a hash join.
 */
export function groupOf(mapping: GroupMapping, unit: RawBuilder<unknown>): RawBuilder<unknown> {
  const byUnit: (number | null)[] = new Array<number | null>(Math.max(0, ...mapping.unitIds)).fill(
    null,
  )
  mapping.unitIds.forEach((u, i) => (byUnit[u - 1] = mapping.groupIds[i] ?? null))
  return sql`(${byUnit}::int[])[${unit}]`
}

/** `rt(by, bm, sex, statutory, age60)`: the statutory rule per birth month and sex. */
export function retirementCte(table: readonly RetirementRow[]): RawBuilder<unknown> {
  return sql`rt as materialized (
    select * from unnest(${table.map((r) => r.by)}::int[], ${table.map((r) => r.bm)}::int[],
      ${table.map((r) => r.sex)}::text[], ${table.map((r) => r.statutory)}::date[],
      ${table.map((r) => r.age60)}::date[]) as r(by, bm, sex, statutory, age60))`
}

/**
 * Joins `rt` to rows of `alias` that carry `by` (birth year), `bm` (birth month as the rule
 * uses it) and `sex`; birth years outside the table take its nearest year.
 */
export function retirementJoin(
  table: readonly RetirementRow[],
  alias: string,
  kind: 'inner' | 'left' = 'inner',
): RawBuilder<unknown> {
  const first = table[0]?.by ?? 1900
  const last = table[table.length - 1]?.by ?? 2100
  const t = sql.ref(alias)
  return sql`${sql.raw(kind)} join rt on rt.by = least(greatest(${t}.by, ${first}::int), ${last}::int)
    and rt.bm = ${t}.bm and rt.sex = ${t}.sex`
}

/**
 * Birth year, birth month as the retirement rule uses it, and sex of people `p`. The month is
 * `public.hr_birth_month` written out (1 when only the year is known, Decree 135 Art. 3(3)):
 * that function is STRICT, so PostgreSQL cannot inline it and calls it once per person — a
 * quarter of a second per 100,000 people.
 */
export const BIRTH_KEYS = sql`extract(year from p.birth_date)::int as by,
  case when p.birth_precision = 'year' then 1 else extract(month from p.birth_date)::int end as bm,
  p.sex`

/**
 * The staff on `date`, as the FROM clause of a query over people `p` with their unit `unit`:
 * for today (`current`), the working staff in their current unit — the live fields, no history
 * to scan; for another day, `here(person_id, unit_id)`: who was in which unit on that day.
 */
export interface Staff {
  readonly ctes: RawBuilder<unknown>[]
  readonly from: RawBuilder<unknown>
  readonly unit: RawBuilder<unknown>
}

export function staffOn(date: string, current: boolean): Staff {
  if (current)
    return {
      ctes: [],
      from: sql`people p`,
      unit: sql`p.unit_id`,
    }
  return {
    ctes: [presenceCte(date)],
    from: sql`here join people p on p.id = here.person_id`,
    unit: sql`here.unit_id`,
  }
}

function presenceCte(date: string): RawBuilder<unknown> {
  return sql`here as materialized (
    (select distinct on (w.person_id) w.person_id, w.unit_id
     from work_history w
     where w.unit_id is not null and w.start_date <= ${date}::date
       and (w.end_date is null or w.end_date >= ${date}::date)
     order by w.person_id, w.start_date desc)
    union all
    (select p.id, p.unit_id from people p
     where coalesce(p.joined_ministry, p.joined_state_service) <= ${date}::date
       and (p.status = 'working' or p.status_date >= ${date}::date)
       and p.id not in (select x.person_id from work_history x where x.unit_id is not null)))`
}

/** The condition that keeps only the staff of `staffOn` (the working ones, for today). */
export function staffFilter(current: boolean): RawBuilder<unknown> {
  return current ? sql`p.status = 'working'` : sql`true`
}

/**
 * `stays`: each in-ministry work-history row that touches the years fromYear…toYear (or ends the
 * day before), with its person's category, birth year and year of leaving for one of
 * `exitStatuses`, and the first and last years whose 1 January it covers (rows are taken not to
 * overlap). Someone with no such row but whose own joined_ministry and status_date span part of
 * the years is one stay in their current unit (start_date null). People are read once, and
 * joined to their rows once.
 */
export function staysCte(
  fromYear: number,
  toYear: number,
  exitStatuses: readonly string[],
): RawBuilder<unknown> {
  const joined = sql`coalesce(p.joined_ministry, p.joined_state_service)`
  const left = sql`case when p.status = 'working' then 9999
    else extract(year from p.status_date)::int end`
  return sql`stays as materialized (
    select p.id as person_id, coalesce(w.unit_id, p.unit_id) as unit_id, w.start_date,
      w.end_date, p.staff_category as category, extract(year from p.birth_date)::int as birth_year,
      case when p.status in (${sql.join([...exitStatuses])})
        then extract(year from p.status_date)::int end as exit_year,
      coalesce(${firstJanuary(sql`w.start_date`)}, ${firstJanuary(joined)}) as first_year,
      case when w.person_id is null then ${left} when w.end_date is null then 9999
        else extract(year from w.end_date)::int end as last_year
    from people p
    left join work_history w on w.person_id = p.id and w.unit_id is not null
      and w.start_date < make_date(${toYear}::int + 1, 1, 1)
      and (w.end_date is null or w.end_date >= make_date(${fromYear}::int, 1, 1) - 1)
    where w.person_id is not null or (${joined} < make_date(${toYear}::int + 1, 1, 1)
      and (p.status = 'working' or p.status_date >= make_date(${fromYear}::int, 1, 1))))`
}

/** The year of the first 1 January on or after `date`. */
export function firstJanuary(date: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`(extract(year from ${date})::int
    + case when extract(doy from ${date}) > 1 then 1 else 0 end)`
}

/** `post(person_id, level, title)`: the highest leadership post each person held on `date`. */
export function postCte(date: string, current: boolean): RawBuilder<unknown> {
  if (current)
    return sql`post as materialized (
      select distinct on (a.person_id) a.person_id, lp.level, lp.title
      from appointments a join leadership_posts lp on lp.id = a.post_id
      where a.end_date is null and a.start_date <= ${date}::date
      order by a.person_id, lp.level)`
  return sql`post as materialized (
    select distinct on (a.person_id) a.person_id, lp.level, lp.title
    from appointments a join leadership_posts lp on lp.id = a.post_id
    where a.start_date <= ${date}::date and (a.end_date is null or a.end_date >= ${date}::date)
    order by a.person_id, lp.level)`
}

/**
 * Settings for the forecast's aggregate queries, for the rest of the transaction. Just-in-time
 * compilation off: under row-level security the planner's cost estimates run into the millions,
 * which makes a PostgreSQL server compile each query with LLVM — half a second of compiling for a
 * query that runs in a quarter of one. A larger work_mem: at national scale the history joins two
 * million people to their work history, which otherwise spills to disk in 32 batches, and the
 * row-level-security check can then hash the visible people once instead of probing an index per
 * row. (PGlite has no JIT; both settings are accepted there.)
 */
export async function tuneForAggregates(trx: ReaderTransaction): Promise<void> {
  await sql`set local jit = off`.execute(trx)
  await sql`set local work_mem = '256MB'`.execute(trx)
}

/**
 * For the history fit only: it reads most of people and work_history, which sequential scans
 * and hash joins do fastest, but under row-level security the planner misjudges row counts and
 * picks an index probe per person (2 million probes at national scale).
 */
export async function preferSequentialScans(trx: ReaderTransaction): Promise<void> {
  await sql`set local enable_indexscan = off`.execute(trx)
  await sql`set local enable_bitmapscan = off`.execute(trx)
}
