import type { Tier } from '../../access/roles.js'
import type { StoredTurn } from '../conversations.repository.js'
import type { Language } from '../types.js'
import type { Lexicon } from './lexicon.js'
import type { QueryPlan } from './plan.js'
import type { PersonCandidate } from './parse/person.js'

export interface OfflineContext {
  readonly now: Date
  readonly tier: Tier
  /** Earlier turns of the conversation, oldest first. */
  readonly history: readonly StoredTurn[]
  readonly lexicon: Lexicon
  /**
   * Name lookup among the people the asker may see (the caller runs it under the gate,
   * trigram similarity on name_search).
   */
  readonly findPeople: (name: string) => Promise<PersonCandidate[]>
  /**
   * Roots of the asker's scope when it is not the whole ministry (leaders and unit HR): what
   * "Cục", "cục mình" or "our agency" means, and which of several same-named divisions is meant.
   */
  readonly scopeUnitIds?: readonly number[]
}

/** What the offline engine made of a question. */
export type Understanding =
  | {
      readonly kind: 'data'
      readonly language: Language
      readonly plan: QueryPlan
      readonly sql: string
      readonly confidence: number
      /** Every unit the question names, for the asker's scope check. */
      readonly unitIds: number[]
      /** Whether the plan reads sensitive personal data (the orchestrator checks the tier). */
      readonly needsSensitive: boolean
    }
  | {
      readonly kind: 'forecast'
      readonly language: Language
      readonly topic: 'staffing' | 'candidates'
      readonly unitIds: number[]
      readonly year?: number
      readonly horizon?: number
      readonly postTitle?: string
    }
  | { readonly kind: 'regulation' | 'help'; readonly language: Language }
  | {
      readonly kind: 'abstain'
      readonly language: Language
      readonly reason: string
      readonly suggestions: string[]
      /** Units the question names, recognised even though the question was not understood. */
      readonly unitIds?: readonly number[]
    }
