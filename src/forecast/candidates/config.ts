import type {
  Degree,
  DisciplineForm,
  EvaluationLevel,
  PoliticalTheory,
  StateManagement,
} from '../../data/schema.js'

/**
 * Everything about appointment candidates that the ministry decides rather than the law: the
 * minimum qualifications of each post level, the evaluation and discipline rules, and the
 * weights of the score. One object, passed to the service as a dependency, so that changing a
 * rule is a change here (and in docs/appointment-candidates.md), nowhere else.
 *
 * The minimums below are assumptions to confirm with the Vụ Tổ chức cán bộ: MST's own title
 * standards were not found (regulations-facts §2.2). They follow the usual Party framework
 * (Regulation 89-QĐ/TW) and a former MIC title standard that asks a Vụ-level head for
 * "cao cấp lý luận chính trị".
 */
export interface LevelRequirements {
  /** Highest (worst) rank grade allowed: 1 cao cấp/hạng I, 2 chính/hạng II, 3 chuyên viên/hạng III. */
  readonly maxRankGrade: number
  readonly minDegree: Degree
  readonly minPoliticalTheory: PoliticalTheory
  readonly minStateManagement: StateManagement
}

export interface CandidateRules {
  readonly requirementsByLevel: Readonly<Record<number, LevelRequirements>>
  /** Months of working time left at the reference date (Guidance 06-HD/BTCTW: 60). */
  readonly minMonthsToRetirement: number
  /** Months in the current or an equivalent post before a promotion (Decree 85/2023, 116/2024). */
  readonly minMonthsInPost: number
  readonly evaluation: {
    /** How many completed calendar years before the reference date are checked. */
    readonly years: number
    readonly minimumLevel: EvaluationLevel
  }
  /** Months a discipline blocks appointment after its decision; null blocks for good. */
  readonly disciplineWindowMonths: Readonly<Record<DisciplineForm, number | null>>
  readonly weights: Readonly<Record<ScoreCriterion, number>>
  /** Completed years whose evaluations the score averages. */
  readonly scoreEvaluationYears: number
}

export const SCORE_CRITERIA = [
  'evaluations',
  'qualificationMargin',
  'leadershipExperience',
  'planningMatch',
  'ageRoom',
] as const
export type ScoreCriterion = (typeof SCORE_CRITERIA)[number]

const UNIT_HEAD: LevelRequirements = {
  maxRankGrade: 2,
  minDegree: 'dai_hoc',
  minPoliticalTheory: 'cao_cap',
  minStateManagement: 'chuyen_vien_chinh',
}
const DIVISION: LevelRequirements = {
  maxRankGrade: 3,
  minDegree: 'dai_hoc',
  minPoliticalTheory: 'trung_cap',
  minStateManagement: 'chuyen_vien',
}
const SENIOR: LevelRequirements = {
  maxRankGrade: 1,
  minDegree: 'dai_hoc',
  minPoliticalTheory: 'cao_cap',
  minStateManagement: 'chuyen_vien_cao_cap',
}

export const CANDIDATE_RULES: CandidateRules = {
  requirementsByLevel: {
    1: SENIOR,
    2: SENIOR,
    3: UNIT_HEAD,
    4: UNIT_HEAD,
    5: DIVISION,
    6: DIVISION,
  },
  minMonthsToRetirement: 60,
  minMonthsInPost: 24,
  evaluation: { years: 2, minimumLevel: 'tot' },
  // Regulation 377-QĐ/TW names reprimand 24, warning 36 and removal from post 60 months. The
  // administrative forms it does not name are placed beside the nearest Party form: salary
  // reduction with the warning, demotion with removal; dismissal ends service altogether.
  disciplineWindowMonths: {
    khien_trach: 24,
    canh_cao: 36,
    ha_bac_luong: 36,
    giang_chuc: 60,
    cach_chuc: 60,
    buoc_thoi_viec: null,
  },
  weights: {
    evaluations: 0.3,
    qualificationMargin: 0.2,
    leadershipExperience: 0.2,
    planningMatch: 0.15,
    ageRoom: 0.15,
  },
  scoreEvaluationYears: 3,
}

/** Where each configurable rule lives, for the answer to say so. */
export const CONFIGURABLE = {
  where: 'src/forecast/candidates/config.ts (CANDIDATE_RULES); docs/appointment-candidates.md',
  setBy: 'Bộ Khoa học và Công nghệ (Vụ Tổ chức cán bộ)',
  rules: ['RANK', 'DEGREE', 'POLITICAL_THEORY', 'STATE_MANAGEMENT', 'EVALUATION', 'DISCIPLINE'],
  fixedByLaw: ['PLANNING', 'AGE_60_MONTHS', 'TENURE'],
  settings: [
    'requirementsByLevel',
    'minMonthsToRetirement',
    'minMonthsInPost',
    'evaluation',
    'disciplineWindowMonths',
    'weights',
    'scoreEvaluationYears',
  ],
} as const
