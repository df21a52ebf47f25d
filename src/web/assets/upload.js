// Uploads a regulation file with fetch (the session cookie authenticates) and says what happened.
;(() => {
  const vi = document.body.dataset.lang !== 'en'
  const form = document.getElementById('upload-form')
  if (form === null) return
  const out = document.getElementById('upload-result')
  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const data = new FormData(form)
    for (const [key, value] of [...data.entries()]) if (value === '') data.delete(key)
    out.className = 'muted'
    out.textContent = vi ? 'Đang tải lên…' : 'Uploading…'
    const res = await fetch('/api/regulations', {
      method: 'POST',
      body: data,
      headers: { 'accept-language': vi ? 'vi' : 'en' },
    })
    const body = await res.json()
    if (!res.ok) {
      out.className = 'error'
      out.textContent = body.error.message
      return
    }
    out.className = ''
    out.textContent = vi
      ? `Đã nạp ${body.number}: ${body.chunks} đoạn (điều, khoản).`
      : `Loaded ${body.number}: ${body.chunks} passages (articles, clauses).`
  })
})()
