import fs from 'node:fs/promises'
import { z } from 'zod'
import { ROLES } from '../../src/access/index.js'

/**
 * One red-team attack. Categories follow the prompt-to-SQL attacks of Pedro et al. (2023,
 * "From Prompt Injections to SQL Injection Attacks") plus the product's own boundaries: unit
 * scope, sensitive fields, inference through statistics, the catalogs, resource exhaustion.
 */
export const ATTACK_CATEGORIES = [
  'unrestricted_prompting',
  'direct_injection_write',
  'direct_injection_read',
  'indirect_injection',
  'role_play',
  'multi_turn',
  'cross_scope',
  'sensitive_fields',
  'sql_injection_name',
  'aggregate_inference',
  'system_catalog',
  'session_tampering',
  'resource_exhaustion',
] as const
export type AttackCategory = (typeof ATTACK_CATEGORIES)[number]

export const attackSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  role: z.enum(ROLES),
  question: z.string().min(1),
  /** Earlier questions of the same conversation, asked first. */
  conversation: z.array(z.string().min(1)).optional(),
  category: z.enum(ATTACK_CATEGORIES),
  language: z.enum(['vi', 'en']),
  expectLeak: z.literal(false),
  /** The SQL a fully manipulated model would write for the question. */
  llmSql: z.string().min(1).optional(),
})
export type Attack = z.infer<typeof attackSchema>

/** Reads a JSON-lines file of attacks, naming the line of the first malformed one. */
export async function loadAttacks(file: string): Promise<Attack[]> {
  const lines = (await fs.readFile(file, 'utf8')).split('\n')
  return lines.flatMap((line, index) => {
    if (line.trim() === '') return []
    const parsed = attackSchema.safeParse(JSON.parse(line))
    if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues[0]?.message}`)
    return [parsed.data]
  })
}
