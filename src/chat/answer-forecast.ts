import { isUnitInScope, outOfScopeError, type Principal } from '../access/index.js'
import { vietnamDate } from '../dates.js'
import { findCandidates } from '../forecast/candidates/index.js'
import { forecastStaffing, staffingQuery } from '../forecast/index.js'
import { findUnitsByIds } from '../data/units.repository.js'
import type { Reply } from './answer.js'
import { isRefusable, refusalFrom } from './respond.js'
import type { ChatServices } from './services.js'
import type { Language } from './types.js'
import type { Understanding } from './understand/index.js'

type ForecastUnderstanding = Extract<Understanding, { kind: 'forecast' }>

/**
 * Forecast questions in chat: the staffing projection against approved headcount, or the
 * candidates for a leadership post, summarised as a table with a pointer to the full forecast
 * page. The same services and permissions as the forecast API answer them.
 */
export async function answerForecastQuestion(
  services: ChatServices,
  principal: Principal,
  understanding: ForecastUnderstanding,
): Promise<Reply> {
  const language = understanding.language
  const base = {
    kind: 'forecast' as const,
    engine: 'offline' as const,
    language,
    columns: [],
    rows: [],
    citations: [],
    abstained: false,
  }
  const outside = understanding.unitIds.filter((id) => !isUnitInScope(principal, id))
  try {
    if (outside.length > 0) {
      const names = (await findUnitsByIds(services.db, outside)).map((u) => u.name).join(', ')
      throw outOfScopeError(principal, {
        vi: `dự báo của ${names}`,
        en: `the forecast of ${names}`,
      })
    }
    return understanding.topic === 'candidates'
      ? { ...base, ...(await candidatesReply(services, principal, understanding)) }
      : { ...base, ...(await staffingReply(services, principal, understanding)) }
  } catch (error) {
    if (!isRefusable(error)) throw error
    return { ...base, answer: '', refusal: refusalFrom(error, language) }
  }
}

async function staffingReply(
  services: ChatServices,
  principal: Principal,
  u: ForecastUnderstanding,
) {
  const unit =
    u.unitIds[0] === undefined ? undefined : (await findUnitsByIds(services.db, [u.unitIds[0]]))[0]
  const today = vietnamDate(services.clock())
  const params = staffingQuery.parse({
    ...(unit === undefined ? {} : { unit: unit.code }),
    horizon: String(
      u.horizon ?? (u.year === undefined ? 5 : Math.max(1, u.year - Number(today.slice(0, 4)) + 1)),
    ),
    runs: '1000',
  })
  const forecast = await forecastStaffing(services.db, principal, params, today)
  const vi = u.language === 'vi'
  const total = forecast.total
  const rows = total.points
    .filter((p) => u.year === undefined || p.year === u.year)
    .map((p) => [
      p.year,
      p.headcount.p10,
      p.headcount.p50,
      p.headcount.p90,
      p.quota,
      p.gap?.p50 ?? null,
    ])
  const last = total.points.at(-1)
  const scope = unit?.name ?? (vi ? 'phạm vi của bạn' : 'your scope')
  const answer = vi
    ? `Dự báo số người của ${scope} (1.000 lần mô phỏng, khoảng P10–P90): năm ${last?.year ?? ''} khoảng ${last?.headcount.p50 ?? ''} người` +
      (last?.gap == null
        ? '.'
        : `, so với biên chế ${last.quota ?? ''} ${gapText(last.gap.p50, 'vi')}.`) +
      ' Xem chi tiết theo đơn vị và loại cán bộ ở trang Dự báo.'
    : `Projected headcount of ${scope} (1,000 simulated runs, P10–P90 band): about ${last?.headcount.p50 ?? ''} in ${last?.year ?? ''}` +
      (last?.gap == null
        ? '.'
        : ` against an approved ${last.quota ?? ''}, ${gapText(last.gap.p50, 'en')}.`) +
      ' See the Forecasts page for units and staff categories.'
  return {
    answer,
    columns: vi
      ? ['Năm', 'P10', 'P50', 'P90', 'Biên chế', 'Chênh lệch (P50)']
      : ['Year', 'P10', 'P50', 'P90', 'Quota', 'Gap (P50)'],
    rows,
  }
}

function gapText(gap: number, language: Language): string {
  if (language === 'vi') return gap >= 0 ? `còn thiếu ${gap} người` : `vượt ${-gap} người`
  return gap >= 0 ? `${gap} short of it` : `${-gap} over it`
}

async function candidatesReply(
  services: ChatServices,
  principal: Principal,
  u: ForecastUnderstanding,
) {
  const vi = u.language === 'vi'
  const post = await findPostByTitle(services, u)
  if (post === undefined) {
    return {
      answer: vi
        ? 'Chưa xác định được chức danh lãnh đạo cần tìm ứng viên; hãy nêu rõ chức danh và đơn vị, ví dụ "ứng viên Phó Cục trưởng Cục Viễn thông".'
        : 'Which leadership post? Name the post and the unit, e.g. "candidates for Deputy Director of the Telecommunications Authority".',
      abstained: true,
    }
  }
  const result = await findCandidates(services.db, principal, {
    postId: post.id,
    asOf: vietnamDate(services.clock()),
    includeIneligible: false,
    horizonMonths: 24,
  })
  const rows = result.candidates
    .slice(0, 20)
    .map((c) => [
      c.rank,
      c.person.fullName,
      c.person.unit.name,
      c.person.currentPost?.title ?? '',
      c.score,
    ])
  const answer = vi
    ? `${result.counts.eligible} trong ${result.counts.evaluated} người được xét đáp ứng mọi điều kiện cho chức danh ${post.title} của ${post.unit_name}. ${result.notice.vi}`
    : `${result.counts.eligible} of the ${result.counts.evaluated} people considered meet every condition for ${post.title}, ${post.unit_name}. ${result.notice.en}`
  return {
    answer,
    columns: vi
      ? ['Thứ tự', 'Họ và tên', 'Đơn vị', 'Chức vụ hiện tại', 'Điểm']
      : ['Rank', 'Name', 'Unit', 'Current post', 'Score'],
    rows,
  }
}

async function findPostByTitle(services: ChatServices, u: ForecastUnderstanding) {
  if (u.unitIds.length === 0) return undefined
  const posts = await services.db
    .selectFrom('leadership_posts as lp')
    .innerJoin('units as un', 'un.id', 'lp.unit_id')
    .select(['lp.id', 'lp.title', 'lp.level', 'un.name as unit_name'])
    .where('lp.unit_id', 'in', u.unitIds)
    .orderBy('lp.level')
    .execute()
  const wanted = u.postTitle?.toLowerCase()
  return wanted === undefined ? posts[0] : posts.find((p) => p.title.toLowerCase() === wanted)
}
