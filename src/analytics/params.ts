import { z } from 'zod'

/** Query parameters of the analytics API, validated at the edge; types come from z.infer. */
const isCalendarDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a calendar date')

/** `unit`: a unit code (CVT, CBDTW.P02) or its numeric id; `lang` is read by the error handler. */
const common = {
  unit: z.string().trim().min(1, 'must name a unit by code or id').max(100).optional(),
  asOf: isoDate.optional(),
  lang: z.enum(['vi', 'en']).optional(),
}

function strict<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown parameter ${issue.keys.join(', ')}; allowed: ${Object.keys(shape).join(', ')}`
        : undefined,
  })
}

export const scopeQuery = strict(common)
export type ScopeQuery = z.infer<typeof scopeQuery>

export const HEADCOUNT_GROUPS = ['unit', 'staff_category', 'rank', 'post'] as const
export type HeadcountGroup = (typeof HEADCOUNT_GROUPS)[number]

export const headcountQuery = strict({
  ...common,
  groupBy: z
    .enum(HEADCOUNT_GROUPS, { error: `must be one of ${HEADCOUNT_GROUPS.join(', ')}` })
    .default('unit'),
})

const year = z.coerce
  .number({ error: 'must be a year such as 2020' })
  .int('must be a whole year')
  .min(1950, 'must be 1950 or later')
  .max(2100, 'must be 2100 or earlier')

export const MAX_FLOW_YEARS = 60

export const flowsQuery = strict({
  unit: common.unit,
  lang: common.lang,
  from: year.optional(),
  to: year.optional(),
})
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: 'from must not be after to',
    path: ['from'],
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.to - q.from < MAX_FLOW_YEARS, {
    message: `at most ${MAX_FLOW_YEARS} years at a time`,
    path: ['to'],
  })

export const leadershipQuery = strict({
  ...common,
  horizonMonths: z.coerce
    .number({ error: 'must be a number of months' })
    .int('must be a whole number of months')
    .min(1, 'must be at least 1')
    .max(120, 'must be at most 120')
    .default(12),
})

export const unitCodeParam = z.object({ unitCode: z.string().trim().min(1).max(100) })

export const drillDownQuery = strict({
  asOf: common.asOf,
  lang: common.lang,
  limit: z.coerce.number().int().min(1).max(1000).default(200),
})
