import { describe, expect, it } from 'vitest'
import { buildLexicon } from './lexicon.js'
import type { PeoplePlan } from './plan.js'
import { understand } from './understand.js'
import type { OfflineContext, Understanding } from './understanding.js'

/** A small ministry: the root, two departments and one division, two titles, one rank. */
const lexicon = buildLexicon({
  units: [
    { id: 1, code: 'BO', name: 'Bộ Khoa học và Công nghệ', depth: 0, parentId: null, path: '/1/' },
    { id: 2, code: 'VPC', name: 'Vụ Pháp chế', depth: 1, parentId: 1, path: '/1/2/' },
    { id: 3, code: 'TTRB', name: 'Thanh tra Bộ', depth: 1, parentId: 1, path: '/1/3/' },
  ].map((u) => ({ ...u, shortName: null, abbreviations: [], kind: 'vu' })),
  posts: [
    { title: 'Trưởng phòng', level: 5 },
    { title: 'Chánh Thanh tra', level: 3 },
  ],
  ranks: [
    { code: '01.003', name: 'Chuyên viên', grade: 3, staffCategory: 'cong_chuc' },
    { code: 'V.11.02.05', name: 'Phóng viên hạng II', grade: 2, staffCategory: 'vien_chuc' },
    { code: 'V.11.02.06', name: 'Phóng viên hạng III', grade: 3, staffCategory: 'vien_chuc' },
  ],
})

const ctx: OfflineContext = {
  now: new Date('2026-11-24T09:00:00+07:00'),
  tier: 'sensitive',
  history: [],
  lexicon,
  // Every name typed is one person of exactly that name.
  findPeople: (name) =>
    Promise.resolve([{ id: 7, fullName: name, unitName: 'Vụ Pháp chế', sex: 'male', score: 1 }]),
}

async function planOf(question: string): Promise<PeoplePlan> {
  const understood = await understand(question, ctx)
  if (understood.kind !== 'data' || understood.plan.subject !== 'people')
    throw new Error(`${question}: ${JSON.stringify(understood)}`)
  return understood.plan
}

async function kindOf(question: string): Promise<Understanding['kind']> {
  return (await understand(question, ctx)).kind
}

/** The understanding of `next`, asked after `first` was answered in the same conversation. */
async function afterQuestion(first: string, next: string): Promise<Understanding> {
  const answered = await understand(first, ctx)
  if (answered.kind !== 'data') throw new Error(`${first}: the first question is answered`)
  const turn = {
    question: first,
    language: answered.language,
    kind: 'data' as const,
    engine: 'offline' as const,
    plan: answered.plan,
    sql: answered.sql,
    abstained: false,
  }
  return understand(next, { ...ctx, history: [turn] })
}

