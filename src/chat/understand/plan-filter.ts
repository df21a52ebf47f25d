import { z } from 'zod'

/**
 * The conditions on people that a query plan can state (see plan.ts), and the coded values of
 * the chat views they compare with.
 */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
export const unitId = z.number().int().positive()

/** Inclusive on both ends; either end may be open. */
export const dateRangeSchema = z.object({ from: isoDate.optional(), to: isoDate.optional() })
export const intRangeSchema = z.object({
  min: z.number().int().optional(),
  max: z.number().int().optional(),
})

export const PERSON_STATUSES = [
  'working',
  'retired',
  'transferred_out',
  'resigned',
  'dismissed',
  'deceased',
] as const
export const STAFF_CATEGORIES = ['can_bo', 'cong_chuc', 'vien_chuc', 'nguoi_lao_dong'] as const
export const DEGREES = [
  'pho_thong',
  'trung_cap',
  'cao_dang',
  'dai_hoc',
  'thac_si',
  'tien_si',
] as const
export const ACADEMIC_TITLES = ['pgs', 'gs'] as const
export const POLITICAL_THEORY = ['so_cap', 'trung_cap', 'cao_cap', 'cu_nhan'] as const
export const STATE_MANAGEMENT = [
  'can_su',
  'chuyen_vien',
  'chuyen_vien_chinh',
  'chuyen_vien_cao_cap',
] as const
export const EVALUATION_LEVELS = ['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh'] as const

/** Bounds on a decimal value; each one that is set must hold. */
export const boundsSchema = z.object({
  gt: z.number().optional(),
  gte: z.number().optional(),
  lt: z.number().optional(),
  lte: z.number().optional(),
})

/** A leadership post: any post, some titles, or some levels (1 minister … 6 deputy of a division). */
export const postFilterSchema = z.object({
  titles: z.array(z.string()).optional(),
  levels: z.array(z.number().int().min(1).max(6)).optional(),
  /** The post belongs to one of these units itself ("Cục trưởng Cục Viễn thông"). */
  unitIds: z.array(unitId).optional(),
})

export const personFilterSchema = z.object({
  /** People in the subtree of any of these units. */
  unitIds: z.array(unitId).optional(),
  /**
   * In a public service unit (đơn vị sự nghiệp công lập: institutes, centres, academies, the
   * newspaper), or, when false, in the state-management bodies (khối quản lý nhà nước).
   */
  publicService: z.boolean().optional(),
  statuses: z.array(z.enum(PERSON_STATUSES)).optional(),
  sex: z.enum(['male', 'female']).optional(),
  age: intRangeSchema.optional(),
  birthYear: intRangeSchema.optional(),
  rankCodes: z.array(z.string()).optional(),
  /** Hệ số lương: the salary coefficient of the person's rank and step. */
  salaryCoefficient: boundsSchema.optional(),
  /** Bậc lương: the step within the rank's salary scale. */
  salaryStep: boundsSchema.optional(),
  /** 1 = senior (cao cấp, hạng I) … 4 = entry grades. */
  rankGrade: intRangeSchema.optional(),
  staffCategories: z.array(z.enum(STAFF_CATEGORIES)).optional(),
  degrees: z.array(z.enum(DEGREES)).optional(),
  academicTitles: z.array(z.enum(ACADEMIC_TITLES)).optional(),
  politicalTheory: z.array(z.enum(POLITICAL_THEORY)).optional(),
  stateManagement: z.array(z.enum(STATE_MANAGEMENT)).optional(),
  /** Has no recorded level of these ("chưa có trình độ lý luận chính trị"). */
  lacks: z.array(z.enum(['political_theory', 'state_management', 'academic_title'])).optional(),
  /**
   * Holds none of these levels: a lower one, or none recorded. "Chưa có bằng thạc sĩ (trở lên)"
   * is every level from the one named up, on the attribute's order.
   */
  without: z
    .object({
      degrees: z.array(z.enum(DEGREES)).optional(),
      politicalTheory: z.array(z.enum(POLITICAL_THEORY)).optional(),
      stateManagement: z.array(z.enum(STATE_MANAGEMENT)).optional(),
    })
    .optional(),
  /** Holds a leadership post now (an empty object: any post). */
  post: postFilterSchema.optional(),
  /** Holds no leadership post. */
  noPost: z.boolean().optional(),
  retirement: dateRangeSchema.optional(),
  termEnd: dateRangeSchema.optional(),
  joinedMinistry: dateRangeSchema.optional(),
  /**
   * Length of service in whole years on the plan's day: in the state service
   * (`joined_state_service`, what "thâm niên công tác" means) or in the ministry
   * (`joined_ministry`, "tại Bộ").
   */
  serviceYears: intRangeSchema.optional(),
  ministryYears: intRangeSchema.optional(),
  /** Quê quán: one of these provinces, as stored ("Nghệ An", "Thành phố Hồ Chí Minh"). */
  homeTowns: z.array(z.string()).optional(),
  statusDate: dateRangeSchema.optional(),
  /**
   * Evaluated in a year, at one of some levels (any level when none is named). Without a year
   * (only in a breakdown by evaluation year): in any year, or in the years of `years`.
   */
  evaluation: z
    .object({
      year: z.number().int().optional(),
      years: intRangeSchema.optional(),
      levels: z.array(z.enum(EVALUATION_LEVELS)).optional(),
      /** At one of the levels in every year of `years` ("cả ba năm 2023–2025"). */
      everyYear: z.boolean().optional(),
    })
    .optional(),
  /**
   * Received an award (thi đua, khen thưởng) of a kind when one is named (any kind otherwise),
   * in a year when one is named.
   */
  award: z.object({ kind: z.string().optional(), year: z.number().int().optional() }).optional(),
  /** Holds a training certificate: a foreign language, IT (kind and level as recorded). */
  training: z.object({ kind: z.string(), level: z.string() }).optional(),
  /** In an active planning pool (quy hoạch), optionally for some titles or levels. */
  planning: postFilterSchema.optional(),
  personIds: z.array(z.number().int().positive()).optional(),
  // Sensitive personal data (Law 91/2025/QH15): only for the sensitive tier.
  partyMember: z.boolean().optional(),
  ethnicity: z.object({ op: z.enum(['eq', 'ne']), value: z.string() }).optional(),
  religion: z.object({ op: z.enum(['eq', 'ne']), value: z.string() }).optional(),
  disciplined: dateRangeSchema.optional(),
})

export type PersonFilter = z.infer<typeof personFilterSchema>
export type PostFilter = z.infer<typeof postFilterSchema>
export type DateRange = z.infer<typeof dateRangeSchema>
export type IntRange = z.infer<typeof intRangeSchema>
export type Bounds = z.infer<typeof boundsSchema>
export type EvaluationLevel = (typeof EVALUATION_LEVELS)[number]
