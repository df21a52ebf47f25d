import { isStopword } from './stopwords.js'
import { foldDiacritics, words } from './text.js'

export const EXCERPT_CHARS = 400

/**
 * The part of a passage worth quoting: the passage itself when it is not much longer than `max`
 * (cutting a clause to save a few lines loses more than it saves), otherwise the run of
 * sentences around the one sharing most words with the question, trimmed with "…". The words
 * are quoted as they stand; only whole sentences (or, for one long sentence, whole words) are cut.
 */
export function quoteExcerpt(text: string, question: string, max = EXCERPT_CHARS): string {
  const clean = text.trim()
  if (clean.length <= max * 1.5) return clean
  const parts = splitParts(clean)
  const scores = scoreParts(
    parts.map((p) => p.text),
    question,
  )
  let from = scores.indexOf(Math.max(...scores))
  let to = from
  // The quote is the original text between parts, so line breaks and spacing stay as written.
  const span = (a: number, b: number) => clean.slice(parts[a]?.start ?? 0, parts[b]?.end ?? 0)
  // Grow by whole parts, alternately after and before, while the quote stays under `max`.
  for (let right = true; ; right = !right) {
    const fitsAfter = to + 1 < parts.length && span(from, to + 1).length <= max
    const fitsBefore = from > 0 && span(from - 1, to).length <= max
    if (!fitsAfter && !fitsBefore) break
    if ((right && fitsAfter) || !fitsBefore) to += 1
    else from -= 1
  }
  const body = span(from, to)
  const excerpt = body.length <= max ? body : cutAtWord(body, max - 1)
  return `${from > 0 ? '…' : ''}${excerpt}${to < parts.length - 1 || excerpt !== body ? '…' : ''}`
}

/** Sentences and lines, with where each starts and ends in the text. */
function splitParts(text: string): { text: string; start: number; end: number }[] {
  const parts: { text: string; start: number; end: number }[] = []
  for (const m of text.matchAll(/[^\n]+?(?:[.;:!?](?=\s|$)|(?=\n)|$)/gu)) {
    const trimmed = m[0].trim()
    if (trimmed === '') continue
    const start = m.index + m[0].indexOf(trimmed)
    parts.push({ text: trimmed, start, end: start + trimmed.length })
  }
  return parts
}

/**
 * Each part scores the question's words it contains, each word weighted by how rarely it occurs
 * in the passage: in a roadmap where every line says "năm … nam … tuổi", the line with "2027"
 * is the one asked for. Numbers weigh triple.
 */
function scoreParts(parts: readonly string[], question: string): number[] {
  const wanted = new Set(
    words(question)
      .filter((w) => !isStopword(w))
      .map(foldDiacritics),
  )
  const partWords = parts.map(
    (p) =>
      new Set(
        words(p)
          .map(foldDiacritics)
          .filter((w) => wanted.has(w)),
      ),
  )
  const spread = new Map<string, number>()
  for (const set of partWords) for (const w of set) spread.set(w, (spread.get(w) ?? 0) + 1)
  // A number the asker typed (a year, an age) is the most specific thing they are looking for.
  const weight = (w: string) => (/\d/.test(w) ? 3 : 1) / (spread.get(w) ?? 1)
  return partWords.map((set) => [...set].reduce((sum, w) => sum + weight(w), 0))
}

function cutAtWord(text: string, max: number): string {
  const cut = text.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')
}
