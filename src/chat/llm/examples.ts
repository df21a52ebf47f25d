import { DEV_EXAMPLES } from '../understand/dev-examples.js'
import { foldDiacritics } from '../understand/normalise.js'
import type { SolvedExample } from './generate-sql/index.js'

/**
 * The solved questions the model is shown: the offline engine's development examples that have
 * SQL and stand alone (follow-ups need their conversation), ranked by how many word pairs they
 * share with the question once diacritics and case are folded, so that "bao nhieu nu" finds
 * "bao nhiêu nữ". Pairs weigh more than single words: "trình độ thạc sĩ" matters more than "có".
 */
const POOL: readonly { example: SolvedExample; features: ReadonlySet<string> }[] =
  DEV_EXAMPLES.flatMap((e) =>
    e.sql === null || (e.before?.length ?? 0) > 0
      ? []
      : [{ example: { question: e.question, sql: e.sql }, features: featuresOf(e.question) }],
  )

export function similarExamples(question: string, count = 4): SolvedExample[] {
  const wanted = featuresOf(question)
  return POOL.map((entry, index) => ({ entry, index, score: overlap(wanted, entry.features) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, count)
    .map((s) => s.entry.example)
}

function featuresOf(text: string): Set<string> {
  const words = foldDiacritics(text.normalize('NFC'))
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
  const features = new Set<string>(words.map((w) => `1:${w}`))
  for (let i = 1; i < words.length; i++) features.add(`2:${words[i - 1]} ${words[i]}`)
  return features
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let score = 0
  for (const f of a) if (b.has(f)) score += f.startsWith('2:') ? 2 : 1
  return score
}
