import type {
  AcademicTitle,
  BirthPrecision,
  Degree,
  DisciplineForm,
  EvaluationLevel,
  PersonStatus,
  PoliticalTheory,
  Sex,
  StaffCategory,
  StateManagement,
} from '../schema.js'
import type { Day } from './dates.js'
import type { PostNode } from './plan-types.js'
import type { RankFamily } from './salary-scales.js'

/** A continuous holding of one leadership post (possibly over several 5-year terms). */
export interface Tenure {
  readonly post: PostNode
  readonly start: Day
  readonly end: Day | null
  readonly endReason:
    'retired' | 'transferred' | 'promoted' | 'term_ended' | 'removed' | 'deceased' | null
}

/** Which documented exception to the statutory retirement date applies to a person. */
export type RetirementException = 'decree_83_2022' | 'decree_50_2022' | null

/** Demographic facts fixed before the rest of a person is generated. */
export interface Demography {
  readonly sex: Sex
  readonly birth: Day
  readonly birthPrecision: BirthPrecision
  /** Statutory retirement date (Decree 135/2020) from `statutoryRetirement()`. */
  readonly retirement: Day
  readonly status: PersonStatus
  readonly exit: Day | null
  readonly exception: RetirementException
}

/** One person slot of a unit's roster: ordinary staff, or a present or past leader. */
export interface Slot {
  readonly tenures: readonly Tenure[]
  /** Fixed for leaders (their dates must fit their posts); drawn later for ordinary staff. */
  readonly demography: Demography | null
}

export interface RankRow {
  readonly rankCode: string
  readonly step: number
  readonly coefficient: number
  readonly aboveFrame: number
  readonly from: Day
  readonly reason: 'initial' | 'regular_step' | 'early_step' | 'promotion' | 'above_frame'
}

export interface EducationRow {
  readonly level: Degree
  readonly field: string
  readonly institution: string
  readonly country: string
  readonly year: number
}

export interface EvaluationRow {
  readonly year: number
  level: EvaluationLevel
  score: number | null
}

export interface DisciplineRow {
  readonly form: DisciplineForm
  readonly authority: 'administrative' | 'party'
  readonly decided: Day
  readonly reason: string
}

export interface TrainingRow {
  readonly kind:
    'political_theory' | 'state_management' | 'foreign_language' | 'it' | 'defence_security'
  readonly level: string
  readonly institution: string | null
  readonly completed: Day
}

export interface WorkRow {
  readonly unitId: number | null
  readonly organization: string | null
  readonly position: string
  readonly start: Day
  readonly end: Day | null
}

export interface AwardRow {
  readonly year: number
  readonly kind: string
  readonly decided: Day
}

export interface HealthRow {
  readonly checked: Day
  readonly status: 'tot' | 'kha' | 'trung_binh' | 'yeu'
  readonly notes: string | null
}

export interface Identity {
  fullName: string
  nationalId: string
  ethnicity: string | null
  religion: string
  birthPlace: string
  homeTown: string | null
  residence: string
  phone: string | null
  email: string
}

/** Everything about one person before it becomes rows; mutable only during the unit pass. */
export interface PersonDraft {
  readonly id: number
  readonly unitId: number
  readonly demography: Demography
  readonly category: StaffCategory
  readonly merit: number
  readonly family: RankFamily
  readonly joinedState: Day
  joinedMinistry: Day | null
  readonly joinReason: 'recruited' | 'transferred_in' | 'appointed' | 'contracted'
  readonly statusReason: string | null
  readonly tenures: readonly Tenure[]
  readonly education: readonly EducationRow[]
  highestDegree: Degree | null
  readonly field: string | null
  readonly academicTitle: { readonly title: AcademicTitle; readonly year: number } | null
  readonly rank: readonly RankRow[]
  /** What `people` says about the current rank; equals the last rank row except in faults. */
  current: RankRow
  readonly disciplines: readonly DisciplineRow[]
  readonly evaluations: EvaluationRow[]
  readonly trainings: readonly TrainingRow[]
  readonly politicalTheory: PoliticalTheory | null
  readonly stateManagement: StateManagement | null
  readonly work: readonly WorkRow[]
  readonly party: { readonly joined: Day; readonly official: Day | null } | null
  readonly health: readonly HealthRow[]
  awards: AwardRow[]
  readonly identity: Identity
  updatedAt: string
  createdAt: string
  readonly version: number
}
