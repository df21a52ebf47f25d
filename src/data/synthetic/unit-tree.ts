import type { StaffCategory } from '../schema.js'
import { apportion } from './apportion.js'
import { type DivisionSpec, DIVISIONS, extraDivisionName } from './division-catalog.js'
import type { UnitNode } from './plan-types.js'
import { topDeputySeats } from './posts.js'
import { namingOf } from './unit-naming.js'
import { divisionCategories, divisionDomain, topDomain } from './unit-profile.js'
import { ROOT_UNIT, TOP_UNITS, type UnitSpec } from './units-catalog.js'

/**
 * The unit tree: the ministry (root), its top-level units and their divisions, with the number
 * of people of each unit. Divisions grow with a unit's staff so that, at national scale, no unit
 * holds more than about 1,500 people (the generator keeps one unit in memory at a time).
 */
const ROOT_PEOPLE = 9
const PEOPLE_PER_DIVISION = 40
const MAX_PEOPLE_PER_DIVISION = 1500

interface DraftUnit extends Omit<UnitNode, 'id' | 'path' | 'parentId' | 'firstPersonId' | 'index'> {
  readonly parentIndex: number
}

export function buildUnits(seed: number, people: number): UnitNode[] {
  const rootPeople = Math.min(people, ROOT_PEOPLE)
  const shares = apportion(
    people - rootPeople,
    TOP_UNITS.map((u) => u.weight),
  )
  const drafts: DraftUnit[] = [rootDraft(rootPeople)]
  const divisions: DraftUnit[] = []
  TOP_UNITS.forEach((spec, i) => {
    const staff = shares[i] ?? 0
    const split = splitStaff(spec, staff, topDeputySeats(seed, i, spec.weight))
    drafts.push(topDraft(spec, i, split.top))
    divisions.push(...divisionDrafts(spec, i, split.divisions))
  })
  return assignIds([...drafts, ...divisions])
}

function rootDraft(people: number): DraftUnit {
  return {
    ...ROOT_UNIT,
    kind: 'bo',
    isPublicService: false,
    parentIndex: -1,
    depth: 0,
    sortOrder: 1,
    topIndex: -1,
    city: 'Hà Nội',
    domain: 'general',
    categoryShares: [['can_bo', 1]],
    people,
    isTop: false,
  }
}

/** Leaders of an organised unit sit in the unit itself; everyone else in a division. */
function splitStaff(spec: UnitSpec, staff: number, deputySeats: number) {
  const organised = spec.hasDivisions || staff > MAX_PEOPLE_PER_DIVISION
  if (!organised) return { top: staff, divisions: [] as number[] }
  const top = Math.min(Math.round((1 + deputySeats) * 1.6), Math.floor(staff / 4))
  const rest = staff - top
  const listed = DIVISIONS[spec.code] ?? []
  const count = Math.min(
    Math.max(Math.round(staff / PEOPLE_PER_DIVISION), 3),
    Math.max(listed.length, 1),
    rest,
  )
  const sizes = apportion(
    rest,
    Array.from({ length: count }, (_, k) => divisionSpec(spec.code, k).weight ?? 1),
  )
  if (Math.max(0, ...sizes) <= MAX_PEOPLE_PER_DIVISION) return { top, divisions: sizes }
  // National scale: more divisions of equal size (the extra ones ordinary phòng), none too big.
  const scaled = Math.max(count, Math.ceil(rest / (MAX_PEOPLE_PER_DIVISION * 0.8)))
  return { top, divisions: apportion(rest, new Array<number>(scaled).fill(1)) }
}

function divisionSpec(topCode: string, k: number): DivisionSpec {
  const listed = DIVISIONS[topCode] ?? []
  return listed[k] ?? { name: extraDivisionName(k + 1 - listed.length) }
}

function topDraft(spec: UnitSpec, i: number, people: number): DraftUnit {
  const domain = topDomain(spec.code)
  const nld = spec.hasDivisions ? 0 : 0.06
  const main: StaffCategory = spec.isPublicService ? 'vien_chuc' : 'cong_chuc'
  return {
    code: spec.code,
    name: spec.name,
    shortName: spec.shortName,
    abbreviations: spec.abbreviations,
    kind: spec.kind,
    isPublicService: spec.isPublicService,
    parentIndex: 0,
    depth: 1,
    sortOrder: i + 1,
    topIndex: i,
    city: 'Hà Nội',
    domain,
    categoryShares: [
      [main, 1 - nld],
      ['nguoi_lao_dong', nld],
    ],
    people,
    isTop: true,
  }
}

function divisionDrafts(spec: UnitSpec, topIndex: number, sizes: readonly number[]): DraftUnit[] {
  const counters = new Map<string, number>()
  return sizes.map((people, k) => {
    const division = divisionSpec(spec.code, k)
    const naming = namingOf(division.name)
    const n = (counters.get(naming.codeLetter) ?? 0) + 1
    counters.set(naming.codeLetter, n)
    const code = `${spec.code}.${naming.codeLetter}${String(n).padStart(2, '0')}`
    const isPublicService =
      spec.isPublicService ||
      (division.publicService ?? (naming.kind === 'trung_tam' || naming.kind === 'vien'))
    return {
      code,
      name: division.name,
      shortName: `${division.name} (${spec.shortName})`,
      abbreviations: [code],
      kind: naming.kind,
      isPublicService,
      parentIndex: topIndex + 1,
      depth: 2,
      sortOrder: k + 1,
      topIndex,
      city: division.city ?? 'Hà Nội',
      domain: divisionDomain(division.name, topDomain(spec.code)),
      categoryShares: divisionCategories(spec, division.name, isPublicService),
      people,
      isTop: false,
    }
  })
}

function assignIds(drafts: readonly DraftUnit[]): UnitNode[] {
  const units: UnitNode[] = []
  let nextPerson = 1
  drafts.forEach((draft, index) => {
    const id = index + 1
    const { parentIndex, ...rest } = draft
    const parent = parentIndex >= 0 ? units[parentIndex] : undefined
    units.push({
      ...rest,
      id,
      index,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      firstPersonId: nextPerson,
    })
    nextPerson += draft.people
  })
  return units
}
