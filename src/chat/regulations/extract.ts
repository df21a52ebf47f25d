import path from 'node:path'
import mammoth from 'mammoth'
import { AppError } from '../../errors.js'
import { cleanPdfPages } from './pdf-clean.js'
import { normalizeText } from './text.js'

export const SUPPORTED_EXTENSIONS = ['.md', '.txt', '.docx', '.pdf'] as const
export type FileKind = 'md' | 'txt' | 'docx' | 'pdf'

const SUPPORTED_LIST = SUPPORTED_EXTENSIONS.join(', ')

/**
 * The kind of a file from its name, checked against its first bytes: a .docx is a zip and a
 * .pdf starts with %PDF, so a renamed file fails here with a clear message rather than deep
 * inside a parser.
 */
export function detectFileKind(fileName: string, bytes: Uint8Array): FileKind {
  const ext = path.extname(fileName).toLowerCase()
  const kind = (
    { '.md': 'md', '.markdown': 'md', '.txt': 'txt', '.docx': 'docx', '.pdf': 'pdf' } as const
  )[ext as '.md'] as FileKind | undefined
  if (kind === undefined) {
    const hint = ext === '.doc' ? ' Save a .doc file as .docx first.' : ''
    throw new AppError(
      'UNSUPPORTED_FILE',
      `Cannot read "${ext || fileName}" files: supported are ${SUPPORTED_LIST}.${hint}`,
      {
        vi: `Không đọc được tệp "${ext || fileName}": chỉ hỗ trợ ${SUPPORTED_LIST}.${ext === '.doc' ? ' Hãy lưu tệp .doc thành .docx trước.' : ''}`,
        details: { supported: SUPPORTED_EXTENSIONS },
      },
    )
  }
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1')
  const mismatch =
    (kind === 'docx' && !head.startsWith('PK')) || (kind === 'pdf' && !head.startsWith('%PDF'))
  if (mismatch) throw unreadable(fileName, kind, WHY.notThatKind)
  return kind
}

/** The plain text of a regulation file, NFC-normalised, with PDF page furniture removed. */
export async function extractText(
  kind: FileKind,
  bytes: Uint8Array,
  fileName: string,
): Promise<string> {
  switch (kind) {
    case 'md':
      return normalizeText(decodeUtf8(bytes, fileName)).replace(/\*\*|__/g, '')
    case 'txt':
      return normalizeText(decodeUtf8(bytes, fileName))
    case 'docx':
      return normalizeText(await extractDocx(bytes, fileName))
    case 'pdf':
      return normalizeText(await extractPdf(bytes, fileName))
  }
}

function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '')
  } catch (error) {
    throw unreadable(fileName, 'text', WHY.notUtf8, error)
  }
}

async function extractDocx(bytes: Uint8Array, fileName: string): Promise<string> {
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
    return result.value
  } catch (error) {
    throw unreadable(fileName, 'docx', WHY.brokenDocx, error)
  }
}

async function extractPdf(bytes: Uint8Array, fileName: string): Promise<string> {
  // unpdf bundles a serverless build of pdf.js with the polyfills Node 20 lacks; loaded on
  // demand because it is large and only PDF uploads need it.
  const { extractText: extractPages, getDocumentProxy } = await import('unpdf')
  let pages: string[]
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    try {
      pages = (await extractPages(pdf, { mergePages: false })).text
    } finally {
      await pdf.loadingTask.destroy()
    }
  } catch (error) {
    throw unreadable(fileName, 'pdf', WHY.brokenPdf, error)
  }
  const text = cleanPdfPages(pages)
  if (text.replace(/\s/g, '').length < 20) {
    throw unreadable(fileName, 'pdf', WHY.noTextLayer)
  }
  return text
}

const WHY = {
  notThatKind: {
    en: 'its content does not match its extension',
    vi: 'nội dung không khớp với phần mở rộng của tệp',
  },
  notUtf8: { en: 'it is not UTF-8 text (save it as UTF-8)', vi: 'tệp không phải văn bản UTF-8' },
  brokenDocx: {
    en: 'it could not be opened as a Word document',
    vi: 'không mở được tệp dưới dạng tài liệu Word',
  },
  brokenPdf: { en: 'it could not be opened as a PDF', vi: 'không mở được tệp PDF' },
  noTextLayer: {
    en: 'it holds no text layer (a scan? run OCR first)',
    vi: 'tệp PDF không có lớp chữ (bản quét? cần nhận dạng chữ trước)',
  },
} as const

function unreadable(
  fileName: string,
  kind: string,
  why: { en: string; vi: string },
  cause?: unknown,
): AppError {
  return new AppError('VALIDATION', `Cannot read ${fileName} as ${kind}: ${why.en}.`, {
    vi: `Không đọc được tệp ${fileName}: ${why.vi}.`,
    cause,
  })
}
