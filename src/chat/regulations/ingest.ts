import fs from 'node:fs/promises'
import path from 'node:path'
import type { Kysely } from 'kysely'
import type { Database } from '../../data/schema.js'
import { AppError } from '../../errors.js'
import { saveDocument } from './documents.repository.js'
import { type Embedder, embedAll } from './embedder.js'
import { detectFileKind, extractText } from './extract.js'
import { parseFrontMatter } from './front-matter.js'
import { documentKind, parseMetadata, type RegulationMetadata } from './metadata.js'
import { type LegalChunk, splitLegalText } from './split.js'

export interface RegulationFileInput {
  /** Read from disk, or… */
  readonly path?: string
  /** …bytes already in memory (an upload). */
  readonly buffer?: Uint8Array
  readonly fileName?: string
  /** Overrides the front matter of a .md/.txt file; required for .docx and .pdf. */
  readonly metadata?: Record<string, string | undefined>
  readonly source?: 'starter' | 'uploaded'
}

export interface PreparedRegulation {
  readonly metadata: RegulationMetadata
  readonly docType: string
  readonly fileName: string
  readonly chunks: readonly LegalChunk[]
}

/**
 * Reads and splits a regulation file without touching the database, so that a file that
 * cannot be read, lacks its number or yields no passages is refused before anything is written.
 */
export async function prepareRegulationFile(
  input: RegulationFileInput,
): Promise<PreparedRegulation> {
  const fileName =
    input.fileName ?? (input.path === undefined ? undefined : path.basename(input.path))
  if (fileName === undefined || (input.buffer === undefined && input.path === undefined)) {
    throw new Error('prepareRegulationFile: give a path, or a buffer with its fileName')
  }
  const bytes = input.buffer ?? (await readFile(input.path ?? fileName))
  const kind = detectFileKind(fileName, bytes)
  const text = await extractText(kind, bytes, fileName)
  const { fields, body } =
    kind === 'md' || kind === 'txt' ? parseFrontMatter(text) : { fields: {}, body: text }
  const given = Object.fromEntries(
    Object.entries(input.metadata ?? {}).filter(([, v]) => v !== undefined),
  )
  const metadata = parseMetadata({ ...fields, ...given })
  const chunks = splitLegalText(body, metadata.number)
  if (chunks.length === 0) {
    throw new AppError('VALIDATION', `${fileName} holds no text to index.`, {
      vi: `Tệp ${fileName} không có nội dung văn bản để đưa vào tra cứu.`,
    })
  }
  const docType = metadata.docType ?? documentKind(metadata.number, metadata.title).type
  return { metadata, docType, fileName, chunks }
}

export interface IngestResult {
  readonly number: string
  readonly title: string
  readonly chunks: number
  readonly replaced: boolean
  readonly embeddingModel: string
}

/**
 * Ingests one regulation file: read, split, embed, then write the document and its chunks in
 * one transaction, replacing the chunks of a document with the same number.
 */
export async function ingestRegulationFile(
  db: Kysely<Database>,
  input: RegulationFileInput & { readonly embedder: Embedder },
): Promise<IngestResult> {
  const prepared = await prepareRegulationFile(input)
  return savePrepared(db, prepared, input.embedder, input.source ?? 'uploaded')
}

export async function savePrepared(
  db: Kysely<Database>,
  prepared: PreparedRegulation,
  embedder: Embedder,
  source: 'starter' | 'uploaded',
): Promise<IngestResult> {
  // Embedding may call a remote model: done before the transaction, which then stays short.
  const vectors = await embedAll(
    embedder,
    prepared.chunks.map((c) => embeddingText(prepared.metadata.title, c)),
  )
  const chunks = prepared.chunks.map((c, i) => ({ ...c, embedding: vectors[i] ?? [] }))
  const saved = await db.transaction().execute((trx) =>
    saveDocument(trx, {
      metadata: prepared.metadata,
      docType: prepared.docType,
      source,
      fileName: prepared.fileName,
      chunks,
      embeddingModel: embedder.model,
    }),
  )
  return {
    number: prepared.metadata.number,
    title: prepared.metadata.title,
    chunks: chunks.length,
    replaced: saved.replaced,
    embeddingModel: embedder.model,
  }
}

/** What is embedded for a passage: its document's title and breadcrumb give it context. */
export function embeddingText(
  title: string,
  chunk: Pick<LegalChunk, 'path' | 'heading' | 'text'>,
): string {
  return [title, chunk.path, chunk.heading ?? '', chunk.text].join('\n')
}

async function readFile(file: string): Promise<Uint8Array> {
  try {
    return await fs.readFile(file)
  } catch (error) {
    throw new AppError('BAD_REQUEST', `Cannot read ${file}: check the path.`, {
      vi: `Không đọc được tệp ${file}: hãy kiểm tra đường dẫn.`,
      cause: error,
    })
  }
}
