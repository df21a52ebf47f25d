/**
 * Roles of the design (DESIGN.md §2) and what each may do. Who may see which rows and fields is
 * decided here in plain functions; PostgreSQL enforces the same decisions again (see the access
 * migration), so a mistake in application code cannot widen what a reader sees.
 */
export const ROLES = ['employee', 'leader', 'unit_hr', 'ministry_hr', 'planner', 'admin'] as const
export type Role = (typeof ROLES)[number]

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}

/** Vietnamese and English names of the roles, for pages and messages. */
export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  employee: { vi: 'Cán bộ, công chức, viên chức', en: 'Employee' },
  leader: { vi: 'Lãnh đạo đơn vị', en: 'Unit leader' },
  unit_hr: { vi: 'Cán bộ tổ chức đơn vị', en: 'Unit HR officer' },
  ministry_hr: { vi: 'Vụ Tổ chức cán bộ', en: 'Ministry HR' },
  planner: { vi: 'Cán bộ kế hoạch, phân tích', en: 'Planner' },
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
}

/**
 * How much of a person's record a reader sees:
 * - `sensitive`: every field, sensitive personal data included (HR roles);
 * - `basic`: basic fields only, no national ID (leaders, planners);
 * - `self`: only their own record, in full (employees);
 * - `none`: no personnel content (administrators).
 */
export type Tier = 'sensitive' | 'basic' | 'self' | 'none'

export function tierOf(roles: readonly Role[]): Tier {
  if (roles.includes('ministry_hr') || roles.includes('unit_hr')) return 'sensitive'
  if (roles.includes('leader') || roles.includes('planner')) return 'basic'
  if (roles.includes('employee')) return 'self'
  return 'none'
}

/** Whether the roles see the whole ministry rather than the subtrees named on the account. */
export function seesWholeMinistry(roles: readonly Role[]): boolean {
  return roles.includes('ministry_hr') || roles.includes('planner')
}

/** Whether the roles use a subtree scope stored on the account (or the person's own unit). */
export function usesUnitScope(roles: readonly Role[]): boolean {
  return roles.includes('leader') || roles.includes('unit_hr')
}

export type Capability =
  | 'people:read'
  | 'people:national-id'
  | 'chat:ask'
  | 'regulations:read'
  | 'regulations:manage'
  | 'analytics:read'
  | 'forecast:read'
  | 'candidates:read'
  | 'updates:review'
  | 'accounts:manage'
  | 'backup:run'
  | 'audit:read'

const CAPABILITIES: Record<Capability, readonly Role[]> = {
  'people:read': ['employee', 'leader', 'unit_hr', 'ministry_hr', 'planner'],
  'people:national-id': ['unit_hr', 'ministry_hr'],
  'chat:ask': ['employee', 'leader', 'unit_hr', 'ministry_hr', 'planner'],
  'regulations:read': ['employee', 'leader', 'unit_hr', 'ministry_hr', 'planner', 'admin'],
  'regulations:manage': ['ministry_hr'],
  'analytics:read': ['leader', 'unit_hr', 'ministry_hr', 'planner'],
  'forecast:read': ['leader', 'unit_hr', 'ministry_hr', 'planner'],
  'candidates:read': ['unit_hr', 'ministry_hr'],
  'updates:review': ['unit_hr', 'ministry_hr'],
  'accounts:manage': ['admin'],
  'backup:run': ['admin'],
  'audit:read': ['admin', 'ministry_hr'],
}

export function hasCapability(roles: readonly Role[], capability: Capability): boolean {
  return roles.some((role) => CAPABILITIES[capability].includes(role))
}

export function rolesWith(capability: Capability): readonly Role[] {
  return CAPABILITIES[capability]
}
