import type { Sex } from '../schema.js'
import type { RunState } from './context.js'
import { type Day, yearOf } from './dates.js'
import { asciiFold, drawName } from './names.js'
import type { Identity } from './person-types.js'
import {
  drawHomeProvince,
  drawResidence,
  ETHNICITIES,
  MINORITY_HOMELANDS,
  provinceNamed,
  RELIGIONS,
} from './places.js'
import { hashKeys, type Random } from './prng.js'

/**
 * Who a person is on paper: name, 12-digit national ID, ethnicity, religion, birth place and
 * home town, residence and contacts. The national ID is province code (3 digits) + century/sex
 * digit (0 man or 1 woman born in the 1900s, 2 or 3 in the 2000s) + birth year (2 digits) + 6
 * digits that are unique within that prefix: a per-prefix counter mapped through a bijection.
 */
const EMAIL_DOMAINS: Readonly<Record<string, string>> = {
  VNEXPRESS: 'vnexpress.net',
  HVCNBCVT: 'ptit.edu.vn',
  VNNIC: 'vnnic.vn',
  VNLNTVN: 'vinatom.gov.vn',
}
const MOBILE_PREFIXES = ['09', '09', '08', '03', '07', '05']

export function drawIdentity(
  random: Random,
  state: RunState,
  sex: Sex,
  birth: Day,
  city: string,
  topCode: string,
): Identity {
  const ethnicity = ETHNICITIES.pick(random)
  const homeland = MINORITY_HOMELANDS[ethnicity]
  const region = provinceNamed(city).region
  const birthProvince =
    homeland !== undefined && random.chance(0.75)
      ? provinceNamed(random.pick(homeland))
      : drawHomeProvince(random, region)
  const homeTown = random.chance(0.75) ? birthProvince : drawHomeProvince(random, region)
  const birthYear = yearOf(birth)
  const name = drawName(random, sex, birthYear, ethnicity)
  return {
    fullName: name.fullName,
    nationalId: nationalId(state, birthProvince.code, centurySexDigit(sex, birthYear), birthYear),
    ethnicity,
    religion: RELIGIONS.pick(random),
    birthPlace: birthProvince.name,
    homeTown: homeTown.name,
    residence: drawResidence(random, city),
    phone: `${random.pick(MOBILE_PREFIXES)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
    email: uniqueEmail(
      state,
      emailLocal(name.surname, name.middle, name.given),
      EMAIL_DOMAINS[topCode] ?? 'mst.gov.vn',
    ),
  }
}

export function centurySexDigit(sex: Sex, birthYear: number): number {
  return (birthYear >= 2000 ? 2 : 0) + (sex === 'female' ? 1 : 0)
}

/** A national ID unique among all IDs this run has made with the same 6-digit prefix. */
export function nationalId(
  state: RunState,
  provinceCode: string,
  digit: number,
  birthYear: number,
): string {
  const prefix = `${provinceCode}${digit}${String(birthYear % 100).padStart(2, '0')}`
  const n = state.idBuckets.get(prefix) ?? 0
  state.idBuckets.set(prefix, n + 1)
  const h = hashKeys([Number(prefix)])
  let a = ((h % 499_999) * 2 + 1) % 1_000_000
  if (a % 5 === 0) a = (a + 2) % 1_000_000
  const b = hashKeys([h]) % 1_000_000
  // a is odd and not a multiple of 5, so n → a·n + b is a bijection modulo 10^6 (a·n < 2^53).
  const suffix = (a * n + b) % 1_000_000
  return `${prefix}${String(suffix).padStart(6, '0')}`
}

function emailLocal(surname: string, middle: string, given: string): string {
  const initials = [surname, ...middle.split(' ')].map((w) => asciiFold(w).charAt(0)).join('')
  return `${asciiFold(given)}${initials}`
}

function uniqueEmail(state: RunState, local: string, domain: string): string {
  const key = `${local}@${domain}`
  const n = state.emailCounts.get(key) ?? 0
  state.emailCounts.set(key, n + 1)
  return n === 0 ? key : `${local}${n + 1}@${domain}`
}
