import type { Kysely } from 'kysely'
import { z } from 'zod'
import { ROLES } from '../access/index.js'
import { AppError } from '../errors.js'
import { findAccountByUsername, insertAccount } from '../data/accounts.repository.js'
import type { Account, Database } from '../data/schema.js'
import { findUnitByCodeOrName } from '../data/units.repository.js'
import { hashPassword } from './passwords.js'

export const newAccountSchema = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^[a-z0-9._-]{3,64}$/,
      'username: 3–64 characters, letters a–z, digits, dot, dash or underscore',
    ),
  password: z.string().min(10, 'password: at least 10 characters').max(200),
  roles: z.array(z.enum(ROLES)).min(1, 'roles: at least one of ' + ROLES.join(', ')),
  /** A unit code or exact name: the root of a leader's or unit HR officer's scope. */
  unit: z.string().trim().min(1).optional(),
  /** The national ID of the person the account belongs to. */
  person: z
    .string()
    .trim()
    .regex(/^\d{12}$/, 'person: a 12-digit national ID')
    .optional(),
  displayName: z.string().trim().min(1).max(200).optional(),
})
export type NewAccountInput = z.input<typeof newAccountSchema>

/** Validates and creates an account; the password is stored only as a scrypt hash. */
export async function createAccount(
  db: Kysely<Database>,
  input: NewAccountInput,
): Promise<Account> {
  const parsed = newAccountSchema.safeParse(input)
  if (!parsed.success) {
    throw new AppError('VALIDATION', parsed.error.issues.map((i) => i.message).join('; '))
  }
  const data = parsed.data
  if ((await findAccountByUsername(db, data.username)) !== undefined) {
    throw new AppError('CONFLICT', `The username "${data.username}" is taken: choose another.`, {
      vi: `Tên đăng nhập "${data.username}" đã có người dùng.`,
    })
  }
  const person =
    data.person === undefined ? undefined : await findPersonByNationalId(db, data.person)
  const unit = data.unit === undefined ? undefined : await findUnitByCodeOrName(db, data.unit)
  const needsPerson = data.roles.includes('employee')
  if (needsPerson && person === undefined) {
    throw new AppError('VALIDATION', 'An employee account needs --person <national ID>.')
  }
  const needsUnit = data.roles.includes('leader') || data.roles.includes('unit_hr')
  if (needsUnit && unit === undefined && person === undefined) {
    throw new AppError(
      'VALIDATION',
      'A leader or unit_hr account needs --unit <code or exact name> (or --person).',
    )
  }
  return insertAccount(db, {
    username: data.username,
    displayName: data.displayName ?? person?.full_name ?? data.username,
    passwordHash: await hashPassword(data.password),
    roles: data.roles,
    scopeUnitIds: unit === undefined ? [] : [unit.id],
    personId: person?.id ?? null,
  })
}

async function findPersonByNationalId(db: Kysely<Database>, nationalId: string) {
  const person = await db
    .selectFrom('people')
    .select(['id', 'full_name', 'unit_id'])
    .where('national_id', '=', nationalId)
    .executeTakeFirst()
  if (person === undefined) {
    throw new AppError('NOT_FOUND', `No person has the national ID ${nationalId}.`, {
      vi: `Không có hồ sơ nào có số định danh ${nationalId}.`,
    })
  }
  return person
}
