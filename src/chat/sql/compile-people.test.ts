import { beforeAll, describe, expect, it } from 'vitest'
import type { PeoplePlan } from '../understand/plan.js'
import { compileQueryPlan } from './compile.js'
import { guardSql } from './guard.js'
import { addGroupSizeColumn, GROUP_SIZE_COLUMN } from './k-anonymity.js'
import { loadSqlParser } from './parser.js'

beforeAll(() => loadSqlParser())

const ctx = { now: '2026-11-24', language: 'vi' as const, unitPath: () => '/1/22/' }
const working = { statuses: ['working' as const] }
const compile = (plan: Omit<PeoplePlan, 'subject'>) =>
  compileQueryPlan({ subject: 'people', ...plan }, ctx)

describe('breakdowns by a private attribute', () => {
  const byEthnicity = compile({
    filters: { ...working, unitIds: [22] },
    measure: { kind: 'count' },
    groupBy: [{ by: 'ethnicity' }],
  })

  it('join the private record in the top-level FROM', () => {
    expect(byEthnicity).toContain('inner join chat.people_private as pp on pp.person_id = p.id')
    expect(byEthnicity).toMatch(/select pp\.ethnicity as "Dân tộc", count\(\*\)/)
  })

  it('are checked for small groups: the size counts the people behind each row', () => {
    const guarded = guardSql(byEthnicity, { tier: 'sensitive', rowCap: 50 })
    expect(guarded.usesSensitive && guarded.isAggregate).toBe(true)
    expect(addGroupSizeColumn(guarded.sql)).toContain(
      `count(DISTINCT COALESCE(pp.person_id, p.id)) AS ${GROUP_SIZE_COLUMN}`,
    )
  })

  it('are refused to the basic tier', () => {
    expect(() => guardSql(byEthnicity, { tier: 'basic', rowCap: 50 })).toThrow()
  })

  it('combine with a breakdown by top-level unit', () => {
    const sql = compile({
      filters: working,
      measure: { kind: 'count' },
      groupBy: [{ by: 'religion' }, { by: 'unit', parentId: null }],
    })
    expect(sql).toContain('inner join chat.people_private as pp')
    expect(sql).toContain('inner join chat.units as g')
    expect(sql).toMatch(/select pp\.religion as "Tôn giáo", g\.name as "Đơn vị"/)
  })
})

describe('length of service, home towns and extreme values', () => {
  it('counts whole years of service like an age, in the state service or the ministry', () => {
    const sql = compile({
      filters: { ...working, serviceYears: { min: 21 }, ministryYears: { max: 4 } },
      measure: { kind: 'count' },
    })
    expect(sql).toContain(`hr_age_years(p.joined_state_service, date '2026-11-24') >= 21`)
    expect(sql).toContain(`hr_age_years(p.joined_ministry, date '2026-11-24') <= 4`)
  })

  it('averages years of service and lists the longest-serving first', () => {
    expect(compile({ filters: working, measure: { kind: 'avg', of: 'service_years' } })).toContain(
      `round(avg(hr_age_years(p.joined_state_service, date '2026-11-24')), 2)`,
    )
    const list = compile({
      filters: working,
      measure: { kind: 'list', fields: ['full_name'] },
      order: { by: 'joined_state_service', dir: 'asc' },
      limit: 1,
    })
    expect(list).toMatch(/order by p\.joined_state_service asc, p\.id\s+limit 1/)
  })

  it('filters and breaks down by home town as stored', () => {
    expect(
      compile({ filters: { ...working, homeTowns: ['Nghệ An'] }, measure: { kind: 'count' } }),
    ).toContain(`p.home_town = 'Nghệ An'`)
    expect(
      compile({ filters: working, measure: { kind: 'count' }, groupBy: [{ by: 'home_town' }] }),
    ).toMatch(/select p\.home_town as "Quê quán", count\(\*\)/)
  })

  it('computes the extreme value itself as one cell', () => {
    expect(
      compile({ filters: working, measure: { kind: 'max', of: 'salary_coefficient' } }),
    ).toMatch(/^select max\(p\.salary_coefficient\) as "Hệ số lương cao nhất"/)
  })
})

describe('units ranked by an average or a share', () => {
  it('are ordered by the unrounded value, so that two units shown alike do not tie', () => {
    const sql = compile({
      filters: working,
      measure: { kind: 'avg', of: 'age' },
      groupBy: [{ by: 'unit', parentId: null }],
      order: { by: 'measure', dir: 'asc' },
      limit: 3,
    })
    expect(sql).toContain(`round(avg(hr_age_years(p.birth_date, date '2026-11-24')), 2)`)
    expect(sql).toMatch(/order by avg\(hr_age_years\(p\.birth_date, date '2026-11-24'\)\) asc, 1/)
  })
})

