import fs from 'node:fs/promises'
import type { Config } from '../config.js'
import { restoreBackupFile } from '../data/backup/index.js'
import { createDb, ensureWritableDir, pgdataDir } from '../data/db.js'
import { acquireDirLock } from '../data/dir-lock.js'
import { migrateToLatest } from '../data/migrate.js'
import { AppError } from '../errors.js'

/**
 * Restores a backup. Embedded: into a new folder beside the current one, which is kept (renamed)
 * rather than deleted; the swap happens only after the restore succeeded. Server: only into an
 * empty database, so that no existing data or audit history is overwritten.
 */
export async function restoreCommand(
  config: Config,
  file: string,
  log: (s: string) => void,
): Promise<void> {
  await fs.access(file).catch(() => {
    throw new AppError('BAD_REQUEST', `Cannot read the backup file ${file}: check the path.`)
  })
  if (config.engine === 'postgres') return restoreIntoServer(config, file, log)
  await ensureWritableDir(config.dataDir)
  const lock = acquireDirLock(config.dataDir)
  try {
    const dir = pgdataDir(config.dataDir)
    const aside = `${dir}.restoring`
    await fs.rm(aside, { recursive: true, force: true })
    const db = await createDb(config, {
      pgliteDir: aside,
      lock: { path: lock.path, release: () => Promise.resolve() },
    })
    try {
      await migrateToLatest(db)
      const summary = await restoreBackupFile(db, file)
      log(`Đã nạp ${summary.rows.toLocaleString('vi-VN')} dòng từ ${file}.`)
    } catch (error) {
      await db.destroy()
      await fs.rm(aside, { recursive: true, force: true })
      throw error
    }
    await db.destroy()
    const kept = `${dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`
    const hadData = await fs.stat(dir).then(
      () => true,
      () => false,
    )
    if (hadData) await fs.rename(dir, kept)
    await fs.rename(aside, dir)
    if (hadData) log(`Dữ liệu cũ được giữ lại ở ${kept}.`)
  } finally {
    await lock.release()
  }
}

async function restoreIntoServer(
  config: Config,
  file: string,
  log: (s: string) => void,
): Promise<void> {
  const db = await createDb(config)
  try {
    await migrateToLatest(db)
    const used = await db
      .selectFrom('people')
      .select('id')
      .union(db.selectFrom('accounts').select('id'))
      .limit(1)
      .execute()
    if (used.length > 0) {
      throw new AppError(
        'CONFLICT',
        'The database named by DATABASE_URL already holds data: restore into a new, empty database ' +
          '(createdb hrm_restored) and point DATABASE_URL at it. Nothing was changed.',
      )
    }
    const summary = await restoreBackupFile(db, file)
    log(`Đã nạp ${summary.rows.toLocaleString('vi-VN')} dòng từ ${file}.`)
  } finally {
    await db.destroy()
  }
}
