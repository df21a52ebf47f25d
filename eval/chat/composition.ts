import type { ChatQuestion, ChatSetName } from './dataset.js'

/** The make-up the two sets must keep together (DESIGN.md §8 and the evaluation brief). */
export const QUOTAS = {
  minTotal: 200,
  minHeldout: 80,
  minVietnameseShare: 0.6,
  minNoDiacriticsShare: 0.2,
  minFollowUps: 20,
  minEnglish: 20,
} as const

const ID_PREFIX: Record<ChatSetName, string> = { tuning: 't', heldout: 'h' }

/** Everything wrong with the sets' make-up, as sentences; empty when they are sound. */
export function compositionProblems(sets: Readonly<Record<ChatSetName, ChatQuestion[]>>): string[] {
  const all = [...sets.tuning, ...sets.heldout]
  const problems = [...setProblems(sets), ...duplicateProblems(all), ...leakProblems(sets)]
  const count = (keep: (q: ChatQuestion) => boolean) => all.filter(keep).length
  const vietnamese = count((q) => q.language === 'vi')
  const noDiacritics = count((q) => q.language === 'vi' && !q.diacritics)
  const checks: [boolean, string][] = [
    [all.length >= QUOTAS.minTotal, `${all.length} questions, fewer than ${QUOTAS.minTotal}`],
    [sets.heldout.length >= QUOTAS.minHeldout, `${sets.heldout.length} held-out questions`],
    [vietnamese >= QUOTAS.minVietnameseShare * all.length, `${vietnamese} Vietnamese questions`],
    [
      noDiacritics >= QUOTAS.minNoDiacriticsShare * all.length,
      `${noDiacritics} without diacritics`,
    ],
    [count((q) => q.conversation.length > 0) >= QUOTAS.minFollowUps, 'too few follow-ups'],
    [count((q) => q.language === 'en') >= QUOTAS.minEnglish, 'too few English questions'],
  ]
  return [...problems, ...checks.filter(([ok]) => !ok).map(([, message]) => message)]
}

function setProblems(sets: Readonly<Record<ChatSetName, ChatQuestion[]>>): string[] {
  const problems: string[] = []
  for (const [name, questions] of Object.entries(sets) as [ChatSetName, ChatQuestion[]][]) {
    for (const q of questions) {
      if (!q.id.startsWith(ID_PREFIX[name])) problems.push(`${q.id}: id does not belong to ${name}`)
      if ((q.category === 'followup') !== q.conversation.length > 0) {
        problems.push(`${q.id}: follow-ups, and only they, have earlier turns`)
      }
      const accented = /[^\x20-\x7e]/.test(q.question.replace(/[–—’“”]/g, ''))
      if (q.language === 'vi' && accented !== q.diacritics) {
        problems.push(`${q.id}: "diacritics": ${q.diacritics} does not match the text`)
      }
      if (/\blimit\b/i.test(q.gold) && !/\border by\b/i.test(q.gold)) {
        problems.push(`${q.id}: LIMIT without ORDER BY is not deterministic`)
      }
      if (q.order_matters && !/\border by\b/i.test(q.gold)) {
        problems.push(`${q.id}: order matters but the gold has no ORDER BY`)
      }
    }
  }
  return problems
}

function duplicateProblems(all: readonly ChatQuestion[]): string[] {
  const problems: string[] = []
  const ids = new Set<string>()
  const questions = new Set<string>()
  for (const q of all) {
    if (ids.has(q.id)) problems.push(`${q.id}: duplicate id`)
    ids.add(q.id)
    const key = normalise([...q.conversation, q.question].join(' / '))
    if (questions.has(key)) problems.push(`${q.id}: duplicate question "${q.question}"`)
    questions.add(key)
  }
  return problems
}

/** The held-out set must stay unseen: no tuning question or gold may repeat one of its own. */
function leakProblems(sets: Readonly<Record<ChatSetName, ChatQuestion[]>>): string[] {
  const heldoutTexts = new Set(
    sets.heldout.flatMap((q) => [...q.conversation, q.question]).map(normalise),
  )
  const heldoutGold = new Set(sets.heldout.map((q) => normalise(q.gold)))
  return sets.tuning.flatMap((q) => [
    ...(heldoutTexts.has(normalise(q.question)) ? [`${q.id}: asks a held-out question`] : []),
    ...(heldoutGold.has(normalise(q.gold)) ? [`${q.id}: has a held-out question's gold`] : []),
  ])
}

function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
}
