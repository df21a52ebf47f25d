import type { RunState } from './context.js'
import { addYears, type Day, isoTimestamp, yearOf } from './dates.js'
import { centurySexDigit, nationalId } from './identity.js'
import type { PersonDraft } from './person-types.js'
import { provinceNamed } from './places.js'
import { hashKeys, type Random, Stream, streamFor } from './prng.js'
import { groupOfRank } from './salary-scales.js'

/**
 * Deliberate data-quality faults, so that the product's data-quality index has something to
 * find — the personnel office's own complaint is that data is "not fully up to date". Each
 * faulty unit is named here; everywhere else records are complete, valid and recently updated.
 */
export type FaultKind = 'missing_fields' | 'invalid_values' | 'stale_records' | 'history_mismatch'

export interface DataQualityFault {
  readonly unitCode: string
  readonly kinds: readonly FaultKind[]
  readonly description: string
}

export const DATA_QUALITY_FAULTS: readonly DataQualityFault[] = [
  {
    unitCode: 'CBDTW.P02',
    kinds: ['missing_fields'],
    description:
      'Phòng Tổ chức cán bộ, Cục Bưu điện Trung ương: required fields left empty (phone, home_town, ' +
      'highest_degree, ethnicity, joined_ministry) in about a third of the records.',
  },
  {
    unitCode: 'CTSVTD.P03',
    kinds: ['invalid_values'],
    description:
      'Phòng Quy hoạch tần số, Cục Tần số vô tuyến điện: national IDs whose century/sex digit ' +
      'contradicts sex or birth year, malformed phone numbers and e-mail addresses.',
  },
  {
    unitCode: 'VNLNTVN.V02',
    kinds: ['stale_records', 'history_mismatch'],
    description:
      'Viện Khoa học và Kỹ thuật hạt nhân (Viện Năng lượng nguyên tử Việt Nam): working staff ' +
      'whose records were last updated 3–6 years before asOf, and whose current rank, step or ' +
      'coefficient on `people` disagrees with their last rank_history row.',
  },
]

const SHARE = 0.35

export function faultsOf(unitCode: string): readonly FaultKind[] {
  return DATA_QUALITY_FAULTS.find((f) => f.unitCode === unitCode)?.kinds ?? []
}

/** Damages about a third of a faulty unit's records (always at least one). */
export function applyFaults(
  seed: number,
  state: RunState,
  kinds: readonly FaultKind[],
  people: readonly PersonDraft[],
  asOf: Day,
): void {
  if (kinds.length === 0) return
  const working = kinds.includes('stale_records') || kinds.includes('history_mismatch')
  const eligible = people.filter((p) => !working || p.demography.status === 'working')
  eligible.forEach((person, i) => {
    const random = streamFor(seed, Stream.Faults, person.id)
    if (i > 0 && !random.chance(SHARE)) return
    for (const kind of kinds) damage(random, state, kind, person, asOf)
  })
}

function damage(
  random: Random,
  state: RunState,
  kind: FaultKind,
  person: PersonDraft,
  asOf: Day,
): void {
  switch (kind) {
    case 'missing_fields':
      return dropFields(random, person)
    case 'invalid_values':
      return corruptValues(random, state, person)
    case 'stale_records': {
      const day = addYears(asOf, -3) - random.int(0, 3 * 365)
      person.updatedAt = isoTimestamp(day, 9 * 3600)
      if (person.createdAt > person.updatedAt) person.createdAt = isoTimestamp(day - 30, 9 * 3600)
      return
    }
    case 'history_mismatch':
      return skewCurrentRank(person)
  }
}

function dropFields(random: Random, person: PersonDraft): void {
  const fields = ['phone', 'home_town', 'highest_degree', 'ethnicity', 'joined_ministry'] as const
  const chosen = fields.filter(() => random.chance(0.45))
  for (const field of chosen.length > 0 ? chosen : [random.pick(fields)]) {
    if (field === 'phone') person.identity.phone = null
    else if (field === 'home_town') person.identity.homeTown = null
    else if (field === 'highest_degree') person.highestDegree = null
    else if (field === 'ethnicity') person.identity.ethnicity = null
    else person.joinedMinistry = null
  }
}

function corruptValues(random: Random, state: RunState, person: PersonDraft): void {
  const x = random.next()
  if (x < 0.5 || hashKeys([person.id]) % 3 === 0) {
    // The century/sex digit of the other sex (or the wrong century), still unique.
    const birthYear = yearOf(person.demography.birth)
    const right = centurySexDigit(person.demography.sex, birthYear)
    const wrong = random.chance(0.7) ? right ^ 1 : right ^ 2
    const province = provinceNamed(person.identity.birthPlace).code
    person.identity.nationalId = nationalId(state, province, wrong, birthYear)
  }
  if (x >= 0.3)
    person.identity.phone = random.pick([
      '0912 345 67',
      '84912345678',
      '091234567',
      '0912-345-6789',
    ])
  if (x >= 0.6)
    person.identity.email = person.identity.email.replace('@', random.chance(0.5) ? ' @' : '@@')
}

function skewCurrentRank(person: PersonDraft): void {
  const last = person.current
  const coefficients = groupOfRank(last.rankCode).coefficients
  const step = last.step > 1 ? last.step - 1 : Math.min(2, coefficients.length)
  person.current = {
    ...last,
    step,
    coefficient: coefficients[step - 1] ?? last.coefficient,
    aboveFrame: 0,
  }
}
