import type { Child } from 'hono/jsx'
import type { Principal } from '../access/index.js'
import type { getPersonRecord } from '../data/person-record.repository.js'
import type { Language } from '../http/context.js'
import {
  ACADEMIC_TITLE_LABELS,
  DEGREE_LABELS,
  DISCIPLINE_LABELS,
  EVALUATION_LABELS,
  labelOf,
  POLITICAL_THEORY_LABELS,
  SEX_LABELS,
  STAFF_CATEGORY_LABELS,
  STATE_MANAGEMENT_LABELS,
  STATUS_LABELS,
} from '../labels.js'
import { formatDate } from './i18n.js'
import { Layout } from './layout.js'
import { formatBirth } from './people-pages.js'

export type PersonRecord = NonNullable<Awaited<ReturnType<typeof getPersonRecord>>>

function Field(props: { label: string; children?: Child }) {
  return (
    <tr>
      <th style="width: 30%">{props.label}</th>
      <td>{props.children}</td>
    </tr>
  )
}

function Section(props: { title: string; children?: Child }) {
  return (
    <div class="card">
      <h2>{props.title}</h2>
      {props.children}
    </div>
  )
}

/** One person's e-dossier, showing only what the reader's tier returned. */
export function RecordPage(props: {
  language: Language
  principal: Principal
  record: PersonRecord
  active: string
  extra?: Child
}) {
  const { language: lang, record } = props
  const vi = lang === 'vi'
  const p = record.person as typeof record.person & {
    national_id?: string
    ethnicity?: string | null
    religion?: string | null
  }
  const current = record.appointments.find((a) => a.end_date === null)
  return (
    <Layout language={lang} title={p.full_name} principal={props.principal} active={props.active}>
      <Section title={p.full_name}>
        <table>
          {p.national_id === undefined ? null : (
            <Field label={vi ? 'Số định danh cá nhân' : 'National ID'}>{p.national_id}</Field>
          )}
          <Field label={vi ? 'Ngày sinh' : 'Date of birth'}>
            {formatBirth(p.birth_date, p.birth_precision)}
          </Field>
          <Field label={vi ? 'Giới tính' : 'Sex'}>{labelOf(SEX_LABELS, p.sex, lang)}</Field>
          {p.ethnicity === undefined ? null : (
            <Field label={vi ? 'Dân tộc' : 'Ethnicity'}>{p.ethnicity ?? ''}</Field>
          )}
          {p.religion === undefined ? null : (
            <Field label={vi ? 'Tôn giáo' : 'Religion'}>{p.religion ?? ''}</Field>
          )}
          <Field label={vi ? 'Quê quán' : 'Home town'}>{p.home_town ?? ''}</Field>
          <Field label={vi ? 'Đơn vị' : 'Unit'}>{p.unit_name}</Field>
          <Field label={vi ? 'Chức vụ' : 'Post'}>
            {current === undefined
              ? ''
              : `${current.title} (${vi ? 'hết nhiệm kỳ' : 'term ends'} ${formatDate(current.term_end)})`}
          </Field>
          <Field label={vi ? 'Loại cán bộ' : 'Category'}>
            {labelOf(STAFF_CATEGORY_LABELS, p.staff_category, lang)}
          </Field>
          <Field
            label={vi ? 'Tình trạng' : 'Status'}
          >{`${labelOf(STATUS_LABELS, p.status, lang)}${p.status_date ? ` (${formatDate(p.status_date)})` : ''}`}</Field>
          <Field label={vi ? 'Ngạch, bậc, hệ số' : 'Rank, step, coefficient'}>
            {p.rank_name === null
              ? ''
              : `${p.rank_name} — ${vi ? 'bậc' : 'step'} ${p.salary_step ?? ''}, ${p.salary_coefficient ?? ''}${p.above_frame_percent > 0 ? `, ${vi ? 'vượt khung' : 'above frame'} ${p.above_frame_percent}%` : ''}`}
          </Field>
          <Field label={vi ? 'Trình độ' : 'Education'}>
            {[
              labelOf(DEGREE_LABELS, p.highest_degree, lang),
              p.field_of_study ?? '',
              labelOf(ACADEMIC_TITLE_LABELS, p.academic_title, lang),
            ]
              .filter((s) => s !== '')
              .join(', ')}
          </Field>
          <Field label={vi ? 'Lý luận chính trị' : 'Political theory'}>
            {labelOf(POLITICAL_THEORY_LABELS, p.political_theory, lang)}
          </Field>
          <Field label={vi ? 'Quản lý nhà nước' : 'State management'}>
            {labelOf(STATE_MANAGEMENT_LABELS, p.state_management, lang)}
          </Field>
          <Field label={vi ? 'Điện thoại, thư điện tử' : 'Phone, e-mail'}>
            {[p.phone, p.email].filter(Boolean).join(' · ')}
          </Field>
          <Field label={vi ? 'Cập nhật lần cuối' : 'Last updated'}>
            {formatDate(p.updated_at)}
          </Field>
        </table>
      </Section>
      {props.extra}
      <Section title={vi ? 'Quá trình giữ chức vụ' : 'Posts held'}>
        <table>
          {record.appointments.map((a) => (
            <tr>
              <td>{`${formatDate(a.start_date)} – ${a.end_date === null ? (vi ? 'nay' : 'now') : formatDate(a.end_date)}`}</td>
              <td>{`${a.title}, ${a.unit_name}`}</td>
            </tr>
          ))}
        </table>
      </Section>
      <Section title={vi ? 'Đánh giá, xếp loại' : 'Evaluations'}>
        <table>
          {record.evaluations.map((e) => (
            <tr>
              <td>{e.year}</td>
              <td>{labelOf(EVALUATION_LABELS, e.level, lang)}</td>
              <td>{e.score ?? ''}</td>
            </tr>
          ))}
        </table>
      </Section>
      {record.sensitive === undefined ? null : (
        <Section title={vi ? 'Thông tin nhạy cảm' : 'Sensitive data'}>
          <p>
            {record.sensitive.party === null
              ? vi
                ? 'Không phải đảng viên'
                : 'Not a Party member'
              : `${vi ? 'Ngày vào Đảng' : 'Joined the Party'}: ${formatDate(record.sensitive.party.joined_on)}`}
          </p>
          <table>
            {record.sensitive.disciplines.map((d) => (
              <tr>
                <td>{formatDate(d.decided_on)}</td>
                <td>{labelOf(DISCIPLINE_LABELS, d.form, lang)}</td>
                <td>{d.reason ?? ''}</td>
              </tr>
            ))}
          </table>
        </Section>
      )}
    </Layout>
  )
}
