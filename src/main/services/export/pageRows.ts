import type { Db } from '../../db/open'
import type { EventRecord, RecordStatus } from '../../../shared/record'
import type { PageSelect } from './pageColumns'
import { PageTagReader } from './pageTags'

/**
 * Reading pages of records for export, tuned for millions of rows. Compared with the app's
 * RECORD_COLUMNS + rowToRecord (src/main/db/recordRows.ts), which give the same records:
 * rows come as arrays (no intermediate object per row), only the fields the format uses are read
 * (pageColumns.ts), and the tags of a whole page come from one query instead of a correlated,
 * sorted subquery per row (pageTags.ts). recordSource.test.ts checks both readings stay identical.
 */

/** One row of a PageSelect; a field that was not read holds NULL, 0 or '' instead. */
export type RawRow = [
  id: number, uid: string, status: number, title: string, startDate: string | null, endDate: string | null,
  dateText: string | null, place: string | null, city: string | null, country: string | null, countryCode: string | null,
  notes: string | null, warnings: string | null, confidence: number | null, batchId: number | null, sourceFile: string | null,
  sourceLine: number | null, sourceText: string | null, mergedInto: number | null, deletedAt: string | null,
  createdAt: string, updatedAt: string, version: number
]

const STATUS_NAMES: readonly RecordStatus[] = ['active', 'trashed', 'merged']

/**
 * Turns pages of rows read with `select` into EventRecords, in the rows' order. Fields that were
 * not read are empty ('' / null / [] / 0 / 'active'), never data: formatFields.ts lists what
 * each format reads, and the type of each renderer's input keeps that list honest.
 */
export function pageRecordReader(db: Db, select: PageSelect): (rows: readonly RawRow[]) => EventRecord[] {
  const tagReader = select.tags ? new PageTagReader(db) : undefined
  return (rows) => {
    const tags = tagReader?.read(rows.map((row) => row[0]))
    const records = new Array<EventRecord>(rows.length)
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!
      // One object literal, fields always in this order: every record gets one V8 shape, which keeps the
      // renderers' property reads fast (a spread would cost microseconds per record over a million).
      records[i] = {
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
        tags: tags?.get(r[0]) ?? [],
        // Most records have no warnings: JSON.parse only when there is something to parse.
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
    return records
  }
}
