import { beforeAll, describe, expect, it } from 'vitest'
import type { Tier } from '../../access/index.js'
import { AppError } from '../../errors.js'
import { guardSql } from './guard.js'
import { loadSqlParser } from './parser.js'
import type { RejectionReason } from './rejection.js'

/**
 * Attacks on the guard, table-driven: forbidden expressions in every place an expression can
 * hide, forbidden relations in every place a relation can hide, and statements that are not one
 * plain SELECT. Each must be refused for the right reason.
 */
beforeAll(() => loadSqlParser())

function reasonOf(sql: string, tier: Tier = 'basic'): RejectionReason | 'ACCEPTED' {
  try {
    guardSql(sql, { tier, rowCap: 100 })
    return 'ACCEPTED'
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    return error.details?.reason as RejectionReason
  }
}

const EXPRESSIONS: [string, RejectionReason][] = [
  ["set_config('hrm.scope_units', '1,2,3', true)", 'FUNCTION_NOT_ALLOWED'],
  ["pg_catalog.set_config('role', 'postgres', false)", 'FUNCTION_NOT_ALLOWED'],
  ["current_setting('hrm.scope_units')", 'FUNCTION_NOT_ALLOWED'],
  ['pg_sleep(30)', 'FUNCTION_NOT_ALLOWED'],
  ["pg_read_file('/etc/passwd')", 'FUNCTION_NOT_ALLOWED'],
  ["pg_ls_dir('.')", 'FUNCTION_NOT_ALLOWED'],
  ["lo_import('/etc/passwd')", 'FUNCTION_NOT_ALLOWED'],
  ["dblink('host=evil', 'select 1')", 'FUNCTION_NOT_ALLOWED'],
  ["query_to_xml('select * from public.people', true, true, '')", 'FUNCTION_NOT_ALLOWED'],
  ['generate_series(1, 1000000000)', 'FUNCTION_NOT_ALLOWED'],
  ["unaccent('Hà Nội')", 'FUNCTION_NOT_ALLOWED'],
  ['hr_scope_units()', 'FUNCTION_NOT_ALLOWED'],
  ['hr_scope_unit_list()', 'FUNCTION_NOT_ALLOWED'],
  ['public.hr_scope_person()', 'FUNCTION_NOT_ALLOWED'],
  ['version()', 'FUNCTION_NOT_ALLOWED'],
  ['txid_current()', 'FUNCTION_NOT_ALLOWED'],
  ['inet_server_addr()', 'FUNCTION_NOT_ALLOWED'],
  ["has_table_privilege('public.people', 'select')", 'FUNCTION_NOT_ALLOWED'],
  ["to_regclass('public.people')", 'FUNCTION_NOT_ALLOWED'],
  ["nextval('units_id_seq')", 'FUNCTION_NOT_ALLOWED'],
  ['pg_terminate_backend(1)', 'FUNCTION_NOT_ALLOWED'],
  ["format('%s', 1)", 'FUNCTION_NOT_ALLOWED'],
  ["lpad('a', 500000000)", 'FUNCTION_NOT_ALLOWED'],
  ["repeat('a', 500000000)", 'FUNCTION_NOT_ALLOWED'],
  ["regexp_replace('aaaa', '(a+)+$', 'b')", 'FUNCTION_NOT_ALLOWED'],
  ['to_json(1)', 'FUNCTION_NOT_ALLOWED'],
  ['any_value(1)', 'FUNCTION_NOT_ALLOWED'],
  ['"COUNT"(1)', 'FUNCTION_NOT_ALLOWED'],
  ['public.count(1)', 'FUNCTION_NOT_ALLOWED'],
  ["pg_catalog.hr_unaccent('a')", 'FUNCTION_NOT_ALLOWED'],
  ["evil.lower('a')", 'FUNCTION_NOT_ALLOWED'],
  ["db.pg_catalog.lower('a')", 'FUNCTION_NOT_ALLOWED'],
  ["U&\"set\\005fconfig\"('a', 'b', false)", 'FUNCTION_NOT_ALLOWED'],
  ['system_user', 'FUNCTION_NOT_ALLOWED'],
  ['current_user', 'SYSTEM_VALUE_NOT_ALLOWED'],
  ['session_user', 'SYSTEM_VALUE_NOT_ALLOWED'],
  ['current_role', 'SYSTEM_VALUE_NOT_ALLOWED'],
  ['user', 'SYSTEM_VALUE_NOT_ALLOWED'],
  ['current_schema', 'SYSTEM_VALUE_NOT_ALLOWED'],
  ['current_catalog', 'SYSTEM_VALUE_NOT_ALLOWED'],
  ["'pg_authid'::regclass", 'CAST_NOT_ALLOWED'],
  ["'now'::regproc", 'CAST_NOT_ALLOWED'],
  ["cast('postgres' as regrole)", 'CAST_NOT_ALLOWED'],
  ["'public'::regnamespace", 'CAST_NOT_ALLOWED'],
  ["'int4'::pg_catalog.regtype", 'CAST_NOT_ALLOWED'],
  ['1::oid', 'CAST_NOT_ALLOWED'],
  ["'x'::xml", 'CAST_NOT_ALLOWED'],
  ["'{}'::json", 'CAST_NOT_ALLOWED'],
  ["'a'::evil.text", 'CAST_NOT_ALLOWED'],
  ["'a' ~ 'b'", 'OPERATOR_NOT_ALLOWED'],
  ["'a' ~* 'b'", 'OPERATOR_NOT_ALLOWED'],
  ["'a' !~ 'b'", 'OPERATOR_NOT_ALLOWED'],
  ["'a' similar to 'b'", 'OPERATOR_NOT_ALLOWED'],
  ["'a' operator(public.=) 'b'", 'OPERATOR_NOT_ALLOWED'],
  ["'a' ~ any (select 'b')", 'OPERATOR_NOT_ALLOWED'],
  ['$1', 'CONSTRUCT_NOT_ALLOWED'],
  ['\'a\' collate "C"', 'CONSTRUCT_NOT_ALLOWED'],
  ["xmlparse(document '<a/>')", 'CONSTRUCT_NOT_ALLOWED'],
  ["json_object('a': 1)", 'CONSTRUCT_NOT_ALLOWED'],
  ["'{}' is json", 'CONSTRUCT_NOT_ALLOWED'],
  ['(select ctid from chat.people limit 1)', 'SYSTEM_COLUMN_NOT_ALLOWED'],
  ['(select count(*) from public.people)', 'RELATION_NOT_ALLOWED'],
  ['(select count(*) from pg_catalog.pg_authid)', 'RELATION_NOT_ALLOWED'],
  ['(select count(*) from people)', 'UNQUALIFIED_RELATION'],
  ['(select count(*) from chat.people_private)', 'SENSITIVE_NOT_ALLOWED'],
  ['exists (select 1 from chat.disciplines)', 'SENSITIVE_NOT_ALLOWED'],
  ['(select count(*) from generate_series(1, 10) as g)', 'FROM_ITEM_NOT_ALLOWED'],
  ['(select 1 from chat.people for update)', 'LOCKING_NOT_ALLOWED'],
]

