import type { ReaderTransaction } from './gate.js'

export interface RecordAccess {
  /** Select sensitive personal data (ethnicity, religion, Party, health, discipline). */
  readonly sensitive: boolean
  readonly nationalId: boolean
}

const BASIC_COLUMNS = [
  'p.id',
  'p.full_name',
  'p.birth_date',
  'p.birth_precision',
  'p.sex',
  'p.birth_place',
  'p.home_town',
  'p.residence',
  'p.phone',
  'p.email',
  'p.staff_category',
  'p.status',
  'p.status_date',
  'p.status_reason',
  'p.joined_state_service',
  'p.joined_ministry',
  'p.rank_code',
  'p.salary_step',
  'p.salary_coefficient',
  'p.above_frame_percent',
  'p.step_since',
  'p.highest_degree',
  'p.field_of_study',
  'p.academic_title',
  'p.political_theory',
  'p.state_management',
  'p.version',
  'p.updated_at',
  'p.unit_id',
  'u.code as unit_code',
  'u.name as unit_name',
  'r.name as rank_name',
] as const

/**
 * One person's e-dossier with its histories, read under the gate: undefined when the person does
 * not exist or is outside the reader's scope (row-level security makes the two look the same).
 */
export async function getPersonRecord(trx: ReaderTransaction, id: number, access: RecordAccess) {
  const person = await trx
    .selectFrom('people as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .leftJoin('ranks as r', 'r.code', 'p.rank_code')
    .select(BASIC_COLUMNS)
    .$if(access.nationalId, (qb) => qb.select('p.national_id'))
    .$if(access.sensitive, (qb) => qb.select(['p.ethnicity', 'p.religion']))
    .where('p.id', '=', id)
    .executeTakeFirst()
  if (person === undefined) return undefined
  const [histories, sensitive] = await Promise.all([
    readHistories(trx, id),
    access.sensitive ? readSensitive(trx, id) : Promise.resolve(undefined),
  ])
  return { person, ...histories, sensitive }
}

async function readHistories(trx: ReaderTransaction, id: number) {
  const [ranks, appointments, evaluations, education, trainings, awards, work, planning] =
    await Promise.all([
      trx
        .selectFrom('rank_history as h')
        .innerJoin('ranks as r', 'r.code', 'h.rank_code')
        .select([
          'h.rank_code',
          'r.name as rank_name',
          'h.salary_step',
          'h.coefficient',
          'h.above_frame_percent',
          'h.valid_from',
          'h.valid_to',
          'h.reason',
        ])
        .where('h.person_id', '=', id)
        .orderBy('h.valid_from', 'desc')
        .execute(),
      trx
        .selectFrom('appointments as a')
        .innerJoin('leadership_posts as lp', 'lp.id', 'a.post_id')
        .innerJoin('units as u', 'u.id', 'lp.unit_id')
        .select([
          'lp.title',
          'u.name as unit_name',
          'a.kind',
          'a.start_date',
          'a.term_end',
          'a.end_date',
          'a.end_reason',
          'a.decision_number',
        ])
        .where('a.person_id', '=', id)
        .orderBy('a.start_date', 'desc')
        .execute(),
      trx
        .selectFrom('evaluations')
        .select(['year', 'level', 'score'])
        .where('person_id', '=', id)
        .orderBy('year', 'desc')
        .execute(),
      trx
        .selectFrom('education')
        .select(['level', 'field', 'institution', 'country', 'graduated_year'])
        .where('person_id', '=', id)
        .orderBy('graduated_year')
        .execute(),
      trx
        .selectFrom('trainings')
        .select(['kind', 'level', 'institution', 'completed_on'])
        .where('person_id', '=', id)
        .orderBy('completed_on')
        .execute(),
      trx
        .selectFrom('awards')
        .select(['year', 'kind', 'decision_number'])
        .where('person_id', '=', id)
        .orderBy('year', 'desc')
        .execute(),
      trx
        .selectFrom('work_history as w')
        .leftJoin('units as u', 'u.id', 'w.unit_id')
        .select([
          'w.organization',
          'u.name as unit_name',
          'w.position',
          'w.start_date',
          'w.end_date',
        ])
        .where('w.person_id', '=', id)
        .orderBy('w.start_date')
        .execute(),
      trx
        .selectFrom('planning_entries as pe')
        .innerJoin('leadership_posts as lp', 'lp.id', 'pe.post_id')
        .innerJoin('units as u', 'u.id', 'lp.unit_id')
        .select([
          'lp.title',
          'u.name as unit_name',
          'pe.period_start',
          'pe.period_end',
          'pe.added_on',
          'pe.removed_on',
          'pe.removal_reason',
        ])
        .where('pe.person_id', '=', id)
        .orderBy('pe.added_on', 'desc')
        .execute(),
    ])
  return { ranks, appointments, evaluations, education, trainings, awards, work, planning }
}

async function readSensitive(trx: ReaderTransaction, id: number) {
  const [party, disciplines, health] = await Promise.all([
    trx
      .selectFrom('party_membership')
      .select(['joined_on', 'official_on'])
      .where('person_id', '=', id)
      .executeTakeFirst(),
    trx
      .selectFrom('disciplines')
      .select(['form', 'authority', 'decided_on', 'effective_until', 'reason', 'decision_number'])
      .where('person_id', '=', id)
      .orderBy('decided_on', 'desc')
      .execute(),
    trx
      .selectFrom('health')
      .select(['checked_on', 'status', 'notes'])
      .where('person_id', '=', id)
      .orderBy('checked_on', 'desc')
      .execute(),
  ])
  return { party: party ?? null, disciplines, health }
}
