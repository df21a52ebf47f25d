import type { CompileContext } from './compile-context.js'

/**
 * The LIKE pattern of a unit's subtree: its materialised path ('/1/7/31/') and '%'. Paths are
 * digits and slashes only; anything else would not be a unit of this database.
 */
export function subtreePattern(unitId: number, ctx: CompileContext): string {
  const path = ctx.unitPath(unitId)
  if (path === undefined || !/^(\/\d+)+\/$/.test(path))
    throw new RangeError(`Unknown unit ${unitId}`)
  return `${path}%`
}
