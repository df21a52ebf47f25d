import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely'

/**
 * Table types of the database, one interface per table, assembled into `Database`.
 * Dates ('YYYY-MM-DD') are strings on purpose: see the type parsers in db.ts.
 */
type DateString = string
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type Numeric = ColumnType<number, number | string, number | string>
/** A column the database fills (identity, default) but that may be given explicitly. */
type Auto<T> = ColumnType<T, T | undefined, T>

export type StaffCategory = 'can_bo' | 'cong_chuc' | 'vien_chuc' | 'nguoi_lao_dong'
export type PersonStatus =
  'working' | 'retired' | 'transferred_out' | 'resigned' | 'dismissed' | 'deceased'
export type Sex = 'male' | 'female'
export type BirthPrecision = 'day' | 'month' | 'year'
export type Degree = 'pho_thong' | 'trung_cap' | 'cao_dang' | 'dai_hoc' | 'thac_si' | 'tien_si'
export type AcademicTitle = 'pgs' | 'gs'
export type PoliticalTheory = 'so_cap' | 'trung_cap' | 'cao_cap' | 'cu_nhan'
export type StateManagement = 'can_su' | 'chuyen_vien' | 'chuyen_vien_chinh' | 'chuyen_vien_cao_cap'
export type EvaluationLevel = 'xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh'
export type DisciplineForm =
  'khien_trach' | 'canh_cao' | 'ha_bac_luong' | 'giang_chuc' | 'cach_chuc' | 'buoc_thoi_viec'
export type UnitKind =
  | 'bo'
  | 'vu'
  | 'cuc'
  | 'van_phong'
  | 'thanh_tra'
  | 'uy_ban'
  | 'trung_tam'
  | 'hoc_vien'
  | 'vien'
  | 'bao'
  | 'quy'
  | 'phong'
  | 'chi_cuc'
  | 'khac'
export type RoleName = 'employee' | 'leader' | 'unit_hr' | 'ministry_hr' | 'planner' | 'admin'
export type AppointmentKind = 'first' | 'reappointment' | 'extension' | 'acting'
export type UpdateRequestStatus = 'pending' | 'approved' | 'rejected' | 'conflict' | 'withdrawn'

export interface UnitsTable {
  id: Generated<number>
  code: string
  name: string
  short_name: string | null
  abbreviations: Auto<string[]>
  kind: UnitKind
  is_public_service: Auto<boolean>
  parent_id: number | null
  path: string
  depth: number
  sort_order: Auto<number>
  valid_from: DateString | null
  valid_to: DateString | null
  created_at: Timestamp
}

export interface SalaryGroupsTable {
  code: string
  name: string
  coefficients: ColumnType<number[], unknown, unknown>
  step_interval_months: number
}

export interface RanksTable {
  code: string
  name: string
  salary_group: string
  staff_category: Exclude<StaffCategory, 'can_bo'>
  grade: number
}

export interface JobPositionsTable {
  id: Generated<number>
  code: string
  name: string
  position_group: 'leadership' | 'professional' | 'support'
  unit_id: number | null
}

export interface PeopleTable {
  id: Generated<number>
  national_id: string
  full_name: string
  name_search: ColumnType<string, never, never>
  birth_date: DateString
  birth_precision: Auto<BirthPrecision>
  sex: Sex
  ethnicity: string | null
  religion: string | null
  birth_place: string | null
  home_town: string | null
  residence: string | null
  phone: string | null
  email: string | null
  staff_category: StaffCategory
  status: Auto<PersonStatus>
  status_date: DateString | null
  status_reason: string | null
  unit_id: number
  job_position_id: number | null
  joined_state_service: DateString | null
  joined_ministry: DateString | null
  join_reason: 'recruited' | 'transferred_in' | 'appointed' | 'contracted' | null
  rank_code: string | null
  salary_step: number | null
  salary_coefficient: Numeric | null
  above_frame_percent: Auto<number>
  step_since: DateString | null
  highest_degree: Degree | null
  field_of_study: string | null
  academic_title: AcademicTitle | null
  political_theory: PoliticalTheory | null
  state_management: StateManagement | null
  version: Auto<number>
  created_at: Timestamp
  updated_at: Timestamp
}

interface PersonKeyed {
  id: Generated<number>
  person_id: number
}

export interface LeadershipPostsTable {
  id: Generated<number>
  unit_id: number
  title: string
  level: number
  is_head: boolean
  seats: Auto<number>
  allowance_coefficient: Numeric | null
}

export interface RankHistoryTable extends PersonKeyed {
  rank_code: string
  salary_step: number
  coefficient: Numeric
  above_frame_percent: Auto<number>
  valid_from: DateString
  valid_to: DateString | null
  reason:
    'initial' | 'regular_step' | 'early_step' | 'promotion' | 'transfer_rank' | 'above_frame' | null
  decision_number: string | null
}

export interface AppointmentsTable extends PersonKeyed {
  post_id: number
  kind: AppointmentKind
  start_date: DateString
  term_end: DateString
  end_date: DateString | null
  end_reason:
    | 'term_ended'
    | 'reappointed'
    | 'promoted'
    | 'transferred'
    | 'retired'
    | 'dismissed'
    | 'resigned'
    | 'removed'
    | null
  decision_number: string | null
}

export interface PlanningEntriesTable extends PersonKeyed {
  post_id: number
  period_start: number
  period_end: number
  added_on: DateString
  removed_on: DateString | null
  removal_reason: string | null
  decision_number: string | null
}

export interface EvaluationsTable extends PersonKeyed {
  year: number
  level: EvaluationLevel
  score: Numeric | null
}

