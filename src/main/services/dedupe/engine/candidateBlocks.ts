import type { FeatureTable } from './features'
import type { RecordKeys } from './blockingKeys'
import { isSmallOnlyKey } from './blockingKeys'

/** Blocks up to this size are compared in full; larger ones by sorted neighbourhood. */
export const MAX_FULL_BLOCK = 64
/** In an oversized block, each record meets this many neighbours in date-then-title order. */
export const NEIGHBOUR_WINDOW = 24

/** Visits a candidate pair (record indexes, i < j not guaranteed). */
export type PairVisitor = (i: number, j: number) => void

/**
 * Walks the sorted (key, record) entries block by block and hands out candidate pairs, each
 * pair once: a pair sharing several keys is compared only in the first ("owning") block it
 * shares that was compared in full. Oversized blocks (a very common word in a busy month)
 * are compared by sorted neighbourhood instead, which caps the work per record.
 */
export class CandidateBlocks {
  private readonly indexScale: number
  private readonly oversized = new Set<number>()
  /** Entry positions where each block starts, plus the end. */
  readonly blockStarts: Int32Array

  constructor(
    private readonly table: FeatureTable,
    private readonly keys: RecordKeys,
    private readonly entries: Float64Array
  ) {
    this.indexScale = 2 ** (53 - keys.keyBits)
    const starts: number[] = []
    let previousKey = -1
    for (let p = 0; p < entries.length; p++) {
      const key = this.keyAt(p)
      if (key !== previousKey) starts.push(p)
      previousKey = key
    }
    starts.push(entries.length)
    this.blockStarts = Int32Array.from(starts)
    for (let b = 0; b + 1 < this.blockStarts.length; b++) {
      if (this.blockStarts[b + 1] - this.blockStarts[b] > MAX_FULL_BLOCK) this.oversized.add(this.keyAt(this.blockStarts[b]))
    }
  }

  get blockCount(): number {
    return this.blockStarts.length - 1
  }

  /** Visits the candidate pairs of block b; returns how many it visited. */
  visitBlock(b: number, visit: PairVisitor): number {
    const from = this.blockStarts[b]
    const to = this.blockStarts[b + 1]
    const size = to - from
    if (size < 2) return 0
    const key = this.keyAt(from)
    if (size > MAX_FULL_BLOCK && isSmallOnlyKey(key)) return 0
    let visited = 0
    if (size <= MAX_FULL_BLOCK) {
      for (let p = from; p < to; p++) {
        const i = this.indexAt(p, key)
        for (let q = p + 1; q < to; q++) {
          const j = this.indexAt(q, key)
          if (this.owningKey(i, j) !== key) continue
          visit(i, j)
          visited++
        }
      }
      return visited
    }
    const members: number[] = []
    for (let p = from; p < to; p++) members.push(this.indexAt(p, key))
    const { firstDay, tokenStart, tokens } = this.table
    const firstToken = (i: number): number => (tokenStart[i] < tokenStart[i + 1] ? tokens[tokenStart[i]] : -1)
    members.sort((x, y) => firstDay[x] - firstDay[y] || firstToken(x) - firstToken(y) || x - y)
    for (let m = 0; m < members.length; m++) {
      const end = Math.min(members.length, m + 1 + NEIGHBOUR_WINDOW)
      for (let n = m + 1; n < end; n++) {
        // Pairs that also share a fully compared block are handled there.
        if (this.owningKey(members[m], members[n]) !== -1) continue
        visit(members[m], members[n])
        visited++
      }
    }
    return visited
  }

  private keyAt(p: number): number {
    return Math.floor(this.entries[p] / this.indexScale)
  }

  private indexAt(p: number, key: number): number {
    return this.entries[p] - key * this.indexScale
  }

  /** The smallest key both records share whose block is compared in full, or -1. */
  private owningKey(i: number, j: number): number {
    const { start, keys } = this.keys
    let p = start[i]
    let q = start[j]
    const pEnd = start[i + 1]
    const qEnd = start[j + 1]
    while (p < pEnd && q < qEnd) {
      const a = keys[p]
      const b = keys[q]
      if (a === b) {
        if (!this.oversized.has(a)) return a
        p++
        q++
      } else if (a < b) p++
      else q++
    }
    return -1
  }
}
