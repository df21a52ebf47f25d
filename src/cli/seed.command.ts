import { parseArgs } from 'node:util'
import type { Config } from '../config.js'
import { createDb } from '../data/db.js'
import { migrateToLatest } from '../data/migrate.js'
import { bulkSeedServer, seedMinistry } from '../data/synthetic/index.js'
import { AppError } from '../errors.js'

/** Above this many people on a server, rows go in with COPY rather than in one transaction. */
const BULK_THRESHOLD = 100_000

export async function seedCommand(
  config: Config,
  args: string[],
  log: (s: string) => void,
): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { people: { type: 'string' }, seed: { type: 'string' }, 'as-of': { type: 'string' } },
  })
  const people =
    values.people === undefined ? config.seed.people : parsePositive(values.people, '--people')
  const seed = values.seed === undefined ? config.seed.seed : parsePositive(values.seed, '--seed')
  const asOf = values['as-of'] ?? new Date().toISOString().slice(0, 10)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf))
    throw new AppError('VALIDATION', '--as-of must be YYYY-MM-DD')
  const db = await createDb(config)
  try {
    await migrateToLatest(db)
    const existing = await db.selectFrom('people').select('id').limit(1).execute()
    if (existing.length > 0) {
      throw new AppError(
        'CONFLICT',
        'The database already holds people: seed fills only an empty database. Nothing was changed.',
      )
    }
    const onProgress = progressPrinter(log)
    const options = { seed, people, asOf, onProgress }
    if (config.databaseUrl !== undefined && people > BULK_THRESHOLD) {
      await db.destroy()
      const report = await bulkSeedServer(config.databaseUrl, options)
      log(
        `Xong: ${report.rows.toLocaleString('vi-VN')} dòng, ${Math.round(report.rows / (report.ms / 1000)).toLocaleString('vi-VN')} dòng/s`,
      )
      return
    }
    const report = await db.transaction().execute((trx) => seedMinistry(trx, options))
    log(
      `Xong: ${report.people.toLocaleString('vi-VN')} hồ sơ, ${report.rows.toLocaleString('vi-VN')} dòng trong ${(report.ms / 1000).toFixed(1)} s`,
    )
  } finally {
    await db.destroy().catch(() => undefined)
  }
}

function parsePositive(text: string, name: string): number {
  const value = Number(text.replaceAll('_', ''))
  if (!Number.isInteger(value) || value <= 0)
    throw new AppError('VALIDATION', `${name} must be a positive whole number`)
  return value
}

function progressPrinter(log: (s: string) => void) {
  let lastShown = 0
  let lastDone = -1
  return (done: number, total: number) => {
    const now = Date.now()
    if (done === 0 || (now - lastShown < 1000 && done < total) || done === lastDone) return
    lastDone = done
    lastShown = now
    log(`  ${done.toLocaleString('vi-VN')} / ${total.toLocaleString('vi-VN')} hồ sơ`)
  }
}