export interface DisciplinesTable extends PersonKeyed {
  form: DisciplineForm
  authority: Auto<'administrative' | 'party'>
  decided_on: DateString
  effective_until: DateString | null
  reason: string | null
  decision_number: string | null
}

export interface AwardsTable extends PersonKeyed {
  year: number
  kind: string
  decided_on: DateString | null
  decision_number: string | null
}

export interface EducationTable extends PersonKeyed {
  level: Degree
  field: string | null
  institution: string | null
  country: string | null
  graduated_year: number | null
}

export interface AcademicTitlesTable extends PersonKeyed {
  title: AcademicTitle
  conferred_year: number
}

export interface TrainingsTable extends PersonKeyed {
  kind:
    | 'political_theory'
    | 'state_management'
    | 'foreign_language'
    | 'it'
    | 'defence_security'
    | 'other'
  level: string
  institution: string | null
  completed_on: DateString | null
}

export interface WorkHistoryTable extends PersonKeyed {
  unit_id: number | null
  organization: string | null
  position: string | null
  start_date: DateString
  end_date: DateString | null
}

export interface PartyMembershipTable {
  person_id: number
  joined_on: DateString
  official_on: DateString | null
}

export interface HealthTable extends PersonKeyed {
  checked_on: DateString
  status: 'tot' | 'kha' | 'trung_binh' | 'yeu'
  notes: string | null
}

export interface HeadcountQuotasTable {
  id: Generated<number>
  unit_id: number
  year: number
  staff_category: StaffCategory
  quota: number
  decision_number: string | null
}

export interface AccountsTable {
  id: Generated<number>
  username: string
  display_name: string
  password_hash: string
  roles: RoleName[]
  scope_unit_ids: Auto<number[]>
  person_id: number | null
  active: Auto<boolean>
  failed_logins: Auto<number>
  locked_until: Timestamp | null
  last_login_at: Timestamp | null
  created_at: Timestamp
}

export interface SessionsTable {
  token_hash: string
  account_id: number
  kind: 'browser' | 'api'
  created_at: Timestamp
  expires_at: Timestamp
  last_seen_at: Timestamp
}

export interface UpdateRequestsTable {
  id: Generated<number>
  person_id: number
  requested_by: number
  changes: ColumnType<Record<string, unknown>, string, string>
  evidence_note: string | null
  status: Auto<UpdateRequestStatus>
  base_version: number
  reviewer_id: number | null
  reviewed_at: Timestamp | null
  review_note: string | null
  created_at: Timestamp
}

export interface AuditLogTable {
  /** Filled by the chaining trigger; never supply it. */
  id: ColumnType<number, never, never>
  at: ColumnType<Date, undefined, never>
  account_id: number | null
  username: string | null
  action: string
  target_table: string | null
  target_ids: string[] | null
  sql_text: string | null
  row_count: number | null
  details: ColumnType<Record<string, unknown> | null, string | null, never>
  prev_hash: ColumnType<Uint8Array, never, never>
  hash: ColumnType<Uint8Array, never, never>
}

export interface RegulationDocumentsTable {
  id: Generated<number>
  number: string
  title: string
  doc_type: string
  issuer: string | null
  issued_on: DateString | null
  effective_from: DateString | null
  effective_to: DateString | null
  superseded_by: string | null
  source: Auto<'starter' | 'uploaded'>
  file_name: string | null
  created_at: Timestamp
}

export interface RegulationChunksTable {
  id: Generated<number>
  document_id: number
  ord: number
  path: string
  chapter: string | null
  section: string | null
  article: string | null
  clause: string | null
  point: string | null
  heading: string | null
  text: string
  tsv: ColumnType<string, never, never>
  embedding: ColumnType<string | null, string | null, string | null>
  embedding_model: string | null
}

export interface AppMetaTable {
  key: string
  value: ColumnType<unknown, string, string>
  updated_at: Timestamp
}

export interface ChatConversationsTable {
  id: string
  account_id: number
  created_at: Timestamp
  updated_at: Timestamp
}

export interface ChatTurnsTable {
  id: Generated<number>
  conversation_id: string
  question: string
  language: 'vi' | 'en'
  kind: string
  engine: string
  plan: ColumnType<unknown, string | null, never>
  sql_text: string | null
  abstained: boolean
  refusal_code: string | null
  created_at: Timestamp
}

export interface Database {
  units: UnitsTable
  salary_groups: SalaryGroupsTable
  ranks: RanksTable
  job_positions: JobPositionsTable
  people: PeopleTable
  leadership_posts: LeadershipPostsTable
  rank_history: RankHistoryTable
  appointments: AppointmentsTable
  planning_entries: PlanningEntriesTable
  evaluations: EvaluationsTable
  disciplines: DisciplinesTable
  awards: AwardsTable
  education: EducationTable
  academic_titles: AcademicTitlesTable
  trainings: TrainingsTable
  work_history: WorkHistoryTable
  party_membership: PartyMembershipTable
  health: HealthTable
  headcount_quotas: HeadcountQuotasTable
  accounts: AccountsTable
  sessions: SessionsTable
  update_requests: UpdateRequestsTable
  audit_log: AuditLogTable
  regulation_documents: RegulationDocumentsTable
  regulation_chunks: RegulationChunksTable
  app_meta: AppMetaTable
  chat_conversations: ChatConversationsTable
  chat_turns: ChatTurnsTable
}

export type Person = Selectable<PeopleTable>
export type NewPerson = Insertable<PeopleTable>
export type PersonUpdate = Updateable<PeopleTable>
export type Unit = Selectable<UnitsTable>
export type Account = Selectable<AccountsTable>
