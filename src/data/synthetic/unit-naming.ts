import type { UnitKind } from '../schema.js'

/**
 * What a division's name says about it: "Trung tâm…" is a centre led by a Giám đốc, "Phòng…"
 * a division led by a Trưởng phòng, and so on. Longest prefixes first.
 */
interface NamingRule {
  readonly prefix: string
  readonly kind: UnitKind
  readonly codeLetter: string
  readonly head: string
  readonly deputy: string
}

const RULES: readonly NamingRule[] = [
  rule(
    'Văn phòng đại diện',
    'phong',
    'P',
    'Trưởng Văn phòng đại diện',
    'Phó Trưởng Văn phòng đại diện',
  ),
  rule('Văn phòng', 'phong', 'P', 'Chánh Văn phòng', 'Phó Chánh Văn phòng'),
  rule('Phòng', 'phong', 'P', 'Trưởng phòng', 'Phó Trưởng phòng'),
  rule('Ban', 'phong', 'P', 'Trưởng ban', 'Phó Trưởng ban'),
  rule('Trung tâm', 'trung_tam', 'T', 'Giám đốc Trung tâm', 'Phó Giám đốc Trung tâm'),
  rule('Viện', 'vien', 'V', 'Viện trưởng', 'Phó Viện trưởng'),
  rule('Chi cục', 'chi_cuc', 'C', 'Chi cục trưởng', 'Phó Chi cục trưởng'),
  rule('Khoa', 'khac', 'K', 'Trưởng khoa', 'Phó Trưởng khoa'),
  rule('Cơ sở', 'khac', 'K', 'Giám đốc Cơ sở', 'Phó Giám đốc Cơ sở'),
  rule('Chi nhánh', 'khac', 'K', 'Giám đốc Chi nhánh', 'Phó Giám đốc Chi nhánh'),
]

function rule(
  prefix: string,
  kind: UnitKind,
  codeLetter: string,
  head: string,
  deputy: string,
): NamingRule {
  return { prefix, kind, codeLetter, head, deputy }
}

export function namingOf(divisionName: string): NamingRule {
  const found = RULES.find((r) => divisionName.startsWith(`${r.prefix} `))
  if (found === undefined) throw new RangeError(`No naming rule for division "${divisionName}"`)
  return found
}

/** Head and deputy titles of a top-level unit by its kind. */
const TOP_TITLES: Partial<Record<UnitKind, readonly [string, string]>> = {
  vu: ['Vụ trưởng', 'Phó Vụ trưởng'],
  van_phong: ['Chánh Văn phòng', 'Phó Chánh Văn phòng'],
  thanh_tra: ['Chánh Thanh tra', 'Phó Chánh Thanh tra'],
  cuc: ['Cục trưởng', 'Phó Cục trưởng'],
  uy_ban: ['Chủ nhiệm Ủy ban', 'Phó Chủ nhiệm Ủy ban'],
  trung_tam: ['Giám đốc', 'Phó Giám đốc'],
  hoc_vien: ['Giám đốc Học viện', 'Phó Giám đốc Học viện'],
  vien: ['Viện trưởng', 'Phó Viện trưởng'],
  bao: ['Tổng Biên tập', 'Phó Tổng Biên tập'],
  quy: ['Chủ tịch Hội đồng quản lý', 'Phó Chủ tịch Hội đồng quản lý'],
}

export function topTitles(kind: UnitKind): readonly [string, string] {
  const titles = TOP_TITLES[kind]
  if (titles === undefined)
    throw new RangeError(`No leader titles for a top-level unit of kind ${kind}`)
  return titles
}
