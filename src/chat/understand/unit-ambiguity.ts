import type { Language } from '../types.js'
import { abstain, type Abstention } from './abstain.js'
import { joined } from './entities/unit-forms.js'
import type { Lexicon } from './lexicon.js'
import type { NormalisedQuestion } from './normalise.js'
import type { Reading } from './parse/reading.js'

/** How many of the same-named units are offered back. */
const MAX_OFFERED = 5

/**
 * A unit name several units share ("Phòng Kế hoạch – Tài chính"): the engine asks which one,
 * offering the same question with each unit named together with its parent.
 */
export function ambiguityAbstention(
  language: Language,
  question: NormalisedQuestion,
  reading: Reading,
  candidates: readonly number[],
  lexicon: Lexicon,
  now: string,
): Abstention {
  const mention = reading.units.find((u) => u.ids.length > 1)
  const span = mention === undefined ? undefined : reading.spans[mention.span]
  const first = span === undefined ? undefined : question.tokens[span.start]
  const last = span === undefined ? undefined : question.tokens[span.end - 1]
  const names = candidates.slice(0, MAX_OFFERED).map((id) => fullName(id, lexicon))
  const questions =
    first === undefined || last === undefined
      ? []
      : names.map(
          (name) =>
            `${question.original.slice(0, first.start)}${name}${question.original.slice(last.end)}`,
        )
  return abstain(language, { code: 'ambiguous_unit', names }, { lexicon, now, questions })
}

/** A division's name followed by its parent's: "Phòng Kế hoạch – Tài chính Cục Viễn thông". */
function fullName(id: number, lexicon: Lexicon): string {
  const unit = lexicon.unitById.get(id)
  if (unit === undefined) return String(id)
  const parent = unit.parentId === null ? undefined : lexicon.unitById.get(unit.parentId)
  if (parent === undefined || parent.depth === 0) return unit.name
  return joined(unit.name, '', parent.name)
}
