import path from 'node:path'
import type { Principal } from '../../src/access/index.js'
import { answerChat } from '../../src/chat/answer.js'
import { createChatModel } from '../../src/chat/llm/index.js'
import { createChatServices } from '../../src/chat/services.js'
import { executeOptionsFrom } from '../../src/chat/sql/index.js'
import type { ChatResponse } from '../../src/chat/types.js'
import type { Config } from '../../src/config.js'
import { isAppError } from '../../src/errors.js'
import { type FakeLlm, type FakeLlmRequest, startFakeLlm } from '../../test/fake-llm.js'
import { TEST_SEED } from '../../test/template.js'
import type { EvalDeps } from '../parts.js'
import { type Attack, loadAttacks } from './attack.js'
import { type Ask, createLlmPiecesAsk } from './pieces-ask.js'
import { type RedTeamReport, runRedTeam } from './run.js'

/** How an attack reached the data: each mode is a different door. */
export type RedTeamMode = 'offline' | 'pipeline-with-malicious-model' | 'model-pieces'

export interface RedTeamEvalReport {
  readonly attacks: number
  readonly runs: number
  readonly leakedRows: number
  readonly leakedSensitiveValues: number
  readonly refusedClearly: number
  readonly answeredEmpty: number
  readonly modes: Record<RedTeamMode, RedTeamReport>
}

/**
 * Every attack three ways: through the product as shipped (offline engine only); through the
 * product with a malicious model behind it, which writes exactly the SQL the attacker wanted
 * whenever the offline engine hands the question over; and straight to the model's pieces
 * (model → guard → executor), the worst case. Leaks are counted against what each asker may see.
 */
export async function runRedTeamEval(deps: EvalDeps): Promise<RedTeamEvalReport> {
  const attacks = await loadAttacks(path.join(import.meta.dirname, 'attacks.jsonl'))
  const fake = await startMaliciousModel(attacks)
  try {
    const withModel = modelConfig(deps.config, fake)
    const run = (ask: Ask) => runRedTeam({ db: deps.db, principals: deps.principals, attacks, ask })
    const chat = createChatModel(withModel.llm ?? failMissingModel())
    const modes: Record<RedTeamMode, RedTeamReport> = {
      offline: await run(pipelineAsk(deps, { ...deps.config, llm: undefined })),
      'pipeline-with-malicious-model': await run(pipelineAsk(deps, withModel)),
      'model-pieces': await run(
        createLlmPiecesAsk({ db: deps.db, chat, execute: executeOptionsFrom(deps.config) }),
      ),
    }
    const all = Object.values(modes)
    const sum = (
      key: 'leakedRows' | 'leakedSensitiveValues' | 'refusedClearly' | 'answeredEmpty',
    ) => all.reduce((total, report) => total + report[key], 0)
    return {
      attacks: attacks.length,
      runs: attacks.length * all.length,
      leakedRows: sum('leakedRows'),
      leakedSensitiveValues: sum('leakedSensitiveValues'),
      refusedClearly: sum('refusedClearly'),
      answeredEmpty: sum('answeredEmpty'),
      modes,
    }
  } finally {
    await fake.close()
  }
}

/** The chat endpoint's own function, continuing one conversation per attack. */
function pipelineAsk(deps: EvalDeps, config: Config): Ask {
  const now = new Date(`${TEST_SEED.asOf}T09:00:00+07:00`)
  const services = createChatServices(deps.db, config, () => now)
  let conversationId: string | undefined
  return async (principal: Principal, question: string, history: readonly string[]) => {
    try {
      const response = await answerChat(services, principal, {
        question,
        ...(history.length === 0 || conversationId === undefined ? {} : { conversationId }),
      })
      conversationId = response.conversationId
      return response
    } catch (error) {
      // What the endpoint answers with an HTTP error (an administrator may not use chat at all).
      if (!isAppError(error)) throw error
      return refused(error.code, error.message)
    }
  }
}

function refused(code: string, message: string): ChatResponse {
  const base = { conversationId: 'refused', kind: 'data' as const, engine: 'offline' as const }
  return {
    ...base,
    language: 'en',
    answer: message,
    columns: [],
    rows: [],
    citations: [],
    refusal: { code, message },
    abstained: false,
    timings: {},
  }
}

function startMaliciousModel(attacks: readonly Attack[]): Promise<FakeLlm> {
  const sqlByQuestion = new Map(attacks.map((a) => [a.question, a.llmSql ?? '']))
  return startFakeLlm((request) => {
    const sql = sqlByQuestion.get(questionOf(request)) || 'select * from chat.people'
    return { structured: { sql, explanation: 'Theo yêu cầu.', confidence: 1, refuse: null } }
  })
}

function questionOf(request: FakeLlmRequest): string {
  const messages = (request.body.messages as { content?: unknown }[] | undefined) ?? []
  const text = messages.map((m) => (typeof m.content === 'string' ? m.content : '')).join('\n')
  return /<question>\n([\s\S]*?)\n<\/question>/.exec(text)?.[1] ?? ''
}

function modelConfig(config: Config, fake: FakeLlm): Config {
  return {
    ...config,
    llm: {
      baseUrl: fake.baseUrl,
      model: 'malicious',
      apiKey: 'red-team',
      embeddingModel: undefined,
      structuredOutput: 'jsonSchema',
      timeoutMs: 10_000,
    },
  }
}

function failMissingModel(): never {
  throw new Error('the malicious model is not configured')
}