/** Places an expression can hide; `$E` is replaced by the attack. */
const EXPRESSION_PLACES = [
  'select $E from chat.people',
  'select $E as "Tổng số" from chat.people -- ghi chú',
  'select full_name from chat.people where $E is not null',
  'select unit_name, count(*) from chat.people group by unit_name having max($E) is not null',
  'select full_name from chat.people order by $E',
  'select full_name from chat.people p where p.id in (select id from chat.people where $E is not null)',
  'with t as (select $E as v from chat.people) select * from t',
  'select * from chat.people p join chat.units u on u.id = p.unit_id and $E is not null',
  'select * from chat.people p, lateral (select $E as v) as l',
  'select case when $E is null then 1 else 2 end from chat.people',
  'select coalesce($E, null) from chat.people',
  'select row_number() over (partition by $E) from chat.people',
  'select full_name from chat.people union all select $E from chat.units',
  'select (select $E) as v from chat.units',
  'select count(*) filter (where $E is not null) from chat.people',
  'select * from (select $E as v from chat.units) as s',
  'values ($E)',
  'select * from chat.units where exists (select 1 from chat.units where $E is not null)',
  'select array[$E] from chat.units',
  'select full_name from chat.people limit (select 1 where $E is not null)',
]

describe('a forbidden expression is refused wherever it hides', () => {
  const cases = EXPRESSION_PLACES.flatMap((place) =>
    EXPRESSIONS.map(([attack, reason]) => [place.replace('$E', () => attack), reason] as const),
  )
  it.each(cases)('%s', (sql, reason) => {
    expect(reasonOf(sql)).toBe(reason)
  })
})

