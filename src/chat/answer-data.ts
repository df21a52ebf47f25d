import { isUnitInScope, outOfScopeError, type Principal } from '../access/index.js'
import { findUnitsByIds } from '../data/units.repository.js'
import { vietnamDate } from '../dates.js'
import type { Reply } from './answer.js'
import type { StoredTurn } from './conversations.repository.js'
import { llmProposeSql } from './llm/index.js'
import { similarExamples } from './llm/examples.js'
import {
  CAPABILITIES,
  describeResult,
  isRefusable,
  refusalFrom,
  scopeLabel,
  sensitiveRefusal,
  suppressionNote,
  withheldRefusal,
} from './respond.js'
import type { ChatServices } from './services.js'
import { executeOptionsFrom, runChatSql } from './sql/index.js'
import type { Language, QueryResult } from './types.js'
import { phraseAnswer, type Understanding } from './understand/index.js'

type DataUnderstanding = Extract<Understanding, { kind: 'data' | 'abstain' }>

/**
 * A question about the personnel data. The offline engine's SQL runs when it understood the
 * question; otherwise the language model writes SQL if one is configured, else the answer says
 * plainly that the question was not understood and what can be asked. Units outside the asker's
 * scope and sensitive data for a basic tier are refused before anything runs — never answered
 * with an empty table.
 */
export async function answerDataQuestion(
  services: ChatServices,
  principal: Principal,
  understanding: DataUnderstanding,
  question: string,
  history: readonly StoredTurn[],
): Promise<Reply> {
  const language = understanding.language
  const base = {
    kind: 'data' as const,
    language,
    columns: [],
    rows: [],
    citations: [],
    abstained: false,
  }
  if (understanding.kind === 'abstain') {
    if (services.model === undefined) {
      return {
        ...base,
        engine: 'offline',
        answer: understanding.reason,
        abstained: true,
        suggestions:
          understanding.suggestions.length > 0 ? understanding.suggestions : CAPABILITIES[language],
      }
    }
    // A unit outside the asker's scope is refused before the model is asked: the model's SQL
    // would run under row-level security and come back empty, which reads as "none".
    const outside = await outsideScope(services, principal, understanding.unitIds ?? [], language)
    if (outside !== undefined) return { ...base, engine: 'offline', answer: '', refusal: outside }
    return askModel(services, principal, question, language, history)
  }
  const refusal = await checkAccess(services, principal, understanding)
  if (refusal !== undefined)
    return { ...base, engine: 'offline', answer: '', refusal, sql: understanding.sql }
  const started = performance.now()
  try {
    const { result } = await runChatSql(
      services.db,
      principal,
      understanding.sql,
      executeOptionsFrom(services.config),
    )
    const withheld = withheldRefusal(result, language)
    if (withheld !== undefined)
      return { ...base, engine: 'offline', answer: '', refusal: withheld, sql: understanding.sql }
    return {
      ...base,
      engine: 'offline',
      answer:
        phraseAnswer(understanding.plan, result, language) +
        scopeNote(principal, language) +
        suppressionNote(result, language),
      ...table(result),
      sql: understanding.sql,
      plan: understanding.plan,
      timings: { sqlMs: Math.round((performance.now() - started) * 10) / 10 },
    }
  } catch (error) {
    if (!isRefusable(error)) throw error
    return {
      ...base,
      engine: 'offline',
      answer: '',
      refusal: refusalFrom(error, language),
      sql: understanding.sql,
    }
  }
}

async function checkAccess(
  services: ChatServices,
  principal: Principal,
  understanding: Extract<Understanding, { kind: 'data' }>,
) {
  const outside = await outsideScope(
    services,
    principal,
    understanding.unitIds,
    understanding.language,
  )
  if (outside !== undefined) return outside
  if (understanding.needsSensitive && principal.tier !== 'sensitive')
    return sensitiveRefusal(understanding.language)
  return undefined
}

/** A refusal naming the units the asker may not see, or undefined when all are in scope. */
async function outsideScope(
  services: ChatServices,
  principal: Principal,
  unitIds: readonly number[],
  language: Language,
) {
  const outside = unitIds.filter((id) => !isUnitInScope(principal, id))
  if (outside.length === 0) return undefined
  const names = (await findUnitsByIds(services.db, outside)).map((u) => u.name).join(', ')
  return refusalFrom(
    outOfScopeError(principal, { vi: `dữ liệu của ${names}`, en: `the data of ${names}` }),
    language,
  )
}

async function askModel(
  services: ChatServices,
  principal: Principal,
  question: string,
  language: Language,
  history: readonly StoredTurn[],
): Promise<Reply> {
  const base = {
    kind: 'data' as const,
    engine: 'llm' as const,
    language,
    columns: [],
    rows: [],
    citations: [],
    abstained: false,
  }
  const model = services.model
  if (model === undefined) throw new Error('askModel needs a configured model')
  const started = performance.now()
  const options = executeOptions(services)
  try {
    const proposal = await llmProposeSql(
      { chat: model, attempt: (sql) => runChatSql(services.db, principal, sql, options) },
      {
        question,
        language,
        tier: principal.tier,
        history: history.map((t) => ({
          question: t.question,
          ...(t.sql === null ? {} : { sql: t.sql }),
        })),
        examples: similarExamples(question),
      },
    )
    const result = proposal.outcome.result
    const withheld = withheldRefusal(result, language)
    if (withheld !== undefined) return { ...base, answer: '', refusal: withheld, sql: proposal.sql }
    return {
      ...base,
      answer:
        describeResult(result, language) +
        scopeNote(principal, language) +
        suppressionNote(result, language),
      ...table(result),
      sql: proposal.sql,
      timings: { llmMs: Math.round((performance.now() - started) * 10) / 10 },
    }
  } catch (error) {
    if (!isRefusable(error)) throw error
    return { ...base, answer: '', refusal: refusalFrom(error, language) }
  }
}

/** The executor's options, with "today" from the services' clock (in Vietnam). */
function executeOptions(services: ChatServices) {
  return { ...executeOptionsFrom(services.config), today: vietnamDate(services.clock()) }
}

function table(result: QueryResult): { columns: string[]; rows: unknown[][] } {
  return { columns: result.columns, rows: result.rows }
}

function scopeNote(principal: Principal, language: Language): string {
  if (principal.scope.wholeMinistry) return ''
  return language === 'vi'
    ? ` (Phạm vi: ${scopeLabel(principal, language)}.)`
    : ` (Scope: ${scopeLabel(principal, language)}.)`
}
