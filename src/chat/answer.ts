import { type Principal, requireCapability } from '../access/index.js'
import { recordAudit } from '../data/audit.repository.js'
import { vietnamDate } from '../dates.js'
import { appendTurn, openConversation, type StoredTurn } from './conversations.repository.js'
import { answerDataQuestion } from './answer-data.js'
import { answerForecastQuestion } from './answer-forecast.js'
import { findPeopleByName } from './people-lookup.js'
import { answerRegulationQuestion } from './regulations/index.js'
import { answerRetirementQuestion, readRetirementQuestion } from './retirement-question.js'
import { CAPABILITIES, helpText, selfOnlyRefusal } from './respond.js'
import type { ChatServices } from './services.js'
import type { ChatResponse } from './types.js'
import { understand, type Understanding } from './understand/index.js'

export interface ChatInput {
  readonly question: string
  readonly conversationId?: string | undefined
}

/** A response before it is tied to its conversation and timed. */
export type Reply = Omit<ChatResponse, 'conversationId' | 'timings'> & {
  readonly plan?: unknown
  readonly timings?: Record<string, number>
}

/**
 * Answers one chat question: understand it (offline), then answer from the data, the
 * regulations or the forecasts; the language model only when the offline engine abstains and a
 * model is configured. Every question is stored with its conversation and written to the audit
 * log with its SQL, row count, refusal and timing.
 */
export async function answerChat(
  services: ChatServices,
  principal: Principal,
  input: ChatInput,
): Promise<ChatResponse> {
  requireCapability(principal, 'chat:ask')
  const started = performance.now()
  const conversation = await openConversation(
    services.db,
    principal.accountId,
    input.conversationId,
  )
  const understanding = await understand(input.question, {
    now: services.clock(),
    tier: principal.tier,
    history: conversation.history,
    lexicon: await services.lexicon(),
    findPeople: (name) => findPeopleByName(services.db, principal, name),
    ...(principal.scope.wholeMinistry ? {} : { scopeUnitIds: principal.scope.rootUnitIds }),
  })
  const understood = performance.now()
  const reply = await dispatch(
    services,
    principal,
    understanding,
    input.question,
    conversation.history,
  )
  const response: ChatResponse = {
    conversationId: conversation.id,
    kind: reply.kind,
    engine: reply.engine,
    language: reply.language,
    // A refusal is also the answer's text: a client that shows only `answer` says why.
    answer:
      reply.answer === '' && reply.refusal !== undefined ? reply.refusal.message : reply.answer,
    columns: reply.columns,
    rows: reply.rows,
    ...(reply.sql === undefined ? {} : { sql: reply.sql }),
    citations: reply.citations,
    ...(reply.refusal === undefined ? {} : { refusal: reply.refusal }),
    abstained: reply.abstained,
    ...(reply.suggestions === undefined ? {} : { suggestions: reply.suggestions }),
    timings: {
      understandMs: round(understood - started),
      ...reply.timings,
      totalMs: round(performance.now() - started),
    },
  }
  await remember(services, principal, conversation.id, input.question, response, reply.plan)
  return response
}

async function dispatch(
  services: ChatServices,
  principal: Principal,
  understanding: Understanding,
  question: string,
  history: readonly StoredTurn[],
): Promise<Reply> {
  const language = understanding.language
  const base = { language, engine: 'offline' as const, columns: [], rows: [], citations: [] }
  const retirement = readRetirementQuestion(question)
  if (retirement !== undefined) return answerRetirementQuestion(retirement, language)
  switch (understanding.kind) {
    case 'help':
      return {
        ...base,
        kind: 'help',
        answer: helpText(language, principal),
        abstained: false,
        suggestions: CAPABILITIES[language],
      }
    case 'regulation': {
      const answer = await answerRegulationQuestion(services.db, {
        question,
        language,
        asOf: vietnamDate(services.clock()),
        embedder: services.embedder,
      })
      return {
        ...base,
        kind: 'regulation',
        answer: answer.answer,
        citations: answer.citations,
        abstained: answer.abstained,
        ...(answer.suggestions === undefined ? {} : { suggestions: answer.suggestions }),
        timings: answer.timings,
      }
    }
    case 'forecast':
      if (principal.tier === 'self')
        return {
          ...base,
          kind: 'forecast',
          answer: '',
          abstained: false,
          refusal: selfOnlyRefusal(language),
        }
      return answerForecastQuestion(services, principal, understanding)
    case 'data':
    case 'abstain':
      if (principal.tier === 'self')
        return {
          ...base,
          kind: 'data',
          answer: '',
          abstained: false,
          refusal: selfOnlyRefusal(language),
        }
      return answerDataQuestion(services, principal, understanding, question, history)
  }
}

async function remember(
  services: ChatServices,
  principal: Principal,
  conversationId: string,
  question: string,
  response: ChatResponse,
  plan: unknown,
): Promise<void> {
  await appendTurn(services.db, conversationId, {
    question,
    language: response.language,
    kind: response.kind,
    engine: response.engine,
    plan: plan ?? null,
    sql: response.sql ?? null,
    abstained: response.abstained,
    refusalCode: response.refusal?.code,
  })
  await recordAudit(services.db, principal, {
    action: 'chat.ask',
    ...(response.sql === undefined ? {} : { sql: response.sql, targetTable: 'chat' }),
    rowCount: response.rows.length,
    details: {
      conversationId,
      question,
      kind: response.kind,
      engine: response.engine,
      abstained: response.abstained,
      refusal: response.refusal ?? null,
      timings: response.timings,
    },
  })
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10
}
