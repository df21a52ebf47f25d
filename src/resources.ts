import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The folder holding package.json, found by walking up from this module: the same answer whether
 * the program runs from src/ (tsx, tests) or from the bundle in dist/ (npm start).
 */
function findProjectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error('package.json not found above the program')
    dir = parent
  }
  return dir
}

/** A file shipped with the program (page assets, the starter regulations), by its path in the repository. */
export function projectFile(...parts: string[]): string {
  return path.join(findProjectRoot(), ...parts)
}
