import { describe, expect, it } from 'vitest'
import { ChunkBuffer } from './chunks'
import { CHUNK_TARGET_LENGTH } from './types'

// V8 maps every string over 128 KB on its own (types.ts says what that cost).
const LARGE_OBJECT_BYTES = 128 * 1024

describe('ChunkBuffer', () => {
  it('hands out the text in order, in chunks of about the target length', () => {
    const buffer = new ChunkBuffer()
    const line = 'Université d’été, Neuchâtel\r\n'
    const chunks: string[] = []
    for (let i = 0; i < 10_000; i++) {
      const chunk = buffer.push(`${i} ${line}`)
      if (chunk !== undefined) chunks.push(chunk)
    }
    chunks.push(buffer.take())
    expect(chunks.join('')).toBe(Array.from({ length: 10_000 }, (_, i) => `${i} ${line}`).join(''))
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.length).toBeGreaterThanOrEqual(CHUNK_TARGET_LENGTH)
      expect(chunk.length).toBeLessThan(CHUNK_TARGET_LENGTH + line.length + 10)
      // Two bytes per unit: text beyond Latin-1 must still stay under the large-object size.
      expect(chunk.length * 2).toBeLessThan(LARGE_OBJECT_BYTES)
    }
    expect(buffer.take()).toBe('')
  })
})
