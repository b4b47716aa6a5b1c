import Database from 'better-sqlite3'
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { EventRecord } from '../../../shared/record'
import {
  commitTemporaryFile,
  createTemporaryFile,
  discardTemporaryFile,
  syncFile,
  temporaryPathFor
} from './atomicFile'
import { ExportCancelledError, toExportError } from './errors'
import type { RecordField } from './recordFields'
import { CREATE_INDEXES, CREATE_TABLES, EVENTS_COLUMNS, INSERT_EVENT } from './sqliteSchema'
import { DEFAULT_TAG_SEPARATOR, type ExportOptions, type ExportResult, type ProgressOptions } from './types'

/** Rows between progress reports and event-loop turns: the insert loop is synchronous otherwise. */
const ROWS_PER_BATCH = 5_000

/** The fields of an events row: an export reads only these from the collection (formatFields.ts). */
export const SQLITE_FIELDS = [
  'id', 'uid', 'title', 'startDate', 'endDate', 'dateText', 'place', 'city', 'country', 'countryCode', 'tags', 'notes',
  'sourceFile', 'sourceLine', 'createdAt', 'updatedAt'
] as const satisfies readonly RecordField[]

/** What toRow may read: using another field fails to compile until it is added above. */
export type SqliteRecord = Pick<EventRecord, (typeof SQLITE_FIELDS)[number]>

function toRow(record: SqliteRecord, tagSeparator: string): Record<string, unknown> {
  return {
    id: record.id,
    uid: record.uid,
    title: record.title,
    start_date: record.startDate,
    end_date: record.endDate,
    date_text: record.dateText,
    place: record.place,
    city: record.city,
    country: record.country,
    country_code: record.countryCode,
    tags: record.tags.length > 0 ? record.tags.join(tagSeparator) : null,
    notes: record.notes,
    source_file: record.sourceFile,
    source_line: record.sourceLine,
    created_at: record.createdAt,
    updated_at: record.updatedAt
  }
}

function aboutRows(options: ExportOptions, count: number, tagSeparator: string): [string, string][] {
  return [
    ['file', 'Events exported from Curate. Table events holds one row per record; events_fts is its full-text index.'],
    ['exported_at', (options.now ?? new Date()).toISOString()],
    ['record_count', String(count)],
    ['tag_separator', tagSeparator],
    ['search', "SELECT * FROM events WHERE id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH 'neuchatel')"],
    ...EVENTS_COLUMNS.map((column): [string, string] => [`events.${column.name}`, column.description])
  ]
}

/**
 * Writes a standalone SQLite file (schema in sqliteSchema.ts), atomically like the text formats.
 * All rows go in one transaction through one prepared statement; the loop yields to the event
 * loop every few thousand rows so progress and cancellation keep working.
 */
export async function exportSqlite(
  path: string,
  records: Iterable<SqliteRecord>,
  options: ExportOptions & ProgressOptions = {}
): Promise<ExportResult> {
  const destination = resolve(path)
  const temporaryPath = temporaryPathFor(destination)
  const tagSeparator = options.tagSeparator ?? DEFAULT_TAG_SEPARATOR
  let database: Database.Database | undefined
  try {
    // Creating the file ourselves gives the real errno (ENOENT, EROFS...) rather than SQLite's vaguer codes.
    await (await createTemporaryFile(temporaryPath)).close()
    database = new Database(temporaryPath)
    // The temporary file is thrown away on any failure, so crash safety inside it buys nothing;
    // durability comes from the fsync before the rename.
    database.pragma('journal_mode = OFF')
    database.pragma('synchronous = OFF')
    database.exec(CREATE_TABLES)
    const insert = database.prepare(INSERT_EVENT)
    let count = 0
    database.exec('BEGIN')
    for (const record of records) {
      insert.run(toRow(record, tagSeparator))
      count++
      if (count % ROWS_PER_BATCH === 0) {
        if ((await options.onProgress?.(count)) === true) throw new ExportCancelledError(path)
        await nextTurn()
      }
    }
    if ((await options.onProgress?.(count)) === true) throw new ExportCancelledError(path)
    const insertAbout = database.prepare('INSERT INTO _about (topic, description) VALUES (?, ?)')
    for (const [topic, description] of aboutRows(options, count, tagSeparator)) insertAbout.run(topic, description)
    database.exec('COMMIT')
    database.exec(CREATE_INDEXES)
    database.close()
    database = undefined
    await syncFile(temporaryPath)
    await commitTemporaryFile(temporaryPath, destination, options.overwrite ?? true)
    const { size } = await stat(destination)
    return { path: destination, count, skipped: 0, bytes: size }
  } catch (error) {
    if (database?.open) database.close()
    await discardTemporaryFile(temporaryPath)
    throw toExportError(path, error)
  }
}
