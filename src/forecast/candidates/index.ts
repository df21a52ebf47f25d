export {
  CANDIDATE_RULES,
  type CandidateRules,
  CONFIGURABLE,
  type LevelRequirements,
  SCORE_CRITERIA,
  type ScoreCriterion,
} from './config.js'
export { CITATIONS } from './citations.js'
export { RULE_CODES, type RuleCode, type RuleResult } from './facts.js'
export { DECISION_NOTICE, POOL_DEFINITION } from './present.js'
export { candidatesRoutes } from './routes.js'
export { type CandidatesQuery, findCandidates } from './service.js'
