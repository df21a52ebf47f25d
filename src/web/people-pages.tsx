import type { Principal } from '../access/index.js'
import { canSeeNationalId } from '../access/index.js'
import type { PersonListItem } from '../data/people.repository.js'
import type { UnitRow } from '../data/units.repository.js'
import type { Language } from '../http/context.js'
import { labelOf, SEX_LABELS, STAFF_CATEGORY_LABELS, STATUS_LABELS } from '../labels.js'
import { formatDate, t } from './i18n.js'
import { Layout } from './layout.js'

export interface PeopleQuery {
  readonly unit?: string | undefined
  readonly q?: string | undefined
  readonly status: string
  readonly page: number
}

const PAGE_SIZE = 50

export function PeopleListPage(props: {
  language: Language
  principal: Principal
  units: UnitRow[]
  query: PeopleQuery
  items: PersonListItem[]
  total: number
}) {
  const { language: lang, principal, query } = props
  const vi = lang === 'vi'
  const pages = Math.max(1, Math.ceil(props.total / PAGE_SIZE))
  const link = (page: number) =>
    `/people?${new URLSearchParams({ ...(query.unit ? { unit: query.unit } : {}), ...(query.q ? { q: query.q } : {}), status: query.status, page: String(page) }).toString()}`
  return (
    <Layout language={lang} title={t(lang, 'navPeople')} principal={principal} active="/people">
      <form class="card filters" method="get" action="/people">
        <label>
          {vi ? 'Đơn vị' : 'Unit'}
          <select name="unit">
            <option value="">{vi ? '— Tất cả trong phạm vi —' : '— All in scope —'}</option>
            {props.units.map((u) => (
              <option value={u.code} selected={u.code === query.unit}>
                {'  '.repeat(u.depth)}
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {vi ? 'Họ tên' : 'Name'}
          <input
            name="q"
            value={query.q ?? ''}
            placeholder={vi ? 'có dấu hoặc không dấu' : 'with or without diacritics'}
          />
        </label>
        <label>
          {vi ? 'Tình trạng' : 'Status'}
          <select name="status">
            <option value="all" selected={query.status === 'all'}>
              {vi ? 'Tất cả' : 'All'}
            </option>
            {Object.entries(STATUS_LABELS).map(([code, label]) => (
              <option value={code} selected={query.status === code}>
                {label[lang]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t(lang, 'search')}</button>
      </form>
      <div class="card">
        <p class="muted">
          {vi
            ? `${props.total.toLocaleString('vi-VN')} hồ sơ`
            : `${props.total.toLocaleString('en-GB')} records`}
        </p>
        <PeopleTable
          language={lang}
          items={props.items}
          showNationalId={canSeeNationalId(principal)}
        />
        <div class="pager">
          {query.page > 1 ? (
            <a href={link(query.page - 1)}>{vi ? '‹ Trang trước' : '‹ Previous'}</a>
          ) : null}
          <span>{vi ? `Trang ${query.page}/${pages}` : `Page ${query.page} of ${pages}`}</span>
          {query.page < pages ? (
            <a href={link(query.page + 1)}>{vi ? 'Trang sau ›' : 'Next ›'}</a>
          ) : null}
        </div>
      </div>
    </Layout>
  )
}

function PeopleTable(props: {
  language: Language
  items: PersonListItem[]
  showNationalId: boolean
}) {
  const lang = props.language
  const vi = lang === 'vi'
  return (
    <table>
      <thead>
        <tr>
          <th>{vi ? 'Họ và tên' : 'Full name'}</th>
          {props.showNationalId ? <th>{vi ? 'Số định danh' : 'National ID'}</th> : null}
          <th>{vi ? 'Ngày sinh' : 'Born'}</th>
          <th>{vi ? 'Giới tính' : 'Sex'}</th>
          <th>{vi ? 'Đơn vị' : 'Unit'}</th>
          <th>{vi ? 'Chức vụ' : 'Post'}</th>
          <th>{vi ? 'Ngạch' : 'Rank'}</th>
          <th>{vi ? 'Loại' : 'Category'}</th>
          <th>{vi ? 'Tình trạng' : 'Status'}</th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((p) => (
          <tr>
            <td>
              <a href={`/people/${p.id}`}>{p.fullName}</a>
            </td>
            {props.showNationalId ? <td>{p.nationalId ?? ''}</td> : null}
            <td>{formatBirth(p.birthDate, p.birthPrecision)}</td>
            <td>{labelOf(SEX_LABELS, p.sex, lang)}</td>
            <td>{p.unit.name}</td>
            <td>{p.post ?? ''}</td>
            <td>{p.rank?.name ?? ''}</td>
            <td>{labelOf(STAFF_CATEGORY_LABELS, p.staffCategory, lang)}</td>
            <td>{labelOf(STATUS_LABELS, p.status, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** A birth date as the dossier knows it: dd/mm/yyyy, mm/yyyy or yyyy. */
export function formatBirth(date: string, precision: string): string {
  const full = formatDate(date)
  if (precision === 'year') return full.slice(6)
  if (precision === 'month') return full.slice(3)
  return full
}

export const PEOPLE_PAGE_SIZE = PAGE_SIZE
