import { crc32 } from 'node:zlib'

/**
 * Tiny .docx and .pdf files built in memory, so that tests of text extraction need no binary
 * fixtures and show exactly what the file contains.
 */

/** A zip archive with stored (uncompressed) entries: all a .docx reader needs. */
export function makeZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8')
    const data = Buffer.from(content, 'utf8')
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, data)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(centrals.length / 2, 8)
  end.writeUInt16LE(centrals.length / 2, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A Word document with one paragraph per string. */
export function makeDocx(paragraphs: readonly string[]): Buffer {
  const body = paragraphs.map(
    (p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`,
  )
  return makeZip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml':
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:body>${body.join('')}</w:body></w:document>`,
  })
}

/**
 * A PDF with one page per array of lines. Helvetica cannot encode Vietnamese, so each distinct
 * character gets a one-byte code and a ToUnicode map tells the reader what it means: the same
 * trick subsetting PDF writers use, and what text extraction relies on.
 */
export function makePdf(pages: readonly (readonly string[])[]): Buffer {
  const chars = [...new Set(pages.flat().join(''))]
  if (chars.length > 190) throw new Error('makePdf: too many distinct characters')
  const code = new Map(chars.map((c, i) => [c, i + 0x41]))
  const encode = (line: string) => `<${[...line].map((c) => hex(code.get(c) ?? 0, 2)).join('')}>`
  const pageIds = pages.map((_, i) => 5 + i * 2)
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 4 0 R >>',
    stream(toUnicodeMap(code)),
  ]
  for (const [i, lines] of pages.entries()) {
    const shown = lines.map((l, j) => `1 0 0 1 50 ${800 - j * 16} Tm ${encode(l)} Tj`)
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${(pageIds[i] ?? 0) + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`,
      stream(`BT /F1 11 Tf ${shown.join(' ')} ET`),
    )
  }
  return writePdf(objects)
}

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0')

function toUnicodeMap(code: ReadonlyMap<string, number>): string {
  const pairs = [...code].map(([c, n]) => `<${hex(n, 2)}> <${hex(c.codePointAt(0) ?? 0, 4)}>`)
  return (
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Vi def /CMapType 2 def ' +
    `1 begincodespacerange <00> <FF> endcodespacerange ${pairs.length} beginbfchar\n` +
    `${pairs.join('\n')}\nendbfchar endcmap CMapName currentdict /CMap defineresource pop end end`
  )
}

/** Numbered objects, the cross-reference table of their byte offsets, and the trailer. */
function writePdf(objects: readonly string[]): Buffer {
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

function stream(content: string): string {
  return `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`
}
