import type { Kysely } from 'kysely'
import type { Database } from '../../data/schema.js'
import { toVectorLiteral } from './embedder.js'
import type { RegulationMetadata } from './metadata.js'
import type { LegalChunk } from './split.js'

export interface EmbeddedChunk extends LegalChunk {
  readonly embedding: readonly number[]
}

export interface DocumentToSave {
  readonly metadata: RegulationMetadata
  readonly docType: string
  readonly source: 'starter' | 'uploaded'
  readonly fileName: string | null
  readonly chunks: readonly EmbeddedChunk[]
  readonly embeddingModel: string
}

/** Rows per INSERT: far below PostgreSQL's 65,535 parameters even with wide vectors. */
const BATCH = 200

/**
 * Writes a document and its chunks, replacing the chunks of an earlier version with the same
 * number (the row, and so its id, is kept). Call inside a transaction: a failure half-way must
 * leave the previous version whole.
 */
export async function saveDocument(
  trx: Kysely<Database>,
  doc: DocumentToSave,
): Promise<{ id: number; replaced: boolean }> {
  const m = doc.metadata
  const values = {
    number: m.number,
    title: m.title,
    doc_type: doc.docType,
    issuer: m.issuer ?? null,
    issued_on: m.issuedOn ?? null,
    effective_from: m.effectiveFrom ?? null,
    effective_to: m.effectiveTo ?? null,
    superseded_by: m.supersededBy ?? null,
    source: doc.source,
    file_name: doc.fileName,
  }
  const existing = await findDocument(trx, m.number)
  let id: number
  if (existing === undefined) {
    const row = await trx
      .insertInto('regulation_documents')
      .values(values)
      .returning('id')
      .executeTakeFirstOrThrow()
    id = row.id
  } else {
    id = existing.id
    await trx.updateTable('regulation_documents').set(values).where('id', '=', id).execute()
    await trx.deleteFrom('regulation_chunks').where('document_id', '=', id).execute()
  }
  await insertChunks(trx, id, doc.chunks, doc.embeddingModel)
  return { id, replaced: existing !== undefined }
}

async function insertChunks(
  trx: Kysely<Database>,
  documentId: number,
  chunks: readonly EmbeddedChunk[],
  model: string,
): Promise<void> {
  for (let start = 0; start < chunks.length; start += BATCH) {
    const rows = chunks.slice(start, start + BATCH).map((c) => ({
      document_id: documentId,
      ord: c.ord,
      path: c.path,
      chapter: c.chapter,
      section: c.section,
      article: c.article,
      clause: c.clause,
      point: c.point,
      heading: c.heading,
      text: c.text,
      embedding: toVectorLiteral(c.embedding),
      embedding_model: model,
    }))
    await trx.insertInto('regulation_chunks').values(rows).execute()
  }
}

export async function findDocument(db: Kysely<Database>, number: string) {
  return db
    .selectFrom('regulation_documents')
    .selectAll()
    .where('number', '=', number)
    .executeTakeFirst()
}

/** Every document with its number of chunks, newest versions of the rules first. */
export async function listDocuments(db: Kysely<Database>) {
  return db
    .selectFrom('regulation_documents as d')
    .leftJoin('regulation_chunks as c', 'c.document_id', 'd.id')
    .select([
      'd.number',
      'd.title',
      'd.doc_type',
      'd.issuer',
      'd.issued_on',
      'd.effective_from',
      'd.effective_to',
      'd.superseded_by',
      'd.source',
      'd.file_name',
      'd.created_at',
    ])
    .select((eb) => eb.fn.count<number>('c.id').as('chunks'))
    .groupBy('d.id')
    .orderBy('d.effective_from', (o) => o.desc().nullsLast())
    .orderBy('d.number')
    .execute()
}

/** Deletes a document and (by cascade) its chunks; false when there was none. */
export async function deleteDocument(db: Kysely<Database>, number: string): Promise<boolean> {
  const result = await db
    .deleteFrom('regulation_documents')
    .where('number', '=', number)
    .executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}
