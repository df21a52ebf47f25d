import type {
  DisciplineForm,
  EvaluationLevel,
  PoliticalTheory,
  StateManagement,
} from '../../data/schema.js'
import type { CandidateRules } from './config.js'
import type { PostRow } from './candidates.repository.js'
import type { PoolPerson } from './pool.repository.js'

/** What the rules know about one person of the pool. */
export interface CandidateFacts {
  readonly person: PoolPerson
  readonly appointments: readonly {
    post_id: number
    title: string
    level: number
    unit_code: string
    kind: string
    start_date: string
    term_end: string
    end_date: string | null
  }[]
  readonly planning: readonly {
    post_id: number
    title: string
    level: number
    unit_code: string
    unit_name: string
    period_start: number
    period_end: number
  }[]
  readonly evaluations: readonly { year: number; level: EvaluationLevel }[]
  readonly disciplines: readonly { form: DisciplineForm; authority: string; decided_on: string }[]
}

export interface RuleContext {
  readonly post: PostRow
  readonly asOf: string
  readonly rules: CandidateRules
  /** Discipline form and dates are sensitive: only the sensitive tier sees them. */
  readonly showDisciplineDetails: boolean
}

export const RULE_CODES = [
  'PLANNING',
  'AGE_60_MONTHS',
  'RANK',
  'DEGREE',
  'POLITICAL_THEORY',
  'STATE_MANAGEMENT',
  'EVALUATION',
  'DISCIPLINE',
  'TENURE',
] as const
export type RuleCode = (typeof RULE_CODES)[number]

export interface RuleResult {
  readonly code: RuleCode
  readonly status: 'pass' | 'fail' | 'not_applicable'
  /** One sentence in Vietnamese saying why. */
  readonly reason: string
  readonly values: Record<string, unknown>
  readonly citation: string
  readonly configurable: boolean
}

/** Orders of the qualification scales, lowest first (cử nhân LLCT counts above cao cấp). */
export const DEGREE_ORDER = ['pho_thong', 'trung_cap', 'cao_dang', 'dai_hoc', 'thac_si', 'tien_si']
export const POLITICAL_THEORY_ORDER: PoliticalTheory[] = [
  'so_cap',
  'trung_cap',
  'cao_cap',
  'cu_nhan',
]
export const STATE_MANAGEMENT_ORDER: StateManagement[] = [
  'can_su',
  'chuyen_vien',
  'chuyen_vien_chinh',
  'chuyen_vien_cao_cap',
]
export const EVALUATION_ORDER: EvaluationLevel[] = [
  'khong_hoan_thanh',
  'hoan_thanh',
  'tot',
  'xuat_sac',
]

/** The leadership posts a person holds on `asOf`, highest (lowest level number) first. */
export function currentPosts(facts: CandidateFacts, asOf: string) {
  return facts.appointments
    .filter((a) => a.start_date <= asOf && (a.end_date === null || a.end_date > asOf))
    .sort((a, b) => a.level - b.level)
}
