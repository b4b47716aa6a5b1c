import type { Db } from '../../../db/open'
import { AppError } from '../../../../shared/errors'

/** A pair as stored: smaller id first. */
export function orderedPair([x, y]: readonly [number, number]): [number, number] {
  return x < y ? [x, y] : [y, x]
}

function distinctPairs(pairs: readonly (readonly [number, number])[]): [number, number][] {
  const seen = new Set<string>()
  const out: [number, number][] = []
  for (const pair of pairs) {
    const [a, b] = orderedPair(pair)
    const key = `${a}:${b}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push([a, b])
  }
  return out
}

function assertRecordsExist(db: Db, pairs: readonly [number, number][]): void {
  const ids = [...new Set(pairs.flat())]
  const exists = db.prepare('SELECT 1 FROM records WHERE id = ? AND status != 3').pluck()
  const missing = ids.filter((id) => exists.get(id) === undefined)
  if (missing.length > 0) throw new AppError('NOT_FOUND', `record ${missing.slice(0, 5).join(', ')} does not exist`)
}

/**
 * Marks pairs "not duplicates"; they are never proposed again. These are decisions about the
 * review, not changes to records, so they live beside the operation log rather than in it;
 * `undismiss` takes one back.
 */
export function dismissPairs(db: Db, pairs: readonly (readonly [number, number])[], now = new Date().toISOString()): number {
  const list = distinctPairs(pairs)
  assertRecordsExist(db, list)
  const insert = db.prepare('INSERT OR IGNORE INTO dedupe_decisions(record_a, record_b, decided_at) VALUES (?, ?, ?)')
  return db.transaction(() => list.reduce((count, [a, b]) => count + insert.run(a, b, now).changes, 0)).immediate()
}

export function undismissPairs(db: Db, pairs: readonly (readonly [number, number])[]): number {
  const remove = db.prepare('DELETE FROM dedupe_decisions WHERE record_a = ? AND record_b = ?')
  return db.transaction(() => distinctPairs(pairs).reduce((count, [a, b]) => count + remove.run(a, b).changes, 0)).immediate()
}

/** Every dismissed pair, as a lookup the scan calls with a < b. */
export function dismissedLookup(db: Db): (a: number, b: number) => boolean {
  const byFirst = new Map<number, Set<number>>()
  const rows = db.prepare('SELECT record_a, record_b FROM dedupe_decisions').raw().all() as [number, number][]
  for (const [a, b] of rows) {
    const set = byFirst.get(a)
    if (set) set.add(b)
    else byFirst.set(a, new Set([b]))
  }
  return (a, b) => byFirst.get(a)?.has(b) ?? false
}