describe('time spans', () => {
  it('joins consecutive years named with "và" or "hoặc" into one span, and no others', async () => {
    const born = await planOf('Có bao nhiêu người sinh năm 1990 hoặc 1991?')
    expect(born.filters.birthYear).toEqual({ min: 1990, max: 1991 })
    const retiring = await planOf('Có bao nhiêu người sẽ nghỉ hưu trong năm 2027 và 2028?')
    expect(retiring.filters.retirement).toEqual({ from: '2027-01-01', to: '2028-12-31' })
    const recruited = await understand('Số người được tuyển dụng năm 2023 và năm 2024?', ctx)
    expect(recruited.kind === 'data' && recruited.plan).toMatchObject({
      subject: 'movements',
      years: { min: 2023, max: 2024 },
    })
    // Two years apart are two spans: declined, never the first year alone.
    expect(await kindOf('Số người được tuyển dụng năm 2020 và năm 2024?')).toBe('abstain')
    expect(await kindOf('Có bao nhiêu người sinh năm 1980 hoặc 1985?')).toBe('abstain')
  })

  it('compares two years joined by "và" row by row', async () => {
    const compared = await understand('So sánh số người được tuyển dụng năm 2023 và năm 2024', ctx)
    expect(compared.kind === 'data' && compared.plan).toMatchObject({
      subject: 'movements',
      groupBy: ['year'],
    })
  })

  it('lists the people who joined or were appointed, and counts when only asked how many', async () => {
    const joined = await understand('Những ai được tuyển dụng vào Vụ Pháp chế năm 2025?', ctx)
    expect(joined.kind === 'data' && joined.plan).toMatchObject({
      subject: 'movements',
      direction: 'in',
      reasons: ['recruited'],
      list: ['full_name'],
    })
    expect(joined.kind === 'data' && joined.sql).toMatch(
      /join chat\.people as p[\s\S]*order by m\.event_date/,
    )
    const appointed = await understand('Năm 2025 có bao nhiêu người được bổ nhiệm lại, là ai?', ctx)
    expect(appointed.kind === 'data' && appointed.plan).toMatchObject({
      subject: 'appointments',
      kinds: ['reappointment'],
      list: ['full_name'],
    })
    const counted = await understand('Năm 2025 có bao nhiêu người được bổ nhiệm lại?', ctx)
    expect(counted.kind === 'data' && counted.plan).not.toHaveProperty('list')
    // A list has no breakdown: "những ai … theo từng năm" is declined, not a count per year.
    expect(await kindOf('Những ai được tuyển dụng theo từng năm từ 2021 đến 2025?')).toBe('abstain')
  })

  it('sorts a list by the fact after "sắp xếp theo", every row, and turns it on "giảm dần"', async () => {
    const byBirth = await planOf('Danh sách Trưởng phòng, sắp xếp theo ngày sinh')
    expect(byBirth.order).toEqual({ by: 'birth_date', dir: 'asc' })
    expect(byBirth.limit).toBeUndefined()
    expect(byBirth.measure).toEqual({ kind: 'list', fields: ['full_name'] })
    const byAge = await planOf('Danh sách Trưởng phòng xếp theo tuổi giảm dần')
    expect(byAge.order).toEqual({ by: 'birth_date', dir: 'asc' })
    const youngest = await planOf('List the Trưởng phòng, youngest first')
    expect(youngest.order).toEqual({ by: 'birth_date', dir: 'desc' })
    expect(youngest.limit).toBeUndefined()
    // Without a sort word the superlative still asks for the first one.
    expect((await planOf('Trưởng phòng nào trẻ nhất?')).limit).toBe(1)
  })

  it('breaks joins down by unit and ranks them, and keeps the reasons named both ways', async () => {
    const ranked = await understand('Năm 2025 đơn vị nào tuyển dụng nhiều người nhất?', ctx)
    expect(ranked.kind === 'data' && ranked.plan).toMatchObject({
      subject: 'movements',
      groupBy: ['unit'],
      order: 'desc',
      limit: 1,
    })
    const year = await understand('Giai đoạn 2015–2025, năm nào có ít người nghỉ hưu nhất?', ctx)
    expect(year.kind === 'data' && year.plan).toMatchObject({ groupBy: ['year'], order: 'asc' })
    const both = await understand('Số người chuyển đến và chuyển đi từng năm 2021-2025', ctx)
    expect(both.kind === 'data' && both.plan).toMatchObject({
      direction: 'both',
      reasons: ['transferred_in', 'transferred_out'],
      groupBy: ['year', 'reason'],
    })
    // A superlative with nothing to rank is declined, never the total.
    expect(await kindOf('Năm 2025 tuyển dụng nhiều nhất?')).toBe('abstain')
  })

  it('reads quarters and months next to this year, and the next decade', async () => {
    const quarter = await planOf('Trong quý 4 năm nay có bao nhiêu người hết nhiệm kỳ?')
    expect(quarter.filters.termEnd).toEqual({ from: '2026-10-01', to: '2026-12-31' })
    const next = await planOf('How many people retire in Q1 next year?')
    expect(next.filters.retirement).toEqual({ from: '2027-01-01', to: '2027-03-31' })
    // "Tháng 9 vừa rồi" asked in November is this September; "tháng 12 vừa rồi", last December.
    const september = await planOf('Tháng 9 vừa rồi có những ai nghỉ hưu?')
    expect(september.filters.statusDate).toEqual({ from: '2026-09-01', to: '2026-09-30' })
    const december = await planOf('Tháng 12 vừa rồi có những ai nghỉ hưu?')
    expect(december.filters.statusDate).toEqual({ from: '2025-12-01', to: '2025-12-31' })
    const decade = await planOf('Trong thập kỷ tới có bao nhiêu người nghỉ hưu?')
    expect(decade.filters.retirement).toEqual({ from: '2026-11-24', to: '2036-11-24' })
    const endOfNext = await planOf('Từ nay đến hết năm sau có bao nhiêu người nghỉ hưu?')
    expect(endOfNext.filters.retirement).toEqual({ from: '2026-11-24', to: '2027-12-31' })
  })

  it('breaks retirements and terms down by quarter, and people by salary step', async () => {
    const retiring = await planOf('Số người nghỉ hưu theo từng quý năm 2028')
    expect(retiring.groupBy).toEqual([{ by: 'retirement_quarter' }])
    const terms = await planOf('Số lãnh đạo hết nhiệm kỳ theo từng quý của năm 2028')
    expect(terms.groupBy).toEqual([{ by: 'term_end_quarter' }])
    expect((await planOf('Thống kê số người theo bậc lương')).groupBy).toEqual([
      { by: 'salary_step' },
    ])
    // A quarter of nothing dated is declined.
    expect(await kindOf('Số người theo từng quý')).toBe('abstain')
  })

  it('reads the share of a retirement window, and "tỷ lệ X có Y" as among X', async () => {
    const window = await planOf('What share of current staff will retire within the next 5 years?')
    expect(window.measure).toEqual({
      kind: 'share',
      part: { retirement: { from: '2026-11-24', to: '2031-11-24' } },
    })
    expect(window.filters.retirement).toBeUndefined()
    const among = await planOf('Tỷ lệ công chức có trình độ thạc sĩ')
    expect(among.filters.staffCategories).toEqual(['cong_chuc'])
    expect(among.measure).toEqual({ kind: 'share', part: { degrees: ['thac_si'] } })
  })

  it('counts each category asked in turn, one row each', async () => {
    const everyone = await planOf(
      'Có bao nhiêu cán bộ, bao nhiêu công chức, viên chức và người lao động?',
    )
    expect(everyone.groupBy).toEqual([{ by: 'staff_category' }])
    expect(everyone.filters.staffCategories).toBeUndefined()
    const two = await planOf('Vụ Pháp chế có bao nhiêu công chức, bao nhiêu viên chức?')
    expect(two.groupBy).toEqual([{ by: 'staff_category' }])
    expect(two.filters.staffCategories).toEqual(['cong_chuc', 'vien_chuc'])
    // One count of both is their sum.
    expect(
      (await planOf('Vụ Pháp chế có bao nhiêu công chức và viên chức?')).groupBy,
    ).toBeUndefined()
  })

  it('lists disciplines in effect of the people still working, by sex or category', async () => {
    const inEffect = await understand('Những công chức nào đang bị kỷ luật?', ctx)
    expect(inEffect.kind === 'data' && inEffect.plan).toMatchObject({
      subject: 'disciplines',
      inEffect: true,
      workingOnly: true,
      staffCategories: ['cong_chuc'],
    })
    // Decisions of a year count everyone they concern.
    const decided = await understand('Năm 2023 có bao nhiêu quyết định kỷ luật?', ctx)
    expect(decided.kind === 'data' && decided.plan).not.toHaveProperty('workingOnly')
  })

  it('reads the first or second half of a year', async () => {
    const plan = await planOf('Số người nghỉ hưu trong 6 tháng đầu năm 2027')
    expect(plan.filters.retirement).toEqual({ from: '2027-01-01', to: '2027-06-30' })
    const late = await planOf('How many people retire in the second half of 2028?')
    expect(late.filters.retirement).toEqual({ from: '2028-07-01', to: '2028-12-31' })
  })

  it('reads "đến hết năm" and "the end of" as up to the last day of that year', async () => {
    const plan = await planOf('Từ nay đến hết năm 2027 có bao nhiêu người nghỉ hưu?')
    expect(plan.filters.retirement).toEqual({ from: '2026-11-24', to: '2027-12-31' })
    const english = await planOf('How many staff will retire before the end of 2028?')
    expect(english.filters.retirement).toEqual({ to: '2028-12-31' })
  })
})

