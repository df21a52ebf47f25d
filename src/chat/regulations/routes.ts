import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { z } from 'zod'
import { type Principal, requireCapability } from '../../access/index.js'
import { requirePrincipal } from '../../auth/middleware.js'
import { recordAudit } from '../../data/audit.repository.js'
import { AppError } from '../../errors.js'
import type { AppDeps, AppEnv } from '../../http/context.js'
import { validate } from '../../http/validate.js'
import { deleteDocument, listDocuments } from './documents.repository.js'
import type { Embedder } from './embedder.js'
import { quoteExcerpt } from './excerpt.js'
import { SUPPORTED_EXTENSIONS } from './extract.js'
import { ingestRegulationFile } from './ingest.js'
import { createLocalEmbedder } from './local-embedder.js'
import { toIsoDate } from './metadata.js'
import { searchRegulations } from './search.js'
import { statusAt } from './status.js'

/** Regulation files are text; 10 MB holds the longest decree many times over. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

const isoDate = z
  .string()
  .trim()
  .refine((v) => toIsoDate(v) !== undefined, 'a date such as 2026-11-24')
  .transform((v) => toIsoDate(v) ?? v)

const searchQuery = z.object({
  q: z.string().trim().min(2, 'q: the question, at least 2 characters').max(500),
  limit: z.coerce.number().int().min(1).max(20).default(5),
  asOf: isoDate.optional(),
})

const numberParam = z.object({ number: z.string().trim().min(2).max(80) })

export interface RegulationRouteOptions {
  /** The embedder chunks were indexed with; the local one unless a model is configured. */
  readonly embedder?: Embedder
  readonly maxUploadBytes?: number
}

/**
 * Regulation search for every signed-in role, and the library's management (upload, delete)
 * for the ministry's personnel office. Searches and changes go to the audit log.
 */
export function regulationRoutes(deps: AppDeps, options: RegulationRouteOptions = {}) {
  const embedder = options.embedder ?? createLocalEmbedder()
  const maxBytes = options.maxUploadBytes ?? MAX_UPLOAD_BYTES
  const today = () => deps.clock().toISOString().slice(0, 10)
  return new Hono<AppEnv>()
    .get('/regulations/search', validate('query', searchQuery), async (c) => {
      const principal = allowed(c.get('principal'), 'regulations:read')
      const q = c.req.valid('query')
      const asOf = q.asOf ?? today()
      const result = await searchRegulations(deps.db, q.q, { limit: q.limit, asOf, embedder })
      await recordAudit(deps.db, principal, {
        action: 'regulations.search',
        targetTable: 'regulation_chunks',
        targetIds: result.hits.map((h) => h.chunkId),
        rowCount: result.hits.length,
        details: { query: q.q.slice(0, 300), asOf },
      })
      const items = result.hits.map((h) => ({
        document: h.document.number,
        title: h.document.title,
        inForce: h.document.inForce,
        status: h.document.status,
        path: h.path,
        article: h.article,
        clause: h.clause,
        point: h.point,
        heading: h.heading,
        excerpt: quoteExcerpt(h.text, result.query.text || q.q),
        score: Math.round(h.score * 10000) / 10000,
      }))
      return c.json({ items, asOf, warnings: result.warnings })
    })
    .get('/regulations', async (c) => {
      allowed(c.get('principal'), 'regulations:read')
      const asOf = today()
      const documents = await listDocuments(deps.db)
      return c.json({
        items: documents.map((d) => ({
          number: d.number,
          title: d.title,
          docType: d.doc_type,
          issuer: d.issuer,
          issuedOn: d.issued_on,
          effectiveFrom: d.effective_from,
          effectiveTo: d.effective_to,
          supersededBy: d.superseded_by,
          status: statusAt(d, asOf),
          source: d.source,
          fileName: d.file_name,
          chunks: d.chunks,
        })),
        asOf,
      })
    })
    .post(
      '/regulations',
      bodyLimit({ maxSize: maxBytes, onError: () => tooLarge(maxBytes) }),
      async (c) => {
        const principal = allowed(c.get('principal'), 'regulations:manage')
        const { file, fields } = await readUpload(c.req.header('content-type'), () =>
          c.req.parseBody(),
        )
        if (file.size > maxBytes) tooLarge(maxBytes)
        const result = await ingestRegulationFile(deps.db, {
          buffer: new Uint8Array(await file.arrayBuffer()),
          fileName: file.name,
          metadata: fields,
          source: 'uploaded',
          embedder,
        })
        await recordAudit(deps.db, principal, {
          action: 'regulations.ingest',
          targetTable: 'regulation_documents',
          targetIds: [result.number],
          rowCount: result.chunks,
          details: { fileName: file.name, bytes: file.size, replaced: result.replaced },
        })
        return c.json(result, 201)
      },
    )
    .delete('/regulations/:number{.+}', validate('param', numberParam), async (c) => {
      const principal = allowed(c.get('principal'), 'regulations:manage')
      const { number } = c.req.valid('param')
      if (!(await deleteDocument(deps.db, number))) {
        throw new AppError('NOT_FOUND', `No regulation document numbered ${number}.`, {
          vi: `Không có văn bản số ${number} trong kho.`,
        })
      }
      await recordAudit(deps.db, principal, {
        action: 'regulations.delete',
        targetTable: 'regulation_documents',
        targetIds: [number],
      })
      return c.json({ deleted: number })
    })
}

function allowed(
  principal: Principal | undefined,
  capability: 'regulations:read' | 'regulations:manage',
) {
  const who = requirePrincipal(principal)
  requireCapability(who, capability)
  return who
}

/** Metadata fields a form may send with the file (the front matter of a .md or .txt wins less). */
const FIELDS = [
  'number',
  'title',
  'docType',
  'issuer',
  'issuedOn',
  'effectiveFrom',
  'effectiveTo',
  'supersededBy',
] as const

async function readUpload(
  contentType: string | undefined,
  parse: () => Promise<Record<string, string | File | (string | File)[]>>,
): Promise<{ file: File; fields: Record<string, string | undefined> }> {
  if (!(contentType ?? '').toLowerCase().startsWith('multipart/form-data')) {
    throw new AppError(
      'UNSUPPORTED_FILE',
      'Send the regulation as multipart/form-data with a "file" field.',
      {
        vi: 'Hãy gửi văn bản dưới dạng multipart/form-data, tệp đặt trong trường "file".',
        details: { supported: SUPPORTED_EXTENSIONS },
      },
    )
  }
  const body = await parse()
  const file = body.file
  if (!(file instanceof File)) {
    throw new AppError(
      'VALIDATION',
      `file: attach one regulation file (${SUPPORTED_EXTENSIONS.join(', ')}).`,
      {
        vi: `Chưa có tệp văn bản trong trường "file" (${SUPPORTED_EXTENSIONS.join(', ')}).`,
      },
    )
  }
  const fields = Object.fromEntries(
    FIELDS.map((name) => [name, typeof body[name] === 'string' ? body[name] : undefined]),
  )
  return { file, fields }
}

function tooLarge(maxBytes: number): never {
  const mb = Math.round(maxBytes / 1024 / 1024)
  throw new AppError('PAYLOAD_TOO_LARGE', `The file is larger than ${mb} MB.`, {
    vi: `Tệp lớn hơn ${mb} MB.`,
    details: { maxBytes },
  })
}
