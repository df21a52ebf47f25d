import { parseArgs } from 'node:util'
import { z } from 'zod'
import { CHAT_SETS } from './chat/dataset.js'
import { PARTS } from './report.js'

const cliSchema = z.object({
  ci: z.boolean(),
  json: z.string().min(1).optional(),
  only: z.enum(PARTS).optional(),
  set: z.enum(CHAT_SETS).optional(),
  verbose: z.boolean(),
})
export type CliOptions = z.infer<typeof cliSchema>

export const USAGE =
  'usage: npm run eval -- [--ci] [--json <file>] [--only chat|regulations|redteam] ' +
  '[--set tuning|heldout] [--verbose]'

/** Reads the flags of `npm run eval`; an unknown flag or value fails with the usage line. */
export function parseCli(argv: readonly string[]): CliOptions {
  let values: unknown
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        ci: { type: 'boolean', default: false },
        json: { type: 'string' },
        only: { type: 'string' },
        set: { type: 'string' },
        verbose: { type: 'boolean', default: false },
      },
      strict: true,
    }).values
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`, { cause: error })
  }
  const parsed = cliSchema.safeParse(values)
  if (parsed.success) return parsed.data
  const issues = parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`)
  throw new Error(`${issues.join('; ')}\n${USAGE}`)
}
