import { describe, expect, it } from 'vitest'
import { startFakeLlm } from '../../../test/fake-llm.js'
import { createEmbeddings } from './embeddings.js'

describe('createEmbeddings', () => {
  it('is undefined without an embedding model, so the caller falls back to local embeddings', () => {
    expect(createEmbeddings(undefined)).toBeUndefined()
    const llm = {
      baseUrl: 'http://127.0.0.1:1/v1',
      model: 'm',
      apiKey: 'k',
      embeddingModel: undefined,
      structuredOutput: 'jsonSchema',
      timeoutMs: 1000,
    } as const
    expect(createEmbeddings(llm)).toBeUndefined()
  })

  it('embeds through the configured endpoint, decoding base64 floats', async () => {
    const fake = await startFakeLlm(() => ({ text: '' }), 8)
    try {
      const embeddings = createEmbeddings({
        baseUrl: fake.baseUrl,
        model: 'm',
        apiKey: 'k',
        embeddingModel: 'bge-m3',
        structuredOutput: 'jsonSchema',
        timeoutMs: 2000,
      })
      const [a, b, again] = await embeddings!.embedDocuments(['Điều 3', 'Điều 4', 'Điều 3'])
      expect(a).toHaveLength(8)
      expect(a).toEqual(again)
      expect(a).not.toEqual(b)
      expect(fake.requests[0]?.body).toMatchObject({ model: 'bge-m3', encoding_format: 'base64' })
    } finally {
      await fake.close()
    }
  })
})
