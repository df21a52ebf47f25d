import { nextPointLetter } from './text.js'

/**
 * The skeleton of a Vietnamese legal text: Chương (chapter) › Mục (section) › Điều (article) ›
 * khoản (clause, "1.") › điểm (point, "a)"). Summaries may also use plain headings ("## Đối
 * tượng áp dụng") for topics that carry no article number.
 */
export interface Heading {
  readonly id: string
  title: string
}

export interface PointBlock {
  readonly letter: string
  readonly lines: string[]
}

export interface ClauseBlock {
  /** Undefined when an article lists points directly, without numbered clauses. */
  readonly number: string | undefined
  readonly lines: string[]
  readonly points: PointBlock[]
}

export interface Block {
  readonly chapter: Heading | undefined
  readonly section: Heading | undefined
  readonly topic: string | undefined
  readonly article: Heading | undefined
  readonly intro: string[]
  readonly clauses: ClauseBlock[]
}

type Line =
  | { kind: 'chapter' | 'section' | 'article'; id: string; title: string }
  | { kind: 'topic'; title: string }
  | { kind: 'clause'; number: string; text: string }
  | { kind: 'point'; letter: string; text: string }
  | { kind: 'text'; text: string }

// Keywords are matched in both cases by hand: a case-insensitive flag would also let "Mục lục"
// pass as section "l", because the roman numerals would match lower-case letters.
const CHAPTER = /^(?:Chương|CHƯƠNG)\s+([IVXLCDM]+|\d+)(?=$|[\s.:–-])[\s.:–-]*(.*)$/u
const SECTION = /^(?:Mục|MỤC)\s+(\d+|[IVXLC]+)(?=$|[\s.:–-])[\s.:–-]*(.*)$/u
const ARTICLE = /^(?:Điều|ĐIỀU)\s+(\d{1,3}[a-z]?)(?:\s*[.:]\s*(.*))?$/u
const CLAUSE = /^(\d{1,3})\.\s+(\S.*)$/u
const POINT = /^([a-zđ])\)\s+(\S.*)$/u
const MARKDOWN_HEADING = /^#{1,6}\s+(.*)$/u

function classify(raw: string): Line {
  const heading = MARKDOWN_HEADING.exec(raw)
  const line = (heading?.[1] ?? raw).trim()
  for (const [kind, pattern] of [
    ['chapter', CHAPTER],
    ['section', SECTION],
  ] as const) {
    const match = pattern.exec(line)
    const id = match?.[1] ?? ''
    const title = match?.[2]?.trim() ?? ''
    if (match && (heading !== null || isHeadingTitle(line, title))) return { kind, id, title }
  }
  const article = ARTICLE.exec(line)
  if (article) return { kind: 'article', id: article[1] ?? '', title: article[2]?.trim() ?? '' }
  if (heading) return { kind: 'topic', title: line }
  const clause = CLAUSE.exec(line)
  if (clause) return { kind: 'clause', number: clause[1] ?? '', text: line }
  const point = POINT.exec(line)
  if (point) return { kind: 'point', letter: point[1] ?? '', text: line }
  return { kind: 'text', text: line }
}

/**
 * "Chương II", "Mục 1. Tuyển dụng" and "MỤC 1 TUYỂN DỤNG" are headings; a sentence that merely
 * starts with "Mục 3 Chương IV quy định…" is not: without a separator the title must be capitals.
 */
function isHeadingTitle(line: string, title: string): boolean {
  if (title === '') return true
  // What follows the keyword and the number ("Chương" "II").
  const afterId = line.replace(/^\S+\s+[^\s.:–-]+/u, '').trimStart()
  return /^[.:–-]/u.test(afterId) || title === title.toUpperCase()
}

interface State {
  chapter: Heading | undefined
  section: Heading | undefined
  /** A chapter, section or article announced without its title, which may come on the next line. */
  untitled: Heading | undefined
  block: Block | undefined
  readonly preamble: string[]
  readonly blocks: Block[]
}

/** Reads the lines of a legal text into blocks: one per article or topic, in order. */
export function parseStructure(text: string): { preamble: string[]; blocks: Block[] } {
  const state: State = {
    chapter: undefined,
    section: undefined,
    untitled: undefined,
    block: undefined,
    preamble: [],
    blocks: [],
  }
  for (const raw of text.split('\n')) {
    if (raw.trim() !== '') accept(state, classify(raw.trim()))
  }
  return { preamble: state.preamble, blocks: state.blocks }
}

function accept(state: State, line: Line): void {
  const untitled = state.untitled
  state.untitled = undefined
  switch (line.kind) {
    case 'chapter':
    case 'section': {
      const heading = { id: line.id, title: line.title }
      state.block = undefined
      if (line.kind === 'chapter') [state.chapter, state.section] = [heading, undefined]
      else state.section = heading
      if (line.title === '') state.untitled = heading
      return
    }
    case 'article':
    case 'topic': {
      const article = line.kind === 'article' ? { id: line.id, title: line.title } : undefined
      openBlock(state, article, line.kind === 'topic' ? line.title : undefined)
      if (article?.title === '') state.untitled = article
      return
    }
    case 'clause':
    case 'point':
    case 'text':
      if (untitled !== undefined && line.kind === 'text' && looksLikeTitle(line.text)) {
        untitled.title = line.text
        return
      }
      addContent(state, line)
  }
}

function openBlock(state: State, article: Heading | undefined, topic: string | undefined): Block {
  const block = {
    chapter: state.chapter,
    section: state.section,
    topic,
    article,
    intro: [],
    clauses: [],
  }
  state.blocks.push(block)
  state.block = block
  return block
}

function addContent(state: State, line: Extract<Line, { text: string }>): void {
  if (state.block === undefined && state.chapter === undefined && state.section === undefined) {
    state.preamble.push(line.text)
    return
  }
  // Text right under a chapter or section heading, before any article: a block of its own.
  const block = state.block ?? openBlock(state, undefined, undefined)
  const clause = block.clauses.at(-1)
  if (line.kind === 'clause' && block.article !== undefined && isNextClause(block, line.number)) {
    block.clauses.push({ number: line.number, lines: [line.text], points: [] })
    return
  }
  if (line.kind === 'point' && block.article !== undefined && isNextPoint(clause, line.letter)) {
    const target = clause ?? { number: undefined, lines: [], points: [] }
    if (clause === undefined) block.clauses.push(target)
    target.points.push({ letter: line.letter, lines: [line.text] })
    return
  }
  const point = clause?.points.at(-1)
  if (point !== undefined) point.lines.push(line.text)
  else if (clause !== undefined) clause.lines.push(line.text)
  else block.intro.push(line.text)
}

/**
 * Clauses run 1, 2, 3…: a line such as "2. Điều 5 …" inside clause 3 is wrapped text, not a
 * clause. The first clause of an article may have any number, because summaries quote only
 * some clauses of an article (Article 169, clauses 2 to 4).
 */
function isNextClause(block: Block, number: string): boolean {
  const last = block.clauses.at(-1)?.number
  if (last === undefined) return block.clauses.length === 0 && Number(number) > 0
  return Number(number) === Number(last) + 1
}

/** Points follow the Vietnamese alphabet: a b c d đ e g h i k l m n o p q r s t u v x y. */
function isNextPoint(clause: ClauseBlock | undefined, letter: string): boolean {
  const last = clause?.points.at(-1)?.letter
  if (last === undefined) return true
  return nextPointLetter(last) === letter
}

function looksLikeTitle(text: string): boolean {
  return text.length <= 200 && !/^\d+\.\s|^[a-zđ]\)\s/u.test(text)
}
