import { z } from 'zod'

/**
 * The typed query plan the offline engine builds from a question and `compileQueryPlan` turns
 * into SQL over the chat views. It is stored with each turn, so follow-ups ("trong số đó…",
 * "còn Cục Viễn thông thì sao?") edit the previous plan instead of re-reading old questions.
 */
import {
  dateRangeSchema,
  intRangeSchema,
  PERSON_STATUSES,
  personFilterSchema,
  postFilterSchema,
  STAFF_CATEGORIES,
  unitId,
} from './plan-filter.js'

export {
  ACADEMIC_TITLES,
  boundsSchema,
  DEGREES,
  EVALUATION_LEVELS,
  PERSON_STATUSES,
  POLITICAL_THEORY,
  STAFF_CATEGORIES,
  STATE_MANAGEMENT,
  dateRangeSchema,
  intRangeSchema,
  personFilterSchema,
  postFilterSchema,
  type Bounds,
  type DateRange,
  type EvaluationLevel,
  type IntRange,
  type PersonFilter,
  type PostFilter,
} from './plan-filter.js'

export const PERSON_FIELDS = [
  'full_name',
  'unit',
  'birth_date',
  'birth_year',
  'age',
  'sex',
  'post',
  'post_start',
  /** In the current post since: the first appointment to it, reappointments included. */
  'post_since',
  'term_end',
  'rank',
  'salary_step',
  'salary_coefficient',
  'degree',
  'academic_title',
  'political_theory',
  'state_management',
  'staff_category',
  'retirement_date',
  /** The years of the dates above, when the question asks "năm nào". */
  'retirement_year',
  'term_end_year',
  'joined_year',
  'status',
  'status_date',
  'joined_ministry',
  'field_of_study',
  'home_town',
  'joined_state_service',
  'service_years',
  'ministry_years',
  // Sensitive personal data: read from chat.people_private, for the sensitive tier only.
  'ethnicity',
  'religion',
] as const
/** Fields read from chat.people_private (sensitive). */
export const SENSITIVE_FIELDS: readonly PersonField[] = ['ethnicity', 'religion']
export const personFieldSchema = z.enum(PERSON_FIELDS)

/** `service_years`: whole years since joining the state service; `ministry_years`: the ministry. */
export const NUMERIC_FIELDS = [
  'age',
  'salary_coefficient',
  'salary_step',
  'service_years',
  'ministry_years',
] as const
export const measureSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('count') }),
  z.object({ kind: z.literal('list'), fields: z.array(personFieldSchema).min(1) }),
  z.object({ kind: z.enum(['avg', 'min', 'max']), of: z.enum(NUMERIC_FIELDS) }),
  /** Share (%, 0–100) of the filtered people that also match `part`: one number. */
  z.object({ kind: z.literal('share'), part: personFilterSchema }),
])

/** Breakdown keys; codes come out as stored ('female', 'thac_si'), age bands as 20, 30… */
export const GROUP_KEYS = [
  'sex',
  'rank',
  'age_band',
  'degree',
  'staff_category',
  'post_title',
  'political_theory',
  'state_management',
  'academic_title',
  'retirement_year',
  'term_end_year',
  'birth_year',
  'status',
  'evaluation_level',
  /** The year of an evaluation: the people rated (at the levels asked) each year. */
  'evaluation_year',
  'home_town',
  'salary_step',
  'field_of_study',
  /** Decades of birth, named by their first year (1960, 1970…). */
  'birth_decade',
  /** The calendar quarter (1–4) of the retirement date or of the end of the term. */
  'retirement_quarter',
  'term_end_quarter',
  /** The year people left (retired, resigned, transferred…), of those who did. */
  'status_year',
  // Sensitive personal data: read from chat.people_private, for the sensitive tier only.
  'ethnicity',
  'religion',
] as const
/** Sensitive breakdown keys: the plan reads chat.people_private. */
export const SENSITIVE_GROUP_KEYS: readonly GroupKey[] = ['ethnicity', 'religion']
/** Kinds of unit a question can single out ("phòng nào", "vụ nào"), as `units.kind` stores them. */
export const UNIT_KINDS = ['vu', 'cuc', 'phong', 'trung_tam', 'vien'] as const
export type UnitKind = (typeof UNIT_KINDS)[number]

export const groupBySchema = z.discriminatedUnion('by', [
  /**
   * The units directly under `parentId` (null: the top-level units, each with its subtree), or
   * exactly the compared `unitIds`, or every unit of `kind` (each with its subtree).
   */
  z.object({
    by: z.literal('unit'),
    parentId: unitId.nullable(),
    unitIds: z.array(unitId).optional(),
    kind: z.enum(UNIT_KINDS).optional(),
  }),
  z.object({ by: z.enum(GROUP_KEYS) }),
])

/**
 * `post_since`: the first appointment to the current post, reappointments included; `measure`:
 * the plan's aggregate (the count, average or share of each group).
 */
export const ORDER_FIELDS = [
  'birth_date',
  'post_since',
  'salary_coefficient',
  'retirement_date',
  'term_end',
  'joined_state_service',
  'joined_ministry',
  'measure',
] as const
export const orderSchema = z.object({ by: z.enum(ORDER_FIELDS), dir: z.enum(['asc', 'desc']) })

/** Names of the units the plan is about, for the sentence that answers it. */
const unitNames = z.array(z.string()).optional()

/**
 * Readings the engine chose where the question left a choice, stated in the answer: "sắp nghỉ
 * hưu" without a span is the next 6 months (the retirement notice period); length of service
 * is counted in the state service unless the question says in the ministry.
 */