describe('facts of a named person', () => {
  it('answers when someone took their current post with the first appointment to it', async () => {
    const plan = await planOf('Ông Võ Duy Lợi giữ chức vụ hiện tại từ khi nào?')
    expect(plan.measure).toEqual({ kind: 'list', fields: ['post_since'] })
  })

  it('answers when someone came to the ministry', async () => {
    const plan = await planOf('Bà Hồ Thị Minh Oanh về công tác tại Bộ từ ngày nào?')
    expect(plan.measure).toEqual({ kind: 'list', fields: ['joined_ministry'] })
  })

  it('answers the year someone came to the ministry', async () => {
    const plan = await planOf('Ông Hồ Văn An vào Bộ năm nào?')
    expect(plan.measure).toEqual({ kind: 'list', fields: ['joined_year'] })
  })

  it('declines a question of when that names no date it can read', async () => {
    expect(await kindOf('Ông Hồ Văn An kết hôn năm nào?')).toBe('abstain')
    expect(await kindOf('Ông Hồ Văn An giữ chức vụ gì?')).toBe('data')
  })

  it('knows surnames of ethnic minorities', async () => {
    const plan = await planOf('Khi nào bà Danh Thanh Hương hết nhiệm kỳ?')
    expect(plan.personNames).toEqual(['Danh Thanh Hương'])
    expect((await planOf('ba Xa Thi Thanh Anh bao nhieu tuoi')).personNames).toEqual([
      'Xa Thi Thanh Anh',
    ])
  })
})

describe('conditions and wordings', () => {
  it('reads "chưa có trình độ lý luận chính trị" as no level on record', async () => {
    const plan = await planOf('Vụ Pháp chế có bao nhiêu người chưa có trình độ lý luận chính trị?')
    expect(plan.filters.lacks).toEqual(['political_theory'])
    const english = await planOf('How many staff have no political theory qualification?')
    expect(english.filters.lacks).toEqual(['political_theory'])
  })

  it('reads "diện quy hoạch" as being in a planning pool', async () => {
    const plan = await planOf('Bao nhiêu người ở Vụ Pháp chế đang trong diện quy hoạch?')
    expect(plan.filters.planning).toEqual({})
  })

  it('reads "học hàm giáo sư" as the one title', async () => {
    const plan = await planOf('Toàn Bộ có bao nhiêu người mang học hàm giáo sư?')
    expect(plan.filters.academicTitles).toEqual(['gs'])
  })

  it('lists on "kể tên"', async () => {
    const plan = await planOf('Kể tên các Trưởng phòng của Vụ Pháp chế')
    expect(plan.measure).toEqual({ kind: 'list', fields: ['full_name'] })
  })

  it('reads "their", "của họ" after the people are named as theirs, opening a conversation', async () => {
    const own = await planOf('Liệt kê cán bộ Vụ Pháp chế sinh trước năm 1975 và ngày sinh của họ')
    expect(own.measure).toEqual({ kind: 'list', fields: ['full_name', 'birth_date'] })
    const who = await planOf('Vụ Pháp chế có bao nhiêu tiến sĩ, họ là ai?')
    expect(who.measure).toEqual({ kind: 'list', fields: ['full_name'] })
    // Without an earlier answer "trong số họ" has nothing to point to.
    expect(await kindOf('Trong số họ có bao nhiêu người là nữ?')).toBe('abstain')
  })

  it('reads a share whose people come first and its condition before the share word', async () => {
    const plan = await planOf('Trong số các Trưởng phòng, nữ chiếm bao nhiêu phần trăm?')
    expect(plan.measure).toEqual({ kind: 'share', part: { sex: 'female' } })
    expect(plan.filters.post).toEqual({ titles: ['Trưởng phòng'] })
  })

  it('reads "heads and deputies" as the titles named and their deputies', async () => {
    const plan = await planOf('How many Trưởng phòng and deputies are there?')
    expect(plan.filters.post).toEqual({ titles: ['Trưởng phòng', 'Phó Trưởng phòng'] })
  })

  it('takes "their" inside a fresh question for the people it names', async () => {
    const plan = await planOf('How many Trưởng phòng have their terms ending in 2029?')
    expect(plan.filters.termEnd).toEqual({ from: '2029-01-01', to: '2029-12-31' })
  })

  it('knows the Chief Inspector and ethnic groups named in English', async () => {
    const plan = await planOf('Who is the Chief Inspector?')
    expect(plan.filters.post).toEqual({ titles: ['Chánh Thanh tra'] })
    const khmer = await planOf("How many of the ministry's staff are ethnic Khmer?")
    expect(khmer.filters.ethnicity).toEqual({ op: 'eq', value: 'Khmer' })
  })

  it('reads "phân bổ" and "distributed by" as a breakdown', async () => {
    const plan = await planOf('Phân bổ số người theo trình độ học vấn tại Vụ Pháp chế')
    expect(plan.groupBy).toEqual([{ by: 'degree' }])
    const english = await planOf('How are the staff of Vụ Pháp chế distributed by highest degree?')
    expect(english.groupBy).toEqual([{ by: 'degree' }])
  })
})

