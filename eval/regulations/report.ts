import { createLocalEmbedder, ingestStarterCorpus } from '../../src/chat/regulations/index.js'
import { openBlankDb } from '../../test/blank-db.js'
import { runRegulationsEval } from './run.js'

/**
 * Prints the regulation retrieval benchmark on the starter corpus with the local embedding:
 *   node_modules/.bin/tsx eval/regulations/report.ts [tune|heldout|all]
 */
const split = (process.argv[2] ?? 'all') as 'tune' | 'heldout' | 'all'
const db = await openBlankDb()
try {
  const embedder = createLocalEmbedder()
  await ingestStarterCorpus(db, { embedder })
  const { failures, ...report } = await runRegulationsEval(db, { embedder, split })
  console.log(JSON.stringify(report, null, 2))
  for (const f of failures) {
    console.log(`\n${f.id} [${f.split}] ${f.question}`)
    console.log(`  expected ${JSON.stringify(f.expected)}`)
    console.log(`  got      ${f.got.slice(0, 3).join(' | ') || '(nothing)'}`)
  }
} finally {
  await db.destroy()
}
