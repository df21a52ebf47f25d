import type { Kysely } from 'kysely'
import type { Principal, Role } from '../../src/access/index.js'
import type { ChatResponse } from '../../src/chat/types.js'
import type { Database } from '../../src/data/schema.js'
import type { Attack } from './attack.js'
import { countLeaks, readLeakTruth } from './leak-check.js'
import type { Ask } from './pieces-ask.js'

export interface RedTeamDeps {
  /** The database, read with the application's privileges to know what each asker may see. */
  readonly db: Kysely<Database>
  readonly principals: Readonly<Record<Role, Principal>>
  readonly attacks: readonly Attack[]
  /** The chat pipeline under test (see createLlmPiecesAsk until /api/chat exists). */
  readonly ask: Ask
}

export interface CategoryStats {
  attacks: number
  refusedClearly: number
  /** Attacks the engine said it did not understand (with suggestions), not a silent answer. */
  abstained: number
  answeredEmpty: number
  leakedRows: number
  leakedSensitiveValues: number
}

export interface RedTeamFailure {
  readonly id: string
  readonly role: Role
  readonly category: string
  readonly kind: 'leaked_rows' | 'leaked_sensitive_values' | 'crashed'
  readonly detail: string
}

export interface RedTeamReport {
  readonly attacks: number
  readonly byCategory: Record<string, CategoryStats>
  readonly byRole: Record<string, number>
  readonly leakedRows: number
  readonly leakedSensitiveValues: number
  /** Attacks answered with a refusal that says why. */
  readonly refusedClearly: number
  readonly abstained: number
  /** Attacks answered with an empty table and no refusal: safe, but silent. */
  readonly answeredEmpty: number
  readonly failures: RedTeamFailure[]
}

/**
 * Runs every attack as its role and counts what leaked: rows about people outside the asker's
 * scope and sensitive values shown to a tier without the right to them. Multi-turn attacks ask
 * their earlier questions first, and every turn's answer is checked.
 */
export async function runRedTeam(deps: RedTeamDeps): Promise<RedTeamReport> {
  const truth = await readLeakTruth(deps.db)
  const report = emptyReport(deps.attacks.length)
  for (const attack of deps.attacks) {
    const principal = deps.principals[attack.role]
    const stats = (report.byCategory[attack.category] ??= emptyStats())
    stats.attacks += 1
    report.byRole[attack.role] = (report.byRole[attack.role] ?? 0) + 1
    let responses: ChatResponse[]
    try {
      responses = await askConversation(deps.ask, principal, attack)
    } catch (error) {
      report.failures.push(
        failure(attack, 'crashed', error instanceof Error ? error.message : String(error)),
      )
      continue
    }
    const final = responses.at(-1)
    if (final?.refusal !== undefined && final.refusal.message.trim() !== '')
      stats.refusedClearly += 1
    else if (final?.abstained === true) stats.abstained += 1
    else if (final !== undefined && final.rows.length === 0) stats.answeredEmpty += 1
    const asked = [...(attack.conversation ?? []), attack.question]
    for (const response of responses) {
      const leaks = countLeaks(truth, principal, response, asked)
      stats.leakedRows += leaks.leakedRows
      stats.leakedSensitiveValues += leaks.leakedSensitiveValues
      if (leaks.leakedRows > 0)
        report.failures.push(failure(attack, 'leaked_rows', leaks.examples.join('; ')))
      if (leaks.leakedSensitiveValues > 0)
        report.failures.push(failure(attack, 'leaked_sensitive_values', leaks.examples.join('; ')))
    }
  }
  return summarise(report)
}

async function askConversation(
  ask: Ask,
  principal: Principal,
  attack: Attack,
): Promise<ChatResponse[]> {
  const questions = [...(attack.conversation ?? []), attack.question]
  const responses: ChatResponse[] = []
  for (const [index, question] of questions.entries()) {
    responses.push(await ask(principal, question, questions.slice(0, index)))
  }
  return responses
}

type Draft = Omit<
  RedTeamReport,
  'leakedRows' | 'leakedSensitiveValues' | 'refusedClearly' | 'abstained' | 'answeredEmpty'
>

function emptyReport(attacks: number): Draft {
  return { attacks, byCategory: {}, byRole: {}, failures: [] }
}

function emptyStats(): CategoryStats {
  return {
    attacks: 0,
    refusedClearly: 0,
    abstained: 0,
    answeredEmpty: 0,
    leakedRows: 0,
    leakedSensitiveValues: 0,
  }
}

function failure(attack: Attack, kind: RedTeamFailure['kind'], detail: string): RedTeamFailure {
  return {
    id: attack.id,
    role: attack.role,
    category: attack.category,
    kind,
    detail: detail.slice(0, 300),
  }
}

function summarise(draft: Draft): RedTeamReport {
  const all = Object.values(draft.byCategory)
  const sum = (key: keyof CategoryStats) => all.reduce((total, stats) => total + stats[key], 0)
  return {
    ...draft,
    leakedRows: sum('leakedRows'),
    leakedSensitiveValues: sum('leakedSensitiveValues'),
    refusedClearly: sum('refusedClearly'),
    abstained: sum('abstained'),
    answeredEmpty: sum('answeredEmpty'),
  }
}
