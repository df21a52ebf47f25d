import type { ExpressionBuilder } from 'kysely'
import type { Language } from '../types.js'
import type { ChatViews, PeopleView } from './chat-view-types.js'

/** What compiling a plan needs besides the plan: the clock, the language, the unit tree. */
export interface CompileContext {
  /** "Today" as 'YYYY-MM-DD': written as a literal so that the same plan gives the same SQL. */
  readonly now: string
  readonly language: Language
  /** The materialised path ('/1/7/31/') of a unit, for subtree tests. */
  readonly unitPath: (unitId: number) => string | undefined
  /**
   * Whether chat.people_counts holds the reader's counts: their scope is units or the whole
   * ministry (not their own record, which it has no rows for).
   */
  readonly headCounts?: boolean
  /** Set by the compiler: this query reads chat.people_counts as `p`, a row per head count. */
  readonly fromCounts?: boolean
}

/** Views in scope once `chat.people as p` is selected from. */
export type PeopleScope = ChatViews & { p: PeopleView }
export type PeopleExpressions = ExpressionBuilder<PeopleScope, 'p'>
