import type { DevExample } from './shared.js'

/** Follow-ups in conversations, questions by a unit's leader, HR officer and planners, and English wordings. */
export const CONVERSATION_SIBLINGS: readonly DevExample[] = []
