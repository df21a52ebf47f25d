import type { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import { createApp } from '../app.js'
import { loadConfig } from '../config.js'
import type { Database } from '../data/schema.js'
import { forecastRoutes } from './routes.js'

/** The app as main.ts builds it, with the forecast routes mounted; no database is touched. */
function appWithRules() {
  const deps = {
    db: {} as Kysely<Database>,
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    clock: () => new Date('2026-11-24T08:00:00Z'),
  }
  const app = createApp(deps)
  app.route('/api', forecastRoutes(deps))
  return app
}

const app = appWithRules()

async function rule(query: string) {
  const res = await app.request(`/api/rules/retirement?${query}&lang=en`)
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('GET /api/rules/retirement (Decree 135/2020 Art. 3–4)', () => {
  // Each case is the last birth month of one roadmap step and the first of the next.
  it.each([
    ['1961-09', 'male', { years: 60, months: 3 }, '2021-12-31', '2022-01-01'],
    ['1961-10', 'male', { years: 60, months: 6 }, '2022-04-30', '2022-05-01'],
    ['1966-03', 'male', { years: 61, months: 9 }, '2027-12-31', '2028-01-01'],
    ['1966-04', 'male', { years: 62, months: 0 }, '2028-04-30', '2028-05-01'],
    ['1966-08', 'female', { years: 55, months: 4 }, '2021-12-31', '2022-01-01'],
    ['1966-09', 'female', { years: 55, months: 8 }, '2022-05-31', '2022-06-01'],
    ['1975-04', 'female', { years: 59, months: 8 }, '2034-12-31', '2035-01-01'],
    ['1975-05', 'female', { years: 60, months: 0 }, '2035-05-31', '2035-06-01'],
  ])('born %s, %s: %o, retires %s, pension from %s', async (birth, sex, age, date, pension) => {
    const { status, body } = await rule(`birthDate=${birth}-15&sex=${sex}`)
    expect(status).toBe(200)
    expect(body).toMatchObject({ retirementAge: age, retirementDate: date, pensionStart: pension })
  })

  it('takes 1 January when only the birth year is known, and says so', async () => {
    const { status, body } = await rule('birthDate=1970&sex=female')
    expect(status).toBe(200)
    expect(body).toMatchObject({
      birthPrecision: 'year',
      retirementAge: { years: 57, months: 4 },
      retirementDate: '2027-05-31',
    })
    expect(String(body.note)).toContain('1 January')
  })

  it('answers without signing in: the rule is public law and reads no record', async () => {
    const res = await app.request('/api/rules/retirement?birthDate=1965-02&sex=male')
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ retirementDate: '2026-08-31' })
  })

  it.each([
    ['birthDate=15/02/1965&sex=male', 'birthDate: use YYYY, YYYY-MM or YYYY-MM-DD'],
    ['birthDate=1965-13&sex=male', 'birthDate: the month must be 01 to 12'],
    ['birthDate=1965-02-30&sex=male', 'birthDate: 1965-02-30 is not a day of that month'],
    ['birthDate=1965-02', 'sex: must be male or female'],
    ['sex=female', 'birthDate: required'],
  ])('refuses %s saying what is wrong', async (query, message) => {
    const { status, body } = await rule(query)
    expect(status).toBe(422)
    expect((body.error as { message: string }).message).toContain(message)
  })
})
