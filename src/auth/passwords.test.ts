import { describe, expect, it } from 'vitest'
import { generatePassword, hashPassword, verifyPassword } from './passwords.js'

describe('passwords', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('Mật khẩu đúng 2026')
    expect(hash.startsWith('scrypt$16384$8$1$')).toBe(true)
    expect(await verifyPassword('Mật khẩu đúng 2026', hash)).toBe(true)
    expect(await verifyPassword('Mật khẩu sai 2026', hash)).toBe(false)
  })

  it('salts each hash', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'))
  })

  it('treats composed and decomposed Vietnamese input alike', async () => {
    const hash = await hashPassword('Nguyễn')
    expect(await verifyPassword('Nguyễn'.normalize('NFD'), hash)).toBe(true)
  })

  it('rejects a malformed stored hash instead of throwing', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false)
  })

  it('generates distinct readable passwords', () => {
    const a = generatePassword()
    expect(a).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/)
    expect(generatePassword()).not.toBe(a)
  })
})
