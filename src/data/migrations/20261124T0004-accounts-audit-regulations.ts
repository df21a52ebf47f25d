import { type Kysely, sql } from 'kysely'

/**
 * Accounts and sessions, update requests, the append-only hash-chained audit log, the
 * regulation corpus, and a small key-value table of facts about this database.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('accounts')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().check(sql`username ~ '^[a-z0-9._-]{3,64}$'`))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('roles', sql`text[]`, (c) =>
      c
        .notNull()
        .check(
          sql`cardinality(roles) > 0 and roles <@ array['employee', 'leader', 'unit_hr', 'ministry_hr', 'planner', 'admin']`,
        ),
    )
    // Roots of the unit subtrees this account may see (leader, unit_hr); empty for the others.
    .addColumn('scope_unit_ids', sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('last_login_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await sql`create unique index accounts_username_key on accounts (lower(username))`.execute(db)

  await db.schema
    .createTable('sessions')
    // Only a hash of the token is stored: a copy of this table opens no session.
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'integer', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('browser', 'api')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('sessions_account_idx').on('sessions').column('account_id').execute()

  await db.schema
    .createTable('update_requests')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('requested_by', 'integer', (c) => c.notNull().references('accounts.id'))
    .addColumn('changes', 'jsonb', (c) => c.notNull())
    .addColumn('evidence_note', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`status in ('pending', 'approved', 'rejected', 'conflict', 'withdrawn')`),
    )
    // people.version when the request was made: approving fails if the record changed since.
    .addColumn('base_version', 'integer', (c) => c.notNull())
    .addColumn('reviewer_id', 'integer', (c) => c.references('accounts.id'))
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('review_note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await sql`create index update_requests_pending_idx on update_requests (person_id) where status = 'pending'`.execute(
    db,
  )

  await createAuditLog(db)

  await db.schema
    .createTable('regulation_documents')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('doc_type', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text')
    .addColumn('issued_on', 'date')
    .addColumn('effective_from', 'date')
    .addColumn('effective_to', 'date')
    .addColumn('superseded_by', 'text')
    .addColumn('source', 'text', (c) =>
      c
        .notNull()
        .defaultTo('uploaded')
        .check(sql`source in ('starter', 'uploaded')`),
    )
    .addColumn('file_name', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createTable('regulation_chunks')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('document_id', 'integer', (c) =>
      c.notNull().references('regulation_documents.id').onDelete('cascade'),
    )
    .addColumn('ord', 'integer', (c) => c.notNull())
    // Breadcrumb "Chương II › Điều 4 › Khoản 1" and the parts it is built from.
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('chapter', 'text')
    .addColumn('section', 'text')
    .addColumn('article', 'text')
    .addColumn('clause', 'text')
    .addColumn('point', 'text')
    .addColumn('heading', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('tsv', sql`tsvector`, (c) =>
      c
        .generatedAlwaysAs(
          sql`to_tsvector('simple', public.hr_unaccent(lower(coalesce(heading, '') || ' ' || text)))`,
        )
        .stored(),
    )
    // No fixed dimension: the local embedding and a server's model differ; rows say which made them.
    .addColumn('embedding', sql`vector`)
    .addColumn('embedding_model', 'text')
    .execute()
  await sql`create index regulation_chunks_tsv_idx on regulation_chunks using gin (tsv)`.execute(db)
  await db.schema
    .createIndex('regulation_chunks_document_idx')
    .on('regulation_chunks')
    .columns(['document_id', 'ord'])
    .execute()

  await db.schema
    .createTable('app_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
}

async function createAuditLog(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigint', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('account_id', 'integer')
    .addColumn('username', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_table', 'text')
    .addColumn('target_ids', sql`text[]`)
    .addColumn('sql_text', 'text')
    .addColumn('row_count', 'integer')
    .addColumn('details', 'jsonb')
    .addColumn('prev_hash', 'bytea', (c) => c.notNull())
    .addColumn('hash', 'bytea', (c) => c.notNull())
    .execute()
  for (const statement of [
    'create sequence audit_log_id_seq as bigint owned by audit_log.id',
    // What a row's hash covers. Timestamps as epoch microseconds, because their text form depends
    // on the session's DateStyle and TimeZone; jsonb's text form is canonical.
    `create function public.hr_audit_payload(a public.audit_log) returns text
       language sql immutable parallel safe as $$
       select jsonb_build_array(a.id, (extract(epoch from a.at) * 1000000)::bigint, a.account_id,
         a.username, a.action, a.target_table, to_jsonb(a.target_ids), a.sql_text, a.row_count,
         a.details)::text $$`,
    `create function public.hr_audit_hash(prev bytea, a public.audit_log) returns bytea
       language sql immutable parallel safe as $$
       select sha256(prev || convert_to(public.hr_audit_payload(a), 'UTF8')) $$`,
    // Ids are drawn after the lock is taken, so id order is chain order even when transactions
    // interleave; the lock is held to commit, so each row sees its predecessor.
    `create function public.hr_audit_chain() returns trigger language plpgsql as $$
       declare last_hash bytea;
       begin
         perform pg_advisory_xact_lock(727274001);
         select hash into last_hash from public.audit_log order by id desc limit 1;
         new.id := nextval('public.audit_log_id_seq');
         new.at := coalesce(new.at, clock_timestamp());
         new.prev_hash := coalesce(last_hash, decode(repeat('00', 32), 'hex'));
         new.hash := public.hr_audit_hash(new.prev_hash, new);
         return new;
       end $$`,
    `create function public.hr_audit_refuse() returns trigger language plpgsql as $$
       begin
         raise exception 'audit_log is append-only: % is not allowed', tg_op
           using errcode = 'insufficient_privilege';
       end $$`,
    `create trigger audit_log_chain before insert on audit_log
       for each row execute function public.hr_audit_chain()`,
    `create trigger audit_log_no_change before update or delete on audit_log
       for each row execute function public.hr_audit_refuse()`,
    `create trigger audit_log_no_truncate before truncate on audit_log
       for each statement execute function public.hr_audit_refuse()`,
    'revoke update, delete, truncate on audit_log from public',
    'create index audit_log_account_idx on audit_log (account_id, at)',
  ]) {
    await sql.raw(statement).execute(db)
  }
}
