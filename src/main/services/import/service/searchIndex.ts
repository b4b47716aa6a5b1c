import type { Db } from '../../../db/open'

/** The trigger that keeps the full-text index in step with every inserted record (migration 0001). */
const INSERT_TRIGGER = 'records_fts_insert'

/**
 * Runs `insertAll` (which inserts the records of one import batch) with the full-text index
 * filled once for the whole batch instead of row by row, then puts the trigger back.
 *
 * Why: each single-row INSERT that fires the FTS5 trigger opens a statement savepoint, and
 * FTS5 flushes its pending terms to a new index segment at every savepoint, so 100,000
 * inserted records cost 100,000 tiny segments and their merges (measured: ~4x the CPU time
 * of the whole import). One INSERT ... SELECT for the batch writes the same index rows.
 *
 * Must run inside the operation's transaction: if anything throws, the rollback restores
 * the trigger together with everything else (SQLite's schema changes are transactional).
 * The trigger is re-created from its own stored SQL, so a later migration that changes it is
 * respected; the batch's rows are indexed with the columns the trigger indexes today.
 */
export function withBatchSearchIndex<T>(db: Db, batchId: number, insertAll: () => T): T {
  if (!db.inTransaction) throw new Error('withBatchSearchIndex must run inside a transaction')
  const triggerSql = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").pluck().get(INSERT_TRIGGER) as
    | string
    | undefined
  if (triggerSql === undefined) return insertAll()
  db.exec(`DROP TRIGGER ${INSERT_TRIGGER}`)
  const result = insertAll()
  db.prepare('INSERT INTO records_fts(rowid, title, place, notes) SELECT id, title, place, notes FROM records WHERE batch_id = ?').run(batchId)
  db.exec(triggerSql)
  return result
}
