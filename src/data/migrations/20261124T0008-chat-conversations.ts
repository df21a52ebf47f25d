import { type Kysely, sql } from 'kysely'

/**
 * Conversations of the chat, so that a follow-up ("Trong số đó bao nhiêu người là nữ?") can build
 * on the previous turn. A turn keeps the question, the engine's plan and the SQL — never the
 * result rows, which stay in the database they came from.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('chat_conversations')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('account_id', 'integer', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createTable('chat_turns')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('conversation_id', 'uuid', (c) =>
      c.notNull().references('chat_conversations.id').onDelete('cascade'),
    )
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('engine', 'text', (c) => c.notNull())
    .addColumn('plan', 'jsonb')
    .addColumn('sql_text', 'text')
    .addColumn('abstained', 'boolean', (c) => c.notNull())
    .addColumn('refusal_code', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createIndex('chat_turns_conversation_idx')
    .on('chat_turns')
    .columns(['conversation_id', 'id'])
    .execute()
}
