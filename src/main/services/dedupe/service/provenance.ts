import type { Db } from '../../../db/open'
import type { RecordSource } from '../../../../shared/contracts/dedupe'
import { AppError } from '../../../../shared/errors'

interface SourceRow {
  id: number
  uid: string
  title: string
  depth: number
  batch_id: number | null
  source_file: string | null
  source_line: number | null
  source_text: string | null
}

/**
 * Where a record came from: its own source and those of every record merged into it,
 * however deep (A merged into B merged into C). Derived from `merged_into`, which the
 * operation log writes, so an undone merge takes its joined sources away again.
 */
export function recordSources(db: Db, recordId: number): RecordSource[] {
  const rows = db
    .prepare(
      `WITH RECURSIVE lineage(id, depth) AS (
         SELECT id, 0 FROM records WHERE id = ? AND status != 3
         UNION ALL
         SELECT m.id, l.depth + 1 FROM lineage l JOIN records m ON m.merged_into = l.id AND m.status = 2
       )
       SELECT r.id, r.uid, r.title, l.depth, r.batch_id, r.source_file, r.source_line, r.source_text
       FROM lineage l JOIN records r ON r.id = l.id ORDER BY l.depth, r.id`
    )
    .all(recordId) as SourceRow[]
  if (rows.length === 0) throw new AppError('NOT_FOUND', `record ${recordId} does not exist`)
  return rows.map((row) => ({
    recordId: row.id,
    recordUid: row.uid,
    title: row.title,
    depth: row.depth,
    batchId: row.batch_id,
    sourceFile: row.source_file,
    sourceLine: row.source_line,
    sourceText: row.source_text
  }))
}
