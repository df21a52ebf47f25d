import {
  DummyDriver,
  type IdentifierNode,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from 'kysely'
import type { ChatViews } from './chat-view-types.js'
import { formatSqlLiteral } from './sql-literal.js'

/**
 * PostgreSQL keywords that cannot be a bare column or table name; any other lower-case
 * identifier is written without quotes so that the SQL reads like hand-written SQL.
 */
const RESERVED = new Set(
  (
    'all analyse analyze and any array as asc asymmetric authorization between binary both case ' +
    'cast check collate collation column concurrently constraint create cross current_catalog ' +
    'current_date current_role current_schema current_time current_timestamp current_user ' +
    'default deferrable desc distinct do else end except false fetch for foreign freeze from ' +
    'full grant group having ilike in initially inner intersect into is isnull join lateral ' +
    'leading left like limit localtime localtimestamp natural not notnull null offset on only ' +
    'or order outer overlaps placing primary references returning right select session_user ' +
    'similar some symmetric system_user table tablesample then to trailing true union unique ' +
    'user using variadic verbose when where window with'
  ).split(' '),
)

function isBareIdentifier(name: string): boolean {
  return /^[a-z_][a-z0-9_]*$/.test(name) && !RESERVED.has(name)
}

/** Writes every value as a literal instead of a `$n` parameter. */
class InlineLiteralCompiler extends PostgresQueryCompiler {
  protected override appendValue(value: unknown): void {
    this.append(formatSqlLiteral(value))
  }

  protected override visitIdentifier(node: IdentifierNode): void {
    if (isBareIdentifier(node.name)) this.append(node.name)
    else super.visitIdentifier(node)
  }
}

/**
 * A query builder over the chat views that can only compile: its driver is a dummy, so a query
 * built with it can never run by mistake (the guard and the executor run the text).
 */
export function createChatQueryBuilder(): Kysely<ChatViews> {
  return new Kysely<ChatViews>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new InlineLiteralCompiler(),
    },
  })
}
