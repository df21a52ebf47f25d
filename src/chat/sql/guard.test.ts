import { beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../../errors.js'
import { guardSql } from './guard.js'
import { loadSqlParser, parseSql } from './parser.js'

beforeAll(() => loadSqlParser())

/** Questions a leader or HR officer really asks, as an engine would write them. */
const QUESTIONS = [
  "select count(*) from chat.people where status = 'working'",
  "select unit_name, count(*) as so_nguoi from chat.people where status = 'working' group by unit_name order by so_nguoi desc",
  "select full_name, retirement_date from chat.people where status = 'working' and retirement_date between current_date and current_date + interval '1 year' order by retirement_date",
  "select extract(year from retirement_date)::int as nam, count(*) from chat.people where retirement_date >= date_trunc('year', current_date) group by 1 order by 1",
  "select sex, (age / 5) * 5 as nhom_tuoi, count(*) from chat.people where status = 'working' group by 1, 2 order by 1, 2",
  "select p.full_name, e.level from chat.people p join chat.evaluations e on e.person_id = p.id where e.year = extract(year from current_date) - 1 and e.level = 'xuat_sac'",
  "select full_name, unit_name from chat.people where name_search like hr_unaccent(lower('%Nguyễn Văn An%'))",
  "select full_name, similarity(name_search, hr_unaccent('nguyen van an')) as s from chat.people order by s desc limit 5",
  'select u.top_unit_name, count(*) from chat.people p join chat.units u on u.id = p.unit_id group by 1',
  'select count(*) from chat.people p where not exists (select 1 from chat.evaluations e where e.person_id = p.id and e.year = 2025)',
  'select * from (select unit_name, full_name, row_number() over (partition by unit_id order by birth_date) as n from chat.people) as t where n <= 3',
  "with gan_nghi as (select * from chat.people where retirement_date < current_date + interval '2 years') select unit_name, count(*) from gan_nghi group by unit_name",
  "select post_title, count(*) filter (where sex = 'female') as nu, count(*) as tong from chat.people where post_title is not null group by post_title",
  'select q.unit_id, q.quota, count(p.id) from chat.quotas q left join chat.people p on p.unit_id = q.unit_id group by 1, 2 having count(p.id) < q.quota',
  "select percentile_cont(0.5) within group (order by age) from chat.people where status = 'working'",
  "select full_name, to_char(birth_date, 'DD/MM/YYYY') as ngay_sinh, coalesce(post_title, 'Chuyên viên') from chat.people limit 20",
  "select case when age < 35 then 'trẻ' when age < 50 then 'trung niên' else 'cao tuổi' end as nhom, count(*) from chat.people group by 1",
  'select year, direction, count(*) from chat.movements group by rollup (year, direction)',
  "select full_name from chat.people where unit_path like '/1/7/%' and highest_degree in ('thac_si', 'tien_si')",
  'select greatest(count(*), 1), least(min(age), 30), round(avg(salary_coefficient), 2) from chat.people',
  "select string_agg(full_name, ', ' order by full_name) from chat.people where unit_id = 3",
  'select full_name, hr_retirement_age_months(sex, birth_year, 1) / 12.0 from chat.people',
  "select * from chat.people where birth_date = date '1970-01-01' union select * from chat.people where age > 59",
  "select title, seats from chat.posts where unit_name ilike '%viễn thông%'",
  'select r.name, count(*) from chat.ranks r join chat.people p on p.rank_code = r.code group by r.name',
]

describe('questions a leader asks pass the guard', () => {
  it.each(QUESTIONS)('%s', (sql) => {
    const guarded = guardSql(sql, { tier: 'basic', rowCap: 500 })
    expect(guarded.relations.length).toBeGreaterThan(0)
    expect(guarded.usesSensitive).toBe(false)
    expect(guarded.sql).toMatch(/\) as q limit 501$/)
  })
})

