/**
 * The shape of a development question and the SQL fragments their gold queries share.
 *
 * Development questions are written for the offline engine, worded unlike the evaluation's tuning
 * set, with hand-written SQL that answers each one (working staff unless the question says
 * otherwise; a unit is its subtree; see eval/README.md). The database tests run both as the
 * question's role and compare the rows; `null` SQL means the engine must abstain or route.
 */
export interface DevExample {
  readonly question: string
  readonly sql: string | null
  readonly role?: 'ministry_hr' | 'leader' | 'unit_hr' | 'planner'
  /** Earlier questions of the same conversation, asked first. */
  readonly before?: readonly string[]
  readonly orderMatters?: boolean
  /** What a question without SQL must become. */
  readonly expect?: 'abstain' | 'regulation' | 'forecast' | 'help'
}

export const W = `from chat.people p where p.status = 'working'`
export const unit = (code: string) =>
  `p.unit_path like (select path from chat.units where code = '${code}') || '%'`

/** Working people with the top-level unit (depth 1) their unit belongs to. */
export const TOP = `from chat.people p join chat.units u on u.depth = 1 and p.unit_path like u.path || '%' where p.status = 'working'`
/** Compared units, each with the working people of its subtree. */
export const cmp = (...codes: string[]) =>
  `from chat.units u join chat.people p on p.unit_path like u.path || '%' where u.code in (${codes.map((c) => `'${c}'`).join(', ')}) and p.status = 'working'`
export const PRIV = `from chat.people p join chat.people_private pp on pp.person_id = p.id where p.status = 'working'`
/** The first appointment to the current post, reappointments included (eval/README.md). */
export const since = `(select min(a.start_date) from chat.appointments a where a.person_id = p.id and a.post_id = (select c.post_id from chat.appointments c where c.person_id = p.id and c.end_date is null))`
export const person = (col: string, name: string) =>
  `select p.${col} from chat.people p where p.full_name = '${name}'`

/** Retirement dates within a span of days. */
export const ret = (from: string, to: string) =>
  `p.retirement_date between date '${from}' and date '${to}'`
/** Joins and exits recorded in a unit's subtree. */
export const munit = (code: string) =>
  `m.unit_id in (select id from chat.units where path like (select path from chat.units where code = '${code}') || '%')`
