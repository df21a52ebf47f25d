/**
 * Text extracted from a PDF carries the page's furniture (running headers, page numbers),
 * words hyphenated across lines and paragraphs broken at every line. This turns the pages of
 * one document back into paragraphs that the structural splitter can read line by line.
 */
const PAGE_NUMBER = /^(?:(?:trang|page)\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*\/\s*\d{1,4})?$/iu

/** Lines that begin a structural unit must keep their line break even inside a paragraph. */
const STRUCTURAL =
  /^(?:#|Chương\s|CHƯƠNG\s|Mục\s|MỤC\s|Điều\s+\d|ĐIỀU\s+\d|\d{1,3}\.\s|[a-zđ]\)\s|[-–•+*]\s)/u

const HEADING = /^(?:Chương|CHƯƠNG|Mục|MỤC|Điều|ĐIỀU)\s/u

export function cleanPdfPages(pages: readonly string[]): string {
  const pageLines = pages.map((page) =>
    page
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line !== ''),
  )
  const furniture = repeatedEdgeLines(pageLines)
  const lines = pageLines.flatMap((lines) =>
    lines.filter(
      (line, i) =>
        !((i < 2 || i >= lines.length - 2) && (PAGE_NUMBER.test(line) || furniture.has(line))),
    ),
  )
  return reflow(lines).join('\n')
}

/**
 * A line seen at the top or bottom of at least half of the pages (of three or more) is a running
 * header or footer. Digits are ignored when comparing, so "Trang 3/12" matches "Trang 4/12".
 */
function repeatedEdgeLines(pages: readonly string[][]): Set<string> {
  if (pages.length < 3) return new Set()
  const seen = new Map<string, Set<number>>()
  pages.forEach((lines, page) => {
    for (const line of [...lines.slice(0, 2), ...lines.slice(-2)]) {
      const key = line.replace(/\d+/g, '#')
      seen.set(key, (seen.get(key) ?? new Set()).add(page))
    }
  })
  const repeated = new Set<string>()
  for (const lines of pages) {
    for (const line of lines) {
      if ((seen.get(line.replace(/\d+/g, '#'))?.size ?? 0) >= pages.length / 2) repeated.add(line)
    }
  }
  return repeated
}

/**
 * Joins wrapped lines: "…người lao động làm việc trong" + "điều kiện bình thường…" become one
 * line. A line ending in a hyphen inside a word is rejoined without the hyphen when the next
 * line continues in lower case ("hyphen-" + "ation"), and with it otherwise ("NĐ-" + "CP").
 */
function reflow(lines: readonly string[]): string[] {
  const out: string[] = []
  for (const line of lines) {
    const previous = out.at(-1)
    if (previous === undefined || STRUCTURAL.test(line) || endsLine(previous, line)) {
      out.push(line)
      continue
    }
    const hyphenated = /\p{L}-$/u.test(previous)
    const joined = hyphenated
      ? /^\p{Ll}/u.test(line)
        ? previous.slice(0, -1) + line
        : previous + line
      : `${previous} ${line}`
    out[out.length - 1] = joined
  }
  return out
}

/**
 * A sentence end closes a paragraph; a heading (an all-capital title, or a "Chương/Mục/Điều"
 * line) closes its line unless the next one plainly continues it in lower case ("Điều 4. Tuổi
 * nghỉ hưu trong điều kiện lao động bình" + "thường").
 */
function endsLine(previous: string, next: string): boolean {
  if (/[.:;!?]["”)]?$/u.test(previous)) return true
  const isHeading = isAllCaps(previous) || HEADING.test(previous) || isAllCaps(next)
  return isHeading && !/^\p{Ll}/u.test(next)
}

/** Headings such as "QUY ĐỊNH CHUNG" stand on their own line. */
function isAllCaps(line: string): boolean {
  return /\p{L}/u.test(line) && line === line.toUpperCase() && line.length <= 200
}
