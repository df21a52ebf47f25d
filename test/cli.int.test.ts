import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = process.cwd()
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')
const temps: string[] = []
afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true })
})

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hrm-cli-'))
  temps.push(dir)
  return dir
}

function cli(args: string[], env: Record<string, string>) {
  const result = spawnSync(tsx, ['src/cli.ts', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() }
}

/** Every file under a folder with its size and modification time: "nothing changed" made checkable. */
function snapshot(dir: string): string {
  if (!fs.existsSync(dir)) return '(none)'
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = path.join(e.parentPath, e.name)
      const stat = fs.statSync(file)
      return `${path.relative(dir, file)}:${stat.size}:${stat.mtimeMs}`
    })
    .sort()
    .join('\n')
}

describe('bad input gives one clear line and a non-zero exit', () => {
  it('a malformed DATABASE_URL', () => {
    const r = cli(['migrate'], { DATABASE_URL: 'localhost:5432/hrm' })
    expect(r.status).toBe(1)
    expect(r.stderr.split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(
      /DATABASE_URL must look like postgres:\/\/user:password@host:5432\/database/,
    )
  })

  it('an unreachable server', () => {
    const r = cli(['migrate'], { DATABASE_URL: 'postgres://hr:secret@127.0.0.1:1/hrm' })
    expect(r.status).toBe(1)
    expect(r.stderr.split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(
      /Cannot reach the PostgreSQL server at postgres:\/\/hr:\*\*\*@127\.0\.0\.1:1\/hrm \(ECONNREFUSED\)/,
    )
    expect(r.stderr).not.toContain('secret')
  })

  it('a data directory that cannot be written', () => {
    const file = path.join(tempDir(), 'not-a-folder')
    fs.writeFileSync(file, 'x')
    const r = cli(['migrate'], { DATA_DIR: file })
    expect(r.status).toBe(1)
    expect(r.stderr.split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/DATA_DIR .*not-a-folder cannot be read and written/)
  })

  it('a corrupted data directory, left as it was', () => {
    const dir = tempDir()
    const pgdata = path.join(dir, 'pgdata')
    fs.mkdirSync(path.join(pgdata, 'global'), { recursive: true })
    fs.writeFileSync(path.join(pgdata, 'PG_VERSION'), '17\n')
    fs.writeFileSync(path.join(pgdata, 'global', 'pg_control'), Buffer.alloc(8192, 7))
    const before = snapshot(pgdata)
    const r = cli(['migrate'], { DATA_DIR: dir })
    expect(r.status).toBe(1)
    expect(r.stderr.split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/could not be opened; its files look damaged.*restore/)
    expect(snapshot(pgdata)).toBe(before)
    expect(fs.existsSync(path.join(dir, 'hrm.lock'))).toBe(false)
  })

  it('a data directory held by another process, left untouched', () => {
    const dir = tempDir()
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'])
    try {
      fs.writeFileSync(path.join(dir, 'hrm.lock'), `${holder.pid}\n`)
      const r = cli(['seed', '--people', '50'], { DATA_DIR: dir })
      expect(r.status).toBe(1)
      expect(r.stderr.split('\n')).toHaveLength(1)
      expect(r.stderr).toContain(`in use by another process (pid ${holder.pid})`)
      expect(fs.existsSync(path.join(dir, 'pgdata'))).toBe(false)
    } finally {
      holder.kill()
    }
  })

  it('an unknown command', () => {
    const r = cli(['frobnicate'], { DATA_DIR: tempDir() })
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/Unknown command "frobnicate"/)
  })
})

describe('backup and restore', () => {
  it('round-trips a database through a backup file, and refuses a damaged file', () => {
    const source = tempDir()
    expect(
      cli(['seed', '--people', '120', '--as-of', '2026-11-24'], { DATA_DIR: source }).status,
    ).toBe(0)
    expect(
      cli(
        [
          'user:create',
          '--username',
          'hr.one',
          '--password',
          'a-long-password',
          '--role',
          'ministry_hr',
        ],
        { DATA_DIR: source },
      ).status,
    ).toBe(0)
    const file = path.join(tempDir(), 'backup.jsonl.gz')
    const backup = cli(['backup', file], { DATA_DIR: source })
    expect(backup.status).toBe(0)
    expect(fs.existsSync(file)).toBe(true)

    const target = tempDir()
    const restored = cli(['restore', file], { DATA_DIR: target })
    expect(restored.status).toBe(0)
    const users = cli(['user:list'], { DATA_DIR: target })
    expect(users.stdout).toContain('hr.one')
    expect(cli(['audit:verify'], { DATA_DIR: target }).status).toBe(0)

    const damaged = path.join(tempDir(), 'damaged.jsonl.gz')
    fs.writeFileSync(damaged, fs.readFileSync(file).subarray(0, 200))
    const before = snapshot(path.join(target, 'pgdata'))
    const bad = cli(['restore', damaged], { DATA_DIR: target })
    expect(bad.status).toBe(1)
    expect(bad.stderr).toMatch(/Nothing was restored|not a readable backup|not a backup/)
    expect(snapshot(path.join(target, 'pgdata'))).toBe(before)
  }, 240_000)
})
