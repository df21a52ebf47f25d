import { isEnglish, toVietnameseTerms } from './english.js'
import { isStopword } from './stopwords.js'
import { SYNONYM_GROUPS } from './synonyms.js'
import { foldDiacritics, normalizeText, words } from './text.js'

/** One thing the question asks for, as a PostgreSQL tsquery over diacritic-free words. */
export interface QueryTerm {
  readonly tsquery: string
  /** A single word counts against coverage even when no passage has it; a phrase only if some do. */
  readonly kind: 'word' | 'phrase'
}

export interface AnalyzedQuery {
  readonly language: 'vi' | 'en'
  /** The Vietnamese text searched for (an English question's mapped key terms). */
  readonly text: string
  readonly terms: readonly QueryTerm[]
  /** Folded prefixes of document numbers named in the question: '135/2020', '377-', '13/'. */
  readonly documentRefs: readonly string[]
  /** Article and clause named in the question ("khoản 27 Điều 1"). */
  readonly articleRef: string | undefined
  readonly clauseRef: string | undefined
  /** English words of the question that the vocabulary could not map (empty for Vietnamese). */
  readonly unknownWords: readonly string[]
}

/** Normalises a question and turns it into search terms, synonyms and named documents. */
export function analyzeQuery(question: string): AnalyzedQuery {
  const normalized = normalizeText(question).trim()
  const language = isEnglish(normalized) ? 'en' : 'vi'
  const translation = language === 'en' ? toVietnameseTerms(normalized) : undefined
  const text = translation?.text ?? normalized
  const folded = foldDiacritics(normalized)
  // Document numbers and "Điều 34" are matched against the documents' own fields; as words they
  // would only add noise ("Nghị định" folds to "nghi dinh", which collides with "nghỉ hưu").
  const content = withoutReferences(text)
  return {
    language,
    text: content,
    terms: dedupe([...wordTerms(content), ...synonymTerms(foldDiacritics(content))]),
    documentRefs: documentRefsOf(folded),
    articleRef: /\b(?:dieu|article|art\.?)\s+(\d{1,3}[a-z]?)\b/.exec(folded)?.[1],
    clauseRef: /\b(?:khoan|clause)\s+(\d{1,3})\b/.exec(folded)?.[1],
    unknownWords: translation?.unknownWords ?? [],
  }
}

const REFERENCES = [
  /\b(?:nghi dinh|quy dinh|huong dan|thong tu|quyet dinh|luat|decree|regulation|guidance|circular|law)\s+(?:so\s+)?\d[\w/.-]*/g,
  /\b\d{1,4}\s*\/\s*\d{4}(?:\/[a-z0-9-]+)?/g,
  /\b\d{1,4}-(?:qd|hd)(?:\/[a-z]+)?/g,
  /\b(?:dieu|khoan|diem|article|clause)\s+\d{1,3}[a-z]?\b/g,
]

/** Blanks document numbers and article references out of a text, keeping its other words. */
function withoutReferences(text: string): string {
  // Folding an NFC Vietnamese text keeps every character's position, so spans found in the
  // folded text can be blanked in the original.
  const folded = foldDiacritics(text)
  let kept = text
  for (const pattern of REFERENCES) {
    for (const m of folded.matchAll(pattern)) {
      kept = kept.slice(0, m.index) + ' '.repeat(m[0].length) + kept.slice(m.index + m[0].length)
    }
  }
  return kept.replace(/\s+/g, ' ').trim()
}

/** Content words, and pairs of adjacent content words (Vietnamese compounds are two syllables). */
function wordTerms(text: string): QueryTerm[] {
  const tokens = words(text)
  const terms: QueryTerm[] = []
  tokens.forEach((token, i) => {
    if (isStopword(token)) return
    const word = safeLexeme(token)
    if (word === undefined) return
    terms.push({ tsquery: word, kind: 'word' })
    const next = tokens[i + 1]
    const pair = next === undefined || isStopword(next) ? undefined : safeLexeme(next)
    if (pair !== undefined) terms.push({ tsquery: `${word} <-> ${pair}`, kind: 'phrase' })
  })
  return terms
}

function synonymTerms(foldedText: string): QueryTerm[] {
  const padded = ` ${foldedText.replace(/[^a-z0-9]+/g, ' ')} `
  return SYNONYM_GROUPS.filter((group) =>
    group.some((variant) => padded.includes(` ${foldDiacritics(variant)} `)),
  ).map((group) => ({
    tsquery: group.map((variant) => `(${phraseOf(variant)})`).join(' | '),
    kind: 'phrase' as const,
  }))
}

function phraseOf(text: string): string {
  return words(text)
    .map(safeLexeme)
    .filter((w): w is string => w !== undefined)
    .join(' <-> ')
}

/** Only [a-z0-9] reaches to_tsquery: nothing a user types can change the query's syntax. */
function safeLexeme(word: string): string | undefined {
  const folded = foldDiacritics(word).replace(/[^a-z0-9]/g, '')
  return folded === '' ? undefined : folded
}

function dedupe(terms: readonly QueryTerm[]): QueryTerm[] {
  const seen = new Set<string>()
  return terms.filter((t) => !seen.has(t.tsquery) && seen.add(t.tsquery))
}

/**
 * Document numbers named in a question: "135/2020", "Nghị định 135", "Decree 135", "377-QĐ/TW",
 * "Quy định 377", "Hướng dẫn 06". Returned as folded prefixes of the stored number.
 */
function documentRefsOf(folded: string): string[] {
  const refs = new Set<string>()
  for (const m of folded.matchAll(/\b(\d{1,4})\s*\/\s*(\d{4})\b/g)) refs.add(`${m[1]}/${m[2]}`)
  for (const m of folded.matchAll(/\b(\d{1,4})\s*-\s*(qd|hd)\b/g)) refs.add(`${m[1]}-${m[2]}`)
  const named = /\b(nghi dinh|decree|luat|law|thong tu|circular)\s+(?:so\s+)?(\d{1,4})\b(?!\s*\/)/g
  for (const m of folded.matchAll(named)) refs.add(`${m[2]}/`)
  const party = /\b(quy dinh|regulation|huong dan|guidance)\s+(?:so\s+)?(\d{1,4})\b(?!\s*-)/g
  for (const m of folded.matchAll(party)) refs.add(`${m[2]}-`)
  return [...refs]
}