describe('wordings of reports', () => {
  it('reads "từ 35 đến dưới 45 tuổi" without its upper bound', async () => {
    const plan = await planOf('so nguoi tu 35 den duoi 45 tuoi o vu phap che')
    expect(plan.filters.age).toEqual({ min: 35, max: 44 })
  })

  it('reads "không phải dân tộc Kinh" as any other ethnicity', async () => {
    const plan = await planOf('Số người không phải dân tộc Kinh ở Vụ Pháp chế?')
    expect(plan.filters.ethnicity).toEqual({ op: 'ne', value: 'Kinh' })
  })

  it('reads "chứng chỉ chuyên viên chính" as the state-management level, not the rank', async () => {
    const plan = await planOf('Vụ Pháp chế có bao nhiêu người có chứng chỉ chuyên viên chính?')
    expect(plan.filters.stateManagement).toEqual(['chuyen_vien_chinh'])
    expect(plan.filters.rankCodes).toBeUndefined()
  })

  it('takes "chỉ" and "only" inside a question of its own as part of it', async () => {
    const plan = await planOf('những ai ở Vụ Pháp chế chỉ xếp loại hoàn thành nhiệm vụ năm 2025')
    expect(plan.filters.evaluation).toEqual({ year: 2025, levels: ['hoan_thanh'] })
    const english = await planOf('How many Trưởng phòng have only sơ cấp political theory?')
    expect(english.filters.politicalTheory).toEqual(['so_cap'])
  })

  it('ends a name typed in lower case before "năm nay"', async () => {
    const understood = await understand('ong thach trung viet nam nay bao nhieu tuoi', ctx)
    expect(understood.kind).toBe('data')
    if (understood.kind !== 'data' || understood.plan.subject !== 'people') return
    expect(understood.plan.personNames).toEqual(['thach trung viet'])
  })

  it('counts a bare condition after a count in a unit within that unit', async () => {
    const next = await afterQuestion('Vụ Pháp chế có bao nhiêu người?', 'Có bao nhiêu nữ?')
    if (next.kind !== 'data' || next.plan.subject !== 'people') throw new Error('not answered')
    expect(next.plan.filters.unitIds).toEqual([2])
    expect(next.plan.filters.sex).toBe('female')
    const whole = await afterQuestion('Vụ Pháp chế có bao nhiêu người?', 'Toàn Bộ có bao nhiêu nữ?')
    if (whole.kind !== 'data' || whole.plan.subject !== 'people') throw new Error('not answered')
    expect(whole.plan.filters.unitIds).toBeUndefined()
  })

  it('keeps the post of the answer before on "chức vụ này"', async () => {
    const next = await afterQuestion(
      'Liệt kê các Trưởng phòng của Vụ Pháp chế',
      'Ai giữ chức vụ này lâu nhất?',
    )
    if (next.kind !== 'data' || next.plan.subject !== 'people') throw new Error('not answered')
    expect(next.plan.filters.post).toEqual({ titles: ['Trưởng phòng'] })
    expect(next.plan.order).toEqual({ by: 'post_since', dir: 'asc' })
  })
})

describe('events and dates of reports', () => {
  it('counts appointments to the post named', async () => {
    const understood = await understand(
      'Số lượt bổ nhiệm lần đầu Trưởng phòng theo từng năm 2021–2025',
      ctx,
    )
    if (understood.kind !== 'data' || understood.plan.subject !== 'appointments')
      throw new Error(JSON.stringify(understood))
    expect(understood.plan.post).toEqual({ titles: ['Trưởng phòng'] })
    expect(understood.sql).toContain(`a.post_title = 'Trưởng phòng'`)
  })

  it('counts joins in part of a year by its days', async () => {
    const understood = await understand('Quý 1/2026 có bao nhiêu người được tuyển dụng mới?', ctx)
    if (understood.kind !== 'data' || understood.plan.subject !== 'movements')
      throw new Error(JSON.stringify(understood))
    expect(understood.plan.dates).toEqual({ from: '2026-01-01', to: '2026-03-31' })
  })

  it('reads a day written dd/mm/yyyy, English month names and "the first quarter of"', async () => {
    const byDay = await planOf('Tính đến 31/12/2028, có bao nhiêu người sẽ đến tuổi nghỉ hưu?')
    expect(byDay.filters.retirement?.to).toBe('2028-12-31')
    const month = await planOf('Who reaches retirement age in December 2026?')
    expect(month.filters.retirement).toEqual({ from: '2026-12-01', to: '2026-12-31' })
    const quarter = await planOf('Who reaches retirement age in the first quarter of 2027?')
    expect(quarter.filters.retirement).toEqual({ from: '2027-01-01', to: '2027-03-31' })
    expect(await kindOf('Tính đến 31/02/2028 có bao nhiêu người nghỉ hưu?')).toBe('abstain')
  })

  it('reads an age reached within a year as the year of birth', async () => {
    const plan = await planOf('Năm 2027 có bao nhiêu người tròn 60 tuổi?')
    expect(plan.filters.birthYear).toEqual({ min: 1967, max: 1967 })
    expect(plan.filters.age).toBeUndefined()
    const english = await planOf('How many staff turn 30 next year?')
    expect(english.filters.birthYear).toEqual({ min: 1997, max: 1997 })
    expect(await kindOf('Có bao nhiêu người tròn 60 tuổi?')).toBe('abstain')
  })

  it('counts discipline decisions per year of the decision', async () => {
    const understood = await understand('Số quyết định kỷ luật theo từng năm từ 2021 đến 2025', ctx)
    if (understood.kind !== 'data' || understood.plan.subject !== 'disciplines')
      throw new Error(JSON.stringify(understood))
    expect(understood.plan.groupBy).toBe('year')
    expect(understood.sql).toContain(`date_part('year', d.decided_on)`)
  })

  it('answers where a named person works when asked "đang công tác ở đâu"', async () => {
    const plan = await planOf('Bà Phan Thị Hoa đang công tác ở đơn vị nào?')
    expect(plan.measure).toEqual({ kind: 'list', fields: ['unit'] })
  })

  it('reads a level held in every year of a span', async () => {
    const plan = await planOf(
      'Có bao nhiêu người hoàn thành xuất sắc nhiệm vụ cả ba năm 2023, 2024 và 2025?',
    )
    expect(plan.filters.evaluation).toEqual({
      years: { min: 2023, max: 2025 },
      levels: ['xuat_sac'],
      everyYear: true,
    })
    expect(await kindOf('Bao nhiêu người được khen thưởng 3 năm liên tiếp?')).toBe('abstain')
  })

  it('reads number words before "năm tới" as years ahead', async () => {
    const plan = await planOf('Bao nhiêu người của Vụ Pháp chế sẽ nghỉ hưu trong ba năm tới?')
    expect(plan.filters.retirement).toEqual({ from: '2026-11-24', to: '2029-11-24' })
  })

  it('breaks a headcount quota down by staff category', async () => {
    const understood = await understand('Biên chế năm 2027 của Vụ Pháp chế theo loại cán bộ?', ctx)
    if (understood.kind !== 'data' || understood.plan.subject !== 'quotas')
      throw new Error(JSON.stringify(understood))
    expect(understood.plan.groupBy).toBe('staff_category')
  })

  it('lists the holders of a post named as a heading', async () => {
    const plan = await planOf('Các Trưởng phòng Vụ Pháp chế')
    expect(plan.measure).toEqual({ kind: 'list', fields: ['full_name'] })
  })
})

