import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

/** The two question sets: `tuning` may be shown to engine authors, `heldout` never. */
export const CHAT_SETS = ['tuning', 'heldout'] as const
export type ChatSetName = (typeof CHAT_SETS)[number]

/** Roles a question may be asked as; each gold query runs under that role's principal. */
export const QUESTION_ROLES = ['ministry_hr', 'leader', 'unit_hr', 'planner'] as const
export type QuestionRole = (typeof QUESTION_ROLES)[number]

export const CATEGORIES = [
  'count',
  'list',
  'group',
  'avg',
  'share',
  'superlative',
  'person',
  'retirement',
  'term',
  'trend',
  'compare',
  'sensitive',
  'followup',
  'time',
  'quota',
] as const

export const chatQuestionSchema = z
  .object({
    id: z.string().regex(/^[ht]\d{3}$/, 'id: h001… for held-out, t001… for tuning'),
    question: z.string().trim().min(3),
    language: z.enum(['vi', 'en']),
    /** Whether the question keeps its Vietnamese diacritics (the "khong dau" style does not). */
    diacritics: z.boolean(),
    role: z.enum(QUESTION_ROLES).default('ministry_hr'),
    /** Earlier turns of the same conversation, asked first and in order. */
    conversation: z.array(z.string().trim().min(1)).default([]),
    gold: z
      .string()
      .trim()
      .regex(/^select\s/i, 'gold: a single SELECT')
      .refine((s) => !s.includes(';'), 'gold: no semicolon (it is wrapped as a subquery)'),
    order_matters: z.boolean().default(false),
    category: z.enum(CATEGORIES),
    note: z.string().optional(),
  })
  .strict()

export type ChatQuestion = z.infer<typeof chatQuestionSchema>

const DATA_DIR = path.dirname(fileURLToPath(import.meta.url))

/** Parses a JSONL question file; an invalid line fails with its file and line number. */
export function parseChatSet(text: string, source: string): ChatQuestion[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      const parsed = chatQuestionSchema.safeParse(parseJson(line, source, number))
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
        throw new Error(`${source}:${number}: ${issues.join('; ')}`)
      }
      return parsed.data
    })
}

function parseJson(line: string, source: string, number: number): unknown {
  try {
    return JSON.parse(line) as unknown
  } catch (error) {
    throw new Error(`${source}:${number}: not JSON (${(error as Error).message})`, {
      cause: error,
    })
  }
}

/** Reads one set from `eval/chat/<name>.jsonl` (or from `dir`). */
export async function loadChatSet(name: ChatSetName, dir = DATA_DIR): Promise<ChatQuestion[]> {
  const file = path.join(dir, `${name}.jsonl`)
  return parseChatSet(await fs.readFile(file, 'utf8'), path.relative(process.cwd(), file))
}
