import { type Kysely, sql } from 'kysely'
import { parse } from 'libpg-query'
import type { Principal } from '../../src/access/index.js'
import { withPrincipal } from '../../src/data/gate.js'
import type { Database } from '../../src/data/schema.js'

export interface GoldResult {
  readonly rows: unknown[][]
}

/** What the real PostgreSQL parser says about a gold query. */
export interface GoldShape {
  /** Items of the outermost select list. */
  readonly width: number
  /** Every relation it reads, schema-qualified as written ('chat.people'); CTE names excluded. */
  readonly relations: readonly string[]
}

/**
 * Runs a gold query as the asker would: in the principal's read-only, scoped transaction, with
 * "today" (`hr_today()`) pinned to the date the data is as of. The
 * query is wrapped so that its columns get unique names (c1, c2…): rows come back as objects,
 * and two columns both called "count" would otherwise collapse into one.
 */
export async function runGold(
  db: Kysely<Database>,
  principal: Principal,
  gold: string,
  options: { readonly today?: string } = {},
): Promise<GoldResult> {
  const { width } = await describeGold(gold)
  const names = Array.from({ length: width }, (_, i) => `c${i + 1}`)
  const wrapped = `select * from (${gold}) as gold (${names.join(', ')})`
  const result = await withPrincipal(
    db,
    principal,
    (trx) => sql.raw<Record<string, unknown>>(wrapped).execute(trx),
    options.today === undefined ? {} : { today: options.today },
  )
  return { rows: result.rows.map((row) => names.map((name) => row[name])) }
}

export async function describeGold(gold: string): Promise<GoldShape> {
  const tree = (await parse(gold)) as { stmts: { stmt: unknown }[] }
  const statement = tree.stmts[0]?.stmt as { SelectStmt?: { targetList?: unknown[] } } | undefined
  if (tree.stmts.length !== 1 || statement?.SelectStmt === undefined) {
    throw new Error(`gold is not a single SELECT: ${gold}`)
  }
  const ctes = new Set<string>()
  const relations: string[] = []
  walk(tree, (key, node) => {
    const text = (field: string) => (typeof node[field] === 'string' ? node[field] : undefined)
    if (key === 'CommonTableExpr') ctes.add(text('ctename') ?? '')
    if (key === 'RangeVar') {
      const [schema, name] = [text('schemaname'), text('relname') ?? '']
      relations.push(schema === undefined ? name : `${schema}.${name}`)
    }
  })
  const width = statement.SelectStmt.targetList?.length ?? 0
  // A UNION has its columns in its branches; the gold sets do not need one.
  if (width === 0) throw new Error(`gold has no select list of its own: ${gold}`)
  return {
    width,
    relations: relations.filter((r) => !ctes.has(r)),
  }
}

type Visit = (key: string, node: Record<string, unknown>) => void

function walk(value: unknown, visit: Visit): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit)
    return
  }
  if (value === null || typeof value !== 'object') return
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (child !== null && typeof child === 'object' && !Array.isArray(child)) {
      visit(key, child as Record<string, unknown>)
    }
    walk(child, visit)
  }
}
