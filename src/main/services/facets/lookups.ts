import type { Db } from '../../db/open'
import type { BatchInfo } from '../../../shared/contracts/workspace'

/** Tags that begin with `prefix` (any case), the most used first, for the form's completion. */
export function tagCompletions(db: Db, prefix: string, limit: number): { name: string; count: number }[] {
  // LIKE treats % and _ as wildcards; escaping them keeps a typed "50%" literal.
  const pattern = `${prefix.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  // Counted through the (tag_id, record_id) index: one short range per tag, no record reads.
  return db
    .prepare(
      `SELECT name, count FROM (SELECT t.name AS name, (SELECT count(*) FROM record_tags rt WHERE rt.tag_id = t.id) AS count
         FROM tags t WHERE t.name LIKE ? ESCAPE '\\') WHERE count > 0 ORDER BY count DESC, name COLLATE NOCASE LIMIT ?`
    )
    .all(pattern, limit) as { name: string; count: number }[]
}

export function batchInfo(db: Db, id: number): BatchInfo | undefined {
  const row = db.prepare('SELECT id, file_name, format, created_at, record_count FROM import_batches WHERE id = ?').get(id) as
    | { id: number; file_name: string | null; format: string; created_at: string; record_count: number }
    | undefined
  if (!row) return undefined
  return { id: row.id, fileName: row.file_name, format: row.format, createdAt: row.created_at, recordCount: row.record_count }
}
