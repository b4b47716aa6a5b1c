import type { ExportColumn, ExportFormatId } from '../../../../shared/contracts/export'
import { formatCount } from '../../format'
import { FIELD_LABELS } from '../../../../shared/fieldLabels'

export interface FormatInfo {
  id: ExportFormatId
  label: string
  /** What it is for, in the archivist's words. */
  hint: string
}

/** XLSX is not offered: no light, maintained spreadsheet library is installed; CSV with a BOM opens in Excel. */
export const FORMATS: FormatInfo[] = [
  { id: 'csv', label: 'CSV', hint: 'For spreadsheets. Choose the columns and their order.' },
  { id: 'json', label: 'JSON', hint: 'Complete and lossless: importing it into Curate gives back the same records.' },
  { id: 'jsonld', label: 'JSON-LD', hint: 'schema.org Events, for publishing on the web and linked data.' },
  { id: 'ics', label: 'iCalendar', hint: 'All-day events for calendar apps. Records without a start date are left out.' },
  { id: 'sqlite', label: 'SQLite', hint: 'A database file with a full-text index, for sqlite3 or Datasette.' }
]

/** Export columns are the record's fields, named from the one catalogue of field labels. */
export const COLUMN_LABELS: Record<ExportColumn, string> = FIELD_LABELS

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${formatCount(Math.round(bytes / 1024))} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
