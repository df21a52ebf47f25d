import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../config.js'
import { createDb } from '../../data/db.js'
import { regulationsIngestCommand, regulationsReindexCommand } from './commands.js'

let dir: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'regulations-cli-'))
})
afterAll(async () => fs.rm(dir, { recursive: true, force: true }))

describe('regulations CLI commands', () => {
  it('ingests the starter corpus and a file, then reindexes, into the embedded database', async () => {
    const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' })
    const file = path.join(dir, 'quy-che.txt')
    await fs.writeFile(file, 'Điều 1. Phạm vi\nQuy chế về sử dụng phòng họp.')
    const lines: string[] = []
    await regulationsIngestCommand(
      config,
      ['--starter', file, '--number', '3/2026/QC-TEST', '--title', 'Quy chế phòng họp'],
      (l) => lines.push(l),
    )
    expect(lines[0]).toMatch(/^Văn bản mẫu: nạp \d+, không đổi 0, giữ bản đã tải lên 0\.$/)
    expect(lines[1]).toBe('Đã nạp 3/2026/QC-TEST: 1 đoạn (local-hash-v1).')
    await regulationsReindexCommand(config, [], (l) => lines.push(l))
    expect(lines[2]).toBe('Đã nhúng lại 0 đoạn bằng local-hash-v1.')
    const db = await createDb(config)
    try {
      const audit = await db.selectFrom('audit_log').select('action').orderBy('id').execute()
      expect(audit.map((a) => a.action)).toEqual(['regulations.ingest', 'regulations.reindex'])
    } finally {
      await db.destroy()
    }
  })

  it('explains its usage when given nothing to ingest', async () => {
    const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' })
    await expect(regulationsIngestCommand(config, [], () => undefined)).rejects.toThrow(
      /Usage: regulations:ingest <file…>/,
    )
  })
})
