/**
 * Asks a file of development questions (the shape of `DevExample`, one JSON object a line) or
 * the engine's own development questions, and prints how each came out against its SQL:
 *
 *   npm run eval:probe -- questions.jsonl            every question, one line each
 *   npm run eval:probe -- questions.jsonl --failures only the ones not answered as written
 *   npm run eval:probe -- --dev --failures           the development questions in the source
 *   npm run eval:probe -- --sql "select …" [--role leader]   rows of one query, as that role
 *
 * It runs on the cached test template (PGlite, the test seed, the clock at its date), so that
 * a question checked here means what it means in the database tests. Never point it at the
 * held-out set: that set is for measuring, not for looking at.
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { PGlite } from '@electric-sql/pglite'
import { Kysely } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import { z } from 'zod'
import type { Principal, Role } from '../../src/access/index.js'
import { answerChat } from '../../src/chat/answer.js'
import { createChatServices, type ChatServices } from '../../src/chat/services.js'
import type { ChatResponse } from '../../src/chat/types.js'
import { DEV_EXAMPLES, type DevExample } from '../../src/chat/understand/dev-examples.js'
import { loadConfig } from '../../src/config.js'
import { pgliteExtensions, pgliteParsers } from '../../src/data/db.js'
import type { Database } from '../../src/data/schema.js'
import { createRolePrincipals } from '../../test/accounts.js'
import { ensurePgliteTemplate } from '../../test/global-setup.js'
import { TEST_SEED } from '../../test/template.js'
import { runGold } from './gold.js'
import { matchesGold } from './score.js'

const exampleSchema = z
  .object({
    question: z.string().min(1),
    sql: z.string().nullable(),
    role: z.enum(['ministry_hr', 'leader', 'unit_hr', 'planner']).optional(),
    before: z.array(z.string()).optional(),
    orderMatters: z.boolean().optional(),
    expect: z.enum(['abstain', 'regulation', 'forecast', 'help']).optional(),
  })
  .strict()

type Verdict = 'ok' | 'wrong' | 'abstained' | 'misrouted' | 'gold-error' | 'error'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dev: { type: 'boolean', default: false },
    failures: { type: 'boolean', default: false },
    sql: { type: 'string' },
    role: { type: 'string', default: 'ministry_hr' },
  },
})

const examples = values.dev ? DEV_EXAMPLES : positionals.flatMap(readExamples)
if (examples.length === 0 && values.sql === undefined) {
  console.error(
    'usage: npm run eval:probe -- <questions.jsonl…> | --dev  [--failures]\n' +
      '       npm run eval:probe -- --sql "select …" [--role ministry_hr|leader|unit_hr|planner]',
  )
  process.exit(2)
}

const pglite = await PGlite.create({
  loadDataDir: new Blob([fs.readFileSync(await ensurePgliteTemplate(process.cwd()))]),
  extensions: pgliteExtensions,
  parsers: pgliteParsers,
})
const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) })
try {
  const principals = await createRolePrincipals(db)
  const now = new Date(`${TEST_SEED.asOf}T09:00:00+07:00`)
  if (values.sql !== undefined) {
    const role = exampleSchema.shape.role.unwrap().parse(values.role)
    const { rows } = await runGold(db, principals[role], values.sql, { today: TEST_SEED.asOf })
    for (const row of rows) console.log(row.map((cell) => String(cell)).join(' | '))
    console.log(`(${rows.length} rows)`)
  } else await probeAll(db, principals, now)
} finally {
  await db.destroy()
}

async function probeAll(
  db: Kysely<Database>,
  principals: Record<Role, Principal>,
  now: Date,
): Promise<void> {
  const services = createChatServices(db, loadConfig({ LOG_LEVEL: 'silent' }), () => now)
  const counts = new Map<Verdict, number>()
  for (const example of examples) {
    const { verdict, lines } = await probe(db, services, principals, example)
    counts.set(verdict, (counts.get(verdict) ?? 0) + 1)
    if (values.failures && verdict === 'ok') continue
    console.log([`${verdict.padEnd(10)} ${example.question}`, ...lines].join('\n'))
  }
  const summary = [...counts].map(([verdict, n]) => `${verdict} ${n}`).join(', ')
  console.log(`\n${examples.length} questions: ${summary}`)
}

function readExamples(file: string): DevExample[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '' && !line.startsWith('//'))
    .map(({ line, number }) => {
      const parsed = exampleSchema.safeParse(JSON.parse(line))
      if (!parsed.success) throw new Error(`${file}:${number}: ${parsed.error.message}`)
      return parsed.data
    })
}

async function probe(
  db: Kysely<Database>,
  services: ChatServices,
  principals: Record<Role, Principal>,
  example: DevExample,
): Promise<{ verdict: Verdict; lines: string[] }> {
  const principal = principals[example.role ?? 'ministry_hr']
  let response: ChatResponse
  try {
    response = await ask(services, principal, example)
  } catch (error) {
    return { verdict: 'error', lines: [`  error:  ${(error as Error).message}`] }
  }
  const said = [`  answer: ${oneLine(response.answer)}`]
  if (response.sql !== undefined) said.push(`  sql:    ${oneLine(response.sql)}`)
  const declined = response.abstained || response.refusal !== undefined
  if (example.sql === null) {
    const outcome = declined ? 'abstain' : response.kind === 'data' ? 'data' : response.kind
    return outcome === (example.expect ?? 'abstain')
      ? { verdict: 'ok', lines: said }
      : { verdict: 'misrouted', lines: said }
  }
  if (declined) return { verdict: 'abstained', lines: said }
  let gold: unknown[][]
  try {
    gold = (await runGold(db, principal, example.sql, { today: TEST_SEED.asOf })).rows
  } catch (error) {
    return { verdict: 'gold-error', lines: [`  gold:   ${(error as Error).message}`] }
  }
  const orderMatters = example.orderMatters ?? false
  if (matchesGold(gold, response.rows, { orderMatters })) return { verdict: 'ok', lines: said }
  return {
    verdict: 'wrong',
    lines: [
      ...said,
      `  rows:   ${preview(response.rows)}`,
      `  gold:   ${preview(gold)}`,
      `  gold sql: ${oneLine(example.sql)}`,
    ],
  }
}

async function ask(
  services: ChatServices,
  principal: Principal,
  example: DevExample,
): Promise<ChatResponse> {
  let conversationId: string | undefined
  const turn = async (question: string) => {
    const response = await answerChat(services, principal, {
      question,
      ...(conversationId === undefined ? {} : { conversationId }),
    })
    conversationId = response.conversationId
    return response
  }
  for (const question of example.before ?? []) await turn(question)
  return turn(example.question)
}

function preview(rows: readonly unknown[]): string {
  const text = JSON.stringify(rows)
  return text.length > 300 ? `${text.slice(0, 300)}… (${rows.length} rows)` : text
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
