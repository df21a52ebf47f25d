// The chat page: sends each question to POST /api/chat (the session cookie authenticates) and
// shows the answer, the table, the SQL and any citations. No framework, nothing from a CDN.
;(() => {
  const lang = document.body.dataset.lang === 'en' ? 'en' : 'vi'
  const T = {
    vi: {
      sql: 'Xem câu lệnh SQL',
      sources: 'Căn cứ',
      offline: 'bộ phân tích ngoại tuyến',
      llm: 'mô hình ngôn ngữ',
      busy: 'Đang xử lý…',
      failed: 'Không gửi được câu hỏi',
      rows: 'dòng',
      truncated: 'chỉ hiện một phần',
      inForce: 'còn hiệu lực',
      old: 'hết hiệu lực',
    },
    en: {
      sql: 'Show the SQL',
      sources: 'Sources',
      offline: 'offline engine',
      llm: 'language model',
      busy: 'Working…',
      failed: 'Could not send the question',
      rows: 'rows',
      truncated: 'partial',
      inForce: 'in force',
      old: 'no longer in force',
    },
  }[lang]
  const log = document.getElementById('chat-log')
  const form = document.getElementById('ask-form')
  const input = document.getElementById('question')
  const reset = document.getElementById('new-conversation')
  let conversationId = sessionStorage.getItem('hrm-conversation') || undefined

  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag)
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v)
    for (const child of children) node.append(child)
    return node
  }
  const isoDate = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/
  const show = (value) => {
    if (value === null || value === undefined) return ''
    if (typeof value === 'number') return value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')
    const m = typeof value === 'string' ? isoDate.exec(value) : null
    return m ? `${m[3]}/${m[2]}/${m[1]}` : String(value)
  }

  function renderTable(columns, rows) {
    const head = el('tr', {}, ...columns.map((c) => el('th', {}, c)))
    const body = rows.map((row) =>
      el(
        'tr',
        {},
        ...row.map((v) => el('td', typeof v === 'number' ? { class: 'num' } : {}, show(v))),
      ),
    )
    return el('table', {}, el('thead', {}, head), el('tbody', {}, ...body))
  }

  function renderAnswer(r) {
    const cls = r.refusal ? 'msg refusal' : r.abstained ? 'msg abstained' : 'msg'
    const box = el('div', { class: cls }, el('p', {}, r.refusal ? r.refusal.message : r.answer))
    if (r.columns && r.columns.length > 0 && r.rows.length > 0)
      box.append(renderTable(r.columns, r.rows))
    for (const c of r.citations || []) {
      const where = [
        c.document,
        c.article && `Điều ${c.article}`,
        c.clause && `Khoản ${c.clause}`,
        c.point && `Điểm ${c.point}`,
      ]
        .filter(Boolean)
        .join(', ')
      const badge =
        c.inForce === false
          ? el('span', { class: 'badge old' }, T.old)
          : el('span', { class: 'badge ok' }, T.inForce)
      box.append(
        el(
          'div',
          { class: 'citation' },
          el('strong', {}, where),
          ' ',
          badge,
          el('div', {}, c.excerpt),
        ),
      )
    }
    if (r.sql) box.append(el('details', {}, el('summary', {}, T.sql), el('pre', {}, r.sql)))
    if (r.suggestions && r.suggestions.length > 0) {
      const chips = el('div', { class: 'chips' })
      for (const s of r.suggestions) {
        const b = el('button', { type: 'button' }, s)
        b.addEventListener('click', () => ask(s))
        chips.append(b)
      }
      box.append(chips)
    }
    const total = Object.values(r.timings || {}).reduce((a, b) => Math.max(a, b), 0)
    box.append(
      el(
        'div',
        { class: 'meta' },
        `${r.engine === 'llm' ? T.llm : T.offline} · ${Math.round(total)} ms`,
      ),
    )
    return box
  }

  async function ask(question) {
    log.append(el('div', { class: 'msg question' }, question))
    const pending = el('div', { class: 'msg muted' }, T.busy)
    log.append(pending)
    pending.scrollIntoView({ block: 'end' })
    try {
      const res = await fetch('/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': lang },
        body: JSON.stringify({ question, conversationId }),
      })
      const body = await res.json()
      if (!res.ok) throw new Error(body.error ? body.error.message : res.statusText)
      conversationId = body.conversationId
      sessionStorage.setItem('hrm-conversation', conversationId)
      pending.replaceWith(renderAnswer(body))
    } catch (error) {
      pending.replaceWith(el('div', { class: 'msg refusal' }, `${T.failed}: ${error.message}`))
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const question = input.value.trim()
    if (question === '') return
    input.value = ''
    void ask(question)
  })
  reset.addEventListener('click', () => {
    conversationId = undefined
    sessionStorage.removeItem('hrm-conversation')
    log.replaceChildren()
    input.focus()
  })
  for (const chip of document.querySelectorAll('[data-example]')) {
    chip.addEventListener('click', () => ask(chip.dataset.example))
  }
})()
