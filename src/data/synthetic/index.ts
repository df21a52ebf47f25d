/**
 * The synthetic ministry: a deterministic generator of a believable Ministry of Science and
 * Technology (units, leadership posts, people and ten-plus years of their histories, quotas,
 * planning pools and deliberate data-quality faults) and its two loaders.
 */
export { bulkSeedServer, type BulkSeedOptions } from './bulk-seed-server.js'
export { tableChecksums } from './checksum.js'
export { DATA_QUALITY_FAULTS, type DataQualityFault, type FaultKind } from './faults.js'
export {
  isRetirementException,
  RETIREMENT_EXCEPTIONS,
  type RetirementExceptionFacts,
} from './retirement-exceptions.js'
export { GENERATOR_VERSION, type SeedOptions, type SeedReport } from './seed-common.js'
export { seedMinistry } from './seed-ministry.js'
export { ROOT_UNIT, TOP_UNITS, type UnitSpec } from './units-catalog.js'
