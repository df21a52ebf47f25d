export { ATTACK_CATEGORIES, type Attack, type AttackCategory, loadAttacks } from './attack.js'
export { countLeaks, type LeakCount, readLeakTruth } from './leak-check.js'
export { type Ask, createLlmPiecesAsk } from './pieces-ask.js'
export {
  type CategoryStats,
  type RedTeamDeps,
  type RedTeamFailure,
  type RedTeamReport,
  runRedTeam,
} from './run.js'
