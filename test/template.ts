import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** The synthetic ministry every database test starts from, and the date it is "as of". */
export const TEST_SEED = { seed: 20250301, people: 6300, asOf: '2026-11-24' } as const

const SOURCES = [
  'src/data/migrations',
  'src/data/synthetic',
  'src/forecast/retirement.ts',
  'src/chat/regulations',
]

/**
 * A key that changes whenever the schema or the generator changes, so a cached template is
 * rebuilt exactly when it would differ.
 */
export function templateKey(root: string): string {
  const hash = createHash('sha256')
  hash.update(JSON.stringify(TEST_SEED))
  for (const file of SOURCES.flatMap((s) => listFiles(path.join(root, s))).sort()) {
    hash.update(file)
    hash.update(fs.readFileSync(file))
  }
  return hash.digest('hex').slice(0, 16)
}

function listFiles(target: string): string[] {
  if (!fs.existsSync(target)) return []
  if (fs.statSync(target).isFile()) return [target]
  return fs.readdirSync(target).flatMap((name) => listFiles(path.join(target, name)))
}

export function templateCacheDir(root: string): string {
  return path.join(root, 'node_modules', '.cache', 'hrm-test')
}

export function serverTemplateName(key: string): string {
  return `hrm_test_tpl_${key}`
}

/** The URL of another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}
