/**
 * Times the full workforce forecast — retirements (10 years, by unit, with vacated posts) and
 * staffing (10 years, 1,000 runs) — as a planner sees it:
 *   npm run bench:forecast                 6,300 people on PGlite (in memory), target < 500 ms
 *   npm run bench:forecast -- --server     2,000,000 people on DATABASE_URL, target < 10 s
 * The server database (hrm_bench, shared with bench:chat) is seeded once with the bulk loader and reused while
 * it holds the right number of people. One warm-up, then the median of several runs.
 */
import { parseArgs } from 'node:util'
import type { Kysely } from 'kysely'
import type { Principal } from '../src/access/index.js'
import { createAccount } from '../src/auth/accounts.service.js'
import { loadPrincipal } from '../src/auth/principal.service.js'
import type { Database } from '../src/data/schema.js'
import { retirementsQuery, staffingQuery } from '../src/forecast/params.js'
import { forecastRetirements } from '../src/forecast/retirements/retirements.service.js'
import { forecastStaffing } from '../src/forecast/staffing/staffing.service.js'
import { BENCH_DATABASE, openBenchPglite, openBenchServer } from './bench-db.js'

const AS_OF = '2026-11-24'
const SEED = 20250301

const { values } = parseArgs({
  options: {
    server: { type: 'boolean', default: false },
    people: { type: 'string' },
    repeat: { type: 'string', default: '5' },
    database: { type: 'string', default: BENCH_DATABASE },
    /** Only create (or check) the server database, without timing anything. */
    prepare: { type: 'boolean', default: false },
  },
})
const server = values.server === true
const people = Number(values.people ?? (server ? 2_000_000 : 6300))
const repeat = Math.max(1, Number(values.repeat))
const target = server ? 10_000 : 500

async function benchPrincipal(db: Kysely<Database>): Promise<Principal> {
  const username = 'bench.planner'
  const existing = await db
    .selectFrom('accounts')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirst()
  const id =
    existing?.id ??
    (await createAccount(db, { username, password: 'bench-password-2026', roles: ['planner'] })).id
  return loadPrincipal(db, id)
}

interface Timing {
  retirements: number
  staffing: number
  cells: number
  lines: number
}

async function once(db: Kysely<Database>, principal: Principal): Promise<Timing> {
  const t0 = performance.now()
  const retirements = await forecastRetirements(
    db,
    principal,
    retirementsQuery.parse({ groupBy: 'unit', horizon: '10' }),
    AS_OF,
  )
  const t1 = performance.now()
  const staffing = await forecastStaffing(
    db,
    principal,
    staffingQuery.parse({ horizon: '10', runs: '1000', seed: '1' }),
    AS_OF,
  )
  const t2 = performance.now()
  if (retirements.totals.years.length !== 10) throw new Error('unexpected retirement forecast')
  return {
    retirements: t1 - t0,
    staffing: t2 - t1,
    cells: staffing.method.cells,
    lines: staffing.units.reduce((a, u) => a + u.categories.length, 0),
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

const { db, engine, note } = server
  ? await openBenchServer({ database: values.database, people, seed: SEED, asOf: AS_OF })
  : await openBenchPglite({ people, seed: SEED, asOf: AS_OF })
try {
  if (values.prepare === true) console.log(`${engine} ready ${note}`)
  else await benchmark(db, engine, note)
} finally {
  await db.destroy()
}

async function benchmark(db: Kysely<Database>, engine: string, note: string): Promise<void> {
  const principal = await benchPrincipal(db)
  const warm = await once(db, principal)
  const runs: Timing[] = []
  for (let i = 0; i < repeat; i++) runs.push(await once(db, principal))
  const total = median(runs.map((r) => r.retirements + r.staffing))
  const ms = (v: number) => `${Math.round(v).toLocaleString('en')} ms`
  console.log(`Workforce forecast benchmark — ${people.toLocaleString('en')} people on ${engine}`)
  if (note !== '') console.log(note)
  console.log(`
Method (as a planner, whole ministry, every read through the gate's row-level security):
  SQL   retirements: one GROUP BY of the staff on the start date into cells (unit line × birth
        month × sex → the statutory rule joined as a table per birth month), the leadership
        seats with their holders; no JavaScript loop over people.
  SQL   staffing: the same stock by unit line × category × birth year × statutory year; quotas;
        the fit on 2021–2025: exposure and exits by unit × category × 5-year age band × year,
        entries and moves between units.
  JS    ${warm.lines} unit × category lines, ${warm.cells} cohort cells, 1,000 runs × 10 years of
        binomial/Poisson draws per cell (sfc32 streams seeded by seed × unit × category).

warm-up: retirements ${ms(warm.retirements)}, staffing ${ms(warm.staffing)}
runs:    ${runs.map((r) => ms(r.retirements + r.staffing)).join(', ')}
median:  retirements ${ms(median(runs.map((r) => r.retirements)))} + staffing ${ms(median(runs.map((r) => r.staffing)))} = ${ms(total)}   (target < ${ms(target)}: ${total < target ? 'met' : 'NOT met'})`)
}