describe('ranks, steps and ages', () => {
  it('reads a plain "nam" before "sinh" as male in a question typed with diacritics', async () => {
    const plan = await planOf('Có bao nhiêu cán bộ nam sinh năm 1985 ở Vụ Pháp chế?')
    expect(plan.filters.sex).toBe('male')
    expect(plan.filters.birthYear).toEqual({ min: 1985, max: 1985 })
    const year = await planOf('Vụ Pháp chế có bao nhiêu người không hoàn thành nhiệm vụ nam 2025?')
    expect(year.filters.sex).toBeUndefined()
  })

  it('reads a profession graded only by hạng as all its grades', async () => {
    const plan = await planOf('Số phóng viên của Vụ Pháp chế')
    expect(plan.filters.rankCodes).toEqual(['V.11.02.05', 'V.11.02.06'])
    const one = await planOf('Số phóng viên hạng II của Vụ Pháp chế')
    expect(one.filters.rankCodes).toEqual(['V.11.02.05'])
  })

  it('reads thresholds on the salary step', async () => {
    const plan = await planOf('Có bao nhiêu người đang hưởng bậc lương 9 trở lên?')
    expect(plan.filters.salaryStep).toEqual({ gte: 9 })
    const person = await planOf('Ông Hoàng Văn Tâm đang ở ngạch nào, bậc mấy?')
    expect(person.measure).toEqual({ kind: 'list', fields: ['rank', 'salary_step'] })
  })

  it('reads "60 or older" as an age and "retires soonest" as an order', async () => {
    expect((await planOf('How many people at Vụ Pháp chế are 60 or older?')).filters.age).toEqual({
      min: 60,
    })
    const soonest = await planOf('Who at Vụ Pháp chế retires soonest?')
    expect(soonest.order).toEqual({ by: 'retirement_date', dir: 'asc' })
  })
})

describe('conditions that must not be dropped', () => {
  it('reads "lãnh đạo nữ" as women who hold a post', async () => {
    const plan = await planOf('Số lãnh đạo nữ dưới 45 tuổi')
    expect(plan.filters).toMatchObject({ sex: 'female', post: {}, age: { max: 44 } })
  })

  it('reads "trừ lãnh đạo" as people without a post', async () => {
    const plan = await planOf('Số người ở Vụ Pháp chế, trừ lãnh đạo')
    expect(plan.filters.noPost).toBe(true)
  })

  it('counts people still working by when they joined, not every join', async () => {
    const plan = await planOf('Có bao nhiêu người vào Bộ trước năm 2000 mà vẫn đang công tác?')
    expect(plan.filters).toMatchObject({
      statuses: ['working'],
      joinedMinistry: { to: '1999-12-31' },
    })
  })
})

describe('moves between units', () => {
  it('reads "chuyển công tác đến" a unit as moving in, to another agency as moving out', async () => {
    const moved = await understand('Số người chuyển công tác đến Vụ Pháp chế năm 2024', ctx)
    expect(moved.kind === 'data' && moved.plan).toMatchObject({
      subject: 'movements',
      direction: 'in',
      reasons: ['transferred_in'],
      unitIds: [2],
    })
    const left = await planOf('Số người chuyển công tác đến cơ quan khác năm 2024')
    expect(left.filters.statuses).toEqual(['transferred_out'])
  })

  it('declines joins and exits of people said to be still working', async () => {
    const understood = await understand(
      'Năm 2025 có bao nhiêu người được tuyển dụng hiện vẫn đang công tác?',
      ctx,
    )
    expect(understood.kind).toBe('abstain')
  })
})

describe('the longest, decades, populations', () => {
  it('reads a bare "lâu nhất" as time in post only when a post is named', async () => {
    expect(await kindOf('Ai làm việc ở Bộ lâu nhất?')).toBe('abstain')
    const plan = await planOf('Ai là lãnh đạo lâu nhất ở Vụ Pháp chế?')
    expect(plan.order).toEqual({ by: 'post_since', dir: 'asc' })
  })

  it('reads "sinh trong thập niên 1980" as born in that decade', async () => {
    const plan = await planOf('Số người sinh trong thập niên 1980 ở Vụ Pháp chế')
    expect(plan.filters.birthYear).toEqual({ min: 1980, max: 1989 })
  })

  it('reads "among" as the population of a share', async () => {
    const plan = await planOf('Share of Party members among leaders')
    expect(plan.filters.post).toEqual({})
    expect(plan.measure).toEqual({ kind: 'share', part: { partyMember: true } })
  })
})

