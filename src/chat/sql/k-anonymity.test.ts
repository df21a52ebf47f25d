import { beforeAll, describe, expect, it } from 'vitest'
import { guardSql } from './guard.js'
import { addGroupSizeColumn, GROUP_SIZE_COLUMN, withholdSmallGroups } from './k-anonymity.js'
import { loadSqlParser } from './parser.js'

beforeAll(() => loadSqlParser())

const rewrite = (sql: string) =>
  addGroupSizeColumn(guardSql(sql, { tier: 'sensitive', rowCap: 50 }).sql)

describe('addGroupSizeColumn', () => {
  it('counts the distinct people of the sensitive view behind each group', () => {
    const sql = rewrite(
      'select pp.ethnicity, count(*) from chat.people_private pp join chat.evaluations e on e.person_id = pp.person_id group by 1',
    )
    expect(sql).toContain(
      `count(DISTINCT COALESCE(pp.person_id, e.person_id)) AS ${GROUP_SIZE_COLUMN}`,
    )
    expect(sql).toMatch(/LIMIT 51$/)
  })

  it('counts rows when the only view read holds one row per person', () => {
    expect(rewrite('select ethnicity, count(*) from chat.people_private pp group by 1')).toContain(
      `count(*) AS ${GROUP_SIZE_COLUMN}`,
    )
    expect(
      rewrite(
        'select count(*) filter (where exists (select 1 from chat.people_private pp where pp.person_id = p.id and pp.is_party_member)) from chat.people p',
      ),
    ).toContain(`count(*) AS ${GROUP_SIZE_COLUMN}`)
    // A join can repeat a person: still distinct.
    expect(
      rewrite(
        'select pp.religion, count(*) from chat.people_private pp join chat.people p on p.id = pp.person_id group by 1',
      ),
    ).toContain('count(DISTINCT COALESCE(pp.person_id, p.id))')
  })

  it('puts the sensitive view first, then the other person views, through joins', () => {
    const sql = rewrite(
      'select p.unit_name, d.form, count(*) from chat.people p join chat.disciplines d on d.person_id = p.id group by 1, 2 order by 3 desc',
    )
    expect(sql).toContain('count(DISTINCT COALESCE(d.person_id, p.id))')
  })

  it('names an unaliased view by schema and name, and falls back to count(*) without person views', () => {
    expect(rewrite('select count(*) from chat.disciplines')).toContain(
      'COALESCE(chat.disciplines.person_id)',
    )
    expect(
      rewrite(
        'with t as (select * from chat.people_private) select religion, count(*) from t group by 1',
      ),
    ).toContain(`count(*) AS ${GROUP_SIZE_COLUMN}`)
  })

  it('keeps positional GROUP BY and ORDER BY pointing at the same columns', () => {
    const sql = rewrite('select religion, count(*) from chat.people_private group by 1 order by 2')
    expect(sql).toMatch(/GROUP BY 1 ORDER BY 2/)
  })

  it('sizes each aggregating branch of a union, and leaves listing branches null', () => {
    const sql = rewrite(
      'select form, count(*) from chat.disciplines group by 1 union all select form, 1 from chat.disciplines',
    )
    expect(sql).toContain(`COALESCE(chat.disciplines.person_id)) AS ${GROUP_SIZE_COLUMN}`)
    expect(sql).toContain(`CAST(NULL AS bigint) AS ${GROUP_SIZE_COLUMN}`)
  })
})

describe('withholdSmallGroups', () => {
  it('drops rows under k and the size column, and counts what it dropped', () => {
    const shown = withholdSmallGroups(
      ['ethnicity', 'n', GROUP_SIZE_COLUMN],
      [
        ['Kinh', 17, 17],
        ['Tày', 1, 1],
        ['listed', 1, null],
      ],
      5,
    )
    expect(shown).toEqual({
      columns: ['ethnicity', 'n'],
      rows: [
        ['Kinh', 17],
        ['listed', 1],
      ],
      suppressed: 1,
    })
  })

  it('refuses a result that lost its size column rather than show it unchecked', () => {
    expect(() => withholdSmallGroups(['n'], [[1]], 5)).toThrow(/small groups/)
  })
})
