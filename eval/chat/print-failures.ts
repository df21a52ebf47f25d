import type { ChatEvalReport } from './run.js'
import type { Failure } from './summary.js'

/** The failures of each set, one block per question, for `--verbose`. */
export function formatFailures(report: ChatEvalReport): string {
  const blocks: string[] = []
  for (const set of Object.values(report)) {
    if (set === undefined) continue
    blocks.push(`\n${set.set}: ${set.failures.length} of ${set.questions} not correct`)
    for (const failure of set.failures) blocks.push(formatFailure(failure))
  }
  return blocks.join('\n')
}

function formatFailure(failure: Failure): string {
  const lines = [
    `- ${failure.id} [${failure.outcome}, ${failure.category}, ${failure.language}, ${failure.role}]`,
    ...failure.conversation.map((turn) => `    earlier: ${turn}`),
    `    asked:   ${failure.question}`,
  ]
  if (failure.error !== undefined) lines.push(`    error:   ${failure.error}`)
  if (failure.answer !== undefined) lines.push(`    answer:  ${oneLine(failure.answer)}`)
  if (failure.sql !== undefined) lines.push(`    sql:     ${oneLine(failure.sql)}`)
  if (failure.rows !== undefined) lines.push(`    rows:    ${JSON.stringify(failure.rows)}`)
  lines.push(`    gold:    ${JSON.stringify(failure.gold)}`)
  lines.push(`    gold sql: ${failure.goldSql}`)
  return lines.join('\n')
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
