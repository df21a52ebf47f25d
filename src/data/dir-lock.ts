import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '../errors.js'

/**
 * An embedded database folder belongs to one process at a time: PGlite has no shared-memory
 * locking of its own, so two processes writing one folder would corrupt it. The lock is a file
 * holding the owner's pid; a lock whose process is gone is taken over.
 */
export interface DirLock {
  readonly path: string
  release(): Promise<void>
}

const LOCK_FILE = 'hrm.lock'

export function acquireDirLock(dir: string): DirLock {
  const file = path.join(dir, LOCK_FILE)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' })
      return createLock(file)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = readOwner(file)
      if (owner !== undefined && owner !== process.pid && isAlive(owner)) {
        throw new AppError(
          'DB_LOCKED',
          `The data directory ${dir} is in use by another process (pid ${owner}), such as the ` +
            "running server. Stop that process first, or use the server's API; nothing was changed.",
          { details: { pid: owner } },
        )
      }
      if (owner === process.pid) {
        throw new AppError(
          'DB_LOCKED',
          `The data directory ${dir} is already open in this process.`,
        )
      }
      fs.rmSync(file, { force: true })
    }
  }
  throw new AppError('DB_LOCKED', `Could not lock the data directory ${dir}; try again.`)
}

function createLock(file: string): DirLock {
  let released = false
  const releaseSync = () => {
    if (released) return
    released = true
    process.off('exit', releaseSync)
    if (readOwner(file) === process.pid) fs.rmSync(file, { force: true })
  }
  process.on('exit', releaseSync)
  return {
    path: file,
    release: () => {
      releaseSync()
      return Promise.resolve()
    },
  }
}

function readOwner(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8').trim(), 10)
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
