import type { Kysely } from 'kysely'
import { can, type Principal } from '../../access/index.js'
import { recordAudit } from '../../data/audit.repository.js'
import { type ReaderTransaction, withPrincipal } from '../../data/gate.js'
import type { Database } from '../../data/schema.js'
import { AppError } from '../../errors.js'
import { describeAnchors, type ForecastContext, prepareForecast } from '../context.js'
import { type RetirementsParams, toScenario } from '../params.js'
import { describeScenario } from '../scenario-text.js'
import { tuneForAggregates } from '../sql-fragments.js'
import { countStock } from '../stock.repository.js'
import { labelGroups } from './labels.js'
import { listRetirees } from './retirees.repository.js'
import { type Retiree, toRetirees } from './retirees.js'
import { listSeats } from './posts.repository.js'
import { tallyRetirements } from './tally.js'
import { findVacancies, type Vacancy } from './vacancies.js'

/**
 * GET /api/forecast/retirements: everything read through the caller's own gate, so a leader's
 * figures cover their subtree only; people are named (vacated posts, the optional list of
 * retirees) only to callers who may read people, with basic fields; audited.
 */
export async function forecastRetirements(
  db: Kysely<Database>,
  principal: Principal,
  params: RetirementsParams,
  today: string,
) {
  const context = await prepareForecast(db, principal, params, today)
  const wantsPeople = params.include === 'people'
  if (wantsPeople && !can(principal, 'people:read'))
    throw new AppError('FORBIDDEN', 'Listing who retires needs the right to read people.', {
      vi: 'Xem danh sách người nghỉ hưu cần quyền xem hồ sơ nhân sự.',
    })
  const scenario = toScenario(params)
  const dims = params.groupBy
  const read = await withPrincipal(db, principal, (trx) => readFacts(trx, context, params))
  const tally = tallyRetirements(read.cells, dims, scenario, context.periods)
  const vacancies = findVacancies(read.seats, scenario, context.periods)
  const retirees = toRetirees(read.retirees, scenario, context.from, context.lastDay)
  await recordAudit(db, principal, {
    action: 'forecast.retirements',
    targetTable: 'people',
    targetIds: namedIds(vacancies, retirees),
    rowCount: tally.groups.length + vacancies.length + retirees.length,
    details: { params: { ...params }, from: context.from, anchors: describeAnchors(context) },
  })
  return {
    asOf: today,
    from: context.from,
    horizon: context.periods.length,
    periods: context.periods,
    anchors: describeAnchors(context),
    scenario: describeScenario(scenario),
    groupBy: ['year', ...dims],
    totals: {
      total: tally.totals.total,
      statutoryTotal: tally.totals.statutoryTotal,
      years: tally.totals.years,
    },
    groups: labelGroups(tally.groups, context, read.ranks),
    vacancies: { byYear: vacanciesByYear(vacancies, context), items: vacancies },
    ...(wantsPeople ? { people: { items: retirees, limit: params.limit } } : {}),
  }
}

/** Everything the retirement forecast reads, in the caller's one gate transaction. */
async function readFacts(
  trx: ReaderTransaction,
  context: ForecastContext,
  params: RetirementsParams,
) {
  await tuneForAggregates(trx)
  const dims = params.groupBy
  const on = { date: context.from, current: context.current, table: context.table }
  return {
    cells: await countStock(trx, {
      ...on,
      mapping: context.local,
      by: { rank: dims.includes('rank'), post: dims.includes('post') },
    }),
    seats: await listSeats(trx, { ...on, unitIds: context.local.unitIds }),
    retirees:
      params.include === 'people'
        ? await listRetirees(trx, {
            ...on,
            lastDay: context.lastDay,
            unitIds: context.local.unitIds,
            limit: params.limit,
          })
        : [],
    ranks: dims.includes('rank')
      ? await trx.selectFrom('ranks').select(['code', 'name']).execute()
      : [],
  }
}

/** Everyone the answer names, for the audit log. */
function namedIds(vacancies: readonly Vacancy[], retirees: readonly Retiree[]): number[] {
  const ids = vacancies.flatMap((v) => (v.holder === null ? [] : [v.holder.personId]))
  return [...new Set([...ids, ...retirees.map((r) => r.id)])]
}

function vacanciesByYear(vacancies: readonly Vacancy[], context: ForecastContext) {
  return context.periods.map((p) => {
    const inYear = vacancies.filter((v) => v.lastDay.startsWith(String(p.year)))
    const count = (reason: Vacancy['reason']) => inYear.filter((v) => v.reason === reason).length
    return {
      year: p.year,
      retirement: count('retirement'),
      termEnd: count('term_end') + count('term_expired'),
      vacantNow: count('vacant_now'),
    }
  })
}
