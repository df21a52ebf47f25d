import type { Kysely } from 'kysely'
import { AppError } from '../errors.js'
import type { Database, Unit } from './schema.js'

export type UnitRow = Pick<
  Unit,
  | 'id'
  | 'code'
  | 'name'
  | 'short_name'
  | 'abbreviations'
  | 'kind'
  | 'is_public_service'
  | 'parent_id'
  | 'path'
  | 'depth'
>

const UNIT_COLUMNS = [
  'id',
  'code',
  'name',
  'short_name',
  'abbreviations',
  'kind',
  'is_public_service',
  'parent_id',
  'path',
  'depth',
] as const

/** Every current unit, in tree order. Units are not personal data: any signed-in user may list them. */
export async function listUnits(db: Kysely<Database>): Promise<UnitRow[]> {
  return db
    .selectFrom('units')
    .select(UNIT_COLUMNS)
    .where('valid_to', 'is', null)
    .orderBy('depth')
    .orderBy('sort_order')
    .orderBy('id')
    .execute()
}

/** The root of the tree (the ministry itself). */
export async function findRootUnit(db: Kysely<Database>): Promise<UnitRow> {
  const root = await db
    .selectFrom('units')
    .select(UNIT_COLUMNS)
    .where('parent_id', 'is', null)
    .orderBy('id')
    .executeTakeFirst()
  if (root === undefined)
    throw new AppError(
      'NOT_FOUND',
      'The database has no units yet: run "npm run cli -- seed" or import units.',
    )
  return root
}

/** Ids of every unit in the subtrees under `rootIds` (the roots included). */
export async function subtreeUnitIds(
  db: Kysely<Database>,
  rootIds: readonly number[],
): Promise<number[]> {
  if (rootIds.length === 0) return []
  const roots = await db.selectFrom('units').select('path').where('id', 'in', rootIds).execute()
  if (roots.length === 0) return []
  const rows = await db
    .selectFrom('units')
    .select('id')
    .where((eb) => eb.or(roots.map((r) => eb('path', 'like', `${r.path}%`))))
    .orderBy('id')
    .execute()
  return rows.map((r) => r.id)
}

export async function findUnitsByIds(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<UnitRow[]> {
  if (ids.length === 0) return []
  return db.selectFrom('units').select(UNIT_COLUMNS).where('id', 'in', ids).orderBy('id').execute()
}

/** A unit named by its code, or by its exact full or short name (case and diacritics as written). */
export async function findUnitByCodeOrName(db: Kysely<Database>, text: string): Promise<UnitRow> {
  const wanted = text.trim().normalize('NFC')
  const rows = await db
    .selectFrom('units')
    .select(UNIT_COLUMNS)
    .where((eb) =>
      eb.or([
        eb(eb.fn('upper', ['code']), '=', wanted.toUpperCase()),
        eb('name', '=', wanted),
        eb('short_name', '=', wanted),
      ]),
    )
    .execute()
  const [first, second] = rows
  if (first === undefined) {
    throw new AppError(
      'NOT_FOUND',
      `No unit has the code or exact name "${wanted}": list them with GET /api/units.`,
      {
        vi: `Không có đơn vị nào có mã hoặc tên "${wanted}".`,
      },
    )
  }
  if (second !== undefined) {
    throw new AppError(
      'BAD_REQUEST',
      `"${wanted}" names several units (${rows.map((r) => r.code).join(', ')}): use the code.`,
    )
  }
  return first
}
