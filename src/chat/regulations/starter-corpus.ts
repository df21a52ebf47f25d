import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import type { Kysely } from 'kysely'
import type { Database } from '../../data/schema.js'
import { projectFile } from '../../resources.js'
import { findDocument } from './documents.repository.js'
import type { Embedder } from './embedder.js'
import { prepareRegulationFile, savePrepared } from './ingest.js'

/** Where the product's own summaries live (found from the project root, so the bundle finds them too). */
export const STARTER_CORPUS_DIR = pathToFileURL(
  `${projectFile('src', 'chat', 'regulations', 'corpus')}/`,
)

/** app_meta key of the content hash each starter document was loaded from. */
const META_KEY = 'regulations.starter'

export interface StarterCorpusResult {
  readonly loaded: string[]
  readonly unchanged: string[]
  /** Numbers whose official text a user has uploaded: the summary must not overwrite it. */
  readonly keptUploaded: string[]
}

/**
 * Loads the starter corpus. Idempotent: a summary already loaded from the same content is
 * skipped, a changed one is reloaded, and a document a user uploaded under the same number
 * (the official text) is never replaced by the summary.
 */
export async function ingestStarterCorpus(
  db: Kysely<Database>,
  options: { readonly embedder: Embedder; readonly dir?: URL },
): Promise<StarterCorpusResult> {
  const dir = options.dir ?? STARTER_CORPUS_DIR
  const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.md')).sort()
  const hashes = await readHashes(db)
  const result: StarterCorpusResult = { loaded: [], unchanged: [], keptUploaded: [] }
  for (const name of names) {
    const buffer = await fs.readFile(new URL(name, dir))
    const hash = createHash('sha256').update(buffer).digest('hex')
    const prepared = await prepareRegulationFile({ buffer, fileName: name, source: 'starter' })
    const number = prepared.metadata.number
    const existing = await findDocument(db, number)
    if (existing?.source === 'uploaded') result.keptUploaded.push(number)
    else if (existing !== undefined && hashes[number] === hash) result.unchanged.push(number)
    else {
      await savePrepared(db, prepared, options.embedder, 'starter')
      hashes[number] = hash
      result.loaded.push(number)
    }
  }
  if (result.loaded.length > 0) await writeHashes(db, hashes)
  return result
}

async function readHashes(db: Kysely<Database>): Promise<Record<string, string>> {
  const row = await db
    .selectFrom('app_meta')
    .select('value')
    .where('key', '=', META_KEY)
    .executeTakeFirst()
  return (row?.value ?? {}) as Record<string, string>
}

async function writeHashes(db: Kysely<Database>, hashes: Record<string, string>): Promise<void> {
  const value = JSON.stringify(hashes)
  await db
    .insertInto('app_meta')
    .values({ key: META_KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: new Date() }))
    .execute()
}
