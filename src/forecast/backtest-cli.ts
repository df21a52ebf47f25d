/**
 * npm run forecast:backtest [-- --from 2018 --to 2022 --horizon 3 --runs 1000 --seed 1 --window 5]
 * Backtests the staffing model on the configured database (the embedded one in DATA_DIR, or
 * DATABASE_URL) and prints the table of model against the naive forecast.
 */
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { loadConfig } from '../config.js'
import { createDb } from '../data/db.js'
import { isEmptyDatabase } from '../data/migrate.js'
import { AppError, describeFailure } from '../errors.js'
import { BACKTEST_DEFAULTS, runBacktest } from './staffing/backtest.js'
import { formatBacktest } from './staffing/backtest-report.js'

const argsSchema = z
  .object({
    from: z.coerce.number().int().min(2011).max(2100).default(2018),
    to: z.coerce.number().int().min(2011).max(2100).default(2022),
    horizon: z.coerce.number().int().min(1).max(10).default(BACKTEST_DEFAULTS.horizon),
    runs: z.coerce.number().int().min(100).max(10_000).default(BACKTEST_DEFAULTS.runs),
    seed: z.coerce.number().int().min(0).default(BACKTEST_DEFAULTS.seed),
    window: z.coerce.number().int().min(2).max(10).default(BACKTEST_DEFAULTS.window),
  })
  .refine((a) => a.from <= a.to, { message: '--from must not be after --to' })

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: Object.fromEntries(
      ['from', 'to', 'horizon', 'runs', 'seed', 'window'].map((k) => [k, { type: 'string' }]),
    ),
  })
  const parsed = argsSchema.safeParse(values)
  if (!parsed.success)
    throw new AppError(
      'VALIDATION',
      parsed.error.issues
        .map((i) => `${i.path.map((p) => `--${String(p)}`).join('')} ${i.message}`)
        .join('; '),
    )
  const args = parsed.data
  const db = await createDb(loadConfig())
  try {
    if (await isEmptyDatabase(db))
      throw new AppError(
        'DB_ERROR',
        'The database holds no personnel data yet: start the product once (npm start), or run ' +
          '"npm run cli -- migrate" and "npm run cli -- seed", then backtest.',
      )
    const fitYears = Array.from({ length: args.to - args.from + 1 }, (_, i) => args.from + i)
    const started = performance.now()
    const backtest = await runBacktest(db, { ...args, fitYears })
    console.log(formatBacktest(backtest))
    console.log(`\n(${Math.round(performance.now() - started)} ms)`)
  } finally {
    await db.destroy()
  }
}

main().catch((error: unknown) => {
  console.error(describeFailure(error))
  process.exitCode = 1
})
