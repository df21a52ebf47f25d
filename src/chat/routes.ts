import { Hono } from 'hono'
import { z } from 'zod'
import { requirePrincipal } from '../auth/middleware.js'
import type { AppEnv } from '../http/context.js'
import { validate } from '../http/validate.js'
import { answerChat } from './answer.js'
import type { ChatServices } from './services.js'

const chatBody = z.object({
  question: z
    .string()
    .trim()
    .min(1, 'question: ask something')
    .max(1000, 'question: at most 1,000 characters'),
  conversationId: z.string().uuid('conversationId: the id a previous answer returned').optional(),
})

/** POST /api/chat: a question (and the conversation it continues) → answer, table, SQL. */
export function chatRoutes(services: ChatServices) {
  return new Hono<AppEnv>().post('/chat', validate('json', chatBody), async (c) => {
    const principal = requirePrincipal(c.get('principal'))
    const body = c.req.valid('json')
    return c.json(await answerChat(services, principal, body))
  })
}
