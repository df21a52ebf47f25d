// The retirement-age form: dd/mm/yyyy, mm/yyyy or yyyy → GET /api/rules/retirement.
;(() => {
  const vi = document.body.dataset.lang !== 'en'
  const form = document.getElementById('rule-form')
  const out = document.getElementById('rule-result')
  const dmy = (iso) => iso.split('-').reverse().join('/')
  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const parts = form.birth.value.trim().split(/[/.-]/).reverse()
    const birthDate = parts.map((p, i) => (i === 0 ? p : p.padStart(2, '0'))).join('-')
    const url = `/api/rules/retirement?birthDate=${encodeURIComponent(birthDate)}&sex=${form.sex.value}`
    const res = await fetch(url, { headers: { 'accept-language': vi ? 'vi' : 'en' } })
    const body = await res.json()
    if (!res.ok) {
      out.className = 'error'
      out.textContent = body.error.message
      return
    }
    out.className = ''
    const age = body.retirementAge
    out.textContent = vi
      ? `Tuổi nghỉ hưu ${age.years} tuổi ${age.months} tháng; nghỉ hưu từ hết ngày ${dmy(body.retirementDate)}, hưởng lương hưu từ ${dmy(body.pensionStart)} (${body.basis}).`
      : `Retirement age ${age.years} years ${age.months} months; retires at the end of ${dmy(body.retirementDate)}, pension from ${dmy(body.pensionStart)} (${body.basis}).`
  })
})()