export const ASSUMPTIONS = ['retirement_soon', 'service_state', 'service_ministry'] as const
export type Assumption = (typeof ASSUMPTIONS)[number]

export const peoplePlanSchema = z.object({
  subject: z.literal('people'),
  unitNames,
  assumptions: z.array(z.enum(ASSUMPTIONS)).optional(),
  /** Names of the people a question about named people is about, for the answer sentence. */
  personNames: z.array(z.string()).optional(),
  filters: personFilterSchema,
  measure: measureSchema,
  groupBy: z.array(groupBySchema).min(1).max(2).optional(),
  order: orderSchema.optional(),
  limit: z.number().int().positive().max(200).optional(),
})

export const MOVEMENT_REASONS = [
  'recruited',
  'transferred_in',
  'appointed',
  'contracted',
  ...PERSON_STATUSES.filter((s) => s !== 'working'),
] as const
/** Joins and exits of the ministry (chat.movements), counted per year. */
export const movementsPlanSchema = z.object({
  subject: z.literal('movements'),
  unitNames,
  direction: z.enum(['in', 'out', 'both']),
  reasons: z.array(z.enum(MOVEMENT_REASONS)).optional(),
  years: intRangeSchema,
  /** A span of days instead of whole years ("trong 12 tháng qua", "từ đầu năm đến nay"). */
  dates: dateRangeSchema.optional(),
  unitIds: z.array(unitId).optional(),
  sex: z.enum(['male', 'female']).optional(),
  /** Who joined or left, rather than how many: these fields of each person's record. */
  list: z.array(personFieldSchema).min(1).optional(),
  /**
   * `unit`: the top-level units, or the units under the one unit asked about, where the joins
   * or exits happened.
   */
  groupBy: z
    .array(z.enum(['year', 'reason', 'direction', 'unit']))
    .min(1)
    .max(2)
    .optional(),
  /** Groups with the most (desc) or fewest (asc) first ("đơn vị nào tuyển dụng nhiều nhất"). */
  order: z.enum(['asc', 'desc']).optional(),
  limit: z.number().int().positive().max(200).optional(),
})

/** Approved headcount (biên chế) of units for a year. */
export const quotasPlanSchema = z.object({
  subject: z.literal('quotas'),
  unitNames,
  years: intRangeSchema,
  unitIds: z.array(unitId).optional(),
  staffCategories: z.array(z.enum(STAFF_CATEGORIES)).optional(),
  groupBy: z.enum(['year', 'staff_category']).optional(),
})

export const DISCIPLINE_FORMS = [
  'khien_trach',
  'canh_cao',
  'ha_bac_luong',
  'giang_chuc',
  'cach_chuc',
  'buoc_thoi_viec',
] as const

/**
 * Discipline decisions (sensitive personal data), an event: counted or listed for everyone
 * they concern, working or not unless the question says working.
 */
export const disciplinesPlanSchema = z.object({
  subject: z.literal('disciplines'),
  unitNames,
  /** Decisions, distinct people, or the people listed. */
  measure: z.enum(['count_decisions', 'count_people', 'list']),
  forms: z.array(z.enum(DISCIPLINE_FORMS)).optional(),
  decided: dateRangeSchema.optional(),
  /** Still in effect on the plan's day. */
  inEffect: z.boolean().optional(),
  unitIds: z.array(unitId).optional(),
  workingOnly: z.boolean().optional(),
  /** Of the people they concern: "nam", "công chức" ("công chức đang bị kỷ luật"). */
  sex: z.enum(['male', 'female']).optional(),
  staffCategories: z.array(z.enum(STAFF_CATEGORIES)).optional(),
  fields: z.array(z.enum(['form', 'decided_on', 'effective_until'])).optional(),
  /** Counted per year of the decision ("số quyết định kỷ luật theo từng năm"). */
  groupBy: z.literal('year').optional(),
})

/** Appointments to leadership posts (an event), counted per year of their start. */
export const appointmentsPlanSchema = z.object({
  subject: z.literal('appointments'),
  unitNames,
  kinds: z.array(z.enum(['first', 'reappointment', 'extension', 'acting'])).optional(),
  years: intRangeSchema,
  unitIds: z.array(unitId).optional(),
  /** Appointments to these posts ("bổ nhiệm lần đầu Phó Vụ trưởng"). */
  post: postFilterSchema.omit({ unitIds: true }).optional(),
  /** Who was appointed, rather than how many: these fields of each person's record. */
  list: z.array(personFieldSchema).min(1).optional(),
  groupBy: z.literal('year').optional(),
})

export const queryPlanSchema = z.discriminatedUnion('subject', [
  peoplePlanSchema,
  movementsPlanSchema,
  quotasPlanSchema,
  disciplinesPlanSchema,
  appointmentsPlanSchema,
])

export type QueryPlan = z.infer<typeof queryPlanSchema>
export type PeoplePlan = z.infer<typeof peoplePlanSchema>
export type MovementsPlan = z.infer<typeof movementsPlanSchema>
export type QuotasPlan = z.infer<typeof quotasPlanSchema>
export type DisciplinesPlan = z.infer<typeof disciplinesPlanSchema>
export type AppointmentsPlan = z.infer<typeof appointmentsPlanSchema>
export type Measure = z.infer<typeof measureSchema>
export type GroupBy = z.infer<typeof groupBySchema>
export type GroupKey = (typeof GROUP_KEYS)[number]
export type PersonField = (typeof PERSON_FIELDS)[number]
export type NumericField = (typeof NUMERIC_FIELDS)[number]
export type OrderField = (typeof ORDER_FIELDS)[number]
