import type { Db } from '../../../db/open'

/** Rows of the title index read per background step. */
const CHUNK = 10_000
/** More records changed since the ranks were read than this: read them afresh instead. */
const MAX_CHANGED = 1_000
/** Statuses a page lists (merged and void records never are). */
const LISTED = [0, 1] as const

/**
 * Every listed record's place in (status, title NOCASE, id) order, the order of the title index
 * and of a title sort. Titles have no small set of values to rank, so the ranks are read from
 * the index itself (about 2 s in steps for a million records). After a change the unchanged
 * records keep their order among themselves, so a changed record is slotted in just after its
 * nearest unchanged predecessor, found by one index seek; only past a thousand changes are the
 * ranks read again.
 */
export class TitleOrder {
  /** Fractional keys of changed records (rank of the predecessor + a fraction), and back. */
  private readonly keys = new Map<number, number>()
  private readonly idsByKey = new Map<number, number>()
  private readonly changed = new Set<number>()

  constructor(
    /** By id: rank from 1 (0: not listed when read). */
    private readonly rank: Int32Array,
    /** By rank: the id. */
    private readonly idAtRank: Int32Array,
    /** By status: the rank before its first record. */
    private readonly before: Record<(typeof LISTED)[number], number>
  ) {}

  /** The sort key of a record: unique, in title order. */
  key(id: number): number {
    if (this.keys.size > 0) {
      const key = this.keys.get(id)
      if (key !== undefined) return key
    }
    return this.rank[id]!
  }

  /** The record of a sort key. */
  idOf(key: number): number {
    return Number.isInteger(key) ? this.idAtRank[key]! : this.idsByKey.get(key)!
  }

  /**
   * Takes in records changed since the ranks were read; false when there are too many (the
   * caller reads the ranks afresh).
   */
  patch(db: Db, ids: Iterable<number>): boolean {
    for (const id of ids) this.changed.add(id)
    if (this.changed.size > MAX_CHANGED) return false
    this.keys.clear()
    this.idsByKey.clear()
    const changed = JSON.stringify([...this.changed])
    // The changed records in their current order, so those sharing a predecessor keep it.
    const current = db
      .prepare(`SELECT id, status, title FROM records WHERE id IN (SELECT value FROM json_each(?)) AND status IN (0, 1) ORDER BY status, title COLLATE NOCASE, id`)
      .raw()
      .all(changed) as [number, 0 | 1, string][]
    const predecessor = db
      .prepare(
        `SELECT id FROM records INDEXED BY records_status_title WHERE status = ? AND title COLLATE NOCASE <= ? AND (title COLLATE NOCASE < ? OR id < ?)
         AND id NOT IN (SELECT value FROM json_each(?)) ORDER BY title COLLATE NOCASE DESC, id DESC LIMIT 1`
      )
      .pluck()
    let previousRank = -1
    let run = 0
    const slots: [id: number, rank: number, place: number][] = []
    for (const [id, status, title] of current) {
      const before = predecessor.get(status, title, title, id, changed) as number | undefined
      const rank = before === undefined ? this.before[status] : this.rank[before]!
      run = rank === previousRank ? run + 1 : 1
      previousRank = rank
      slots.push([id, rank, run])
    }
    // Runs after one predecessor share the gap up to the next rank evenly.
    const runLength = new Map<number, number>()
    for (const [, rank, place] of slots) runLength.set(rank, Math.max(runLength.get(rank) ?? 0, place))
    for (const [id, rank, place] of slots) {
      const key = rank + place / (runLength.get(rank)! + 1)
      this.keys.set(id, key)
      this.idsByKey.set(key, id)
    }
    return true
  }
}

/**
 * Reads the ranks in steps; returns null if the data changed meanwhile (`unchanged` says so
 * after each step), and the caller starts over.
 */
export function* readTitleOrder(db: Db, size: number, unchanged: () => boolean): Generator<void, TitleOrder | null> {
  const rank = new Int32Array(size)
  const idAtRank: number[] = [0]
  const before = { 0: 0, 1: 0 }
  const read = db
    .prepare(
      `SELECT id, title FROM records INDEXED BY records_status_title WHERE status = ? AND title COLLATE NOCASE >= ?
       AND (title COLLATE NOCASE > ? OR id > ?) ORDER BY title COLLATE NOCASE, id LIMIT ${CHUNK}`
    )
    .raw()
  for (const status of LISTED) {
    before[status] = idAtRank.length - 1
    let title = ''
    let after = -1
    for (;;) {
      const rows = read.all(status, title, title, after) as [number, string][]
      for (const [id] of rows) {
        if (id >= size) return null
        rank[id] = idAtRank.length
        idAtRank.push(id)
      }
      if (rows.length < CHUNK) break
      ;[after, title] = rows[rows.length - 1]!
      yield
      if (!unchanged()) return null
    }
  }
  return unchanged() ? new TitleOrder(rank, Int32Array.from(idAtRank), before) : null
}
