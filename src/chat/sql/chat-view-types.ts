/**
 * Column types of the chat views (migration 20261124T0007) for building queries with Kysely.
 * Only the compiler uses them, to write SQL text; nothing is executed through this type, so
 * dates are `Date` here (the literal formatter writes them as `date 'YYYY-MM-DD'`).
 */
export interface PeopleView {
  id: number
  full_name: string
  name_search: string
  sex: string
  birth_date: Date
  birth_year: number
  age: number
  staff_category: string
  status: string
  status_date: Date | null
  status_reason: string | null
  unit_id: number
  unit_name: string
  unit_path: string
  rank_code: string | null
  rank_name: string | null
  rank_grade: number | null
  salary_group: string | null
  salary_step: number | null
  salary_coefficient: number | null
  above_frame_percent: number
  highest_degree: string | null
  field_of_study: string | null
  academic_title: string | null
  political_theory: string | null
  state_management: string | null
  home_town: string | null
  joined_state_service: Date | null
  joined_ministry: Date | null
  join_reason: string | null
  retirement_date: Date
  post_title: string | null
  post_level: number | null
  post_unit_id: number | null
  post_start: Date | null
  post_term_end: Date | null
}

export interface UnitsView {
  id: number
  code: string
  name: string
  short_name: string | null
  kind: string
  is_public_service: boolean
  parent_id: number | null
  depth: number
  path: string
  top_unit_id: number | null
  top_unit_name: string | null
}

export interface EvaluationsView {
  person_id: number
  year: number
  level: string
  score: number | null
}

export interface PlanningView {
  person_id: number
  post_id: number
  post_title: string
  post_level: number
  post_unit_id: number
  period_start: number
  period_end: number
  added_on: Date
  removed_on: Date | null
  active: boolean
}

export interface MovementsView {
  person_id: number
  unit_id: number
  direction: string
  reason: string
  event_date: Date
  year: number
}

export interface QuotasView {
  unit_id: number
  year: number
  staff_category: string
  quota: number
}

export interface PeoplePrivateView {
  person_id: number
  national_id: string
  ethnicity: string | null
  religion: string | null
  is_party_member: boolean
  party_joined_on: Date | null
}

export interface DisciplinesView {
  person_id: number
  form: string
  authority: string
  decided_on: Date
  effective_until: Date | null
}

export interface AppointmentsView {
  id: number
  person_id: number
  post_id: number
  unit_id: number
  post_title: string
  post_level: number
  is_head: boolean
  kind: string
  start_date: Date
  term_end: Date
  end_date: Date | null
  end_reason: string | null
}

export interface AwardsView {
  person_id: number
  year: number
  kind: string
}

export interface TrainingsView {
  person_id: number
  kind: string
  level: string
  completed_on: Date | null
}

/**
 * Head counts by unit and attributes (migration 20261207T0019-head-counts): for the columns it shares with
 * chat.people, the same names and values; `people` is how many people the row stands for.
 */
export interface PeopleCountsView {
  unit_id: number
  unit_name: string
  unit_path: string
  status: string
  sex: string
  staff_category: string
  rank_code: string | null
  rank_name: string | null
  rank_grade: number | null
  salary_group: string | null
  highest_degree: string | null
  academic_title: string | null
  political_theory: string | null
  state_management: string | null
  people: number
}

/** The whole ministry's head counts by birth and retirement dates (same migration). */
export interface BirthCountsView {
  status: string
  sex: string
  birth_date: Date
  birth_year: number
  retirement_date: Date | null
  people: number
}

export interface ChatViews {
  'chat.people': PeopleView
  'chat.units': UnitsView
  'chat.evaluations': EvaluationsView
  'chat.appointments': AppointmentsView
  'chat.awards': AwardsView
  'chat.trainings': TrainingsView
  'chat.planning': PlanningView
  'chat.movements': MovementsView
  'chat.quotas': QuotasView
  'chat.people_private': PeoplePrivateView
  'chat.disciplines': DisciplinesView
  'chat.people_counts': PeopleCountsView
  'chat.birth_counts': BirthCountsView
}
