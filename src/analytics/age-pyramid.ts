import { type Kysely, sql } from 'kysely'
import type { Database } from '../data/schema.js'
import { ageOn, workforceOf } from './common.js'
import type { AnalyticsScope } from './scope.js'

/** 5-year bands from "under 25" to "65 and over", each split by sex. */
export const AGE_BAND_STARTS = [20, 25, 30, 35, 40, 45, 50, 55, 60, 65] as const
const YOUNGEST = AGE_BAND_STARTS[0]
const OLDEST = AGE_BAND_STARTS[AGE_BAND_STARTS.length - 1] ?? 65

export function buildAgePyramidQuery(db: Kysely<Database>, scope: AnalyticsScope, asOf: string) {
  return (
    db
      .with('w', () => workforceOf(db, scope, asOf).select(['p.sex', ageOn(asOf).as('age')]))
      .selectFrom('w')
      .select([
        sql<number>`least(greatest(w.age / 5 * 5, ${YOUNGEST}), ${OLDEST})`.as('band'),
        sql<number>`(count(*) filter (where w.sex = 'male'))::integer`.as('male'),
        sql<number>`(count(*) filter (where w.sex = 'female'))::integer`.as('female'),
        sql<number>`sum(w.age)::integer`.as('age_sum'),
      ])
      // By position: the band expression carries parameters, so it cannot be repeated here.
      .groupBy(sql`1`)
      .orderBy(sql`1`)
  )
}

function bandLabel(start: number): string {
  if (start === YOUNGEST) return `dưới ${YOUNGEST + 5}`
  if (start === OLDEST) return `từ ${OLDEST} trở lên`
  return `${start}–${start + 4}`
}

export async function agePyramid(db: Kysely<Database>, scope: AnalyticsScope, asOf: string) {
  const rows = await buildAgePyramidQuery(db, scope, asOf).execute()
  const byBand = new Map(rows.map((r) => [r.band, r]))
  const bands = AGE_BAND_STARTS.map((start) => {
    const row = byBand.get(start)
    const male = row?.male ?? 0
    const female = row?.female ?? 0
    return {
      band: bandLabel(start),
      from: start === YOUNGEST ? null : start,
      to: start === OLDEST ? null : start + 4,
      male,
      female,
      total: male + female,
    }
  })
  const total = bands.reduce((sum, b) => sum + b.total, 0)
  const ageSum = rows.reduce((sum, r) => sum + r.age_sum, 0)
  return {
    total,
    averageAge: total === 0 ? null : Math.round((ageSum / total) * 10) / 10,
    bands,
  }
}
