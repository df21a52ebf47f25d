import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DATA_QUALITY_WEIGHTS, REQUIRED_FIELDS, STALENESS_BANDS, VALIDITY_RULES } from './rules.js'

const doc = fs.readFileSync(new URL('../../../docs/data-quality.md', import.meta.url), 'utf8')

describe('the data-quality rules', () => {
  it('weigh to exactly 1, so that a perfect unit scores 100', () => {
    const sum = Object.values(DATA_QUALITY_WEIGHTS).reduce((a, b) => a + b, 0)
    expect(sum).toBeCloseTo(1, 10)
  })

  it('are the ones docs/data-quality.md documents', () => {
    for (const [component, weight] of Object.entries(DATA_QUALITY_WEIGHTS)) {
      expect(doc).toMatch(new RegExp(`\\| ${component} \\| ${weight.toFixed(2)} \\|`))
    }
    for (const field of REQUIRED_FIELDS) expect(doc).toContain(`\`${field}\``)
    for (const field of Object.keys(VALIDITY_RULES)) expect(doc).toContain(`\`${field}\``)
    for (const band of STALENESS_BANDS) {
      expect(doc).toMatch(
        new RegExp(`\\| ${band.band} \\| ${band.fromMonths}[^|]*\\| ${band.credit.toFixed(1)} \\|`),
      )
    }
  })
})