describe('follow-ups, spans of months and English wordings', () => {
  it('puts a retirement asked of the people listed before on those people', async () => {
    const next = await afterQuestion(
      'Danh sách Trưởng phòng',
      'Ai trong số họ sẽ nghỉ hưu trước năm 2030?',
    )
    expect(
      next.kind === 'data' && next.plan.subject === 'people' && next.plan.filters,
    ).toMatchObject({
      post: { titles: ['Trưởng phòng'] },
      retirement: { to: '2029-12-31' },
    })
  })

  it('picks among the people just listed when "who" names only a condition', async () => {
    const next = await afterQuestion('Danh sách Trưởng phòng', 'Những ai là nữ?')
    expect(
      next.kind === 'data' && next.plan.subject === 'people' && next.plan.filters,
    ).toMatchObject({ post: { titles: ['Trưởng phòng'] }, sex: 'female' })
    // Without a list before it, the same words are a question of their own.
    const alone = await planOf('Những ai là nữ?')
    expect(alone.filters.post).toBeUndefined()
  })

  it('reads a question opening on "and" as going on from the last one', async () => {
    const next = await afterQuestion('How many women work at Vụ Pháp chế?', 'And Thanh tra Bộ?')
    expect(
      next.kind === 'data' && next.plan.subject === 'people' && next.plan.filters,
    ).toMatchObject({ unitIds: [3], sex: 'female' })
  })

  it('replaces the staff category of a quota, and declines a condition quotas do not have', async () => {
    const next = await afterQuestion(
      'Biên chế công chức năm 2027 của toàn Bộ là bao nhiêu?',
      'Còn viên chức?',
    )
    expect(next.kind === 'data' && next.plan).toMatchObject({
      subject: 'quotas',
      staffCategories: ['vien_chuc'],
    })
    const woman = await afterQuestion(
      'Biên chế công chức năm 2027 của toàn Bộ là bao nhiêu?',
      'Còn nữ?',
    )
    expect(woman.kind).toBe('abstain')
  })

  it('reads a span of whole months', async () => {
    const plan = await planOf('Số người đến tuổi nghỉ hưu từ tháng 1/2027 đến tháng 6/2027')
    expect(plan.filters.retirement).toEqual({ from: '2027-01-01', to: '2027-06-30' })
  })

  it('reads "closest to retirement", "break down by" and "rated at each level"', async () => {
    const closest = await planOf('Which Trưởng phòng is closest to retirement?')
    expect(closest.order).toEqual({ by: 'retirement_date', dir: 'asc' })
    const levels = await planOf('Number of people rated at each level in 2024 at Vụ Pháp chế')
    expect(levels.groupBy).toEqual([{ by: 'evaluation_level' }])
  })

  it('reads "an IELTS 6.5 certificate" as that certificate', async () => {
    const plan = await planOf('How many staff have an IELTS 6.5 certificate?')
    expect(plan.filters.training).toEqual({ kind: 'foreign_language', level: 'IELTS 6.5' })
  })
})

describe('several conditions of one kind', () => {
  it('declines a condition for each sex rather than keep one of them', async () => {
    expect(await kindOf('Số cán bộ nữ trên 50 tuổi và nam trên 55 tuổi ở Vụ Pháp chế')).toBe(
      'abstain',
    )
  })

  it('joins a lower and an upper bound into one range', async () => {
    const plan = await planOf('Số người ngoài 40 nhưng dưới 50 tuổi ở Thanh tra Bộ')
    expect(plan.filters.age).toEqual({ min: 41, max: 49 })
  })

  it('declines bounds with nothing between them: two groups, not one range', async () => {
    expect(await kindOf('Bao nhiêu người dưới 30 tuổi và trên 55 tuổi ở Vụ Pháp chế?')).toBe(
      'abstain',
    )
    expect(await kindOf('How many people under 30 or over 60 work at Vụ Pháp chế?')).toBe('abstain')
  })

  it('counts units together when the question asks for a total or says "hoặc"', async () => {
    const either = await planOf('Số người ở Vụ Pháp chế hoặc Thanh tra Bộ')
    expect(either.groupBy).toBeUndefined()
    expect(either.filters.unitIds).toEqual([2, 3])
    const total = await planOf('Tổng số người của Vụ Pháp chế và Thanh tra Bộ')
    expect(total.groupBy).toBeUndefined()
    const each = await planOf('Số người của Vụ Pháp chế và Thanh tra Bộ')
    expect(each.groupBy).toEqual([{ by: 'unit', parentId: null, unitIds: [2, 3] }])
  })

  it('lists the term end of a post\'s holder asked "hết nhiệm kỳ khi nào"', async () => {
    const plan = await planOf('Chánh Thanh tra hết nhiệm kỳ khi nào?')
    expect(plan.measure).toEqual({ kind: 'list', fields: ['full_name', 'term_end'] })
  })
})

describe('facts asked of several people', () => {
  it('reads "sẽ nghỉ hưu khi nào" and "with their ages" as facts to list', async () => {
    const plan = await planOf('Những người sinh năm 1968 ở Vụ Pháp chế sẽ nghỉ hưu khi nào?')
    expect(plan.measure).toEqual({ kind: 'list', fields: ['full_name', 'retirement_date'] })
    const ages = await planOf('List the 5 youngest Trưởng phòng in the ministry with their ages')
    expect(ages.measure).toEqual({ kind: 'list', fields: ['full_name', 'age'] })
  })

  it('reads "each division of" a unit as a breakdown by its units', async () => {
    const plan = await planOf('Show the headcount of each division of the ministry')
    expect(plan.groupBy?.[0]?.by).toBe('unit')
  })
})

