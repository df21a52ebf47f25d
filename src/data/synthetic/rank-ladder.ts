import type { Degree, Sex, StaffCategory } from '../schema.js'
import type { Domain } from './plan-types.js'
import type { Random } from './prng.js'
import { LADDERS, type RankFamily } from './salary-scales.js'

/**
 * Which profession (rank ladder) a person follows, from their category, the unit's domain and
 * their degree, and the grade they enter at. Ladders without an entry grade for a degree below
 * a bachelor's fall back to one that has it.
 */
const BELOW_BACHELOR = new Set<Degree>(['pho_thong', 'trung_cap', 'cao_dang'])

export function drawFamily(
  random: Random,
  category: StaffCategory,
  domain: Domain,
  degree: Degree,
  sex: Sex,
): RankFamily {
  if (category === 'nguoi_lao_dong') {
    const x = random.next()
    if (sex === 'female') return x < 0.9 ? 'phuc_vu' : 'bao_ve'
    return x < 0.45 ? 'lai_xe' : x < 0.8 ? 'bao_ve' : 'phuc_vu'
  }
  const family =
    category === 'vien_chuc' ? publicFamily(random, domain) : civilFamily(random, domain)
  if (BELOW_BACHELOR.has(degree) && LADDERS[family][3] === null)
    return category === 'vien_chuc' ? 'ky_su' : 'chuyen_vien'
  return family
}

function civilFamily(random: Random, domain: Domain): RankFamily {
  if (domain === 'inspection' && random.chance(0.8)) return 'thanh_tra'
  if (domain === 'finance' && random.chance(0.45)) return 'ke_toan'
  return 'chuyen_vien'
}

function publicFamily(random: Random, domain: Domain): RankFamily {
  const x = random.next()
  switch (domain) {
    case 'academy':
      return x < 0.75 ? 'giang_vien' : x < 0.88 ? 'nghien_cuu' : 'cntt'
    case 'press':
      return x < 0.55 ? 'phong_vien' : 'bien_tap'
    case 'it':
    case 'digital':
      return x < 0.8 ? 'cntt' : 'ky_su'
    case 'nuclear':
    case 'standards':
    case 'engineering':
    case 'telecom':
    case 'radio':
    case 'post':
      return x < 0.6 ? 'ky_su' : 'nghien_cuu'
    case 'general':
    case 'finance':
    case 'legal':
    case 'personnel':
    case 'inspection':
    case 'science':
    case 'research':
    case 'ip':
      return 'nghien_cuu'
  }
}

/** The rank code a person enters with: grade 3 with a degree, grade 4 below it. */
export function entryRank(family: RankFamily, degree: Degree): { code: string; grade: number } {
  const ladder = LADDERS[family]
  if (BELOW_BACHELOR.has(degree) || ladder[2] === null) {
    // Civil servants without a college degree start as Nhân viên (group B), not Cán sự.
    if (family === 'chuyen_vien' && degree !== 'cao_dang') return { code: '01.005', grade: 4 }
    return { code: ladder[3] ?? ladder[2] ?? '01.005', grade: 4 }
  }
  return { code: ladder[2] ?? '01.003', grade: 3 }
}

/** Highest grade a ladder offers (1 for most; 2 where there is no hạng I). */
export function topGrade(family: RankFamily): number {
  const index = LADDERS[family].findIndex((code) => code !== null)
  return index + 1
}
