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
  const { sql, params } = selection(target)
  // NOT INDEXED: reading most of the table is faster as one scan in id order than through the
  // status index plus a sort; rowid lookups (for a search or chosen ids) still work.
  const rows = db.prepare(`SELECT ${columnsOf(fields)}${withTags ? TAGS : ''} FROM records r NOT INDEXED WHERE ${sql} ORDER BY r.id`).all(...params) as BulkRow[]
  rows.forEach(splitTags)
  checkCount(target, rows.length, allowEmpty)
  return rows
}

/**
 * The same rows as loadTargetRows, a slice at a time (ids first, then each slice's fields), so a
 * preview holds only one slice of values in memory however large the target is.
 */
export function* targetRowSlices(db: Db, target: TargetSpec, fields: readonly BulkField[], withTags: boolean, size: number): Generator<BulkRow[], number> {
  const { sql, params } = selection(target)
  const ids = db.prepare(`SELECT r.id FROM records r NOT INDEXED WHERE ${sql} ORDER BY r.id`).pluck().all(...params) as number[]
  checkCount(target, ids.length, false)
  const slice = db.prepare(`SELECT ${columnsOf(fields)}${withTags ? TAGS : ''} FROM records r WHERE r.id IN (SELECT value FROM json_each(?)) ORDER BY r.id`)
  for (let i = 0; i < ids.length; i += size) {
    const rows = slice.all(JSON.stringify(ids.slice(i, i + size))) as BulkRow[]
    rows.forEach(splitTags)
    yield rows
  }
  return ids.length
}

function selection(target: TargetSpec): { sql: string; params: unknown[] } {
  if (target.kind === 'ids') {
    if (target.ids.length === 0) throw new AppError('INVALID_ARGUMENT', 'No records are selected: choose some records, or “all matching”, first')
    return { sql: 'r.status = 0 AND r.id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(target.ids)] }
  }
  if (target.scope.status === 'trashed') throw new AppError('INVALID_ARGUMENT', 'Bulk edits work on the collection, not on the trash')
  return whereClause(target.scope)
}

const columnsOf = (fields: readonly BulkField[]): string => ['r.id', ...fields.map((f) => `${COLUMN_OF[f]} AS "${f}"`)].join(', ')

function splitTags(row: BulkRow): void {
  const joined = row.tags as unknown
  row.tags = typeof joined === 'string' ? joined.split('\u001f') : []
}

function checkCount(target: TargetSpec, found: number, allowEmpty: boolean): void {
  if (target.kind === 'scope' && target.count !== undefined && found !== target.count) {
    throw new AppError(
      'CONFLICT',
      `The search now matches ${plural(found)}, not the ${plural(target.count)} you saw (the collection changed meanwhile); nothing was changed. Look at the list again and retry.`
    )
  }
  if (found === 0 && !allowEmpty) {
    throw new AppError('INVALID_ARGUMENT', target.kind === 'ids' ? 'None of the selected records is in the collection any more' : 'No records match this search: there is nothing to edit')
  }
}
