/**
 * The functions chat SQL may call, as allow-lists: a function is refused unless it is named
 * here. Deny-lists miss what PostgreSQL adds next; allow-lists fail closed.
 */

/** Aggregates: a query that uses one at its top level is an aggregate query. */
export const AGGREGATE_FUNCTIONS = new Set([
  'count',
  'sum',
  'avg',
  'min',
  'max',
  'string_agg',
  'array_agg',
  'bool_and',
  'bool_or',
  'every',
  'percentile_cont',
  'percentile_disc',
  'mode',
  'stddev',
  'stddev_pop',
  'stddev_samp',
  'variance',
  'var_pop',
  'var_samp',
])

const WINDOW_FUNCTIONS = [
  'row_number',
  'rank',
  'dense_rank',
  'percent_rank',
  'cume_dist',
  'ntile',
  'lag',
  'lead',
  'first_value',
  'last_value',
  'nth_value',
]

// `now` is allowed: it is CURRENT_TIMESTAMP by another name and reads nothing of the session.
const DATE_FUNCTIONS = [
  'extract',
  'date_part',
  'date_trunc',
  'age',
  'make_date',
  'make_interval',
  'to_char',
  'to_date',
  'now',
  'timezone',
]

const TEXT_FUNCTIONS = [
  'lower',
  'upper',
  'length',
  'char_length',
  'concat',
  'concat_ws',
  'substring',
  'substr',
  'btrim',
  'ltrim',
  'rtrim',
  'position',
  'strpos',
  'replace',
  'left',
  'right',
  'split_part',
  'initcap',
  'starts_with',
  'array_to_string',
  'cardinality',
  // pg_trgm, for matching names typed with or without diacritics
  'similarity',
  'word_similarity',
  'strict_word_similarity',
]

const MATH_FUNCTIONS = [
  'round',
  'floor',
  'ceil',
  'ceiling',
  'trunc',
  'abs',
  'mod',
  'div',
  'power',
  'sqrt',
  'sign',
]

/** The project's own SQL helpers (migrations 0001 and 0005), all immutable and side-effect free. */
export const PROJECT_FUNCTIONS = new Set([
  'hr_unaccent',
  'hr_retirement_date',
  'hr_age_years',
  'hr_today',
  'hr_retirement_age_months',
])

/**
 * Everything callable. Absent on purpose, among others: set_config, current_setting, every pg_*
 * function, dblink, lo_*, query_to_xml, pg_sleep, generate_series and other set-returning
 * functions, regexp_* (backtracking), lpad/rpad/repeat (one call can allocate a gigabyte),
 * format, unaccent (use hr_unaccent), hr_scope_* (read the session's settings).
 */
export const ALLOWED_FUNCTIONS = new Set([
  ...AGGREGATE_FUNCTIONS,
  ...WINDOW_FUNCTIONS,
  ...DATE_FUNCTIONS,
  ...TEXT_FUNCTIONS,
  ...MATH_FUNCTIONS,
  ...PROJECT_FUNCTIONS,
])

/** Schemas a function name may be qualified with; the parser itself writes pg_catalog.extract. */
export const FUNCTION_SCHEMAS = new Set(['pg_catalog', 'public'])