describe('what the guard reports', () => {
  it('names the views read, each once, sorted', () => {
    const guarded = guardSql(
      'select p.full_name from chat.people p join chat.evaluations e on e.person_id = p.id where p.id in (select person_id from chat.evaluations)',
      { tier: 'basic', rowCap: 10 },
    )
    expect(guarded.relations).toEqual(['chat.evaluations', 'chat.people'])
  })

  it('marks sensitive reads and top-level aggregation', () => {
    const stats = guardSql('select ethnicity, count(*) from chat.people_private group by 1', {
      tier: 'sensitive',
      rowCap: 10,
    })
    expect(stats).toMatchObject({ usesSensitive: true, isAggregate: true })
    const list = guardSql('select * from chat.disciplines', { tier: 'self', rowCap: 10 })
    expect(list).toMatchObject({ usesSensitive: true, isAggregate: false })
  })

  it('counts only top-level aggregates: a sub-query count or a window does not make statistics', () => {
    const rows = (sql: string) => guardSql(sql, { tier: 'basic', rowCap: 10 }).isAggregate
    expect(rows('select count(*) over () from chat.people')).toBe(false)
    expect(rows('select full_name, (select count(*) from chat.evaluations) from chat.people')).toBe(
      false,
    )
    expect(rows('select unit_name from chat.people group by unit_name')).toBe(true)
    expect(rows('select 1 from chat.people having count(*) > 1')).toBe(true)
    expect(rows('select 1 from chat.units union all select count(*) from chat.people')).toBe(true)
  })

  it("keeps the asker's LIMIT and fetches one row more than the cap, to detect truncation", () => {
    const guarded = guardSql('select full_name from chat.people order by 1 limit 10', {
      tier: 'basic',
      rowCap: 3,
    })
    expect(guarded.sql).toBe(
      'select * from (\nselect full_name from chat.people order by 1 limit 10\n) as q limit 4',
    )
  })

  it('drops a trailing semicolon and keeps a trailing comment from swallowing the wrapper', () => {
    const sql = guardSql('select 1 as "Số 1"; -- xong', { tier: 'basic', rowCap: 5 }).sql
    expect(sql).toBe('select * from (\nselect 1 as "Số 1"\n) as q limit 6')
    const commented = guardSql('select 1 -- ghi chú', { tier: 'basic', rowCap: 5 }).sql
    expect(parseSql(commented).stmts).toHaveLength(1)
    expect(commented.endsWith('limit 6')).toBe(true)
  })

  it('cuts the statement by bytes, so Vietnamese text before the semicolon survives', () => {
    const sql = guardSql("select 'Nguyễn Văn Ấn' as ten;", { tier: 'basic', rowCap: 1 }).sql
    expect(sql).toContain("select 'Nguyễn Văn Ấn' as ten\n")
  })
})

describe('refusals', () => {
  const refusal = (sql: string, tier: 'basic' | 'none' = 'basic') => {
    try {
      guardSql(sql, { tier, rowCap: 10 })
    } catch (error) {
      if (error instanceof AppError) return error
    }
    throw new Error(`accepted: ${sql}`)
  }

  it('say why in both languages, with a machine reason', () => {
    const error = refusal('select * from public.people')
    expect(error.code).toBe('SQL_REJECTED')
    expect(error.details).toMatchObject({ reason: 'RELATION_NOT_ALLOWED', detail: 'public.people' })
    expect(error.message).toMatch(/Only the chat views/)
    expect(error.vi).toMatch(/Chỉ được đọc các view hỏi đáp/)
  })

  it('refuse sensitive views to basic tiers as a permission, not a mistake to repair', () => {
    const error = refusal('select religion from chat.people_private')
    expect(error.code).toBe('FORBIDDEN_SENSITIVE')
    expect(error.vi).toBe(
      'Câu hỏi cần dữ liệu nhạy cảm (dân tộc, tôn giáo, đảng viên, kỷ luật, số định danh cá nhân) mà vai trò của bạn không được xem.',
    )
  })

  it('refuse every query to an administrator account', () => {
    const error = refusal('select count(*) from chat.units', 'none')
    expect(error).toMatchObject({ code: 'FORBIDDEN', details: { reason: 'NO_PERSONNEL_ACCESS' } })
  })

  it('report the parser message for a syntax error', () => {
    const error = refusal('select from where')
    expect(error.details?.reason).toBe('SYNTAX')
    expect(error.message).toMatch(/syntax error at or near "where"/)
  })

  it('reject a row cap that is not a positive integer', () => {
    expect(() => guardSql('select 1', { tier: 'basic', rowCap: 0 })).toThrow(/row cap/)
  })
})

describe('head counts of the whole ministry', () => {
  const ages = "select sum(people) from chat.birth_counts where status = 'working'"
  it('pass for a reader of the whole ministry', () => {
    const guarded = guardSql(ages, {
      tier: 'basic',
      rowCap: 10,
      wholeMinistry: true,
    })
    expect(guarded.relations).toEqual(['chat.birth_counts'])
  })

  it('are refused to a reader of some units, saying what to read instead', () => {
    expect(() => guardSql(ages, { tier: 'sensitive', rowCap: 10 })).toThrow(
      /whole ministry.*chat\.people/,
    )
  })
})
