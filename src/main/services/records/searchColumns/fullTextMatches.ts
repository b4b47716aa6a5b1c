import type { Db } from '../../../db/open'

/**
 * Rowids of the full-text matches, ascending. One comma-joined string crosses from SQLite
 * instead of a row per match: 60,000 matches arrive in about 15 ms instead of 25.
 */
export function fullTextMatches(db: Db, ftsQuery: string): Int32Array {
  const joined = (db.prepare('SELECT group_concat(rowid) FROM records_fts WHERE records_fts MATCH ?').pluck().get(ftsQuery) as string | null) ?? ''
  const ids = new Int32Array((joined.length >> 1) + 1)
  let n = 0
  let value = 0
  let ascending = true
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i)
    if (c === 44) {
      if (n > 0 && value <= ids[n - 1]!) ascending = false
      ids[n++] = value
      value = 0
    } else value = value * 10 + (c - 48)
  }
  if (joined.length > 0) {
    if (n > 0 && value <= ids[n - 1]!) ascending = false
    ids[n++] = value
  }
  const result = ids.subarray(0, n)
  // FTS5 yields rowids in order; the id tie-break below relies on it, so it is checked, not assumed.
  return ascending ? result : result.sort()
}
