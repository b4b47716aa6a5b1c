import type { Db } from '../../db/open'
import { STATUS_CODES } from '../../db/recordRows'
import { pageSelect } from './pageColumns'
import { pageRecordReader, type RawRow } from './pageRows'
import { RECORD_FIELDS, type RecordField } from './recordFields'
import { prepareRowQuery, type RowQuery } from './rowQuery'
import type { ExportScope } from '../../../shared/contracts/export'
import type { RecordScope } from '../../../shared/query'
import type { EventRecord } from '../../../shared/record'
import { toFtsQuery } from '../records/ftsQuery'
import { whereClause, type SqlPart } from '../records/queryBuilder'

/** Records read per query: large enough that statement overhead vanishes, small enough to keep memory flat. */
export const EXPORT_PAGE_SIZE = 1000

/** A select list on alias `r` whose first column is r.id. */
type Projection = string

/** The records an export writes, read from SQLite page by page in id order (never the whole collection at once). */
export interface RecordSource {
  /** Records in scope when the export started (for the progress bar; edits meanwhile may change it slightly). */
  readonly total: number
  /**
   * Every record in scope, in id order. Each page is a fresh query, so other requests may run between pages.
   * Only `fields` are read (default: all); the others hold empty values (see pageRows.ts).
   */
  records(fields?: readonly RecordField[]): Generator<EventRecord>
}

/** Reads one page of rows after `cursor`; says where the next starts (an id, or an index into a selection). */
type PageReader = (projection: Projection, cursor: number) => { rows: unknown[][]; cursor: number; more: boolean }

/**
 * Trash and merged-away records are never exported: every variant keeps `status = active`.
 * Pages use keyset pagination (id > last id), so each query costs one page, however deep the export.
 */
export function recordSource(db: Db, scope: ExportScope, pageSize = EXPORT_PAGE_SIZE): RecordSource {
  if (scope.kind === 'selection') return selectionSource(db, scope.ids, pageSize)
  const recordScope: RecordScope = scope.kind === 'all' ? { status: 'active' } : { ...scope.scope, status: 'active' }
  const dates = scope.kind === 'search' ? scope.startDates : undefined
  const fts = recordScope.search ? toFtsQuery(recordScope.search) : null
  // Everything but the full-text part: the search variant pages through the index and applies the rest.
  const rest = withStartDates(whereClause({ ...recordScope, search: undefined }), dates)
  const everything = withStartDates(whereClause(recordScope), dates)
  const total = db.prepare(`SELECT count(*) FROM records r WHERE ${everything.sql}`).pluck().get(...everything.params) as number
  return fromReader(db, total, fts ? searchReader(db, rest, fts, pageSize) : scanReader(db, rest, pageSize))
}

/**
 * Start-date bounds. A partial date on either side counts by its span: a record dated 2015-03
 * is inside from 2015-03-10, and to 2015-03 takes in the whole of March (ISO text sorts by date).
 */
function withStartDates(where: SqlPart, dates: { from?: string; to?: string } | undefined): SqlPart {
  const clauses = [where.sql]
  const params = [...where.params]
  if (dates?.from) {
    clauses.push('r.start_date IS NOT NULL AND r.start_date >= substr(?, 1, length(r.start_date))')
    params.push(dates.from)
  }
  if (dates?.to) {
    clauses.push('substr(r.start_date, 1, length(?)) <= ?')
    params.push(dates.to, dates.to)
  }
  return { sql: clauses.join(' AND '), params }
}

function fromReader(db: Db, total: number, read: PageReader): RecordSource {
  function* pages(projection: Projection): Generator<unknown[][]> {
    let cursor = 0
    for (;;) {
      const page = read(projection, cursor)
      if (page.rows.length > 0) yield page.rows
      if (!page.more) return
      cursor = page.cursor
    }
  }
  return {
    total,
    *records(fields = RECORD_FIELDS) {
      const select = pageSelect(fields)
      const toRecords = pageRecordReader(db, select)
      for (const rows of pages(select.sql)) {
        // A plain loop over the page's array, not yield* into a generator per page: one resumption per record fewer.
        for (const record of toRecords(rows as RawRow[])) yield record
      }
    }
  }
}

/** Page queries per projection (`sql` builds the statement around a select list), so a long export prepares each once. */
function cached(db: Db, sql: (selectList: string) => string): (projection: Projection) => RowQuery {
  const queries = new Map<string, RowQuery>()
  return (projection) => {
    let query = queries.get(projection)
    if (!query) queries.set(projection, (query = prepareRowQuery(db, sql, projection)))
    return query
  }
}

/**
 * No search: walk the table in rowid order from the cursor, filtering as we go. NOT INDEXED stops
 * the planner from choosing a filter index and sorting every match again on every page.
 */
function scanReader(db: Db, where: SqlPart, pageSize: number): PageReader {
  const query = cached(db, (select) => `SELECT ${select} FROM records r NOT INDEXED WHERE ${where.sql} AND r.id > ? ORDER BY r.id LIMIT ?`)
  return (projection, after) => {
    const rows = query(projection)(...where.params, after, pageSize)
    return { rows, cursor: (rows.at(-1)?.[0] as number | undefined) ?? after, more: rows.length === pageSize }
  }
}

/**
 * A full-text search: page through the index's matches by rowid, then read those records with the
 * other filters applied. A page may hold fewer records than matches (filtered out), so the cursor
 * follows the index, not the records.
 */
function searchReader(db: Db, rest: SqlPart, fts: string, pageSize: number): PageReader {
  const matches = db.prepare('SELECT rowid FROM records_fts WHERE records_fts MATCH ? AND rowid > ? ORDER BY rowid LIMIT ?').pluck()
  const read = cached(db, (select) => byIds(select, rest.sql))
  return (projection, after) => {
    const ids = matches.all(fts, after, pageSize) as number[]
    const rows = ids.length > 0 ? read(projection)(...rest.params, JSON.stringify(ids)) : []
    return { rows, cursor: ids.at(-1) ?? after, more: ids.length === pageSize }
  }
}

/** The records the archivist selected, in id order; ids that are no longer active are left out. */
function selectionSource(db: Db, ids: readonly number[], pageSize: number): RecordSource {
  const sorted = [...new Set(ids)].sort((a, b) => a - b)
  const active = 'r.status = ?'
  const total = db
    .prepare(`SELECT count(*) FROM records r WHERE ${active} AND r.id IN (SELECT value FROM json_each(?))`)
    .pluck()
    .get(STATUS_CODES.active, JSON.stringify(sorted)) as number
  const read = cached(db, (select) => byIds(select, active))
  return fromReader(db, total, (projection, start) => {
    const page = sorted.slice(start, start + pageSize)
    const rows = page.length > 0 ? read(projection)(STATUS_CODES.active, JSON.stringify(page)) : []
    return { rows, cursor: start + page.length, more: start + page.length < sorted.length }
  })
}

/** Records whose id is in a JSON array parameter (one bound value, whatever the page size). */
function byIds(selectList: string, whereSql: string): string {
  return `SELECT ${selectList} FROM records r WHERE ${whereSql} AND r.id IN (SELECT value FROM json_each(?)) ORDER BY r.id`
}
