import { describe, expect, it } from 'vitest'
import { type ChunkFacts, FUSION_WEIGHTS, fuseRankings, RRF_K } from './fuse.js'

const fact = (over: Partial<ChunkFacts> = {}): ChunkFacts => ({
  foldedNumber: '135/2020/nd-cp',
  article: '4',
  clause: null,
  inForce: true,
  ...over,
})
const lex = (...ids: number[]) => ids.map((chunkId) => ({ chunkId, coverage: 1 }))
const vec = (...ids: number[]) => ids.map((chunkId) => ({ chunkId, similarity: 0.5 }))
const none = { documentRefs: [], articleRef: undefined, clauseRef: undefined }

describe('fuseRankings', () => {
  it('adds reciprocal ranks with k = 60, so agreement between rankings wins', () => {
    const facts = new Map([1, 2, 3].map((id) => [id, fact()]))
    const fused = fuseRankings(lex(1, 2), vec(2, 3), facts, none)
    expect(fused.map((f) => f.chunkId)).toEqual([2, 1, 3])
    expect(fused[0]?.score).toBeCloseTo(1 / (RRF_K + 2) + 1 / (RRF_K + 1))
  })

  it('lets a passage that covers the whole question overtake a better-ranked partial match', () => {
    const facts = new Map([1, 2].map((id) => [id, fact()]))
    const lexical = [
      { chunkId: 1, coverage: 0.3 },
      { chunkId: 2, coverage: 1 },
    ]
    const fused = fuseRankings(lexical, [], facts, none)
    expect(fused.map((f) => f.chunkId)).toEqual([2, 1])
    const share = 1 - FUSION_WEIGHTS.coverageScaled + FUSION_WEIGHTS.coverageScaled * 0.3
    expect(fused[1]?.score).toBeCloseTo(share / (RRF_K + 1))
  })

  it('ranks an out-of-force passage below an in-force one of the same standing, but keeps it', () => {
    const facts = new Map([
      [1, fact({ foldedNumber: '13/2023/nd-cp', inForce: false })],
      [2, fact({ foldedNumber: '356/2025/nd-cp' })],
    ])
    const fused = fuseRankings(lex(1, 2), vec(1, 2), facts, none)
    // Tied would go to 1 (better ranks); the in-force preference puts 2 first.
    expect(fused.map((f) => f.chunkId)).toEqual([2, 1])
  })

  it('favours the document and article a question names, even when out of force', () => {
    const facts = new Map([
      [1, fact({ foldedNumber: '13/2023/nd-cp', article: '2', inForce: false })],
      [2, fact({ foldedNumber: '356/2025/nd-cp' })],
      [3, fact({ foldedNumber: '13/2023/nd-cp', article: '9', inForce: false })],
    ])
    const named = { documentRefs: ['13/2023'], articleRef: '2', clauseRef: undefined }
    const fused = fuseRankings(lex(2, 3, 1), vec(2), facts, named)
    expect(fused.map((f) => f.chunkId)).toEqual([1, 3, 2])
    expect(fused[0]?.named).toBe(true)
  })
})
