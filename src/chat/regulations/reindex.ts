import type { Kysely } from 'kysely'
import type { Database } from '../../data/schema.js'
import { type Embedder, embedAll, toVectorLiteral } from './embedder.js'
import { embeddingText } from './ingest.js'

const BATCH = 64

/**
 * Re-embeds passages with the active embedder: those embedded by another model (after the
 * embedding model was configured or changed), or all of them. Batches commit one by one, so an
 * interrupted run keeps its progress and the next run continues where it stopped.
 */
export async function reindexRegulations(
  db: Kysely<Database>,
  embedder: Embedder,
  options: { readonly all?: boolean } = {},
): Promise<{ chunks: number; model: string }> {
  let query = db
    .selectFrom('regulation_chunks as c')
    .innerJoin('regulation_documents as d', 'd.id', 'c.document_id')
    .select(['c.id', 'c.path', 'c.heading', 'c.text', 'd.title'])
    .orderBy('c.id')
  if (options.all !== true) {
    query = query.where((eb) =>
      eb.or([eb('c.embedding_model', 'is', null), eb('c.embedding_model', '!=', embedder.model)]),
    )
  }
  const rows = await query.execute()
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH)
    const vectors = await embedAll(
      embedder,
      batch.map((r) => embeddingText(r.title, r)),
    )
    await db.transaction().execute(async (trx) => {
      for (const [i, row] of batch.entries()) {
        await trx
          .updateTable('regulation_chunks')
          .set({ embedding: toVectorLiteral(vectors[i] ?? []), embedding_model: embedder.model })
          .where('id', '=', row.id)
          .execute()
      }
    })
  }
  return { chunks: rows.length, model: embedder.model }
}
