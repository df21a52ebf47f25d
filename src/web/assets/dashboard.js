// Dashboards: each [data-source] section fetches its API (the session cookie authenticates),
// keeping the page's own query (?unit=…), and renders a table. Nothing from a CDN.
;(() => {
  const lang = document.body.dataset.lang === 'en' ? 'en' : 'vi'
  const vi = lang === 'vi'
  const nf = new Intl.NumberFormat(vi ? 'vi-VN' : 'en-GB')
  const pct = (x) =>
    x === null || x === undefined ? '' : `${nf.format(Math.round(x * 1000) / 10)}%`
  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag)
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v)
    for (const child of children) node.append(child)
    return node
  }
  const cell = (v) =>
    el(
      'td',
      typeof v === 'number' ? { class: 'num' } : {},
      typeof v === 'number' ? nf.format(v) : (v ?? ''),
    )
  const table = (head, rows) =>
    el(
      'table',
      {},
      el('thead', {}, el('tr', {}, ...head.map((h) => el('th', {}, h)))),
      el(
        'tbody',
        {},
        ...rows.map((r) =>
          el('tr', {}, ...r.map((v) => (v instanceof Node ? el('td', {}, v) : cell(v)))),
        ),
      ),
    )
  const bar = (value, max) =>
    el('span', { class: 'bar', style: `width:${max > 0 ? Math.round((value / max) * 140) : 0}px` })
  const dmy = (iso) => (iso ? iso.slice(0, 10).split('-').reverse().join('/') : '')

  const RENDER = {
    headcount: (d) =>
      table(
        [vi ? 'Đơn vị' : 'Unit', vi ? 'Số người' : 'People', vi ? 'Nữ' : 'Women'],
        d.groups.map((g) => [g.label, g.headcount, g.female]),
      ),
    pyramid: (d) => {
      const max = Math.max(...d.bands.map((b) => Math.max(b.male, b.female)))
      return table(
        [vi ? 'Độ tuổi' : 'Age', vi ? 'Nam' : 'Men', '', vi ? 'Nữ' : 'Women', ''],
        d.bands.map((b) => [b.band, b.male, bar(b.male, max), b.female, bar(b.female, max)]),
      )
    },
    flows: (d) =>
      table(
        [
          vi ? 'Năm' : 'Year',
          vi ? 'Đến' : 'In',
          vi ? 'Đi' : 'Out',
          vi ? 'Trong đó nghỉ hưu' : 'Of which retired',
          vi ? 'Chênh lệch' : 'Net',
        ],
        d.years.map((y) => [
          String(y.year),
          y.inflow.total,
          y.outflow.total,
          y.outflow.byReason.retired ?? 0,
          y.net,
        ]),
      ),
    leadership: (d) =>
      table(
        [
          vi ? 'Cấp' : 'Level',
          vi ? 'Số ghế' : 'Seats',
          vi ? 'Có người' : 'Filled',
          vi ? 'Trống' : 'Vacant',
          vi ? 'Tỷ lệ nữ' : 'Women',
          vi ? 'Dưới 45 tuổi' : 'Under 45',
          vi ? 'Hết nhiệm kỳ trong 12 tháng' : 'Terms ending in 12 months',
        ],
        d.levels.map((l) => [
          l.label,
          l.seats,
          l.filled,
          l.vacant,
          pct(l.womenShare),
          pct(l.youngShare),
          l.termsEnding,
        ]),
      ),
    quality: (d) =>
      table(
        [
          vi ? 'Đơn vị' : 'Unit',
          vi ? 'Chỉ số' : 'Index',
          vi ? 'Đầy đủ' : 'Complete',
          vi ? 'Hợp lệ' : 'Valid',
          vi ? 'Cập nhật' : 'Fresh',
          vi ? 'Hồ sơ có lỗi' : 'Records at fault',
        ],
        d.units
          .slice(0, 40)
          .map((u) => [
            el(
              'a',
              { href: `/analytics/data-quality/${encodeURIComponent(u.unit.code)}` },
              u.unit.name,
            ),
            u.index,
            pct(u.components.completeness),
            pct(u.components.validity),
            pct(u.components.freshness),
            u.faultyRecords.incomplete + u.faultyRecords.invalid,
          ]),
      ),
    records: (d) =>
      table(
        [
          vi ? 'Họ và tên' : 'Name',
          vi ? 'Đơn vị' : 'Unit',
          vi ? 'Thiếu' : 'Missing',
          vi ? 'Sai' : 'Invalid',
          vi ? 'Cập nhật' : 'Updated',
        ],
        d.records.map((r) => [
          el('a', { href: `/people/${r.personId}` }, r.fullName),
          r.unit?.name ?? '',
          (r.missing ?? []).join(', '),
          (r.invalid ?? []).map((i) => i.field).join(', '),
          r.staleness?.band ?? '',
        ]),
      ),
    retirements: (d) =>
      table(
        [
          vi ? 'Năm' : 'Year',
          vi ? 'Nghỉ hưu theo luật' : 'Statutory retirements',
          vi ? 'Theo kịch bản' : 'In the scenario',
        ],
        d.totals.years.map((y) => [String(y.year), y.statutory, y.total]),
      ),
    vacancies: (d) =>
      table(
        [
          vi ? 'Chức danh' : 'Post',
          vi ? 'Đơn vị' : 'Unit',
          vi ? 'Người giữ' : 'Holder',
          vi ? 'Lý do' : 'Reason',
          vi ? 'Từ ngày' : 'From',
          '',
        ],
        d.vacancies.items
          .slice(0, 60)
          .map((v) => [
            v.post.title,
            v.unit.name,
            v.holder?.fullName ?? '—',
            REASONS[v.reason] ?? v.reason,
            dmy(v.lastDay),
            el('a', { href: `/forecast/candidates/${v.post.id}` }, vi ? 'Ứng viên' : 'Candidates'),
          ]),
      ),
    staffing: (d) =>
      table(
        [
          vi ? 'Năm' : 'Year',
          'P10',
          'P50',
          'P90',
          vi ? 'Biên chế' : 'Quota',
          vi ? 'Chênh lệch (P50)' : 'Gap (P50)',
        ],
        d.total.points.map((p) => [
          String(p.year),
          p.headcount.p10,
          p.headcount.p50,
          p.headcount.p90,
          p.quota ?? '',
          p.gap?.p50 ?? '',
        ]),
      ),
    staffingUnits: (d) => {
      const last = (u) => u.points[u.points.length - 1]
      return table(
        [
          vi ? 'Đơn vị' : 'Unit',
          vi ? 'Hiện có' : 'Now',
          `P50 ${last(d.total).year}`,
          'P10–P90',
          vi ? 'Biên chế' : 'Quota',
          vi ? 'Chênh lệch' : 'Gap',
        ],
        d.units.map((u) => [
          u.unit.name,
          u.start,
          last(u).headcount.p50,
          `${last(u).headcount.p10}–${last(u).headcount.p90}`,
          last(u).quota ?? '',
          last(u).gap?.p50 ?? '',
        ]),
      )
    },
    candidates: (d) => {
      const box = el('div')
      box.append(
        el('p', {}, `${d.post.title} — ${d.post.unit.name}. ${vi ? d.notice.vi : d.notice.en}`),
      )
      box.append(
        table(
          [
            vi ? 'Thứ tự' : 'Rank',
            vi ? 'Họ và tên' : 'Name',
            vi ? 'Đơn vị' : 'Unit',
            vi ? 'Chức vụ hiện tại' : 'Current post',
            vi ? 'Điểm' : 'Score',
            vi ? 'Đóng góp' : 'Contributions',
          ],
          d.candidates.map((c) => [
            c.rank,
            el('a', { href: `/people/${c.person.id}` }, c.person.fullName),
            c.person.unit.name,
            c.person.currentPost?.title ?? '',
            c.score,
            c.contributions.map((x) => `${x.explanation}: ${x.points}`).join('; '),
          ]),
        ),
      )
      return box
    },
    regulations: (d) => {
      const box = el('div')
      if (d.items.length === 0)
        box.append(el('p', { class: 'muted' }, vi ? 'Không có kết quả.' : 'No results.'))
      for (const r of d.items) {
        const badge = el(
          'span',
          { class: r.inForce ? 'badge ok' : 'badge old' },
          r.inForce ? (vi ? 'còn hiệu lực' : 'in force') : vi ? 'hết hiệu lực' : 'not in force',
        )
        box.append(
          el(
            'div',
            { class: 'citation' },
            el('strong', {}, r.path),
            ' ',
            badge,
            el('div', { class: 'muted' }, r.title),
            el('div', {}, r.excerpt),
          ),
        )
      }
      return box
    },
  }
  const REASONS = vi
    ? { vacant_now: 'đang trống', retirement: 'nghỉ hưu', term_end: 'hết nhiệm kỳ' }
    : { vacant_now: 'vacant now', retirement: 'retirement', term_end: 'term ends' }

  async function load(section) {
    const url = new URL(section.dataset.source, location.origin)
    for (const [k, v] of new URLSearchParams(location.search))
      if (!url.searchParams.has(k) && k !== 'lang') url.searchParams.set(k, v)
    section.replaceChildren(el('p', { class: 'muted' }, vi ? 'Đang tải…' : 'Loading…'))
    try {
      const res = await fetch(url, { headers: { 'accept-language': lang } })
      const body = await res.json()
      if (!res.ok) throw new Error(body.error ? body.error.message : res.statusText)
      section.replaceChildren(RENDER[section.dataset.render](body))
      if (body.asOf)
        section.append(
          el('p', { class: 'muted' }, `${vi ? 'Tính đến' : 'As of'} ${dmy(body.asOf)}`),
        )
    } catch (error) {
      section.replaceChildren(el('p', { class: 'error' }, error.message))
    }
  }
  for (const section of document.querySelectorAll('[data-source]')) void load(section)
})()
