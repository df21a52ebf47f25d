import { type Kysely, sql } from 'kysely'
import type { Database } from '../schema.js'

export interface TableInfo {
  readonly name: string
  /** Columns that take values on insert (generated columns are recomputed on restore). */
  readonly columns: readonly string[]
  readonly orderBy: string
}

/**
 * Not backed up: migration bookkeeping (restore migrates anew), live sessions (secrets), and the
 * head counts, which the people table's triggers rebuild as its rows are restored.
 */
const SKIPPED = new Set([
  'kysely_migration',
  'kysely_migration_lock',
  'sessions',
  'people_counts',
  'birth_counts',
])

/**
 * The tables to back up, parents before children (by their foreign keys), read from the
 * catalog so that tables added by later migrations are included without a list to maintain.
 */
export async function listTables(db: Kysely<Database>): Promise<TableInfo[]> {
  // Raw SQL: catalog queries that Kysely's builder cannot express with types.
  const columns = await sql<{ table_name: string; column_name: string; generated: boolean }>`
    select c.table_name, c.column_name, (c.is_generated = 'ALWAYS') as generated
    from information_schema.columns c
    join information_schema.tables t using (table_schema, table_name)
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
    order by c.table_name, c.ordinal_position`.execute(db)
  const links = await sql<{ child: string; parent: string }>`
    select distinct cl.relname as child, pl.relname as parent
    from pg_constraint k
    join pg_class cl on cl.oid = k.conrelid
    join pg_class pl on pl.oid = k.confrelid
    join pg_namespace n on n.oid = cl.relnamespace
    where k.contype = 'f' and n.nspname = 'public' and cl.relname <> pl.relname`.execute(db)
  const keys = await primaryKeys(db)
  const byTable = new Map<string, string[]>()
  for (const row of columns.rows) {
    if (SKIPPED.has(row.table_name)) continue
    const list = byTable.get(row.table_name) ?? []
    if (!row.generated) list.push(row.column_name)
    byTable.set(row.table_name, list)
  }
  return orderByDependency([...byTable.keys()], links.rows).map((name) => ({
    name,
    columns: byTable.get(name) ?? [],
    // Units refer to their parent: by depth, a parent always comes before its children.
    orderBy: name === 'units' ? 'depth, id' : (keys.get(name) ?? '1'),
  }))
}

async function primaryKeys(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await sql<{ table_name: string; columns: string }>`
    select cl.relname as table_name,
           string_agg(quote_ident(a.attname), ', ' order by array_position(k.conkey, a.attnum)) as columns
    from pg_constraint k
    join pg_class cl on cl.oid = k.conrelid
    join pg_namespace n on n.oid = cl.relnamespace
    join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any (k.conkey)
    where k.contype = 'p' and n.nspname = 'public'
    group by cl.relname`.execute(db)
  return new Map(rows.rows.map((r) => [r.table_name, r.columns]))
}

function orderByDependency(tables: string[], links: { child: string; parent: string }[]): string[] {
  const ordered: string[] = []
  const done = new Set<string>()
  const visit = (table: string, path: Set<string>) => {
    if (done.has(table) || path.has(table)) return
    path.add(table)
    for (const link of links)
      if (link.child === table && tables.includes(link.parent)) visit(link.parent, path)
    done.add(table)
    ordered.push(table)
  }
  for (const table of [...tables].sort()) visit(table, new Set())
  return ordered
}
