import { type Kysely, sql } from 'kysely'
import type { Database } from '../../data/schema.js'
import { toVectorLiteral } from './embedder.js'
import type { QueryTerm } from './query.js'

export interface LexicalMatch {
  readonly chunkId: number
  /** Share of the question's weighted terms the passage contains, 0…1. */
  readonly coverage: number
}

/**
 * Full-text candidates, ranked by how much of the question they contain. Each term weighs its
 * inverse document frequency (BM25's form), so that rare words ("khiển trách") count more than
 * common ones ("cán bộ"); a term found only in the document's title counts half. Cover density
 * (ts_rank_cd) breaks ties in favour of passages where the words stand close together.
 *
 * Raw SQL: Kysely has no vocabulary for tsquery, unnest with ordinality or these aggregates.
 * Terms reach to_tsquery only as [a-z0-9] words joined by operators built in query.ts.
 */
export async function findLexicalMatches(
  db: Kysely<Database>,
  terms: readonly QueryTerm[],
  limit: number,
): Promise<LexicalMatch[]> {
  if (terms.length === 0) return []
  const queries = terms.map((t) => t.tsquery)
  const kinds = terms.map((t) => t.kind)
  const anyTerm = queries.map((q) => `(${q})`).join(' | ')
  const result = await sql<{ chunk_id: number; coverage: number }>`
    with term as (
      select t.i, t.kind, to_tsquery('simple', t.q) as q
      from unnest(${queries}::text[], ${kinds}::text[]) with ordinality as t(q, kind, i)
    ), title as (
      select id, to_tsvector('simple', public.hr_unaccent(lower(title))) as tv
      from regulation_documents
    ), candidate as (
      -- GIN-indexed: passages with any term, and passages of documents whose title has one.
      select c.id, c.tsv, d.tv from regulation_chunks c join title d on d.id = c.document_id
      where c.tsv @@ to_tsquery('simple', ${anyTerm}) or d.tv @@ to_tsquery('simple', ${anyTerm})
    ), hit as (
      select c.id, t.i, c.tsv @@ t.q as in_body
      from candidate c join term t on c.tsv @@ t.q or c.tv @@ t.q
    ), weighted as (
      select t.i, t.kind, df.n as df,
             ln(1 + (total.n - df.n + 0.5) / (df.n + 0.5)) as idf
      from term t
      cross join (select greatest(count(*), 1)::float8 as n from regulation_chunks) total
      cross join lateral (
        select count(*) filter (where h.in_body)::float8 as n from hit h where h.i = t.i
      ) df
    ), scored as (
      select h.id, sum(w.idf * case when h.in_body then 1 else 0.5 end) as matched
      from hit h join weighted w on w.i = h.i
      group by h.id
    ), denominator as (
      select nullif(sum(idf), 0) as total from weighted where kind = 'word' or df > 0
    )
    select s.id as chunk_id, (s.matched / denominator.total)::float8 as coverage
    from scored s
    join regulation_chunks c on c.id = s.id
    cross join denominator
    order by s.matched desc, ts_rank_cd(c.tsv, to_tsquery('simple', ${anyTerm})) desc, s.id
    limit ${limit}`.execute(db)
  return result.rows.map((r) => ({
    chunkId: r.chunk_id,
    coverage: Math.min(1, r.coverage ?? 0),
  }))
}

export interface VectorMatch {
  readonly chunkId: number
  readonly similarity: number
}

/**
 * Nearest passages by cosine distance among those embedded by the same model: vectors of two
 * models live in different spaces (and often have different lengths), so they are never mixed.
 */
export async function findVectorMatches(
  db: Kysely<Database>,
  model: string,
  vector: readonly number[],
  limit: number,
): Promise<VectorMatch[]> {
  const literal = toVectorLiteral(vector)
  const result = await sql<{ chunk_id: number; similarity: number }>`
    select c.id as chunk_id, (1 - (c.embedding <=> ${literal}::vector))::float8 as similarity
    from regulation_chunks c
    where c.embedding_model = ${model} and c.embedding is not null
      and vector_dims(c.embedding) = ${vector.length}
    order by c.embedding <=> ${literal}::vector, c.id
    limit ${limit}`.execute(db)
  return result.rows.map((r) => ({ chunkId: r.chunk_id, similarity: r.similarity }))
}

/** The passages and their documents, for the candidates that survived fusion. */
export async function loadChunks(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return []
  return db
    .selectFrom('regulation_chunks as c')
    .innerJoin('regulation_documents as d', 'd.id', 'c.document_id')
    .select([
      'c.id',
      'c.path',
      'c.chapter',
      'c.section',
      'c.article',
      'c.clause',
      'c.point',
      'c.heading',
      'c.text',
      'd.number',
      'd.title',
      'd.doc_type',
      'd.source',
      'd.effective_from',
      'd.effective_to',
      'd.superseded_by',
    ])
    .where('c.id', 'in', ids)
    .execute()
}

export type LoadedChunk = Awaited<ReturnType<typeof loadChunks>>[number]

/**
 * Passages of the documents a question names ("Nghị định 135", "377-QĐ/TW"), so that they are
 * candidates even when the question's words are few. `refs` are folded number prefixes built
 * from [a-z0-9/-] only (see query.ts), so they are safe in LIKE.
 */
export async function findNamedChunks(
  db: Kysely<Database>,
  refs: readonly string[],
  articleRef: string | undefined,
  limit: number,
): Promise<number[]> {
  if (refs.length === 0) return []
  const rows = await db
    .selectFrom('regulation_chunks as c')
    .innerJoin('regulation_documents as d', 'd.id', 'c.document_id')
    .select('c.id')
    .where((eb) =>
      eb.or(refs.map((ref) => eb(sql`public.hr_unaccent(lower(d.number))`, 'like', `${ref}%`))),
    )
    // The named article's passages first, so that a long document cannot crowd them out.
    .orderBy(sql`c.article is not distinct from ${articleRef ?? null}`, 'desc')
    .orderBy('c.document_id')
    .orderBy('c.ord')
    .limit(limit)
    .execute()
  return rows.map((r) => r.id)
}
