import { AppError } from '../errors.js'
import {
  type Capability,
  hasCapability,
  type Role,
  ROLE_LABELS,
  rolesWith,
  type Tier,
  tierOf,
} from './roles.js'

/** Who is asking, resolved once per request from a session or a bearer token. */
export interface Principal {
  readonly accountId: number
  readonly username: string
  readonly displayName: string
  readonly roles: readonly Role[]
  /** The person this account belongs to, if any (their own record is always theirs to read). */
  readonly personId: number | null
  readonly tier: Tier
  /** Roots of the unit subtrees in scope, and every unit id under them (roots included). */
  readonly scope: Scope
}

export interface Scope {
  readonly wholeMinistry: boolean
  readonly rootUnitIds: readonly number[]
  readonly unitIds: readonly number[]
  /** Names of the roots, for messages such as "bạn chỉ xem được các đơn vị thuộc Cục Viễn thông". */
  readonly rootNames: readonly string[]
}

export function makePrincipal(fields: Omit<Principal, 'tier'>): Principal {
  return Object.freeze({ ...fields, tier: tierOf(fields.roles) })
}

/** Throws FORBIDDEN unless the principal holds one of the roles that grant `capability`. */
export function requireCapability(principal: Principal, capability: Capability): void {
  if (hasCapability(principal.roles, capability)) return
  const allowed = rolesWith(capability)
    .map((role) => ROLE_LABELS[role].vi)
    .join(', ')
  throw new AppError('FORBIDDEN', `This needs one of the roles: ${allowed}.`, {
    vi: `Chức năng này dành cho: ${allowed}.`,
    details: { capability },
  })
}

export function can(principal: Principal, capability: Capability): boolean {
  return hasCapability(principal.roles, capability)
}

export function canSeeNationalId(principal: Principal): boolean {
  return can(principal, 'people:national-id')
}

export function isUnitInScope(principal: Principal, unitId: number): boolean {
  return principal.scope.wholeMinistry || principal.scope.unitIds.includes(unitId)
}

/** A refusal naming what the principal may see instead, in both languages. */
export function outOfScopeError(principal: Principal, what: { vi: string; en: string }): AppError {
  const names = principal.scope.rootNames.join(', ')
  const vi =
    names === ''
      ? `Bạn không có quyền xem ${what.vi}: tài khoản chỉ xem được hồ sơ của chính mình.`
      : `Bạn không có quyền xem ${what.vi}: bạn chỉ xem được các đơn vị thuộc ${names}.`
  const en =
    names === ''
      ? `You may not see ${what.en}: this account sees only its own record.`
      : `You may not see ${what.en}: you may only see units under ${names}.`
  return new AppError('FORBIDDEN_SCOPE', en, { vi, details: { scope: principal.scope.rootNames } })
}
