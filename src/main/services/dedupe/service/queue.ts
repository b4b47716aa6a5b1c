import type { Db } from '../../../db/open'
import { loadRecords, STATUS_CODES } from '../../../db/recordRows'
import type { DuplicateGroup, DuplicateQueue, ScoredPair } from '../../../../shared/contracts/dedupe'
import { groupPairs } from '../engine/groups'
import type { PairEvidence } from '../types'
import { ScanStore } from './scanStore'
import { currentModel } from './modelJob'

export interface PendingPair {
  a: number
  b: number
  score: number
  /** JSON, parsed only for the pairs shown. */
  reasons: string
}

export interface PendingGroup {
  ids: number[]
  score: number
  pairs: PendingPair[]
}

/** The latest scan's pairs with both records active and not dismissed, best first. */
function pendingRows<T>(db: Db, columns: string, minScore: number): T[] {
  const scan = new ScanStore(db).latest()
  if (!scan) return []
  return db
    .prepare(
      `SELECT p.record_a AS a, p.record_b AS b, p.score, ${columns} FROM dedupe_pairs p
       JOIN records ra ON ra.id = p.record_a AND ra.status = ${STATUS_CODES.active}
       JOIN records rb ON rb.id = p.record_b AND rb.status = ${STATUS_CODES.active}
       WHERE p.scan_id = ? AND p.score >= ?
         AND NOT EXISTS (SELECT 1 FROM dedupe_decisions d WHERE d.record_a = p.record_a AND d.record_b = p.record_b)
       ORDER BY p.score DESC, p.record_a, p.record_b`
    )
    .all(scan.scanId, minScore) as T[]
}

/**
 * The pairs still worth reviewing: a merge or trashing takes a pair out (its undo brings it
 * back), a dismissal takes it out for good.
 */
export function pendingPairs(db: Db, minScore = 0): PendingPair[] {
  return pendingRows<PendingPair>(db, 'p.reasons', minScore)
}

/** Pairs joined into groups (A~B and B~C review together), best group first. */
export function pendingGroups(pairs: readonly PendingPair[]): PendingGroup[] {
  const components = groupPairs(pairs)
  const groupOf = new Map<number, number>()
  components.forEach((ids, index) => ids.forEach((id) => groupOf.set(id, index)))
  const groups: PendingGroup[] = components.map((ids) => ({ ids, score: 0, pairs: [] }))
  // Pairs arrive best first, so each group's first pair carries its score.
  for (const pair of pairs) {
    const group = groups[groupOf.get(pair.a)!]!
    if (group.pairs.length === 0) group.score = pair.score
    group.pairs.push(pair)
  }
  return groups.sort((x, y) => y.score - x.score || x.ids[0]! - y.ids[0]!)
}

export function toScoredPair(pair: PendingPair): ScoredPair {
  return { a: pair.a, b: pair.b, score: pair.score, reasons: JSON.parse(pair.reasons) as string[] }
}

export function loadQueue(db: Db, options: { offset?: number; limit?: number; minScore?: number } = {}): DuplicateQueue {
  const offset = options.offset ?? 0
  const limit = options.limit ?? 50
  const pairs = pendingPairs(db, options.minScore ?? 0)
  const groups = pendingGroups(pairs)
  const page = groups.slice(offset, offset + limit)
  const records = new Map(loadRecords(db, page.flatMap((g) => g.ids)).map((r) => [r.id, r]))
  const shown: DuplicateGroup[] = page.map((group) => ({
    ids: group.ids,
    score: group.score,
    pairs: group.pairs.map(toScoredPair),
    records: group.ids.flatMap((id) => records.get(id) ?? [])
  }))
  return { groups: shown, totalGroups: groups.length, totalPairs: pairs.length, offset, lastScan: new ScanStore(db).latest(), model: currentModel(db) }
}

/** Pending pairs with their words and per-field evidence, parsed: for the CLI and reports. */
export function pendingPairsWithEvidence(db: Db, minScore = 0): { a: number; b: number; score: number; reasons: string[]; evidence: PairEvidence }[] {
  return pendingRows<PendingPair & { evidence: string }>(db, 'p.reasons, p.evidence', minScore).map((row) => ({
    ...toScoredPair(row),
    evidence: JSON.parse(row.evidence) as PairEvidence
  }))
}
