import fs from 'node:fs/promises'
import { type Principal, type Role, ROLES } from '../src/access/index.js'
import { loadConfig } from '../src/config.js'
import { createRoleAccounts } from '../test/accounts.js'
import { CHAT_SETS } from './chat/dataset.js'
import { formatFailures } from './chat/print-failures.js'
import { TEST_SEED } from '../test/template.js'
import { type AskFn, runChatEval } from './chat/run.js'
import { type CliOptions, parseCli } from './cli-options.js'
import { openEvalDb } from './db.js'
import { type EvalDeps, loadAsk, redTeamPart, regulationsPart } from './parts.js'
import {
  ciFailures,
  type EvalResults,
  type PartName,
  type PartResult,
  type Thresholds,
  thresholdsSchema,
} from './report.js'
import { buildTable, formatTable } from './table.js'

/**
 * `npm run eval`: builds the synthetic ministry, runs every part that exists and prints one
 * table of measures beside their targets. Progress goes to stderr, the table to stdout.
 */
async function main(): Promise<void> {
  const options = parseCli(process.argv.slice(2))
  const thresholdsFile = new URL('./thresholds.json', import.meta.url)
  const thresholds = thresholdsSchema.parse(JSON.parse(await fs.readFile(thresholdsFile, 'utf8')))
  const config = loadConfig()
  const log = (line: string) => {
    process.stderr.write(`${line}\n`)
  }
  const evalDb = await openEvalDb({ databaseUrl: config.databaseUrl, log })
  try {
    const accounts = await createRoleAccounts(evalDb.db)
    const principals = Object.fromEntries(ROLES.map((r) => [r, accounts[r].principal]))
    const deps: EvalDeps = {
      config,
      db: evalDb.db,
      engine: evalDb.engine,
      log,
      principals: principals as Record<Role, Principal>,
    }
    const results = await runParts(deps, options)
    await report(results, thresholds, options, evalDb.engine)
  } finally {
    await evalDb.close()
  }
}

/** Prints the table (and failures), writes the JSON, and sets the exit code for --ci. */
async function report(
  results: EvalResults,
  thresholds: Thresholds,
  options: CliOptions,
  database: string,
): Promise<void> {
  const rows = buildTable(results, thresholds)
  process.stdout.write(`\n${formatTable(rows)}\n`)
  if (options.verbose && results.chat.state === 'ok') {
    process.stdout.write(`${formatFailures(results.chat.value)}\n`)
  }
  const reasons = ciFailures(results, thresholds)
  if (options.json !== undefined) {
    const ci = { passed: reasons.length === 0, reasons }
    const body = { generatedAt: new Date().toISOString(), database, thresholds, table: rows }
    await fs.writeFile(options.json, `${JSON.stringify({ ...body, results, ci }, null, 2)}\n`)
  }
  if (options.ci && reasons.length > 0) {
    process.stderr.write(`\nCI check failed:\n${reasons.map((r) => `  - ${r}`).join('\n')}\n`)
    process.exitCode = 1
  }
}

async function runParts(deps: EvalDeps, options: CliOptions): Promise<EvalResults> {
  const wanted = (part: PartName) => options.only === undefined || options.only === part
  // The pipeline is loaded once: chat questions and red-team attacks go to the same one.
  const pipeline = await runPart(wanted('chat') || wanted('redteam'), () => loadAsk(deps))
  const ask = pipeline.state === 'ok' ? pipeline.value : undefined
  const chat = wanted('chat')
    ? await chatPart(deps, ask, pipeline, options)
    : ({ state: 'skipped' } as const)
  const regulations = await runPart(wanted('regulations'), () => regulationsPart(deps))
  const redteam = await runPart(wanted('redteam'), () => redTeamPart(deps))
  return { chat, regulations, redteam }
}

async function chatPart(
  deps: EvalDeps,
  ask: AskFn | undefined,
  pipeline: PartResult<AskFn>,
  options: CliOptions,
): Promise<EvalResults['chat']> {
  if (ask === undefined) return pipeline.state === 'ok' ? { state: 'not available' } : pipeline
  const sets = options.set === undefined ? CHAT_SETS : [options.set]
  return runPart(true, () =>
    runChatEval({
      db: deps.db,
      ask,
      principals: deps.principals,
      sets,
      today: TEST_SEED.asOf,
      onProgress: (set, done, total) => {
        if (done % 25 === 0 || done === total) deps.log(`  chat ${set}: ${done}/${total}`)
      },
    }),
  )
}

/** Runs one part, turning "no such part yet" and crashes into states of the table. */
async function runPart<T>(
  wanted: boolean,
  run: () => Promise<T | undefined>,
): Promise<PartResult<T>> {
  if (!wanted) return { state: 'skipped' }
  try {
    const value = await run()
    return value === undefined ? { state: 'not available' } : { state: 'ok', value }
  } catch (error) {
    return { state: 'failed', error: error instanceof Error ? error.message : String(error) }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