const RELATIONS: [string, RejectionReason][] = [
  ['public.people', 'RELATION_NOT_ALLOWED'],
  ['people', 'UNQUALIFIED_RELATION'],
  ['pg_catalog.pg_authid', 'RELATION_NOT_ALLOWED'],
  ['pg_authid', 'RELATION_NOT_ALLOWED'],
  ['pg_shadow', 'RELATION_NOT_ALLOWED'],
  ['information_schema.tables', 'RELATION_NOT_ALLOWED'],
  ['accounts', 'RELATION_NOT_ALLOWED'],
  ['public.sessions', 'RELATION_NOT_ALLOWED'],
  ['public.audit_log', 'RELATION_NOT_ALLOWED'],
  ['public.party_membership', 'RELATION_NOT_ALLOWED'],
  ['only public.health', 'RELATION_NOT_ALLOWED'],
  ['pg_temp.t', 'RELATION_NOT_ALLOWED'],
  ['hrm.chat.people', 'RELATION_NOT_ALLOWED'],
  ['"CHAT"."PEOPLE"', 'RELATION_NOT_ALLOWED'],
  ['"chat.people"', 'RELATION_NOT_ALLOWED'],
  ['chat_people', 'RELATION_NOT_ALLOWED'],
  ['U&"pub\\006cic".people', 'RELATION_NOT_ALLOWED'],
  ['chat.nope', 'UNKNOWN_VIEW'],
  ['"chat"."People"', 'UNKNOWN_VIEW'],
  ['chat.people_private', 'SENSITIVE_NOT_ALLOWED'],
  ['chat.U&"people\\005fprivate"', 'SENSITIVE_NOT_ALLOWED'],
  ['CHAT.DISCIPLINES', 'SENSITIVE_NOT_ALLOWED'],
]

/** Places a relation can hide; `$R` is replaced by the attack. */
const RELATION_PLACES = [
  'select * from $R',
  'select * from chat.people p join $R x on true',
  'select * from chat.people where id in (select 1 from $R)',
  'select (select count(*) from $R) from chat.units',
  'with t as (select * from $R) select * from t',
  'with people as (select 1) select * from $R',
  'select * from chat.units union select * from $R',
  'select * from (select * from $R) as s',
  'select * from chat.people p, lateral (select * from $R) as l',
  'select * from chat.units u where exists (select 1 from $R)',
  'select unit_name from chat.people group by unit_name having count(*) > (select count(*) from $R)',
  'select full_name from chat.people order by (select count(*) from $R)',
  'select * from chat.people p left join lateral (select 1 from $R) as l on true',
  'with a as (select 1), b as (select * from $R) select * from b',
  'select * from (chat.people p join $R x using (id))',
]

describe('a forbidden relation is refused wherever it hides', () => {
  const cases = RELATION_PLACES.flatMap((place) =>
    RELATIONS.map(([attack, reason]) => {
      // Unqualified, `people` is the WITH query of that name, exactly as PostgreSQL resolves it.
      const isTheCte = place.startsWith('with people') && attack === 'people'
      return [place.replace('$R', () => attack), isTheCte ? 'ACCEPTED' : reason] as const
    }),
  )
  it.each(cases)('%s', (sql, reason) => {
    expect(reasonOf(sql)).toBe(reason)
  })
})
