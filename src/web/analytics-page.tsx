import type { Principal } from '../access/index.js'
import type { UnitRow } from '../data/units.repository.js'
import type { Language } from '../http/context.js'
import { Layout } from './layout.js'

function Section(props: { title: string; source: string; render: string }) {
  return (
    <div class="card">
      <h2>{props.title}</h2>
      <div data-source={props.source} data-render={props.render}></div>
    </div>
  )
}

/** The workforce dashboard: every figure comes from the analytics API, scoped to the reader. */
export function AnalyticsPage(props: {
  language: Language
  principal: Principal
  units: UnitRow[]
  unit?: string | undefined
}) {
  const vi = props.language === 'vi'
  const thisYear = new Date().getUTCFullYear()
  return (
    <Layout
      language={props.language}
      title={vi ? 'Phân tích nhân sự' : 'Workforce analytics'}
      principal={props.principal}
      active="/analytics"
      scripts={['/assets/dashboard.js']}
    >
      <form class="card filters" method="get" action="/analytics">
        <label>
          {vi ? 'Đơn vị' : 'Unit'}
          <select name="unit">
            <option value="">{vi ? '— Toàn bộ phạm vi —' : '— Whole scope —'}</option>
            {props.units.map((u) => (
              <option value={u.code} selected={u.code === props.unit}>
                {'  '.repeat(u.depth)}
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{vi ? 'Xem' : 'Show'}</button>
      </form>
      <div class="grid">
        <Section
          title={vi ? 'Số người đang công tác' : 'Working headcount'}
          source="/api/analytics/headcount?groupBy=unit"
          render="headcount"
        />
        <Section
          title={vi ? 'Tháp tuổi' : 'Age pyramid'}
          source="/api/analytics/age-pyramid"
          render="pyramid"
        />
        <Section
          title={vi ? 'Biến động theo năm' : 'Inflows and outflows'}
          source={`/api/analytics/flows?from=${thisYear - 10}&to=${thisYear}`}
          render="flows"
        />
        <Section
          title={vi ? 'Cơ cấu lãnh đạo' : 'Leadership structure'}
          source="/api/analytics/leadership"
          render="leadership"
        />
      </div>
      <Section
        title={
          vi
            ? 'Chất lượng dữ liệu theo đơn vị (thấp nhất trước)'
            : 'Data quality by unit (worst first)'
        }
        source="/api/analytics/data-quality"
        render="quality"
      />
    </Layout>
  )
}

export function DataQualityPage(props: { language: Language; principal: Principal; code: string }) {
  const vi = props.language === 'vi'
  return (
    <Layout
      language={props.language}
      title={vi ? 'Chất lượng dữ liệu' : 'Data quality'}
      principal={props.principal}
      active="/analytics"
      scripts={['/assets/dashboard.js']}
    >
      <Section
        title={
          vi
            ? `Hồ sơ cần bổ sung, sửa — ${props.code}`
            : `Records to complete or correct — ${props.code}`
        }
        source={`/api/analytics/data-quality/${encodeURIComponent(props.code)}?limit=200`}
        render="records"
      />
    </Layout>
  )
}
