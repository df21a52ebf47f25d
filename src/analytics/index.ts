export { AGE_BAND_STARTS } from './age-pyramid.js'
export {
  DATA_QUALITY_RULES,
  DATA_QUALITY_WEIGHTS,
  type DataQualityComponent,
  REQUIRED_FIELDS,
  STALENESS_BANDS,
  VALIDITY_RULES,
} from './data-quality/rules.js'
export { dataQualityDrillDown, dataQualityIndex } from './data-quality/service.js'
export { POST_LEVEL_LABELS } from './labels.js'
export { isoDate } from './params.js'
export { analyticsRoutes } from './routes.js'
export { type AnalyticsScope, resolveScope, type UnitRef } from './scope.js'
export { YOUNG_CADRE_AGE } from './leadership.js'
