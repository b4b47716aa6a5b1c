import type { Db } from '../../../db/open'
import { STATUS_CODES } from '../../../db/recordRows'
import type { DedupeRecord } from '../types'

/** Records read per query: big enough to be cheap, small enough to never hold a cursor open. */
const CHUNK = 10_000

type Row = [number, string, string | null, string | null, string | null, string | null, string | null, string | null, string | null]

export function countActiveRecords(db: Db): number {
  return db.prepare('SELECT count(*) FROM records WHERE status = ?').pluck().get(STATUS_CODES.active) as number
}

/**
 * Active records in id order with only the fields the engine reads. Read in keyset chunks
 * rather than through one cursor: a scan yields to the event loop between slices, and
 * better-sqlite3 refuses writes from other requests while a cursor is open.
 */
export function* activeDedupeRecords(db: Db): Generator<DedupeRecord> {
  const chunk = db
    .prepare(
      `SELECT id, title, start_date, end_date, place, city, country, country_code, date_text FROM records
       WHERE status = ? AND id > ? ORDER BY id LIMIT ?`
    )
    .raw()
  let after = 0
  for (;;) {
    const rows = chunk.all(STATUS_CODES.active, after, CHUNK) as Row[]
    for (const [id, title, startDate, endDate, place, city, country, countryCode, dateText] of rows) {
      // The date text matters only where no date was stored (a date written without its year).
      yield { id, title, startDate, endDate, place, city, country, countryCode, dateText: startDate === null ? dateText : null }
    }
    if (rows.length < CHUNK) return
    after = rows[rows.length - 1]![0]
  }
}