describe('counts that are not questions of the rules, and lists without a list word', () => {
  it('keeps a count of people in a year away from the regulations', async () => {
    expect(await kindOf('Số người được nâng lương năm 2025')).toBe('abstain')
    expect(await kindOf('Điều kiện nâng lương trước thời hạn năm 2025')).toBe('regulation')
  })

  it('declines the average age of people who left: at leaving, or now?', async () => {
    expect(await kindOf('Tuổi trung bình của những người nghỉ hưu năm 2025')).toBe('abstain')
  })

  it('reads "dưới đại học" as the degrees below a university degree', async () => {
    const plan = await planOf('Số người có trình độ dưới đại học ở Vụ Pháp chế')
    expect(plan.filters.degrees).toEqual(['cao_dang', 'trung_cap', 'pho_thong'])
  })

  it('lists the holders of a post named with a retirement or a term end', async () => {
    const plan = await planOf('Các Trưởng phòng hết nhiệm kỳ trong 6 tháng tới')
    expect(plan.measure).toEqual({ kind: 'list', fields: ['full_name'] })
  })
})

describe('months next to today, and averages of events', () => {
  it('reads "tháng tới" and "tháng này" as whole months', async () => {
    const plan = await planOf('Ai sẽ nghỉ hưu trong tháng tới?')
    expect(plan.filters.retirement).toEqual({ from: '2026-12-01', to: '2026-12-31' })
    const ahead = await planOf('Số người nghỉ hưu trong 6 tháng tới')
    expect(ahead.filters.retirement).toEqual({ from: '2026-11-24', to: '2027-05-24' })
  })

  it('declines an average of joins and exits rather than list them by year', async () => {
    expect(
      await kindOf('Trung bình mỗi năm có bao nhiêu người nghỉ hưu trong giai đoạn 2020–2025?'),
    ).toBe('abstain')
  })
})

describe('the whole workforce named by its legal phrase', () => {
  it('counts everyone, not the last category of the phrase', async () => {
    const plan = await planOf('Số cán bộ, công chức, viên chức và người lao động của Vụ Pháp chế')
    expect(plan.filters.staffCategories).toBeUndefined()
    expect(plan.measure).toEqual({ kind: 'count' })
  })
})

describe('superlatives and averages worded loosely', () => {
  it('reads "số năm công tác" as years of service, not the number five', async () => {
    const plan = await planOf('Số năm công tác trung bình của cán bộ Vụ Pháp chế')
    expect(plan.measure).toEqual({ kind: 'avg', of: 'service_years' })
  })

  it('reads "top 5 hệ số lương cao nhất" as five people, not the highest value', async () => {
    const plan = await planOf('Top 5 hệ số lương cao nhất Vụ Pháp chế')
    expect(plan.measure).toEqual({ kind: 'list', fields: ['full_name', 'salary_coefficient'] })
    expect(plan.limit).toBe(5)
  })

  it('ranks units "by headcount", the largest first', async () => {
    const plan = await planOf('Top 5 units by headcount')
    expect(plan.order).toEqual({ by: 'measure', dir: 'desc' })
    expect(plan.limit).toBe(5)
  })
})

describe('the rest of this year, and names inside names', () => {
  it('reads "từ nay đến cuối năm" and "still due to … this year" as today to 31 December', async () => {
    const plan = await planOf('Từ nay đến cuối năm có bao nhiêu người nghỉ hưu?')
    expect(plan.filters.retirement).toEqual({ from: '2026-11-24', to: '2026-12-31' })
    const still = await planOf('How many people are still due to retire this year?')
    expect(still.filters.retirement).toEqual({ from: '2026-11-24', to: '2026-12-31' })
    const whole = await planOf('How many people are due to retire this year?')
    expect(whole.filters.retirement).toEqual({ from: '2026-01-01', to: '2026-12-31' })
  })

  it('reads "quý tới" and "nửa đầu năm sau" next to today', async () => {
    const plan = await planOf('Quý tới có bao nhiêu người đến tuổi nghỉ hưu?')
    expect(plan.filters.retirement).toEqual({ from: '2027-01-01', to: '2027-03-31' })
    const half = await planOf('Nửa đầu năm sau có bao nhiêu người nghỉ hưu?')
    expect(half.filters.retirement).toEqual({ from: '2027-01-01', to: '2027-06-30' })
  })

  it('declines appointments over a span that is not whole years', async () => {
    expect(await kindOf('Có bao nhiêu người được bổ nhiệm lần đầu trong 12 tháng qua?')).toBe(
      'abstain',
    )
  })

  it('takes a name whose middle word is also a surname as one name', async () => {
    const asked: string[] = []
    const findPeople = (name: string) => {
      asked.push(name)
      return ctx.findPeople(name)
    }
    await understand('Hệ số lương của ông Ma Văn Dũng?', { ...ctx, findPeople })
    await understand('How old is Van Minh Hung?', { ...ctx, findPeople })
    expect(asked).toEqual(['Ma Văn Dũng', 'Van Minh Hung'])
  })
})

describe('questions that ask several things at once', () => {
  it('keeps each compared unit apart in a breakdown of both', async () => {
    const plan = await planOf('So sánh cơ cấu giới tính giữa Vụ Pháp chế và Thanh tra Bộ')
    expect(plan.groupBy).toEqual([{ by: 'unit', parentId: null, unitIds: [2, 3] }, { by: 'sex' }])
  })

  it('reads the part of an English share after "hold" or "have"', async () => {
    const plan = await planOf("What share of civil servants at Vụ Pháp chế hold a master's degree?")
    expect(plan.measure).toEqual({ kind: 'share', part: { degrees: ['thac_si'] } })
    expect(plan.filters.staffCategories).toEqual(['cong_chuc'])
  })

  it('breaks joins and exits down by the reasons named side by side, not by alternatives', async () => {
    const reasons = async (question: string) => {
      const understood = await understand(question, ctx)
      if (understood.kind !== 'data' || understood.plan.subject !== 'movements')
        throw new Error(`${question}: ${JSON.stringify(understood)}`)
      return understood.plan
    }
    const both = await reasons('Số người nghỉ hưu và thôi việc theo từng năm từ 2021 đến 2025')
    expect(both.groupBy).toEqual(['year', 'reason'])
    const either = await reasons('Số người nghỉ hưu hoặc thôi việc theo từng năm 2021–2025')
    expect(either.groupBy).toEqual(['year'])
    const recruited = await reasons('Số nữ được tuyển dụng vào Bộ hằng năm từ 2021 đến 2025')
    expect(recruited.reasons).toEqual(['recruited'])
  })
})

