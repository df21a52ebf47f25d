import { describe, expect, it } from 'vitest'
import { embedAll, embedderFromLangChain, selectEmbedder, toVectorLiteral } from './embedder.js'
import { LOCAL_EMBEDDING_MODEL } from './local-embedder.js'

const fake = {
  embedDocuments: (texts: string[]) => Promise.resolve(texts.map((t) => [t.length, 1])),
  embedQuery: (text: string) => Promise.resolve([text.length, 1]),
}
const llm = {
  baseUrl: 'http://127.0.0.1:9/v1',
  model: 'm',
  apiKey: 'k',
  embeddingModel: 'e-small',
  structuredOutput: 'jsonSchema' as const,
  timeoutMs: 10_000,
}

describe('embedders', () => {
  it('adapts LangChain embeddings under the configured model name', async () => {
    const embedder = selectEmbedder(llm, () => fake)
    expect(embedder.model).toBe('e-small')
    expect(await embedder.embed(['ab', 'abc'])).toEqual([
      [2, 1],
      [3, 1],
    ])
    expect(await embedderFromLangChain('x', fake).embed([])).toEqual([])
  })

  it('falls back to the local embedding without a model, an embedding model or a factory', () => {
    expect(selectEmbedder(undefined, () => fake).model).toBe(LOCAL_EMBEDDING_MODEL)
    expect(selectEmbedder({ ...llm, embeddingModel: undefined }, () => fake).model).toBe(
      LOCAL_EMBEDDING_MODEL,
    )
    expect(selectEmbedder(llm).model).toBe(LOCAL_EMBEDDING_MODEL)
  })

  it('refuses a model answer with missing or ragged vectors, and a failing model, clearly', async () => {
    const short = { model: 's', embed: () => Promise.resolve([[1, 2]]) }
    await expect(embedAll(short, ['a', 'b'])).rejects.toThrow(/returned 1 vectors for 2 texts/)
    const broken = { model: 'b', embed: () => Promise.reject(new Error('ECONNREFUSED')) }
    await expect(embedAll(broken, ['a'])).rejects.toMatchObject({ code: 'LLM_UNAVAILABLE' })
  })

  it('writes pgvector literals and refuses non-finite values', () => {
    expect(toVectorLiteral([0.5, -1])).toBe('[0.5,-1]')
    expect(() => toVectorLiteral([Number.NaN])).toThrow(/non-finite/)
  })
})
