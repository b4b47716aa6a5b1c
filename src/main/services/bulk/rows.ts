import type { Db } from '../../db/open'
import { whereClause } from '../records/queryBuilder'
import { AppError } from '../../../shared/errors'
import type { BulkField, BulkTarget } from '../../../shared/contracts/bulk'
import type { RecordScope } from '../../../shared/query'

/** The part of a record a bulk edit reads and may change (only the fields its rule uses are loaded). */
export type BulkRow = { id: number; tags: string[] } & Record<BulkField, string | null> & { title: string }

/** A rule's result for one record: the fields it sets (unchanged ones are dropped later). */
export type Patch = Partial<Record<BulkField, string | null>> & { tags?: string[]; status?: 'trashed' }

/** A target as the services use it: a recipe step has a scope but no count the archivist saw. */
export type TargetSpec = Extract<BulkTarget, { kind: 'ids' }> | { kind: 'scope'; scope: RecordScope; count?: number }

const COLUMN_OF: Record<BulkField, string> = {
  title: 'r.title',
  startDate: 'r.start_date',
  endDate: 'r.end_date',
  dateText: 'r.date_text',
  place: 'r.place',
  city: 'r.city',
  country: 'r.country',
  countryCode: 'r.country_code',
  notes: 'r.notes'
}
const TAGS = `, (SELECT group_concat(t.name, char(31)) FROM (SELECT t.name FROM record_tags rt JOIN tags t ON t.id = rt.tag_id
     WHERE rt.record_id = r.id ORDER BY t.name COLLATE NOCASE) t) AS tags`

const plural = (n: number): string => `${n.toLocaleString('en')} record${n === 1 ? '' : 's'}`

/**
 * The active records a bulk edit applies to, in id order. A search is re-run here, and when it
 * now matches a different number of records than the archivist saw, nothing is done: a bulk
 * edit never reaches records nobody looked at. An empty target is refused unless `allowEmpty`
 * (a recipe step that finds nothing in this collection simply changes nothing).
 */
export function loadTargetRows(db: Db, target: TargetSpec, fields: readonly BulkField[], withTags: boolean, allowEmpty = false): BulkRow[] {
  let sql: string
  let params: unknown[]
  if (target.kind === 'ids') {
    if (target.ids.length === 0) throw new AppError('INVALID_ARGUMENT', 'No records are selected: choose some records, or “all matching”, first')
    sql = 'r.status = 0 AND r.id IN (SELECT value FROM json_each(?))'
    params = [JSON.stringify(target.ids)]
  } else {
    if (target.scope.status === 'trashed') throw new AppError('INVALID_ARGUMENT', 'Bulk edits work on the collection, not on the trash')
    ;({ sql, params } = whereClause(target.scope))
  }
  const columns = ['r.id', ...fields.map((f) => `${COLUMN_OF[f]} AS "${f}"`)].join(', ')
  // NOT INDEXED: reading most of the table is faster as one scan in id order than through the
  // status index plus a sort; rowid lookups (for a search or chosen ids) still work.
  const rows = db.prepare(`SELECT ${columns}${withTags ? TAGS : ''} FROM records r NOT INDEXED WHERE ${sql} ORDER BY r.id`).all(...params) as BulkRow[]
  for (const row of rows) {
    const joined = row.tags as unknown
    row.tags = typeof joined === 'string' ? joined.split('\u001f') : []
  }
  if (target.kind === 'scope' && target.count !== undefined && rows.length !== target.count) {
    throw new AppError(
      'CONFLICT',
      `The search now matches ${plural(rows.length)}, not the ${plural(target.count)} you saw (the collection changed meanwhile); nothing was changed. Look at the list again and retry.`
    )
  }
  if (rows.length === 0 && !allowEmpty) {
    throw new AppError('INVALID_ARGUMENT', target.kind === 'ids' ? 'None of the selected records is in the collection any more' : 'No records match this search: there is nothing to edit')
  }
  return rows
}
