import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalEmbedder, ingestStarterCorpus } from '../../src/chat/regulations/index.js'
import type { Database } from '../../src/data/schema.js'
import { openBlankDb } from '../../test/blank-db.js'
import { loadQuestions, runRegulationsEval } from './run.js'

/** The committed floors: a change that drops below them fails CI. */
const THRESHOLDS = {
  recallAt5: 0.9,
  heldOutRecallAt5: 0.85,
  mrr: 0.75,
  maxAbstentionRate: 0.05,
} as const

let db: Kysely<Database>
const embedder = createLocalEmbedder()

beforeAll(async () => {
  db = await openBlankDb()
  await ingestStarterCorpus(db, { embedder })
})
afterAll(async () => db.destroy())

describe('regulation retrieval benchmark', () => {
  it('has enough questions, about 30% held out, each with a known expected document', async () => {
    const questions = await loadQuestions()
    const answerable = questions.filter((q) => q.expected !== null)
    expect(answerable.length).toBeGreaterThanOrEqual(80)
    const heldOut = answerable.filter((q) => q.split === 'heldout').length / answerable.length
    expect(heldOut).toBeGreaterThan(0.25)
    expect(heldOut).toBeLessThan(0.35)
    const numbers = new Set(
      (await db.selectFrom('regulation_documents').select('number').execute()).map((d) => d.number),
    )
    const expected = answerable.flatMap((q) => [q.expected, ...(q.alsoAccept ?? [])])
    expect(expected.filter((e) => e !== null && !numbers.has(e.document))).toEqual([])
  })

  it(`finds the right article in the top 5 for at least ${THRESHOLDS.recallAt5 * 100}% of questions`, async () => {
    const report = await runRegulationsEval(db, { embedder })
    expect(report.recallAt5).toBeGreaterThanOrEqual(THRESHOLDS.recallAt5)
    expect(report.heldOut?.recallAt5).toBeGreaterThanOrEqual(THRESHOLDS.heldOutRecallAt5)
    expect(report.mrr).toBeGreaterThanOrEqual(THRESHOLDS.mrr)
    expect(report.abstentionRate).toBeLessThanOrEqual(THRESHOLDS.maxAbstentionRate)
    expect(report.offTopic.abstained).toBe(report.offTopic.questions)
  })
})
