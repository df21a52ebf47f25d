/**
 * Measures `npm start` the way a new user meets it: on an empty data directory (migrate, seed
 * the synthetic ministry, demo accounts) until /api/health answers, then a restart on the
 * populated directory. Prints both times; run with `npm run bench:start`.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = process.cwd()

async function timeStart(dataDir: string, port: number): Promise<number> {
  const started = performance.now()
  // Exactly what a user runs (build, then the server), in its own process group to stop it whole.
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`)
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`)
        if (res.ok) return (performance.now() - started) / 1000
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  } finally {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM')
    await new Promise((resolve) => child.once('exit', resolve))
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hrm-start-'))
try {
  const port = 3900 + Math.floor(Math.random() * 90)
  const first = await timeStart(dir, port)
  const second = await timeStart(dir, port)
  console.log('npm start until /api/health answers (this machine):')
  console.log(
    `  empty data directory (migrate + seed 6,300 + demo accounts): ${first.toFixed(1)} s   (target < 20 s)`,
  )
  console.log(
    `  populated data directory (restart):                          ${second.toFixed(1)} s   (target < 3 s)`,
  )
} finally {
  fs.rmSync(dir, { recursive: true, force: true })
}
