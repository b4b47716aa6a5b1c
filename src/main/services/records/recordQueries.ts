import type { Db } from '../../db/open'
import { RECORD_COLUMNS, rowToRecord, type RecordRow } from '../../db/recordRows'
import type { RecordPage } from '../../../shared/contract'
import type { RecordQuery, RecordScope } from '../../../shared/query'
import { orderClause, whereClause } from './queryBuilder'

export const DEFAULT_PAGE_SIZE = 100

export function queryRecords(db: Db, query: RecordQuery): RecordPage {
  const where = whereClause(query)
  const offset = query.offset ?? 0
  const limit = query.limit ?? DEFAULT_PAGE_SIZE
  const rows = db
    .prepare(`SELECT ${RECORD_COLUMNS} FROM records r WHERE ${where.sql} ORDER BY ${orderClause(query)} LIMIT ? OFFSET ?`)
    .all(...where.params, limit, offset) as RecordRow[]
  return { rows: rows.map(rowToRecord), total: countRecords(db, query), offset }
}

export function countRecords(db: Db, scope: RecordScope): number {
  const where = whereClause(scope)
  return db.prepare(`SELECT count(*) FROM records r WHERE ${where.sql}`).pluck().get(...where.params) as number
}

/** Ids of every record in scope, in id order (for "select all N matching" and bulk work). */
export function idsInScope(db: Db, scope: RecordScope): number[] {
  const where = whereClause(scope)
  return db.prepare(`SELECT r.id FROM records r WHERE ${where.sql} ORDER BY r.id`).pluck().all(...where.params) as number[]
}
