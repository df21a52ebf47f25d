import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
import { acquireDirLock } from './dir-lock.js'

const dirs: string[] = []
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hrm-lock-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

describe('data directory lock', () => {
  it('refuses a directory held by another live process, naming its pid', () => {
    const dir = tempDir()
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'])
    try {
      fs.writeFileSync(path.join(dir, 'hrm.lock'), `${other.pid}\n`)
      expect(() => acquireDirLock(dir)).toThrow(
        new RegExp(`in use by another process \\(pid ${other.pid}\\)`),
      )
      expect(fs.readFileSync(path.join(dir, 'hrm.lock'), 'utf8').trim()).toBe(String(other.pid))
    } finally {
      other.kill()
    }
  })

  it('takes over a lock whose process is gone', async () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'hrm.lock'), '999999\n')
    const lock = acquireDirLock(dir)
    expect(fs.readFileSync(lock.path, 'utf8').trim()).toBe(String(process.pid))
    await lock.release()
    expect(fs.existsSync(lock.path)).toBe(false)
  })

  it('refuses a second open in the same process', async () => {
    const dir = tempDir()
    const lock = acquireDirLock(dir)
    expect(() => acquireDirLock(dir)).toThrow(/already open in this process/)
    await lock.release()
  })
})
