import type { Db } from '../../../db/open'
import { AppError } from '../../../../shared/errors'
import type { DismissedPair } from '../../../../shared/contracts/dedupe'
import type { OperationLog } from '../../operations/log'
import type { OperationSummary } from '../../operations/types'

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

interface PairDetails {
  pairs: [number, number][]
  decidedAt: string
}

const titleOf = (db: Db, id: number): string => {
  const title = (db.prepare('SELECT title FROM records WHERE id = ?').pluck().get(id) as string | undefined) ?? `#${id}`
  return `“${title.length > 40 ? `${title.slice(0, 37)}…` : title}”`
}
const describePairs = (db: Db, pairs: [number, number][], verb: string): string =>
  pairs.length === 1 ? `${verb} ${titleOf(db, pairs[0]![0])} and ${titleOf(db, pairs[0]![1])}` : `${verb} ${pairs.length} pairs`

/**
 * Writes or removes decisions for undo and redo (OperationLog.onReplay): "not duplicates" is a
 * decision about the review, not a change to records, but it belongs in the History all the same.
 */
export function registerDecisionReplays(db: Db, log: OperationLog): void {
  const insert = db.prepare('INSERT OR IGNORE INTO dedupe_decisions(record_a, record_b, decided_at) VALUES (?, ?, ?)')
  const remove = db.prepare('DELETE FROM dedupe_decisions WHERE record_a = ? AND record_b = ?')
  const write = ({ pairs, decidedAt }: PairDetails, present: boolean): void => {
    for (const [a, b] of pairs) {
      if (present) insert.run(a, b, decidedAt)
      else remove.run(a, b)
    }
  }
  log.onReplay('dedupe.dismiss', (details, side) => write(details as PairDetails, side === 'after'))
  log.onReplay('dedupe.undismiss', (details, side) => write(details as PairDetails, side === 'before'))
}

/**
 * Marks pairs "not duplicates"; they are never proposed again. One operation in the History,
 * so undo takes the decision back; `undismissPairs` does too, as its own operation.
 */
export function dismissPairs(db: Db, log: OperationLog, pairs: readonly (readonly [number, number])[]): { dismissed: number; operation: OperationSummary | null } {
  const list = distinctPairs(pairs)
  assertRecordsExist(db, list)
  const known = db.prepare('SELECT 1 FROM dedupe_decisions WHERE record_a = ? AND record_b = ?').pluck()
  const fresh = list.filter(([a, b]) => known.get(a, b) === undefined)
  if (fresh.length === 0) return { dismissed: 0, operation: null }
  const decidedAt = new Date().toISOString()
  const details: PairDetails = { pairs: fresh, decidedAt }
  const { operation } = log.run('dedupe.dismiss', `${describePairs(db, fresh, 'Not duplicates:')}`, () => {
    const insert = db.prepare('INSERT INTO dedupe_decisions(record_a, record_b, decided_at) VALUES (?, ?, ?)')
    for (const [a, b] of fresh) insert.run(a, b, decidedAt)
  }, { details })
  return { dismissed: fresh.length, operation }
}

export function undismissPairs(db: Db, log: OperationLog, pairs: readonly (readonly [number, number])[]): { restored: number; operation: OperationSummary | null } {
  const find = db.prepare('SELECT decided_at FROM dedupe_decisions WHERE record_a = ? AND record_b = ?').pluck()
  const present = distinctPairs(pairs).map((pair) => ({ pair, decidedAt: find.get(...pair) as string | undefined })).filter((p) => p.decidedAt !== undefined)
  if (present.length === 0) return { restored: 0, operation: null }
  // One decision time per operation in the details: undo writes the pairs back as they were decided.
  const details: PairDetails = { pairs: present.map((p) => p.pair), decidedAt: present[0]!.decidedAt! }
  const { operation } = log.run('dedupe.undismiss', describePairs(db, details.pairs, 'Back in the duplicate review:'), () => {
    const remove = db.prepare('DELETE FROM dedupe_decisions WHERE record_a = ? AND record_b = ?')
    for (const [a, b] of details.pairs) remove.run(a, b)
  }, { details })
  return { restored: details.pairs.length, operation }
}

/** The pairs marked "not duplicates", newest first, with both records' titles, to review and take back. */
export function listDismissed(db: Db, limit: number, offset: number): { items: DismissedPair[]; total: number } {
  const rows = db
    .prepare(
      `SELECT d.record_a, d.record_b, d.decided_at, a.title AS title_a, a.start_date AS date_a, a.place AS place_a,
              b.title AS title_b, b.start_date AS date_b, b.place AS place_b
       FROM dedupe_decisions d JOIN records a ON a.id = d.record_a JOIN records b ON b.id = d.record_b
       ORDER BY d.decided_at DESC, d.record_a, d.record_b LIMIT ? OFFSET ?`
    )
    .all(limit, offset) as Record<string, string | number | null>[]
  const total = db.prepare('SELECT count(*) FROM dedupe_decisions').pluck().get() as number
  const side = (row: Record<string, string | number | null>, s: 'a' | 'b') => ({
    id: row[`record_${s}`] as number,
    title: row[`title_${s}`] as string,
    startDate: row[`date_${s}`] as string | null,
    place: row[`place_${s}`] as string | null
  })
  return { items: rows.map((row) => ({ a: side(row, 'a'), b: side(row, 'b'), decidedAt: row.decided_at as string })), total }
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
