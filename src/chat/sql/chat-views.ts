/**
 * The chat views (schema `chat`) as the application knows them. The migration that creates them
 * keeps its own copy of the names (migrations never import application code); a database test
 * checks that the two agree, and that the reader roles' grants match `SENSITIVE_CHAT_VIEWS`.
 */
export const CHAT_VIEWS = [
  'units',
  'people',
  'appointments',
  'posts',
  'evaluations',
  'planning',
  'trainings',
  'awards',
  'movements',
  'quotas',
  'ranks',
  'people_private',
  'disciplines',
  'people_counts',
  'birth_counts',
] as const

export type ChatView = (typeof CHAT_VIEWS)[number]

/**
 * Views of sensitive personal data (Law 91/2025/QH15): national ID, ethnicity, religion, Party
 * membership, discipline. Granted only to the sensitive reader role.
 */
export const SENSITIVE_CHAT_VIEWS: readonly ChatView[] = ['people_private', 'disciplines']

/**
 * Views with no unit to scope their rows by (head counts of the whole ministry): granted only to
 * the readers of the whole ministry, and refused by the guard to everyone else.
 */
export const WHOLE_MINISTRY_CHAT_VIEWS: readonly ChatView[] = ['birth_counts']

/**
 * The column of each view that identifies a person, used to count the people behind a sensitive
 * statistic (k-anonymity); views about units, posts or reference data have none.
 */
export const PERSON_KEY_OF_VIEW: Readonly<Partial<Record<ChatView, string>>> = {
  people: 'id',
  appointments: 'person_id',
  evaluations: 'person_id',
  planning: 'person_id',
  trainings: 'person_id',
  awards: 'person_id',
  movements: 'person_id',
  people_private: 'person_id',
  disciplines: 'person_id',
}

export function isChatView(name: string): name is ChatView {
  return (CHAT_VIEWS as readonly string[]).includes(name)
}

export function isWholeMinistryChatView(name: string): boolean {
  return (WHOLE_MINISTRY_CHAT_VIEWS as readonly string[]).includes(name)
}

export function isSensitiveChatView(name: string): boolean {
  return (SENSITIVE_CHAT_VIEWS as readonly string[]).includes(name)
}
