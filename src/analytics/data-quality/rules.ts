/**
 * The rules of the data-quality index, in one place; docs/data-quality.md explains each and
 * the API returns this object with every answer, so the figures can be checked by hand.
 *
 * A unit's index is 100 × Σ weight × component, each component a share between 0 and 1 over
 * the unit's working people on `asOf`:
 * - completeness: records with every required field filled;
 * - validity: records with no invalid value;
 * - freshness: the mean credit of the records' staleness bands (time since `updated_at`);
 * - pendingRequests: records with no update request waiting for HR.
 */
export const DATA_QUALITY_WEIGHTS = {
  completeness: 0.35,
  validity: 0.35,
  freshness: 0.2,
  pendingRequests: 0.1,
} as const
export type DataQualityComponent = keyof typeof DATA_QUALITY_WEIGHTS

/**
 * Fields every working person's record must have (the CV form 2C-BNV/2008 and the basic group
 * of Decree 27/2026). `ethnicity` and `religion` are sensitive: their emptiness is read through
 * the `hr_person_checks` view, so basic readers learn only that they are empty.
 */
export const REQUIRED_FIELDS = [
  'phone',
  'email',
  'birth_place',
  'home_town',
  'residence',
  'ethnicity',
  'religion',
  'joined_state_service',
  'joined_ministry',
  'highest_degree',
  'rank_code',
  'salary_step',
  'salary_coefficient',
] as const
export const SENSITIVE_REQUIRED_FIELDS = ['ethnicity', 'religion'] as const

/** Validity rules: the field at fault and why. */
export const VALIDITY_RULES = {
  national_id: 'Digit 4 (century and sex) or digits 5–6 (birth year) contradict the record',
  phone: 'Not 10–11 digits starting with 0, without spaces or signs',
  email: 'Not a well-formed e-mail address',
  rank_code: 'Differs from the latest rank_history row',
  salary_step: 'Differs from the latest rank_history row',
  salary_coefficient: 'Differs from the latest rank_history row',
  above_frame_percent: 'Differs from the latest rank_history row',
  status: 'Working past the statutory retirement date with no exception that allows it',
} as const
export type ValidityField = keyof typeof VALIDITY_RULES

export const PHONE_PATTERN = '^0[0-9]{9,10}$'
export const EMAIL_PATTERN = '^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$'

/**
 * Staleness bands by months since `updated_at`, with the credit each earns. Decree 27/2026
 * wants changes synchronised within days; a record untouched for a year is probably behind.
 */
export const STALENESS_BANDS = [
  { band: 'fresh', fromMonths: 0, credit: 1 },
  { band: 'aging', fromMonths: 12, credit: 0.8 },
  { band: 'stale', fromMonths: 24, credit: 0.4 },
  { band: 'very_stale', fromMonths: 36, credit: 0 },
] as const
export type StalenessBand = (typeof STALENESS_BANDS)[number]['band']

/** Retirement exceptions that make working past the statutory date valid. */
export const RETIREMENT_EXCEPTIONS = {
  decree_83_2022: 'A woman holding a Deputy Minister post (level 2) works on to at most age 60',
  decree_50_2022:
    'A doctoral-level viên chức (tiến sĩ, or GS/PGS) without a leadership post works on up to ' +
    '60 months past the statutory date',
} as const

/** Everything above, as returned by the API. */
export const DATA_QUALITY_RULES = {
  weights: DATA_QUALITY_WEIGHTS,
  requiredFields: REQUIRED_FIELDS,
  validity: VALIDITY_RULES,
  phonePattern: PHONE_PATTERN,
  emailPattern: EMAIL_PATTERN,
  staleness: STALENESS_BANDS,
  retirementExceptions: RETIREMENT_EXCEPTIONS,
  documentation: 'docs/data-quality.md',
} as const
