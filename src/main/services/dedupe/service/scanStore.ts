import type { Db } from '../../../db/open'
import type { ScanSummary } from '../../../../shared/contracts/dedupe'
import type { DuplicatePair } from '../types'
import { STATUS_CODES } from '../../../db/recordRows'

interface ScanRow {
  id: number
  threshold: number
  record_count: number
  pair_count: number
  seconds: number
  finished_at: string
}

const toSummary = (row: ScanRow): ScanSummary => ({
  scanId: row.id,
  threshold: row.threshold,
  records: row.record_count,
  pairs: row.pair_count,
  seconds: row.seconds,
  finishedAt: row.finished_at
})

/**
 * Scan results in the database, so the review queue survives restarts and reflects merges
 * (pairs whose records are no longer active simply drop out). A new scan is written in
 * slices under state 'writing' and replaces the previous one only once complete.
 */
export class ScanStore {
  constructor(private readonly db: Db) {}

  begin(threshold: number, now: string): number {
    return this.db.transaction(() => {
      // Leftovers of a scan that was interrupted while writing (crash, closed window).
      this.db.prepare("DELETE FROM dedupe_scans WHERE state = 'writing'").run()
      return Number(
        this.db.prepare("INSERT INTO dedupe_scans(state, threshold, started_at) VALUES ('writing', ?, ?)").run(threshold, now).lastInsertRowid
      )
    }).immediate()
  }

  /** Writes pairs; a pair whose record vanished since it was read (trash emptied) is skipped. */
  writePairs(scanId: number, pairs: readonly DuplicatePair[]): void {
    const insert = this.db.prepare(
      `INSERT OR IGNORE INTO dedupe_pairs(scan_id, record_a, record_b, score, reasons, evidence)
       SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM records WHERE id = ?) AND EXISTS (SELECT 1 FROM records WHERE id = ?)`
    )
    this.db.transaction(() => {
      for (const pair of pairs) {
        insert.run(scanId, pair.a, pair.b, pair.score, JSON.stringify(pair.reasons), JSON.stringify(pair.evidence), pair.a, pair.b)
      }
    }).immediate()
  }

  complete(scanId: number, figures: { records: number; pairs: number; seconds: number }, now: string): ScanSummary {
    return this.db.transaction(() => {
      this.db
        .prepare("UPDATE dedupe_scans SET state = 'complete', record_count = ?, pair_count = ?, seconds = ?, finished_at = ? WHERE id = ?")
        .run(figures.records, figures.pairs, figures.seconds, now, scanId)
      // Merged-away and trashed records are not scanned, but undoing the merge (or restoring
      // from the trash) should bring their pairs back into review: keep them from the last scan.
      this.db
        .prepare(
          `INSERT OR IGNORE INTO dedupe_pairs(scan_id, record_a, record_b, score, reasons, evidence)
           SELECT ?, p.record_a, p.record_b, p.score, p.reasons, p.evidence FROM dedupe_pairs p
           JOIN dedupe_scans s ON s.id = p.scan_id AND s.state = 'complete' AND s.id != ?
           JOIN records ra ON ra.id = p.record_a JOIN records rb ON rb.id = p.record_b
           WHERE ra.status != ${STATUS_CODES.active} OR rb.status != ${STATUS_CODES.active}`
        )
        .run(scanId, scanId)
      this.db.prepare('DELETE FROM dedupe_scans WHERE id != ?').run(scanId)
      return this.latest()!
    }).immediate()
  }

  discard(scanId: number): void {
    this.db.prepare('DELETE FROM dedupe_scans WHERE id = ?').run(scanId)
  }

  latest(): ScanSummary | null {
    const row = this.db.prepare("SELECT * FROM dedupe_scans WHERE state = 'complete' ORDER BY id DESC LIMIT 1").get() as ScanRow | undefined
    return row ? toSummary(row) : null
  }
}