describe('counts the head counts hold', () => {
  const counted = (
    plan: Omit<PeoplePlan, 'subject'>,
    counts: 'units' | 'ministry' | 'none' = 'units',
  ) =>
    compileQueryPlan(
      { subject: 'people', ...plan },
      { ...ctx, ...(counts === 'none' ? {} : { headCounts: counts }) },
    )

  it('add up chat.people_counts for a share or a breakdown over its attributes', () => {
    const share = counted({
      filters: working,
      measure: { kind: 'share', part: { sex: 'female' } },
    })
    expect(share).toContain('from chat.people_counts as p')
    expect(share).toContain("coalesce(sum(p.people) filter(where p.sex = 'female'), 0)")
    const byUnit = counted({
      filters: { ...working, degrees: ['tien_si'] },
      measure: { kind: 'count' },
      groupBy: [{ by: 'unit', parentId: null }],
    })
    expect(byUnit).toContain('coalesce(sum(p.people), 0)')
    expect(byUnit).toContain('inner join chat.units as g')
    expect(guardSql(byUnit, { tier: 'basic', rowCap: 50 }).sql).toContain('people_counts')
  })

  it('count people for a reader of their own record, and for anything else they lack', () => {
    const plan = { filters: working, measure: { kind: 'count' as const } }
    expect(counted(plan, 'none')).toContain('from chat.people as p')
    for (const other of [
      { filters: { ...working, age: { max: 34 } }, measure: { kind: 'count' as const } },
      { filters: working, measure: { kind: 'avg' as const, of: 'age' as const } },
      { filters: { ...working, post: {} }, measure: { kind: 'count' as const } },
      {
        filters: working,
        measure: { kind: 'count' as const },
        groupBy: [{ by: 'age_band' as const }],
      },
      { filters: working, measure: { kind: 'list' as const, fields: ['full_name' as const] } },
    ])
      expect(counted(other)).toContain('from chat.people as p')
  })

  it('read the whole ministry by birth date for ages and retirements, to its readers only', () => {
    const average = counted({ filters: working, measure: { kind: 'avg', of: 'age' } }, 'ministry')
    expect(average).toContain('from chat.birth_counts as p')
    expect(average).toContain('1.0 * sum(hr_age_years(p.birth_date')
    const bands = {
      filters: working,
      measure: { kind: 'count' as const },
      groupBy: [{ by: 'age_band' as const }, { by: 'sex' as const }],
    }
    expect(counted(bands, 'ministry')).toContain('from chat.birth_counts as p')
    expect(counted(bands, 'units')).toContain('from chat.people as p')
    const inUnit = { filters: { ...working, unitIds: [22] }, measure: { kind: 'count' as const } }
    expect(counted(inUnit, 'ministry')).toContain('from chat.people_counts as p')
    const doctorsUnder40 = {
      filters: { ...working, age: { max: 39 }, degrees: ['tien_si' as const] },
      measure: { kind: 'count' as const },
    }
    expect(counted(doctorsUnder40, 'ministry')).toContain('from chat.people as p')
  })
})

describe('the holders of a post, ranked', () => {
  it('are found first, in a WITH query planned on its own, then ranked and cut', () => {
    const youngest = compile({
      filters: { ...working, post: { titles: ['Trưởng phòng'] } },
      measure: { kind: 'list', fields: ['full_name'] },
      order: { by: 'birth_date', dir: 'desc' },
      limit: 1,
    })
    expect(youngest).toMatch(/^with holders as materialized \(select p\.\* from chat\.people as p/)
    expect(youngest.replace(/\s+/g, ' ')).toContain(
      'from holders as p order by p.birth_date desc, p.id limit 1',
    )
    expect(guardSql(youngest, { tier: 'basic', rowCap: 50 }).relations).toEqual(['chat.people'])
  })

  it('but everyone ranked, or holders listed by name, are read as they are', () => {
    const oldest = compile({
      filters: working,
      measure: { kind: 'list', fields: ['full_name'] },
      order: { by: 'birth_date', dir: 'asc' },
      limit: 1,
    })
    const holders = compile({
      filters: { ...working, post: { titles: ['Vụ trưởng'] } },
      measure: { kind: 'list', fields: ['full_name'] },
    })
    for (const sql of [oldest, holders]) expect(sql).not.toContain('with holders')
  })
})
