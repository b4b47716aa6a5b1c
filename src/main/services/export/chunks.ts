import { CHUNK_TARGET_LENGTH } from './types'

/**
 * Collects small pieces of text and hands them out in chunks of about CHUNK_TARGET_LENGTH.
 * Writing one string per record would cost a stream write (and a promise turn) per record;
 * batching keeps 1,000,000 records cheap while memory stays bounded by one chunk.
 */
export class ChunkBuffer {
  private parts: string[] = []
  private length = 0

  /** Adds text; returns a full chunk when the target size is reached, otherwise undefined. */
  push(text: string): string | undefined {
    this.parts.push(text)
    this.length += text.length
    return this.length >= CHUNK_TARGET_LENGTH ? this.take() : undefined
  }

  /** Whatever is left (possibly ''), emptying the buffer. */
  take(): string {
    const chunk = this.parts.join('')
    this.parts = []
    this.length = 0
    return chunk
  }
}
