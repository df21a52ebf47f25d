import { type Block, type ClauseBlock, parseStructure } from './structure.js'
import { normalizeText } from './text.js'

/** One retrievable passage: a clause, an article without clauses, a long point, or a topic. */
export interface LegalChunk {
  readonly ord: number
  /** Breadcrumb, e.g. "135/2020/NĐ-CP › Chương II › Điều 4 › Khoản 2". */
  readonly path: string
  readonly chapter: string | null
  readonly section: string | null
  readonly article: string | null
  readonly clause: string | null
  readonly point: string | null
  /** The article's title, or the topic's heading in a summary. */
  readonly heading: string | null
  readonly text: string
}

/**
 * Above this many characters a clause is split into its points and an article without clauses
 * into groups of paragraphs: a passage that long says many things, and both the ranking and the
 * quoted excerpt get worse.
 */
export const MAX_CHUNK_CHARS = 1600

/** Where a draft sits; `topic` is a summary's plain heading, shown in the breadcrumb. */
type Place = Omit<LegalChunk, 'ord' | 'path' | 'text'> & { readonly topic: string | null }

/** Splits a legal text into chunks by its structure, one per clause where there are clauses. */
export function splitLegalText(text: string, documentNumber: string): LegalChunk[] {
  const { preamble, blocks } = parseStructure(normalizeText(text))
  const drafts: { place: Place; text: string }[] = []
  const intro = preamble.join('\n')
  if (intro.length >= 40) drafts.push({ place: emptyPlace(), text: intro })
  for (const block of blocks) drafts.push(...blockDrafts(block))
  return drafts
    .filter((d) => d.text.trim() !== '')
    .map((d, ord) => ({
      ord,
      path: pathOf(documentNumber, d.place),
      chapter: d.place.chapter,
      section: d.place.section,
      article: d.place.article,
      clause: d.place.clause,
      point: d.place.point,
      heading: d.place.heading,
      text: d.text,
    }))
}

function blockDrafts(block: Block): { place: Place; text: string }[] {
  const base: Place = {
    ...emptyPlace(),
    chapter: block.chapter?.id ?? null,
    section: block.section?.id ?? null,
    article: block.article?.id ?? null,
    topic: block.topic ?? null,
    heading: block.article
      ? block.article.title || null
      : block.topic || block.section?.title || block.chapter?.title || null,
  }
  // Points listed straight under an article take the article's opening words as their lead-in.
  const pointsOnly = block.clauses.length === 1 && block.clauses[0]?.number === undefined
  const drafts = pointsOnly ? [] : splitLong(block.intro).map((text) => ({ place: base, text }))
  const lead = pointsOnly ? block.intro : []
  for (const clause of block.clauses) drafts.push(...clauseDrafts(base, clause, lead))
  return drafts
}

function clauseDrafts(
  base: Place,
  clause: ClauseBlock,
  articleLead: readonly string[],
): { place: Place; text: string }[] {
  const place = { ...base, clause: clause.number ?? null }
  const lead = [...articleLead, ...clause.lines].join('\n')
  const points = clause.points.map((p) => ({ letter: p.letter, text: p.lines.join('\n') }))
  const whole = [lead, ...points.map((p) => p.text)].filter((t) => t !== '').join('\n')
  if (points.length === 0 || whole.length <= MAX_CHUNK_CHARS) return [{ place, text: whole }]
  // Each point keeps the clause's lead-in ("Người lao động được … trong các trường hợp sau:"),
  // without which it would not say what it is a case of.
  return points.map((p) => ({
    place: { ...place, point: p.letter },
    text: lead === '' ? p.text : `${lead}\n${p.text}`,
  }))
}

/** Groups paragraphs into passages of at most MAX_CHUNK_CHARS (a longer paragraph stays whole). */
function splitLong(lines: readonly string[]): string[] {
  const parts: string[] = []
  let current = ''
  for (const line of lines) {
    if (current !== '' && current.length + line.length + 1 > MAX_CHUNK_CHARS) {
      parts.push(current)
      current = ''
    }
    current = current === '' ? line : `${current}\n${line}`
  }
  if (current !== '') parts.push(current)
  return parts
}

function emptyPlace(): Place {
  return {
    chapter: null,
    section: null,
    article: null,
    clause: null,
    point: null,
    heading: null,
    topic: null,
  }
}

function pathOf(documentNumber: string, place: Place): string {
  const parts = [documentNumber]
  if (place.chapter !== null) parts.push(`Chương ${place.chapter}`)
  if (place.section !== null) parts.push(`Mục ${place.section}`)
  if (place.topic !== null) parts.push(place.topic)
  if (place.article !== null) parts.push(`Điều ${place.article}`)
  if (place.clause !== null) parts.push(`Khoản ${place.clause}`)
  if (place.point !== null) parts.push(`Điểm ${place.point}`)
  return parts.join(' › ')
}
