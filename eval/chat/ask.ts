import { answerChat } from '../../src/chat/answer.js'
import { createChatServices } from '../../src/chat/services.js'
import { TEST_SEED } from '../../test/template.js'
import type { EvalDeps } from '../parts.js'
import type { AskFn } from './run.js'

/**
 * The full chat pipeline as the evaluation asks it: understanding, the guard, scoped execution,
 * conversations and the audit log — with the clock at the date the synthetic data is as of, so
 * that "năm nay" and ages mean what the gold SQL means by them.
 */
export function createAsk(deps: EvalDeps): AskFn {
  const now = new Date(`${TEST_SEED.asOf}T09:00:00+07:00`)
  const services = createChatServices(deps.db, deps.config, () => now)
  return (principal, question, conversationId) =>
    answerChat(services, principal, {
      question,
      ...(conversationId === undefined ? {} : { conversationId }),
    })
}
