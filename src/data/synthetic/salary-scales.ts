import type { StaffCategory } from '../schema.js'

/**
 * The salary groups and ranks (ngạch, chức danh nghề nghiệp) of migration 0001, replicated so
 * that the generator needs no database; an integration test proves them equal to the tables.
 * Coefficients: Decree 204/2004/NĐ-CP Table 2 and its viên chức counterparts.
 */
export interface SalaryGroup {
  readonly code: string
  readonly coefficients: readonly number[]
  readonly stepIntervalMonths: number
}

const scale = (first: number, step: number, count: number): number[] =>
  Array.from({ length: count }, (_, i) => Math.round((first + step * i) * 100) / 100)

export const SALARY_GROUPS: Readonly<Record<string, SalaryGroup>> = Object.freeze({
  CG: { code: 'CG', coefficients: [8.8, 9.4, 10.0], stepIntervalMonths: 60 },
  'A3.1': { code: 'A3.1', coefficients: scale(6.2, 0.36, 6), stepIntervalMonths: 36 },
  'A3.2': { code: 'A3.2', coefficients: scale(5.75, 0.36, 6), stepIntervalMonths: 36 },
  'A2.1': { code: 'A2.1', coefficients: scale(4.4, 0.34, 8), stepIntervalMonths: 36 },
  'A2.2': { code: 'A2.2', coefficients: scale(4.0, 0.34, 8), stepIntervalMonths: 36 },
  A1: { code: 'A1', coefficients: scale(2.34, 0.33, 9), stepIntervalMonths: 36 },
  A0: { code: 'A0', coefficients: scale(2.1, 0.31, 10), stepIntervalMonths: 36 },
  B: { code: 'B', coefficients: scale(1.86, 0.2, 12), stepIntervalMonths: 24 },
  C1: { code: 'C1', coefficients: scale(1.65, 0.18, 12), stepIntervalMonths: 24 },
})

export interface RankSpec {
  readonly code: string
  readonly name: string
  readonly group: string
  readonly category: Exclude<StaffCategory, 'can_bo'>
  /** 1 = senior (cao cấp, hạng I) … 4 = entry grades. */
  readonly grade: number
}

const rank = (
  code: string,
  name: string,
  group: string,
  category: RankSpec['category'],
  grade: number,
): RankSpec => ({ code, name, group, category, grade })

export const RANKS: readonly RankSpec[] = [
  rank('01.001', 'Chuyên viên cao cấp', 'A3.1', 'cong_chuc', 1),
  rank('01.002', 'Chuyên viên chính', 'A2.1', 'cong_chuc', 2),
  rank('01.003', 'Chuyên viên', 'A1', 'cong_chuc', 3),
  rank('01.004', 'Cán sự', 'A0', 'cong_chuc', 4),
  rank('01.005', 'Nhân viên', 'B', 'cong_chuc', 4),
  rank('04.023', 'Thanh tra viên cao cấp', 'A3.1', 'cong_chuc', 1),
  rank('04.024', 'Thanh tra viên chính', 'A2.1', 'cong_chuc', 2),
  rank('04.025', 'Thanh tra viên', 'A1', 'cong_chuc', 3),
  rank('06.029', 'Kế toán viên cao cấp', 'A3.2', 'cong_chuc', 1),
  rank('06.030', 'Kế toán viên chính', 'A2.2', 'cong_chuc', 2),
  rank('06.031', 'Kế toán viên', 'A1', 'cong_chuc', 3),
  rank('V.05.01.01', 'Nghiên cứu viên cao cấp (hạng I)', 'A3.1', 'vien_chuc', 1),
  rank('V.05.01.02', 'Nghiên cứu viên chính (hạng II)', 'A2.1', 'vien_chuc', 2),
  rank('V.05.01.03', 'Nghiên cứu viên (hạng III)', 'A1', 'vien_chuc', 3),
  rank('V.05.01.04', 'Trợ lý nghiên cứu (hạng IV)', 'A0', 'vien_chuc', 4),
  rank('V.05.02.05', 'Kỹ sư cao cấp (hạng I)', 'A3.1', 'vien_chuc', 1),
  rank('V.05.02.06', 'Kỹ sư chính (hạng II)', 'A2.1', 'vien_chuc', 2),
  rank('V.05.02.07', 'Kỹ sư (hạng III)', 'A1', 'vien_chuc', 3),
  rank('V.05.02.08', 'Kỹ thuật viên (hạng IV)', 'A0', 'vien_chuc', 4),
  rank('V.07.01.01', 'Giảng viên cao cấp (hạng I)', 'A3.1', 'vien_chuc', 1),
  rank('V.07.01.02', 'Giảng viên chính (hạng II)', 'A2.1', 'vien_chuc', 2),
  rank('V.07.01.03', 'Giảng viên (hạng III)', 'A1', 'vien_chuc', 3),
  rank('V.11.01.01', 'Biên tập viên hạng I', 'A3.1', 'vien_chuc', 1),
  rank('V.11.01.02', 'Biên tập viên hạng II', 'A2.1', 'vien_chuc', 2),
  rank('V.11.01.03', 'Biên tập viên hạng III', 'A1', 'vien_chuc', 3),
  rank('V.11.02.05', 'Phóng viên hạng II', 'A2.1', 'vien_chuc', 2),
  rank('V.11.02.06', 'Phóng viên hạng III', 'A1', 'vien_chuc', 3),
  rank('V11.06.13', 'Công nghệ thông tin hạng II', 'A2.1', 'vien_chuc', 2),
  rank('V11.06.14', 'Công nghệ thông tin hạng III', 'A1', 'vien_chuc', 3),
  rank('V11.06.15', 'Công nghệ thông tin hạng IV', 'A0', 'vien_chuc', 4),
  rank('01.010', 'Lái xe cơ quan', 'C1', 'nguoi_lao_dong', 4),
  rank('01.009', 'Nhân viên phục vụ', 'C1', 'nguoi_lao_dong', 4),
  rank('01.011', 'Nhân viên bảo vệ', 'C1', 'nguoi_lao_dong', 4),
]

