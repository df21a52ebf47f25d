import type { Language } from '../types.js'
import type { Lexicon } from './lexicon.js'
import type { PersonCandidate } from './parse/person.js'
import { suggestQuestions } from './suggestions.js'
import type { Understanding } from './understanding.js'

export type Abstention = Extract<Understanding, { kind: 'abstain' }>

type Reason =
  | {
      readonly code: 'unclear'
      readonly words: readonly string[]
      readonly problems: readonly string[]
    }
  | { readonly code: 'not_data' }
  | { readonly code: 'ambiguous_unit'; readonly names: readonly string[] }
  | { readonly code: 'unknown_person'; readonly name: string }
  | { readonly code: 'unsure_person'; readonly name: string }
  | { readonly code: 'namesakes'; readonly name: string }
  | { readonly code: 'unknown_self' }
  | { readonly code: 'no_previous' }

/** An abstention: why, in the asker's language, and questions the engine can answer instead. */
export function abstain(
  language: Language,
  reason: Reason,
  suggest: { lexicon: Lexicon; unitId?: number; now: string; questions?: string[] },
): Abstention {
  const suggestions =
    suggest.questions !== undefined && suggest.questions.length > 0
      ? suggest.questions
      : suggestQuestions(language, suggest.lexicon, suggest.unitId, suggest.now)
  return { kind: 'abstain', language, reason: explain(language, reason), suggestions }
}

function explain(language: Language, reason: Reason): string {
  const vi = language === 'vi'
  switch (reason.code) {
    case 'unclear': {
      const words = reason.words.map((w) => `“${w}”`).join(', ')
      if (words !== '')
        return vi
          ? `Chưa hiểu chắc câu hỏi: không nhận ra ${words}.`
          : `I am not sure what the question means: I do not know ${words}.`
      // The problems are the parser's own notes, in its own terms: not something to show a reader.
      return vi
        ? 'Chưa hiểu chắc câu hỏi nên không đoán. Hãy hỏi lại cụ thể hơn, chẳng hạn:'
        : 'I am not sure what the question means, so I will not guess. Try asking more precisely, for example:'
    }
    case 'not_data':
      return vi
        ? 'Câu hỏi này không phải là tra cứu dữ liệu nhân sự mà tôi trả lời được.'
        : 'This is not a personnel data question I can answer.'
    case 'ambiguous_unit':
      return vi
        ? `Tên đơn vị này có ở nhiều nơi: ${reason.names.join('; ')}. Bạn hỏi đơn vị nào?`
        : `That unit name is used by several units: ${reason.names.join('; ')}. Which one?`
    case 'unknown_person':
      return vi
        ? `Không tìm thấy người tên “${reason.name}” trong phạm vi bạn được xem.`
        : `No one named “${reason.name}” among the people you may see.`
    case 'unsure_person':
      return vi
        ? `Không có ai tên đúng là “${reason.name}”; có thể bạn muốn hỏi một trong những người dưới đây.`
        : `No one is named exactly “${reason.name}”; you may mean one of the people below.`
    case 'namesakes':
      return vi
        ? `Có nhiều người tên “${reason.name}”; hãy cho biết người ở đơn vị nào.`
        : `Several people are named “${reason.name}”; say which unit they are in.`
    case 'no_previous':
      return vi
        ? 'Câu hỏi này tiếp nối một câu trước, nhưng chưa có câu trước để tiếp nối.'
        : 'This question follows up an earlier one, but there is none to follow.'
    case 'unknown_self':
      return vi
        ? 'Tôi không biết hồ sơ nào là của bạn; hãy hỏi theo họ tên.'
        : 'I do not know which record is yours; ask by name instead.'
  }
}

/** Suggestions naming each similar person with their unit, so that the next question is exact. */
export function personSuggestions(
  language: Language,
  candidates: readonly PersonCandidate[],
): string[] {
  return candidates.map((c) =>
    language === 'vi'
      ? `${c.fullName} ở ${c.unitName} giữ chức vụ gì?`
      : `What is the post of ${c.fullName} in ${c.unitName}?`,
  )
}
