import { parseArgs } from 'node:util'
import type { Kysely } from 'kysely'
import type { Config } from '../../config.js'
import { recordAudit } from '../../data/audit.repository.js'
import { createDb } from '../../data/db.js'
import { migrateToLatest } from '../../data/migrate.js'
import type { Database } from '../../data/schema.js'
import { AppError } from '../../errors.js'
import { type EmbeddingsFactory, selectEmbedder } from './embedder.js'
import { ingestRegulationFile } from './ingest.js'
import { reindexRegulations } from './reindex.js'
import { ingestStarterCorpus } from './starter-corpus.js'

export interface CommandOptions {
  /** The LLM module's factory, so that a configured embedding model is used (else local). */
  readonly createEmbeddings?: EmbeddingsFactory
}

export const REGULATIONS_INGEST_USAGE =
  'regulations:ingest <file…> [--number N --title T --type nghi_dinh --issuer I --issued YYYY-MM-DD ' +
  '--from YYYY-MM-DD --to YYYY-MM-DD --superseded-by N] | regulations:ingest --starter'

export const REGULATIONS_REINDEX_USAGE = 'regulations:reindex [--all]'

/**
 * Adds regulation files (.md, .txt, .docx, .pdf) to the library, or (--starter) the product's
 * own summaries. Metadata flags describe a .docx or .pdf (one file at a time) and override the
 * front matter of a .md or .txt.
 */
export async function regulationsIngestCommand(
  config: Config,
  args: readonly string[],
  log: (line: string) => void,
  options: CommandOptions = {},
): Promise<void> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      starter: { type: 'boolean' },
      number: { type: 'string' },
      title: { type: 'string' },
      type: { type: 'string' },
      issuer: { type: 'string' },
      issued: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'superseded-by': { type: 'string' },
    },
  })
  const metadata = {
    number: values.number,
    title: values.title,
    docType: values.type,
    issuer: values.issuer,
    issuedOn: values.issued,
    effectiveFrom: values.from,
    effectiveTo: values.to,
    supersededBy: values['superseded-by'],
  }
  const hasMetadata = Object.values(metadata).some((v) => v !== undefined)
  if (
    (positionals.length === 0 && values.starter !== true) ||
    (hasMetadata && positionals.length > 1)
  ) {
    throw new AppError(
      'BAD_REQUEST',
      `Usage: ${REGULATIONS_INGEST_USAGE} (metadata flags describe one file).`,
    )
  }
  const embedder = selectEmbedder(config.llm, options.createEmbeddings)
  await withDb(config, async (db) => {
    if (values.starter === true) {
      const result = await ingestStarterCorpus(db, { embedder })
      log(
        `Văn bản mẫu: nạp ${result.loaded.length}, không đổi ${result.unchanged.length}, giữ bản đã tải lên ${result.keptUploaded.length}.`,
      )
    }
    for (const path of positionals) {
      const result = await ingestRegulationFile(db, {
        path,
        metadata,
        source: 'uploaded',
        embedder,
      })
      await recordAudit(db, null, {
        action: 'regulations.ingest',
        targetTable: 'regulation_documents',
        targetIds: [result.number],
        rowCount: result.chunks,
        details: { file: path, via: 'cli', replaced: result.replaced },
      })
      log(
        `${result.replaced ? 'Đã thay' : 'Đã nạp'} ${result.number}: ${result.chunks} đoạn (${result.embeddingModel}).`,
      )
    }
  })
}

/**
 * Re-embeds passages with the active embedder: after an embedding model is configured or
 * changed, only passages made by another model (--all: every passage).
 */
export async function regulationsReindexCommand(
  config: Config,
  args: readonly string[],
  log: (line: string) => void,
  options: CommandOptions = {},
): Promise<void> {
  const { values } = parseArgs({ args: [...args], options: { all: { type: 'boolean' } } })
  const embedder = selectEmbedder(config.llm, options.createEmbeddings)
  await withDb(config, async (db) => {
    const result = await reindexRegulations(db, embedder, { all: values.all === true })
    await recordAudit(db, null, {
      action: 'regulations.reindex',
      targetTable: 'regulation_chunks',
      rowCount: result.chunks,
      details: { model: result.model, via: 'cli' },
    })
    log(`Đã nhúng lại ${result.chunks} đoạn bằng ${result.model}.`)
  })
}

async function withDb(
  config: Config,
  work: (db: Kysely<Database>) => Promise<void>,
): Promise<void> {
  const db = await createDb(config)
  try {
    await migrateToLatest(db)
    await work(db)
  } finally {
    await db.destroy()
  }
}
