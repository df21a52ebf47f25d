import { zValidator } from '@hono/zod-validator'
import type { ValidationTargets } from 'hono'
import type { ZodType } from 'zod'
import { AppError } from '../errors.js'

/**
 * zod validation of a request part that fails with one AppError naming every bad field,
 * e.g. "limit: must be at most 500; sex: must be male or female".
 */
export function validate<T extends ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) {
  return zValidator(target, schema, (result) => {
    if (result.success) return
    const problems = result.error.issues.map((issue) => {
      const field = issue.path.join('.')
      return field === '' ? issue.message : `${field}: ${issue.message}`
    })
    throw new AppError('VALIDATION', problems.join('; '), {
      vi: `Dữ liệu không hợp lệ — ${problems.join('; ')}`,
      details: { issues: result.error.issues.map((i) => ({ path: i.path, message: i.message })) },
    })
  })
}
