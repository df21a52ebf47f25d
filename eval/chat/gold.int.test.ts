import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Principal, Role } from '../../src/access/index.js'
import { createRolePrincipals } from '../../test/accounts.js'
import { openTestDb, type TestDb } from '../../test/db.js'
import { compositionProblems } from './composition.js'
import { type ChatQuestion, loadChatSet } from './dataset.js'
import { TEST_SEED } from '../../test/template.js'
import { describeGold, runGold } from './gold.js'
import { matchesGold } from './score.js'

/**
 * The gold SQL is itself checked: every query runs as its question's role on the test
 * database (PGlite, or the server of DATABASE_URL), reads only the chat views, and finds a
 * non-trivial answer; and the two sets keep their make-up.
 */
const sets = { tuning: await loadChatSet('tuning'), heldout: await loadChatSet('heldout') }
const all: ChatQuestion[] = [...sets.heldout, ...sets.tuning]
const SENSITIVE_VIEWS = ['chat.people_private', 'chat.disciplines']

let test: TestDb
let principals: Record<Role, Principal>

beforeAll(async () => {
  test = await openTestDb()
  principals = await createRolePrincipals(test.db)
})

afterAll(async () => {
  await test?.close()
})

describe('the question sets', () => {
  it('keep their make-up: size, languages, follow-ups, no duplicates, nothing held-out leaked', () => {
    expect(compositionProblems(sets)).toEqual([])
  })
})

describe('every gold query', () => {
  it.each(all.map((q) => [q.id, q] as const))('%s runs as its role and answers', async (_, q) => {
    const shape = await describeGold(q.gold)
    expect(shape.relations.length).toBeGreaterThan(0)
    expect(shape.relations.filter((r) => !r.startsWith('chat.'))).toEqual([])
    if (shape.relations.some((r) => SENSITIVE_VIEWS.includes(r))) {
      expect(['ministry_hr', 'unit_hr']).toContain(q.role)
    }
    const { rows } = await runGold(test.db, principals[q.role], q.gold, { today: TEST_SEED.asOf })
    expect(rows.length).toBeGreaterThan(0)
    const isTrivial = (value: unknown) => value === null || value === 0 || value === '0'
    expect(rows.flat().every(isTrivial)).toBe(false)
  })

  // A leader's question is about their own unit: its gold names that unit itself rather than
  // leaning on row-level security, so ministry HR asking it would get the same answer.
  const scoped = all.filter((q) => q.role === 'leader' || q.role === 'unit_hr')
  it.each(scoped.map((q) => [q.id, q] as const))('%s states its unit scope', async (_, q) => {
    const asRole = await runGold(test.db, principals[q.role], q.gold, { today: TEST_SEED.asOf })
    const asMinistry = await runGold(test.db, principals.ministry_hr, q.gold, {
      today: TEST_SEED.asOf,
    })
    expect(matchesGold(asMinistry.rows, asRole.rows, { orderMatters: q.order_matters })).toBe(true)
  })
})
