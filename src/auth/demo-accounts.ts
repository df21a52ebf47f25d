import type { Kysely } from 'kysely'
import type { Role } from '../access/index.js'
import type { Database } from '../data/schema.js'
import { createAccount } from './accounts.service.js'
import { generatePassword } from './passwords.js'

export interface DemoAccount {
  readonly username: string
  readonly password: string
  readonly role: Role
  readonly who: string
}

interface DemoSpec {
  readonly username: string
  readonly role: Role
  /** Top-level unit whose people the account's person is drawn from (and its scope). */
  readonly unitCode?: string
  /** Draw the head of that unit (a leader) rather than a staff member without a post. */
  readonly head?: boolean
}

const DEMO: readonly DemoSpec[] = [
  { username: 'admin', role: 'admin' },
  { username: 'tccb', role: 'ministry_hr', unitCode: 'VTCCB' },
  { username: 'kehoach', role: 'planner', unitCode: 'VKHTC' },
  { username: 'lanhdao.cvt', role: 'leader', unitCode: 'CVT', head: true },
  { username: 'tochuc.cvt', role: 'unit_hr', unitCode: 'CVT' },
  { username: 'canbo.cvt', role: 'employee', unitCode: 'CVT' },
]

/**
 * One account per role on the synthetic ministry, each tied to a plausible person, with a fresh
 * random password: the passwords are shown once to whoever started the product and stored only
 * as hashes. The leader, HR officer and employee belong to Cục Viễn thông.
 */
export async function createDemoAccounts(db: Kysely<Database>): Promise<DemoAccount[]> {
  const created: DemoAccount[] = []
  const taken = new Set<number>()
  for (const spec of DEMO) {
    const person = spec.unitCode === undefined ? undefined : await pickPerson(db, spec, taken)
    if (person !== undefined) taken.add(person.id)
    const password = generatePassword()
    await createAccount(db, {
      username: spec.username,
      password,
      roles:
        spec.role === 'employee' || spec.role === 'admin' ? [spec.role] : [spec.role, 'employee'],
      ...(person === undefined ? {} : { person: person.national_id }),
      ...(spec.unitCode !== undefined && (spec.role === 'leader' || spec.role === 'unit_hr')
        ? { unit: spec.unitCode }
        : {}),
      ...(person === undefined ? { displayName: 'Quản trị hệ thống' } : {}),
    })
    created.push({
      username: spec.username,
      password,
      role: spec.role,
      who: person === undefined ? 'Quản trị hệ thống' : `${person.full_name} — ${person.unit_name}`,
    })
  }
  return created
}

async function pickPerson(db: Kysely<Database>, spec: DemoSpec, taken: Set<number>) {
  const top = await db
    .selectFrom('units')
    .select('path')
    .where('code', '=', spec.unitCode ?? '')
    .executeTakeFirst()
  if (top === undefined) return undefined
  let query = db
    .selectFrom('people as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.national_id', 'p.full_name', 'u.name as unit_name'])
    .where('p.status', '=', 'working')
    .where('u.path', 'like', `${top.path}%`)
    .where('p.id', 'not in', [...taken, -1])
  const headPost = db
    .selectFrom('appointments as a')
    .innerJoin('leadership_posts as lp', 'lp.id', 'a.post_id')
    .select('a.person_id')
    .where('a.end_date', 'is', null)
  query =
    spec.head === true
      ? query.where('p.id', 'in', headPost.where('lp.level', '=', 3)).where('u.path', '=', top.path)
      : query.where('p.id', 'not in', headPost)
  return query.orderBy('p.id').executeTakeFirst()
}
