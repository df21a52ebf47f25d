import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../data/schema.js'
import { AppError } from '../errors.js'
import type { ChatKind, EngineName, Language } from './types.js'

export interface StoredTurn {
  readonly question: string
  readonly language: Language
  readonly kind: ChatKind
  readonly engine: EngineName
  readonly plan: unknown
  readonly sql: string | null
  readonly abstained: boolean
}

/** How many earlier turns a follow-up may look back on. */
const HISTORY_TURNS = 6

/**
 * The conversation to continue (its recent turns, oldest first), or a new one. A conversation
 * belongs to the account that started it: another account's id is treated as unknown.
 */
export async function openConversation(
  db: Kysely<Database>,
  accountId: number,
  id: string | undefined,
): Promise<{ id: string; history: StoredTurn[] }> {
  if (id !== undefined) {
    const found = await db
      .selectFrom('chat_conversations')
      .select('id')
      .where('id', '=', id)
      .where('account_id', '=', accountId)
      .executeTakeFirst()
    if (found === undefined) {
      throw new AppError(
        'NOT_FOUND',
        'This conversation does not exist or is not yours; start a new one.',
        {
          vi: 'Không tìm thấy cuộc hỏi đáp này; hãy bắt đầu cuộc mới.',
        },
      )
    }
    const turns = await db
      .selectFrom('chat_turns')
      .select(['question', 'language', 'kind', 'engine', 'plan', 'sql_text', 'abstained'])
      .where('conversation_id', '=', id)
      .orderBy('id', 'desc')
      .limit(HISTORY_TURNS)
      .execute()
    return {
      id,
      history: turns.reverse().map((t) => ({
        question: t.question,
        language: t.language,
        kind: t.kind as ChatKind,
        engine: t.engine as EngineName,
        plan: t.plan,
        sql: t.sql_text,
        abstained: t.abstained,
      })),
    }
  }
  const created = randomUUID()
  await db.insertInto('chat_conversations').values({ id: created, account_id: accountId }).execute()
  return { id: created, history: [] }
}

export async function appendTurn(
  db: Kysely<Database>,
  conversationId: string,
  turn: StoredTurn & { refusalCode?: string | undefined },
): Promise<void> {
  await db
    .insertInto('chat_turns')
    .values({
      conversation_id: conversationId,
      question: turn.question,
      language: turn.language,
      kind: turn.kind,
      engine: turn.engine,
      plan: turn.plan === undefined || turn.plan === null ? null : JSON.stringify(turn.plan),
      sql_text: turn.sql,
      abstained: turn.abstained,
      refusal_code: turn.refusalCode ?? null,
    })
    .execute()
}