describe('the year of a birth', () => {
  it('asks the birth year, in English, of "what year was … born"', async () => {
    const understood = await understand('What year was Nguyễn Xuân Hưng born?', ctx)
    expect(understood.kind === 'data' && understood.plan).toMatchObject({
      measure: { kind: 'list', fields: ['birth_year'] },
    })
    expect(understood.language).toBe('en')
    expect(await kindOf('What year will Nguyễn Xuân Hưng retire?')).toBe('abstain')
  })
})

describe('evaluations year by year', () => {
  it('breaks the people rated at a level down by the year of the evaluation', async () => {
    const plan = await planOf('Số người được xếp loại hoàn thành xuất sắc nhiệm vụ qua các năm?')
    expect(plan.groupBy).toEqual([{ by: 'evaluation_year' }])
    expect(plan.filters.evaluation).toEqual({ levels: ['xuat_sac'] })
    const span = await planOf('Từ năm 2021 đến 2024, mỗi năm có bao nhiêu người được xếp loại tốt?')
    expect(span.filters.evaluation).toEqual({ years: { min: 2021, max: 2024 }, levels: ['tot'] })
  })
})

describe('since when a named person holds a post', () => {
  it('reads "giữ chức … từ khi nào" as the first appointment to the post held now', async () => {
    const plan = await planOf('Lê Quang Bình giữ chức Trưởng phòng từ khi nào?')
    expect(plan.measure).toEqual({ kind: 'list', fields: ['post_since'] })
    // A year asked is not a date the plan has.
    expect(await kindOf('Lê Quang Bình giữ chức Trưởng phòng từ năm nào?')).toBe('abstain')
  })
})

describe('sensitive attributes as list columns', () => {
  it('lists ethnicity beside the names, and needs the sensitive tier for it', async () => {
    const understood = await understand('Danh sách lãnh đạo Vụ Pháp chế kèm dân tộc', ctx)
    expect(understood.kind === 'data' && understood.plan.subject === 'people').toBe(true)
    if (understood.kind !== 'data' || understood.plan.subject !== 'people') return
    expect(understood.plan.measure).toEqual({ kind: 'list', fields: ['full_name', 'ethnicity'] })
    expect(understood.needsSensitive).toBe(true)
  })

  it('declines a count of ethnic groups rather than count people', async () => {
    expect(await kindOf('Có bao nhiêu dân tộc ở Vụ Pháp chế?')).toBe('abstain')
  })
})

describe('a negated level', () => {
  it('reads "chưa có" a level as none of that level or above, nulls included', async () => {
    const theory = await planOf('Có bao nhiêu người chưa có trình độ lý luận chính trị cao cấp?')
    expect(theory.filters.without).toEqual({ politicalTheory: ['cao_cap', 'cu_nhan'] })
    const degree = await planOf('Vụ Pháp chế có bao nhiêu người chưa có bằng thạc sĩ trở lên?')
    expect(degree.filters.without).toEqual({ degrees: ['thac_si', 'tien_si'] })
    const english = await planOf("How many staff do not have a master's degree?")
    expect(english.filters.without).toEqual({ degrees: ['thac_si', 'tien_si'] })
  })

  it('still declines a negation of anything else', async () => {
    expect(await kindOf('Có bao nhiêu người không thuộc Vụ Pháp chế?')).toBe('abstain')
  })
})

describe('public service units', () => {
  it('reads "đơn vị sự nghiệp" and "khối quản lý nhà nước" as the kind of unit people work in', async () => {
    const service = await planOf('Có bao nhiêu người làm việc tại các đơn vị sự nghiệp công lập?')
    expect(service.filters.publicService).toBe(true)
    const state = await planOf('Số công chức ở khối quản lý nhà nước')
    expect(state.filters).toMatchObject({ publicService: false, staffCategories: ['cong_chuc'] })
  })
})

describe('breakdowns by a kind of unit', () => {
  it('reads "theo từng Cục" as every unit of that kind, each with its subtree', async () => {
    const plan = await planOf('Số người có trình độ tiến sĩ theo từng Cục')
    expect(plan.groupBy).toEqual([{ by: 'unit', parentId: null, kind: 'cuc' }])
  })
})

describe('a share of nothing named', () => {
  it('is declined, not answered as 100 % of everyone', async () => {
    expect(await kindOf('Tỷ lệ ở Vụ Pháp chế là bao nhiêu?')).toBe('abstain')
  })
})

describe('a key named alone', () => {
  it('is the fact asked of a named person', async () => {
    const plan = await planOf('Trình độ của ông Lê Văn A')
    expect(plan.measure).toEqual({ kind: 'list', fields: ['degree'] })
  })

  it('is declined in a count, where no breakdown was announced', async () => {
    expect(await kindOf('Trình độ ở Vụ Pháp chế?')).toBe('abstain')
    // The key before a value only introduces it.
    expect(
      (await planOf('Vụ Pháp chế có bao nhiêu người có trình độ thạc sĩ?')).filters.degrees,
    ).toEqual(['thac_si'])
  })
})

describe('names typed in lower case without diacritics', () => {
  it('keep a middle name that is also a common word ("thi" in "ho thi quynh")', async () => {
    const understood = await understand('ba ho thi quynh nghi huu khi nao', ctx)
    expect(understood.kind === 'data' && understood.plan).toMatchObject({
      personNames: ['ho thi quynh'],
      measure: { kind: 'list', fields: ['retirement_date'] },
    })
  })
})
