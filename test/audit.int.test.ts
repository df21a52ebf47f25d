import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordAudit, verifyAuditChain } from '../src/data/audit.repository.js'
import { openTestDb, type TestDb } from './db.js'

let test: TestDb
beforeAll(async () => {
  test = await openTestDb()
  for (let i = 0; i < 5; i++) {
    await recordAudit(
      test.db,
      { accountId: 1, username: 'tester' },
      { action: 'test.entry', rowCount: i, details: { i } },
    )
  }
})
afterAll(async () => test.close())

describe('audit log', () => {
  it('chains each entry to the one before', async () => {
    const check = await verifyAuditChain(test.db)
    expect(check.rows).toBeGreaterThanOrEqual(5)
    expect(check.firstBrokenId).toBeNull()
  })

  it('refuses UPDATE, DELETE and TRUNCATE at the database, even for the table owner', async () => {
    await expect(sql`update audit_log set action = 'x'`.execute(test.db)).rejects.toThrow(
      /append-only/,
    )
    await expect(sql`delete from audit_log`.execute(test.db)).rejects.toThrow(/append-only/)
    await expect(sql`truncate audit_log`.execute(test.db)).rejects.toThrow(/append-only/)
  })

  it('detects a row altered behind the triggers’ back', async () => {
    const target = await test.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'test.entry')
      .orderBy('id')
      .offset(2)
      .executeTakeFirstOrThrow()
    // Someone with the owner's rights switches the guard off, edits history and switches it back.
    await sql`alter table audit_log disable trigger audit_log_no_change`.execute(test.db)
    await sql`update audit_log set row_count = 999 where id = ${target.id}`.execute(test.db)
    await sql`alter table audit_log enable trigger audit_log_no_change`.execute(test.db)
    expect((await verifyAuditChain(test.db)).firstBrokenId).toBe(target.id)
  })

  it('detects a deleted row by the broken link of the next one', async () => {
    const rows = await test.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'test.entry')
      .orderBy('id')
      .execute()
    const victim = rows[3]?.id ?? -1
    await sql`alter table audit_log disable trigger audit_log_no_change`.execute(test.db)
    await sql`delete from audit_log where id = ${victim}`.execute(test.db)
    await sql`alter table audit_log enable trigger audit_log_no_change`.execute(test.db)
    const check = await verifyAuditChain(test.db)
    expect(check.firstBrokenId).not.toBeNull()
  })
})
