import { type Kysely, sql, type Transaction } from 'kysely'
import type { Principal } from '../access/index.js'
import { AppError } from '../errors.js'
import type { Database } from './schema.js'

/** A transaction running as a reader role, scoped to one principal: the only way to read people. */
export type ReaderTransaction = Transaction<Database>

export interface GateOptions {
  /** 'scope' (default): the principal's units and own record; 'self': only their own record, in full. */
  readonly mode?: 'scope' | 'self'
  /** Honoured by a PostgreSQL server; PGlite ignores it (guard embedded queries another way). */
  readonly statementTimeoutMs?: number
  /** 'YYYY-MM-DD': what `hr_today()` answers inside the transaction (the application's clock). */
  readonly today?: string
  /**
   * false: no JIT compilation in this transaction. A server compiles any plan costed above
   * jit_above_cost, which for a chat question over a national-scale table spent 40–600 ms
   * compiling to save less than that in execution.
   */
  readonly jit?: boolean
}

/**
 * The tier's reader role; `_all_` for a whole-ministry scope, whose policies admit every row
 * (migration 20261207T0018) so that the planner is not handed a scope test that always passes.
 */
type ReaderRole =
  'hrm_reader_basic' | 'hrm_reader_sensitive' | 'hrm_reader_all_basic' | 'hrm_reader_all_sensitive'

interface ReaderSettings {
  readonly role: ReaderRole
  readonly unitIds: readonly number[]
  /** The whole ministry: every person, whatever unit (the policies test this first). */
  readonly all: boolean
  readonly personId: number | null
}

/**
 * Runs `fn` in a read-only transaction as the principal's reader role, with the principal's
 * scope in the settings that row-level security reads. Everything `fn` selects through `trx`
 * is filtered by PostgreSQL: a bug in a query cannot show rows or columns outside the scope.
 */
export async function withPrincipal<T>(
  db: Kysely<Database>,
  principal: Principal,
  fn: (trx: ReaderTransaction) => Promise<T>,
  options: GateOptions = {},
): Promise<T> {
  const settings = readerSettings(principal, options.mode ?? 'scope')
  return db.transaction().execute(async (trx) => {
    await sql`set transaction read only`.execute(trx)
    await sql`select
        set_config('hrm.scope_units', ${settings.unitIds.join(',')}, true),
        set_config('hrm.scope_all', ${settings.all ? 'on' : ''}, true),
        set_config('hrm.scope_person', ${settings.personId === null ? '' : String(settings.personId)}, true)
        ${options.statementTimeoutMs === undefined ? sql`` : sql`, set_config('statement_timeout', ${String(options.statementTimeoutMs)}, true)`}
        ${options.today === undefined ? sql`` : sql`, set_config('hrm.today', ${options.today}, true)`}
        ${options.jit === false ? sql`, set_config('jit', 'off', true)` : sql``}`.execute(trx)
    // The role name comes from the fixed union above, never from input.
    await sql.raw(`set local role ${settings.role}`).execute(trx)
    return fn(trx)
  })
}

function readerSettings(principal: Principal, mode: 'scope' | 'self'): ReaderSettings {
  if (mode === 'self' || principal.tier === 'self') {
    if (principal.personId === null) {
      throw new AppError('FORBIDDEN', 'This account is not linked to a personnel record.', {
        vi: 'Tài khoản này chưa được gắn với hồ sơ cán bộ nào.',
      })
    }
    return { role: 'hrm_reader_sensitive', unitIds: [], all: false, personId: principal.personId }
  }
  switch (principal.tier) {
    case 'none':
      throw new AppError('FORBIDDEN', 'Administrator accounts do not see personnel records.', {
        vi: 'Tài khoản quản trị hệ thống không được xem dữ liệu hồ sơ cán bộ.',
      })
    case 'basic':
      return {
        role: principal.scope.wholeMinistry ? 'hrm_reader_all_basic' : 'hrm_reader_basic',
        unitIds: principal.scope.unitIds,
        all: principal.scope.wholeMinistry,
        personId: principal.personId,
      }
    case 'sensitive':
      return {
        role: principal.scope.wholeMinistry ? 'hrm_reader_all_sensitive' : 'hrm_reader_sensitive',
        unitIds: principal.scope.unitIds,
        all: principal.scope.wholeMinistry,
        personId: principal.personId,
      }
  }
}