const RANK_BY_CODE: ReadonlyMap<string, RankSpec> = new Map(RANKS.map((r) => [r.code, r]))

export function rankByCode(code: string): RankSpec {
  const found = RANK_BY_CODE.get(code)
  if (found === undefined) throw new RangeError(`Unknown rank ${code}`)
  return found
}

export function groupOfRank(code: string): SalaryGroup {
  const group = SALARY_GROUPS[rankByCode(code).group]
  if (group === undefined) throw new RangeError(`Unknown salary group of rank ${code}`)
  return group
}

/**
 * Career ladders: the rank codes of one profession from grade 1 (senior) to grade 4 (entry);
 * null where the profession has no rank at that grade.
 */
export type RankFamily =
  | 'chuyen_vien'
  | 'thanh_tra'
  | 'ke_toan'
  | 'nghien_cuu'
  | 'ky_su'
  | 'giang_vien'
  | 'bien_tap'
  | 'phong_vien'
  | 'cntt'
  | 'lai_xe'
  | 'phuc_vu'
  | 'bao_ve'

export const LADDERS: Readonly<Record<RankFamily, readonly (string | null)[]>> = Object.freeze({
  chuyen_vien: ['01.001', '01.002', '01.003', '01.004'],
  thanh_tra: ['04.023', '04.024', '04.025', null],
  ke_toan: ['06.029', '06.030', '06.031', null],
  nghien_cuu: ['V.05.01.01', 'V.05.01.02', 'V.05.01.03', 'V.05.01.04'],
  ky_su: ['V.05.02.05', 'V.05.02.06', 'V.05.02.07', 'V.05.02.08'],
  giang_vien: ['V.07.01.01', 'V.07.01.02', 'V.07.01.03', null],
  bien_tap: ['V.11.01.01', 'V.11.01.02', 'V.11.01.03', null],
  phong_vien: [null, 'V.11.02.05', 'V.11.02.06', null],
  cntt: [null, 'V11.06.13', 'V11.06.14', 'V11.06.15'],
  lai_xe: [null, null, null, '01.010'],
  phuc_vu: [null, null, null, '01.009'],
  bao_ve: [null, null, null, '01.011'],
})

/** The rank of a ladder at a grade (1–4), or null when the ladder has none there. */
export function rankAt(family: RankFamily, grade: number): string | null {
  return LADDERS[family][grade - 1] ?? null
}
