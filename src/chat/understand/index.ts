/**
 * The offline engine: no network, no model. A semantic parser that turns a question into a
 * typed query plan and the SQL it compiles to, routes questions that are not lookups, and
 * abstains rather than guesses.
 */
export { phraseAnswer } from './answer/phrase-answer.js'
export { CONFIDENCE_THRESHOLD } from './confidence.js'
export {
  buildLexicon,
  type Lexicon,
  type LexiconPost,
  type LexiconRank,
  type LexiconSource,
  type LexiconUnit,
  loadLexicon,
} from './lexicon.js'
export type { PersonCandidate } from './parse/person.js'
export {
  type GroupBy,
  type Measure,
  type PersonFilter,
  type QueryPlan,
  queryPlanSchema,
} from './plan.js'
export { understand } from './understand.js'
export type { OfflineContext, Understanding } from './understanding.js'
export { compileQueryPlan, type CompileContext } from '../sql/compile.js'
