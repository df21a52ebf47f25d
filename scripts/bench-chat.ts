/**
 * Times the offline chat engine end to end — understanding, the guard, EXPLAIN's cost bound,
 * scoped execution under row-level security, the conversation and the audit write — on every
 * question of the evaluation sets, asked as its role would:
 *   npm run bench:chat                   6,300 people on PGlite (in memory), target p95 < 50 ms
 *   npm run bench:chat -- --server       2,000,000 people on DATABASE_URL, target p95 < 200 ms
 *   … -- --each                            also every question's median time, slowest first, with
 *                                          the SQL of tuning questions (held-out ones by id only:
 *                                          that set is for measuring, not for looking at)
 * The server database is the forecast benchmark's (seeded once by the bulk loader, reused while
 * it holds the right number of people). At 2,000,000 people the names and counts differ from the
 * evaluation's ministry, so only time and outcome are reported here, not accuracy.
 */
import { parseArgs } from 'node:util'
import type { Kysely } from 'kysely'
import type { Principal, Role } from '../src/access/index.js'
import { createAccount } from '../src/auth/accounts.service.js'
import { loadPrincipal } from '../src/auth/principal.service.js'
import { answerChat } from '../src/chat/answer.js'
import { createChatServices } from '../src/chat/services.js'
import type { ChatResponse } from '../src/chat/types.js'
import { loadConfig } from '../src/config.js'
import type { Database } from '../src/data/schema.js'
import {
  CHAT_SETS,
  type ChatQuestion,
  loadChatSet,
  type QuestionRole,
} from '../eval/chat/dataset.js'
import { HOME_UNIT, peopleOf } from '../test/accounts.js'
import { BENCH_DATABASE, openBenchPglite, openBenchServer } from './bench-db.js'

const AS_OF = '2026-11-24'
const SEED = 20250301

const { values } = parseArgs({
  options: {
    server: { type: 'boolean', default: false },
    people: { type: 'string' },
    database: { type: 'string', default: BENCH_DATABASE },
    /** Passes over the question sets after the warm-up pass. */
    repeat: { type: 'string', default: '2' },
    each: { type: 'boolean', default: false },
  },
})
const server = values.server === true
const people = Number(values.people ?? (server ? 2_000_000 : 6300))
const repeat = Math.max(1, Number(values.repeat))
const target = server ? 200 : 50

const { db, engine, note } = server
  ? await openBenchServer({ database: values.database, people, seed: SEED, asOf: AS_OF })
  : await openBenchPglite({ people, seed: SEED, asOf: AS_OF })
try {
  await benchmark(db, engine, note)
} finally {
  await db.destroy()
}

async function benchmark(db: Kysely<Database>, engine: string, note: string): Promise<void> {
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: 'silent',
    LLM_BASE_URL: undefined,
    LLM_MODEL: undefined,
    ...(server ? {} : { DATABASE_URL: undefined }),
  })
  const now = new Date(`${AS_OF}T09:00:00+07:00`)
  const services = createChatServices(db, config, () => now)
  const principals = await benchPrincipals(db)
  const questions = (await Promise.all(CHAT_SETS.map((set) => loadChatSet(set)))).flat()

  const ask = async (question: ChatQuestion) => {
    const principal = principals[question.role]
    let conversationId: string | undefined
    const times: number[] = []
    let last: ChatResponse | undefined
    for (const turn of [...question.conversation, question.question]) {
      const started = performance.now()
      last = await answerChat(services, principal, {
        question: turn,
        ...(conversationId === undefined ? {} : { conversationId }),
      })
      times.push(performance.now() - started)
      conversationId = last.conversationId
    }
    return { times, last }
  }

  process.stderr.write(`warm-up: ${questions.length} questions…\n`)
  for (const question of questions) await ask(question)

  const samples: { id: string; ms: number }[] = []
  const outcomes = new Map<string, number>()
  const sqlOf = new Map<string, string>()
  for (let pass = 1; pass <= repeat; pass++) {
    process.stderr.write(`pass ${pass}/${repeat}…\n`)
    for (const question of questions) {
      const { times, last } = await ask(question)
      for (const ms of times) samples.push({ id: question.id, ms })
      if (pass === 1) {
        if (question.id.startsWith('t')) sqlOf.set(question.id, last?.sql ?? '(no SQL)')
        const outcome = outcomeOf(last)
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
      }
    }
  }
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b)
  const p = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0
  const slowest = [...samples].sort((a, b) => b.ms - a.ms).slice(0, 5)
  const ms = (v: number) => `${v.toFixed(1)} ms`
  console.log(`Offline chat benchmark — ${people.toLocaleString('en')} people on ${engine}`)
  if (note !== '') console.log(note)
  console.log(`
Method: the ${questions.length} evaluation questions (tuning and held-out, follow-ups played as
conversations) asked through answerChat as their role (ministry HR, planner, and the leader and
unit HR officer of ${HOME_UNIT}), no model configured; each turn timed from question to response,
including the cost check, the scoped read-only transaction and the audit write. One warm-up
pass, then ${repeat} timed pass(es): ${samples.length} turns.

outcomes (first timed pass): ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}
p50 ${ms(p(0.5))}   p95 ${ms(p(0.95))}   max ${ms(sorted.at(-1) ?? 0)}   (target p95 < ${target} ms: ${p(0.95) < target ? 'met' : 'NOT met'})
slowest: ${slowest.map((s) => `${s.id} ${ms(s.ms)}`).join(', ')}`)
  if (values.each) printEach(samples, sqlOf)
}

/** Each question's median over the timed passes (all its turns), slowest first. */
function printEach(samples: { id: string; ms: number }[], sqlOf: Map<string, string>): void {
  const byId = new Map<string, number[]>()
  for (const s of samples) byId.set(s.id, [...(byId.get(s.id) ?? []), s.ms])
  const medians = [...byId].map(([id, times]) => {
    const sorted = times.sort((a, b) => a - b)
    return { id, ms: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0 }
  })
  console.log('\nper question (median ms, slowest first):')
  for (const { id, ms } of medians.sort((a, b) => b.ms - a.ms)) {
    const text = sqlOf.get(id)
    console.log(
      `${id} ${ms.toFixed(1)}${text === undefined ? '' : `\n  ${text.replace(/\s+/g, ' ')}`}`,
    )
  }
}

function outcomeOf(response: ChatResponse | undefined): string {
  if (response === undefined) return 'none'
  if (response.refusal !== undefined) return `refused (${response.refusal.code})`
  if (response.abstained) return 'abstained'
  return `answered (${response.kind})`
}

/** One account per role the questions use, created on first run and reused after. */
async function benchPrincipals(db: Kysely<Database>): Promise<Record<QuestionRole, Principal>> {
  const home = await peopleOf(db, HOME_UNIT)
  const specs: [QuestionRole, Role, string | undefined][] = [
    ['ministry_hr', 'ministry_hr', undefined],
    ['planner', 'planner', undefined],
    ['leader', 'leader', home[0]],
    ['unit_hr', 'unit_hr', home[1]],
  ]
  const result = {} as Record<QuestionRole, Principal>
  for (const [key, role, person] of specs) {
    const username = `bench.${role.replace('_', '')}`
    const existing = await db
      .selectFrom('accounts')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst()
    const id =
      existing?.id ??
      (
        await createAccount(db, {
          username,
          password: 'bench-password-2026',
          roles: [role],
          ...(person === undefined ? {} : { person, unit: HOME_UNIT }),
        })
      ).id
    result[key] = await loadPrincipal(db, id)
  }
  return result
}
