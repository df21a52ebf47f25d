import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../src/access/index.js'
import { findPeopleByName } from '../src/chat/people-lookup.js'
import { foldDiacritics } from '../src/chat/understand/normalise.js'
import { createRoleAccounts, HOME_UNIT, OTHER_UNIT, type RoleAccount } from './accounts.js'
import { openTestDb, type TestDb } from './db.js'

let test: TestDb
let accounts: Record<Role, RoleAccount>

async function someoneIn(unit: string): Promise<{ id: number; name: string }> {
  const { rows } = await sql<{ id: number; name: string }>`
    select p.id, p.full_name as name from people p join units u on u.id = p.unit_id
    where p.status = 'working' and array_length(string_to_array(p.full_name, ' '), 1) = 3
      and u.path like (select path from units where code = ${unit}) || '%'
    order by p.id limit 1`.execute(test.db)
  const person = rows[0]
  if (person === undefined) throw new Error(`nobody in ${unit}`)
  return person
}

beforeAll(async () => {
  test = await openTestDb()
  accounts = await createRoleAccounts(test.db)
})
afterAll(async () => test.close())

describe('findPeopleByName', () => {
  it('finds a name typed without diacritics, then a part of it, then one with a slip', async () => {
    const hr = accounts.ministry_hr.principal
    const person = await someoneIn(HOME_UNIT)
    const exact = await findPeopleByName(test.db, hr, foldDiacritics(person.name).toUpperCase())
    expect(exact[0]).toMatchObject({ id: person.id, fullName: person.name, score: 1 })

    const [, middle, given] = person.name.split(' ')
    const part = await findPeopleByName(test.db, hr, `${middle} ${given}`)
    expect(part.map((p) => p.id)).toContain(person.id)

    const [surname] = person.name.split(' ')
    const slip = `${surname} ${middle?.slice(0, -1)} ${given}`
    expect((await findPeopleByName(test.db, hr, slip)).map((p) => p.id)).toContain(person.id)
  })

  it('does not find someone outside the asker’s scope, even by the exact name', async () => {
    const outsider = await someoneIn(OTHER_UNIT)
    const found = await findPeopleByName(test.db, accounts.leader.principal, outsider.name)
    expect(found.map((p) => p.id)).not.toContain(outsider.id)
    const insider = await someoneIn(HOME_UNIT)
    const home = await findPeopleByName(test.db, accounts.leader.principal, insider.name)
    expect(home[0]?.id).toBe(insider.id)
  })
})
