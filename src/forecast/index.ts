/**
 * Workforce forecasting: the statutory retirement rule (Decree 135/2020) and its exceptions as
 * scenario switches, retirements and vacated posts over a horizon, staffing gaps by a seeded
 * stock-and-flow Monte Carlo, and the backtest of that model against a naive baseline.
 */
export { type Backtest, type BacktestOptions, runBacktest } from './staffing/backtest.js'
export { staffingQuery, type StaffingParams } from './params.js'
export { forecastRoutes } from './routes.js'
export { forecastStaffing } from './staffing/staffing.service.js'
export {
  type BirthPrecision,
  parseBirth,
  type RetirementFacts,
  retirementAgeMonths,
  roadmapAgeMonths,
  type Sex,
  statutoryRetirement,
  type YearsMonths,
} from './retirement.js'
export { type Scenario, SCENARIO_DEFAULTS, SCENARIO_SWITCHES, STATUTORY } from './scenario.js'
