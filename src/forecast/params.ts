import { z } from 'zod'
import { DIMENSIONS } from './retirements/tally.js'
import { SCENARIO_DEFAULTS, SCENARIO_SWITCHES, type Scenario } from './scenario.js'

/**
 * Query parameters of the forecast endpoints, validated at the edge; every message names the
 * parameter and what it accepts.
 */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(v)) && new Date(v).toISOString().startsWith(v), {
    message: 'not a calendar date',
  })

const share = z.coerce.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1')
const year = z.coerce.number().int('must be a whole year').min(2000).max(2100)

/** A comma-separated list of known words; the message names the unknown ones. */
function commaList<T extends string>(values: readonly [T, ...T[]], hint: string) {
  return z.string().transform((value, ctx): T[] => {
    const items = value
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')
    const unknown = items.filter((item) => !(values as readonly string[]).includes(item))
    if (unknown.length === 0) return items as T[]
    ctx.addIssue({ code: 'custom', message: `${hint} (not ${unknown.join(', ')})` })
    return z.NEVER
  })
}

const scenarioFields = {
  scenario: z
    .string()
    .default('statutory')
    .transform((v) => (v.trim() === 'statutory' ? '' : v))
    .pipe(
      commaList(
        SCENARIO_SWITCHES,
        `use statutory, or one or more of ${SCENARIO_SWITCHES.join(', ')}, comma-separated`,
      ),
    ),
  doctoralShare: share.optional(),
  doctoralYears: z.coerce
    .number()
    .int('must be whole years')
    .min(1)
    .max(5, 'at most 5 years (Decree 50/2022)')
    .optional(),
  earlyRate: share.optional(),
  earlyRate5to10: share.optional(),
  earlyFrom: year.optional(),
  earlyTo: year.optional(),
}

const common = {
  from: isoDate.optional(),
  horizon: z.coerce
    .number()
    .int('must be whole years')
    .min(1, 'at least 1 year')
    .max(40, 'at most 40 years')
    .default(10),
  unit: z.string().trim().min(1).max(200).optional(),
  ...scenarioFields,
}

type ScenarioInput = z.infer<z.ZodObject<typeof scenarioFields>>

/** Parameters of a switch that is off are a mistake worth saying, not silently ignored. */
function checkScenario(input: ScenarioInput, ctx: z.RefinementCtx): void {
  const needs: [keyof ScenarioInput, (typeof SCENARIO_SWITCHES)[number]][] = [
    ['doctoralShare', 'doctoralExtension'],
    ['doctoralYears', 'doctoralExtension'],
    ['earlyRate', 'earlyRetirement178'],
    ['earlyRate5to10', 'earlyRetirement178'],
    ['earlyFrom', 'earlyRetirement178'],
    ['earlyTo', 'earlyRetirement178'],
  ]
  for (const [field, name] of needs) {
    if (input[field] !== undefined && !input.scenario.includes(name))
      ctx.addIssue({ code: 'custom', path: [field], message: `only with scenario=${name}` })
  }
  if (
    (input.earlyFrom ?? SCENARIO_DEFAULTS.earlyFrom) > (input.earlyTo ?? SCENARIO_DEFAULTS.earlyTo)
  )
    ctx.addIssue({ code: 'custom', path: ['earlyTo'], message: 'must not be before earlyFrom' })
}

export function toScenario(input: ScenarioInput): Scenario {
  const on = (name: (typeof SCENARIO_SWITCHES)[number]) => input.scenario.includes(name)
  const d = SCENARIO_DEFAULTS
  return {
    lateWomenLeaders: on('lateWomenLeaders'),
    doctoralExtension: on('doctoralExtension')
      ? {
          share: input.doctoralShare ?? d.doctoralShare,
          years: input.doctoralYears ?? d.doctoralYears,
        }
      : null,
    earlyRetirement178: on('earlyRetirement178')
      ? {
          rate2to5: input.earlyRate ?? d.earlyRate,
          rate5to10: input.earlyRate5to10 ?? d.earlyRate5to10,
          fromYear: input.earlyFrom ?? d.earlyFrom,
          toYear: input.earlyTo ?? d.earlyTo,
        }
      : null,
  }
}

export const retirementsQuery = z
  .object({
    ...common,
    groupBy: z
      .string()
      .default('year')
      .transform((v) => (v.trim() === 'year' ? '' : v.replace(/\byear\b/g, '')))
      .pipe(
        commaList(
          DIMENSIONS,
          `use year, or one or more of ${DIMENSIONS.join(', ')}, comma-separated`,
        ),
      ),
    include: z.enum(['people'], { message: 'the only value is people' }).optional(),
    limit: z.coerce.number().int().min(1).max(2000, 'at most 2000').default(200),
  })
  .superRefine(checkScenario)

export const staffingQuery = z
  .object({
    ...common,
    runs: z.coerce
      .number()
      .int()
      .min(100, 'at least 100')
      .max(10_000, 'at most 10000')
      .default(1000),
    seed: z.coerce
      .number()
      .int('must be a whole number')
      .min(0)
      .max(2 ** 31 - 1)
      .default(1),
    category: z
      .enum(['can_bo', 'cong_chuc', 'vien_chuc', 'nguoi_lao_dong'], {
        message: 'one of can_bo, cong_chuc, vien_chuc, nguoi_lao_dong',
      })
      .optional(),
    hiring: z
      .string()
      .default('trend')
      .refine((v) => v === 'trend' || v === 'none' || /^\d+(\.\d+)?$/.test(v), {
        message: 'use trend, none, or a number of entries a year',
      }),
    fitYears: z.coerce
      .number()
      .int()
      .min(2, 'at least 2 years')
      .max(10, 'at most 10 years')
      .default(5),
  })
  .superRefine(checkScenario)

export type RetirementsParams = z.infer<typeof retirementsQuery>
export type StaffingParams = z.infer<typeof staffingQuery>
