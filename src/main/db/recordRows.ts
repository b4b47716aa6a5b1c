import type { Db } from './open'
import type { EventRecord, RecordStatus } from '../../shared/record'

/** Record fields an operation may change, with their columns. `tags` lives in record_tags. */
export const CHANGEABLE_COLUMNS = {
  title: 'title',
  startDate: 'start_date',
  endDate: 'end_date',
  dateText: 'date_text',
  place: 'place',
  city: 'city',
  country: 'country',
  countryCode: 'country_code',
  notes: 'notes',
  warnings: 'warnings',
  status: 'status',
  mergedInto: 'merged_into',
  deletedAt: 'deleted_at',
  updatedAt: 'updated_at',
  sourceFile: 'source_file',
  sourceLine: 'source_line',
  sourceText: 'source_text'
} as const

export type ChangeableField = keyof typeof CHANGEABLE_COLUMNS | 'tags'
/** A set of field values as stored in the operation log (status as its code, warnings as an array). */
export type FieldValues = Partial<Record<ChangeableField, unknown>>

export const STATUS_CODES: Record<RecordStatus | 'void', number> = { active: 0, trashed: 1, merged: 2, void: 3 }
const STATUS_NAMES = ['active', 'trashed', 'merged', 'void'] as const

export interface RecordRow {
  id: number
  uid: string
  status: number
  title: string
  start_date: string | null
  end_date: string | null
  date_text: string | null
  place: string | null
  city: string | null
  country: string | null
  country_code: string | null
  notes: string | null
  warnings: string | null
  confidence: number | null
  batch_id: number | null
  source_file: string | null
  source_line: number | null
  source_text: string | null
  merged_into: number | null
  deleted_at: string | null
  created_at: string
  updated_at: string
  version: number
  tags: string | null
}

/** Selects every column plus the tags joined by a unit separator (never typed by people). */
export const RECORD_COLUMNS = `r.id, r.uid, r.status, r.title, r.start_date, r.end_date, r.date_text, r.place, r.city,
  r.country, r.country_code, r.notes, r.warnings, r.confidence, r.batch_id, r.source_file, r.source_line,
  r.source_text, r.merged_into, r.deleted_at, r.created_at, r.updated_at, r.version,
  (SELECT group_concat(t.name, char(31)) FROM (SELECT t.name FROM record_tags rt JOIN tags t ON t.id = rt.tag_id
     WHERE rt.record_id = r.id ORDER BY t.name COLLATE NOCASE) t) AS tags`

export function rowToRecord(row: RecordRow): EventRecord {
  return {
    id: row.id,
    uid: row.uid,
    status: (STATUS_NAMES[row.status] ?? 'active') as RecordStatus,
    title: row.title,
    startDate: row.start_date,
    endDate: row.end_date,
    dateText: row.date_text,
    place: row.place,
    city: row.city,
    country: row.country,
    countryCode: row.country_code,
    notes: row.notes,
    tags: row.tags ? row.tags.split('\u001f') : [],
    warnings: row.warnings ? (JSON.parse(row.warnings) as string[]) : [],
    confidence: row.confidence,
    batchId: row.batch_id,
    sourceFile: row.source_file,
    sourceLine: row.source_line,
    sourceText: row.source_text,
    mergedInto: row.merged_into,
    deletedAt: row.deleted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version
  }
}

/** Reads records by id (any status but void), keeping the order of `ids`. */
export function loadRecords(db: Db, ids: readonly number[]): EventRecord[] {
  const byId = new Map<number, EventRecord>()
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500)
    const rows = db
      .prepare(`SELECT ${RECORD_COLUMNS} FROM records r WHERE r.status != 3 AND r.id IN (${chunk.map(() => '?').join(',')})`)
      .all(...chunk) as RecordRow[]
    for (const row of rows) byId.set(row.id, rowToRecord(row))
  }
  return ids.flatMap((id) => byId.get(id) ?? [])
}

export function loadRecord(db: Db, id: number): EventRecord | undefined {
  return loadRecords(db, [id])[0]
}
