export {
  can,
  canSeeNationalId,
  isUnitInScope,
  makePrincipal,
  outOfScopeError,
  type Principal,
  requireCapability,
  type Scope,
} from './principal.js'
export {
  type Capability,
  hasCapability,
  isRole,
  type Role,
  ROLE_LABELS,
  ROLES,
  seesWholeMinistry,
  type Tier,
  tierOf,
  usesUnitScope,
} from './roles.js'
