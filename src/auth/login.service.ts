import type { Kysely } from 'kysely'
import { AppError } from '../errors.js'
import {
  findAccountByUsername,
  recordFailedLogin,
  recordSuccessfulLogin,
} from '../data/accounts.repository.js'
import { recordAudit } from '../data/audit.repository.js'
import type { Database } from '../data/schema.js'
import { createSession } from '../data/sessions.repository.js'
import { hashPassword, verifyPassword } from './passwords.js'

const LOCK_AFTER_FAILURES = 5
const LOCK_MINUTES = 15

export interface LoginResult {
  readonly token: string
  readonly expiresAt: Date
  readonly accountId: number
}

// Verifying against a real hash when the user is unknown keeps the answer time the same, so the
// timing does not tell which usernames exist.
const decoyHash = hashPassword('decoy-password-for-unknown-users')

/** Checks a username and password and opens a session; every outcome goes to the audit log. */
export async function login(
  db: Kysely<Database>,
  input: { username: string; password: string; kind: 'browser' | 'api' },
  sessionTtlMs: number,
): Promise<LoginResult> {
  const account = await findAccountByUsername(db, input.username)
  const valid = await verifyPassword(input.password, account?.password_hash ?? (await decoyHash))
  const who = account === undefined ? null : { accountId: account.id, username: account.username }
  if (account !== undefined && account.locked_until !== null && account.locked_until > new Date()) {
    await recordAudit(db, who, { action: 'auth.login_locked' })
    throw new AppError(
      'ACCOUNT_LOCKED',
      'Too many failed attempts: this account is locked for a few minutes.',
      {
        vi: `Đăng nhập sai quá nhiều lần: tài khoản tạm khóa ${LOCK_MINUTES} phút.`,
      },
    )
  }
  if (account === undefined || !valid || !account.active) {
    if (account !== undefined)
      await recordFailedLogin(db, account.id, LOCK_AFTER_FAILURES, LOCK_MINUTES)
    await recordAudit(db, who, {
      action: 'auth.login_failed',
      details: { username: input.username.slice(0, 64) },
    })
    throw new AppError('INVALID_CREDENTIALS', 'Wrong username or password.', {
      vi: 'Sai tên đăng nhập hoặc mật khẩu.',
    })
  }
  await recordSuccessfulLogin(db, account.id)
  const session = await createSession(db, account.id, input.kind, sessionTtlMs)
  await recordAudit(db, who, { action: 'auth.login', details: { kind: input.kind } })
  return { ...session, accountId: account.id }
}
