/**
 * The rest of what chat SQL may contain: values of the session it may read, cast targets,
 * operators and expression nodes, each an allow-list (see allowed-functions.ts).
 */

/** CURRENT_DATE and friends; CURRENT_USER, SESSION_USER, CURRENT_SCHEMA… describe the session. */
export const ALLOWED_SQL_VALUE_FUNCTIONS = new Set([
  'SVFOP_CURRENT_DATE',
  'SVFOP_CURRENT_TIME',
  'SVFOP_CURRENT_TIME_N',
  'SVFOP_CURRENT_TIMESTAMP',
  'SVFOP_CURRENT_TIMESTAMP_N',
  'SVFOP_LOCALTIME',
  'SVFOP_LOCALTIME_N',
  'SVFOP_LOCALTIMESTAMP',
  'SVFOP_LOCALTIMESTAMP_N',
])

/** Cast targets; reg* types (regclass, regproc, regrole…) look names up in the catalogs. */
export const ALLOWED_CAST_TYPES = new Set([
  'int2',
  'int4',
  'int8',
  'smallint',
  'int',
  'integer',
  'bigint',
  'numeric',
  'decimal',
  'float4',
  'float8',
  'real',
  'text',
  'varchar',
  'bpchar',
  'char',
  'date',
  'time',
  'timetz',
  'timestamp',
  'timestamptz',
  'interval',
  'bool',
  'boolean',
])

/**
 * Operators. Regular expressions (~, ~*, SIMILAR TO) are left out: a pathological pattern can
 * backtrack for minutes, and the embedded database has no statement timeout.
 */
export const ALLOWED_OPERATORS = new Set([
  '=',
  '<>',
  '!=',
  '<',
  '>',
  '<=',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '||',
  '~~',
  '!~~',
  '~~*',
  '!~~*',
  '<->',
  '<%',
  '%>',
  '@>',
  '<@',
  '&&',
])

export const ALLOWED_EXPRESSION_KINDS = new Set([
  'AEXPR_OP',
  'AEXPR_OP_ANY',
  'AEXPR_OP_ALL',
  'AEXPR_DISTINCT',
  'AEXPR_NOT_DISTINCT',
  'AEXPR_NULLIF',
  'AEXPR_IN',
  'AEXPR_LIKE',
  'AEXPR_ILIKE',
  'AEXPR_BETWEEN',
  'AEXPR_NOT_BETWEEN',
  'AEXPR_BETWEEN_SYM',
  'AEXPR_NOT_BETWEEN_SYM',
])

/** Expression nodes that only combine their children; each child is checked in turn. */
export const PLAIN_EXPRESSION_NODES = new Set([
  'ResTarget',
  'A_Const',
  'A_Star',
  'String',
  'Integer',
  'Float',
  'Boolean',
  'BoolExpr',
  'NullTest',
  'BooleanTest',
  'CaseExpr',
  'CaseWhen',
  'CoalesceExpr',
  'MinMaxExpr',
  'RowExpr',
  'A_ArrayExpr',
  'A_Indirection',
  'A_Indices',
  'List',
  'SortBy',
  'WindowDef',
  'GroupingSet',
  'GroupingFunc',
  'NamedArgExpr',
])

/** Columns every table has and no view does; naming one is a probe, never a question. */
export const SYSTEM_COLUMNS = new Set(['ctid', 'xmin', 'xmax', 'cmin', 'cmax', 'tableoid', 'oid'])

/** Deeper than any question needs, shallow enough to keep the walk off the stack limit. */
export const MAX_DEPTH = 200

export const MAX_SQL_LENGTH = 20_000

/**
 * Longest text constant: names and codes are short, and a long one only serves to multiply
 * memory (a separator of string_agg over every row).
 */
export const MAX_LITERAL_LENGTH = 1000
