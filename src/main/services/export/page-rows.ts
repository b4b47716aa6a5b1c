import type { Statement } from 'better-sqlite3'
import type { Db } from '../../db/open'
import type { EventRecord, RecordStatus } from '../../../shared/record'

/**
 * Reading a page of records for export, tuned for millions of rows. Compared with the app's
 * RECORD_COLUMNS + rowToRecord (src/main/db/recordRows.ts), which give the same records:
 * rows come as arrays (no intermediate object per row), and the tags of a whole page come from
 * one query instead of a correlated, sorted subquery per row. record-source.test.ts checks both
 * readings stay identical.
 */
export const PAGE_COLUMNS = `r.id, r.uid, r.status, r.title, r.start_date, r.end_date, r.date_text, r.place, r.city,
  r.country, r.country_code, r.notes, r.warnings, r.confidence, r.batch_id, r.source_file, r.source_line,
  r.source_text, r.merged_into, r.deleted_at, r.created_at, r.updated_at, r.version`

/** One row of PAGE_COLUMNS, in that order. */
export type RawRow = [
  id: number, uid: string, status: number, title: string, startDate: string | null, endDate: string | null,
  dateText: string | null, place: string | null, city: string | null, country: string | null, countryCode: string | null,
  notes: string | null, warnings: string | null, confidence: number | null, batchId: number | null, sourceFile: string | null,
  sourceLine: number | null, sourceText: string | null, mergedInto: number | null, deletedAt: string | null,
  createdAt: string, updatedAt: string, version: number
]

const STATUS_NAMES: readonly RecordStatus[] = ['active', 'trashed', 'merged']

// Same order as RECORD_COLUMNS' tags: by name, ignoring (ASCII) case.
const PAGE_TAGS = `SELECT rt.record_id, t.name FROM record_tags rt JOIN tags t ON t.id = rt.tag_id
  WHERE rt.record_id IN (SELECT value FROM json_each(?)) ORDER BY rt.record_id, t.name COLLATE NOCASE`

const tagStatements = new WeakMap<Db, Statement>()

function tagsOfPage(db: Db, rows: readonly RawRow[]): Map<number, string[]> {
  let statement = tagStatements.get(db)
  if (!statement) tagStatements.set(db, (statement = db.prepare(PAGE_TAGS).raw()))
  const tags = new Map<number, string[]>()
  for (const [id, name] of statement.all(JSON.stringify(rows.map((row) => row[0]))) as [number, string][]) {
    const list = tags.get(id)
    if (list) list.push(name)
    else tags.set(id, [name])
  }
  return tags
}

/** The page's rows as EventRecords, in the rows' order. */
export function* readPageRecords(db: Db, rows: readonly RawRow[]): Generator<EventRecord> {
  if (rows.length === 0) return
  const tags = tagsOfPage(db, rows)
  for (const r of rows) {
    yield {
      id: r[0],
      uid: r[1],
      status: STATUS_NAMES[r[2]] ?? 'active',
      title: r[3],
      startDate: r[4],
      endDate: r[5],
      dateText: r[6],
      place: r[7],
      city: r[8],
      country: r[9],
      countryCode: r[10],
      notes: r[11],
      tags: tags.get(r[0]) ?? [],
      warnings: r[12] ? (JSON.parse(r[12]) as string[]) : [],
      confidence: r[13],
      batchId: r[14],
      sourceFile: r[15],
      sourceLine: r[16],
      sourceText: r[17],
      mergedInto: r[18],
      deletedAt: r[19],
      createdAt: r[20],
      updatedAt: r[21],
      version: r[22]
    }
  }
}
