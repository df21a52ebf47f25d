import { describe, expect, it } from 'vitest'
import { loadConfig } from './config.js'

describe('loadConfig', () => {
  it('defaults to the embedded database in ./data', () => {
    const config = loadConfig({})
    expect(config.engine).toBe('pglite')
    expect(config.dataDir.endsWith('/data')).toBe(true)
    expect(config.port).toBe(3000)
    expect(config.llm).toBeUndefined()
  })

  it('uses a server when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://hr@db.example:5432/hrm' })
    expect(config.engine).toBe('postgres')
  })

  it('explains a malformed DATABASE_URL in one line that shows the expected form', () => {
    expect(() => loadConfig({ DATABASE_URL: 'localhost:5432/hrm' })).toThrow(
      /DATABASE_URL must look like postgres:\/\/user:password@host:5432\/database/,
    )
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x@y/z' })).toThrow(/DATABASE_URL/)
  })

  it('treats an empty DATABASE_URL as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).engine).toBe('pglite')
  })

  it('names the variable when a number is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^PORT/)
  })

  it('needs both LLM_BASE_URL and LLM_MODEL', () => {
    expect(() => loadConfig({ LLM_MODEL: 'qwen2.5' })).toThrow(
      /LLM_BASE_URL and LLM_MODEL go together/,
    )
    const config = loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1', LLM_MODEL: 'qwen2.5' })
    expect(config.llm).toMatchObject({
      model: 'qwen2.5',
      apiKey: 'not-needed',
      structuredOutput: 'jsonSchema',
      timeoutMs: 60_000,
    })
  })

  it('lets a server without JSON-schema output use tool calls instead', () => {
    const config = loadConfig({
      LLM_BASE_URL: 'http://127.0.0.1:8000/v1',
      LLM_MODEL: 'qwen2.5',
      LLM_STRUCTURED_OUTPUT: 'functionCalling',
    })
    expect(config.llm?.structuredOutput).toBe('functionCalling')
    expect(() => loadConfig({ LLM_STRUCTURED_OUTPUT: 'xml' })).toThrow(/^LLM_STRUCTURED_OUTPUT/)
  })

  it('bounds chat queries by planner cost, configurably', () => {
    expect(loadConfig({}).chat.maxCost).toBe(500_000_000)
    expect(loadConfig({ CHAT_MAX_COST: '2e6' }).chat.maxCost).toBe(2_000_000)
    expect(() => loadConfig({ CHAT_MAX_COST: '-1' })).toThrow(/^CHAT_MAX_COST/)
  })
})
