/**
 * The record model shared by main, preload, renderer and CLI.
 * Dates are ISO 8601 and may be partial (`2009`, `2009-11`) where the source is vague.
 */

/** Fields an archivist can edit directly. */
export interface RecordFields {
  title: string
  startDate: string | null
  endDate: string | null
  /** The date as written in the source (kept verbatim). */
  dateText: string | null
  /** The place as written in the source (kept verbatim). */
  place: string | null
  city: string | null
  country: string | null
  /** ISO 3166-1 alpha-2, upper case. */
  countryCode: string | null
  notes: string | null
  tags: string[]
}

export type RecordStatus = 'active' | 'trashed' | 'merged'

/** A stored record: editable fields plus identity, provenance and bookkeeping. */
export interface EventRecord extends RecordFields {
  id: number
  /** Stable identity across databases and exports (UUID). */
  uid: string
  status: RecordStatus
  warnings: string[]
  confidence: number | null
  batchId: number | null
  sourceFile: string | null
  /** 1-based line where the record's text starts in its source. */
  sourceLine: number | null
  /** The original source text the record was read from. */
  sourceText: string | null
  mergedInto: number | null
  deletedAt: string | null
  createdAt: string
  updatedAt: string
  /** Increments on every change; used to detect edits made elsewhere. */
  version: number
}

export const EDITABLE_FIELDS = [
  'title',
  'startDate',
  'endDate',
  'dateText',
  'place',
  'city',
  'country',
  'countryCode',
  'notes',
  'tags'
] as const satisfies readonly (keyof RecordFields)[]

/** Versioned envelope of the app's own JSON export; the JSON importer reads it back losslessly. */
export interface RecordsEnvelope {
  format: 'curate-records'
  version: 1
  exportedAt: string
  records: EventRecord[]
}

/** Just the editable fields of anything record-shaped (a parsed row, a stored record), tags copied. */
export function recordFieldsOf(source: RecordFields): RecordFields {
  return {
    title: source.title,
    startDate: source.startDate,
    endDate: source.endDate,
    dateText: source.dateText,
    place: source.place,
    city: source.city,
    country: source.country,
    countryCode: source.countryCode,
    notes: source.notes,
    tags: [...source.tags]
  }
}
