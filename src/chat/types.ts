/**
 * The contract of the chat pipeline: what POST /api/chat answers, and what each stage hands the
 * next. Engines propose SQL; the guard checks it; the executor runs it under the asker's scope.
 */
export type ChatKind = 'data' | 'regulation' | 'forecast' | 'help'
export type EngineName = 'offline' | 'llm'
export type Language = 'vi' | 'en'

export interface Citation {
  /** Document number, e.g. '135/2020/NĐ-CP'. */
  readonly document: string
  readonly title?: string
  readonly article?: string
  readonly clause?: string
  readonly point?: string
  readonly excerpt: string
  /** Whether the document is in force on the question's date. */
  readonly inForce?: boolean
}

export interface Refusal {
  readonly code: string
  readonly message: string
}

export interface ChatResponse {
  readonly conversationId: string
  readonly kind: ChatKind
  readonly engine: EngineName
  readonly language: Language
  readonly answer: string
  readonly columns: string[]
  readonly rows: unknown[][]
  readonly sql?: string
  readonly citations: Citation[]
  readonly refusal?: Refusal
  readonly abstained: boolean
  /** Questions the product can answer, offered when it abstains. */
  readonly suggestions?: string[]
  readonly timings: Record<string, number>
}

/** SQL proposed by an engine, before the guard has seen it. */
export interface SqlProposal {
  readonly sql: string
  readonly engine: EngineName
}

/** SQL the guard accepted: one SELECT over chat views, with the row cap applied. */
export interface GuardedSql {
  readonly sql: string
  /** chat views it reads, e.g. ['chat.people', 'chat.evaluations']. */
  readonly relations: readonly string[]
  readonly usesSensitive: boolean
  readonly isAggregate: boolean
}

export interface QueryResult {
  readonly columns: string[]
  readonly rows: unknown[][]
  /** Rows before the cap; greater than rows.length when the answer was truncated. */
  readonly rowCount: number
  readonly truncated: boolean
  /** Result rows withheld because their group was smaller than k (sensitive aggregates). */
  readonly suppressedRows: number
  readonly ms: number
}
