import type { Principal } from '../access/index.js'
import type { Language } from '../http/context.js'
import { Layout } from './layout.js'

function Section(props: { title: string; source: string; render: string; note?: string }) {
  return (
    <div class="card">
      <h2>{props.title}</h2>
      {props.note === undefined ? null : <p class="muted">{props.note}</p>}
      <div data-source={props.source} data-render={props.render}></div>
    </div>
  )
}

/** Forecasts for planners and leaders: retirements, posts falling vacant, staffing against quotas. */
export function ForecastPage(props: { language: Language; principal: Principal }) {
  const vi = props.language === 'vi'
  return (
    <Layout
      language={props.language}
      title={vi ? 'Dự báo' : 'Forecasts'}
      principal={props.principal}
      active="/forecast"
      scripts={['/assets/dashboard.js', '/assets/retirement-rule.js']}
    >
      <div class="card">
        <h2>
          {vi ? 'Tra tuổi nghỉ hưu (Nghị định 135/2020/NĐ-CP)' : 'Retirement age (Decree 135/2020)'}
        </h2>
        <form id="rule-form" class="filters">
          <label>
            {vi
              ? 'Ngày sinh (năm, tháng/năm hoặc ngày/tháng/năm)'
              : 'Born (year, mm/yyyy or dd/mm/yyyy)'}
            <input name="birth" placeholder="02/1965" required />
          </label>
          <label>
            {vi ? 'Giới tính' : 'Sex'}
            <select name="sex">
              <option value="male">{vi ? 'Nam' : 'Male'}</option>
              <option value="female">{vi ? 'Nữ' : 'Female'}</option>
            </select>
          </label>
          <button type="submit">{vi ? 'Tra' : 'Look up'}</button>
        </form>
        <p id="rule-result"></p>
      </div>
      <div class="grid">
        <Section
          title={vi ? 'Số người nghỉ hưu 10 năm tới' : 'Retirements over 10 years'}
          source="/api/forecast/retirements?horizon=10&groupBy=year"
          render="retirements"
        />
        <Section
          title={vi ? 'Biên chế dự báo (toàn phạm vi)' : 'Projected headcount (whole scope)'}
          note={
            vi
              ? '1.000 lần mô phỏng; P10–P90 là khoảng 80% khả năng.'
              : '1,000 simulated runs; P10–P90 is the 80% band.'
          }
          source="/api/forecast/staffing?horizon=5&runs=1000"
          render="staffing"
        />
      </div>
      <Section
        title={vi ? 'Dự báo theo đơn vị, năm cuối' : 'By unit, final year'}
        source="/api/forecast/staffing?horizon=5&runs=1000"
        render="staffingUnits"
      />
      <Section
        title={
          vi
            ? 'Chức danh lãnh đạo trống hoặc sẽ trống'
            : 'Leadership posts vacant or falling vacant'
        }
        source="/api/forecast/retirements?horizon=5&groupBy=year"
        render="vacancies"
      />
    </Layout>
  )
}

export function CandidatesPage(props: {
  language: Language
  principal: Principal
  postId: number
}) {
  const vi = props.language === 'vi'
  return (
    <Layout
      language={props.language}
      title={vi ? 'Ứng viên bổ nhiệm' : 'Appointment candidates'}
      principal={props.principal}
      active="/forecast"
      scripts={['/assets/dashboard.js']}
    >
      <Section
        title={vi ? 'Ứng viên bổ nhiệm' : 'Appointment candidates'}
        source={`/api/forecast/candidates?post=${props.postId}`}
        render="candidates"
      />
    </Layout>
  )
}
