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
   * Which head counts hold the reader's counts: 'units', chat.people_counts (their scope is
   * units); 'ministry', chat.birth_counts too (they see the whole ministry). None for a reader of
   * their own record, whom neither shows anything.
   */
  readonly headCounts?: 'units' | 'ministry'
  /** Set by the compiler: this query reads those head counts as `p`, a row per count. */
  readonly fromCounts?: 'people_counts' | 'birth_counts'
}

/** Views in scope once `chat.people as p` is selected from. */
export type PeopleScope = ChatViews & { p: PeopleView }
export type PeopleExpressions = ExpressionBuilder<PeopleScope, 'p'>
