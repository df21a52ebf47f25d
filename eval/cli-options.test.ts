import { describe, expect, it } from 'vitest'
import { parseCli } from './cli-options.js'

describe('parseCli', () => {
  it('reads every flag', () => {
    const argv = ['--ci', '--json', 'out.json', '--only', 'chat', '--set', 'heldout', '--verbose']
    expect(parseCli(argv)).toEqual({
      ci: true,
      json: 'out.json',
      only: 'chat',
      set: 'heldout',
      verbose: true,
    })
    expect(parseCli([])).toEqual({ ci: false, verbose: false })
  })

  it('refuses an unknown flag or value with the usage line', () => {
    expect(() => parseCli(['--only', 'forecast'])).toThrow(/--only.*\n.*usage: npm run eval/s)
    expect(() => parseCli(['--fast'])).toThrow(/usage: npm run eval/)
  })
})
