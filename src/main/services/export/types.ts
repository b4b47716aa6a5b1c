import type { EventRecord } from '../../../shared/record'

export type ExportFormat = 'csv' | 'json' | 'jsonld' | 'ics' | 'sqlite'

/** Formats written as text chunks; SQLite is written through better-sqlite3 instead. */
export type TextExportFormat = Exclude<ExportFormat, 'sqlite'>

export const EXPORT_FORMATS = ['csv', 'json', 'jsonld', 'ics', 'sqlite'] as const satisfies readonly ExportFormat[]

export interface ExportOptions {
  /** CSV only: which fields, in which order. Defaults to DEFAULT_CSV_COLUMNS. */
  columns?: (keyof EventRecord)[]
  /** CSV only: make cells starting with =, +, -, @, tab or CR inert for spreadsheets (default true). */
  formulaGuard?: boolean
  /** CSV only: start with a UTF-8 byte order mark so Excel detects UTF-8. */
  bom?: boolean
  /** CSV and SQLite: joins tags (and other list fields) into one cell. Defaults to "; ". */
  tagSeparator?: string
  /** iCalendar only: shown by calendar apps as the calendar's name. */
  calendarName?: string
  /** The export's timestamp (JSON `exportedAt`, iCalendar DTSTAMP fallback). Defaults to now; set it for reproducible output. */
  now?: Date
  /** Replace a file already at the destination (default true); false refuses, atomically, even a file that appears meanwhile. */
  overwrite?: boolean
}

/** What a text renderer reports once every record has been consumed. */
export interface RenderSummary {
  /** Records written to the output. */
  count: number
  /** Records left out because the format cannot hold them (iCalendar: records without a usable start date). */
  skipped: number
}

export interface ExportResult {
  path: string
  count: number
  bytes: number
  skipped: number
}

export interface ProgressOptions {
  /**
   * Called after each written chunk with the number of records consumed so far; return (or resolve to)
   * true to cancel. The writer awaits it, so a job can yield to the event loop here between chunks.
   */
  onProgress?: (written: number) => boolean | void | Promise<boolean | void>
  /** How many records the caller expects (for a progress bar); informational only. */
  total?: number
}

export { DEFAULT_EXPORT_TAG_SEPARATOR as DEFAULT_TAG_SEPARATOR } from '../../../shared/contracts/export'

/**
 * Chunks of roughly this many UTF-16 units: large enough that per-write overhead vanishes, small enough to keep memory flat.
 * Text with any character beyond Latin-1 takes 2 bytes per unit, and V8 gives every string over 128 KB a memory
 * mapping of its own: at 64K units nearly every chunk did, ~100,000 page faults and ~1 s per million CSV records.
 */
export const CHUNK_TARGET_LENGTH = 32 * 1024
