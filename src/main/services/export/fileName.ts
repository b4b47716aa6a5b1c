import type { ExportFormat } from './types'

export const FILE_EXTENSIONS: Record<ExportFormat, string> = {
  csv: 'csv',
  json: 'json',
  jsonld: 'jsonld',
  ics: 'ics',
  sqlite: 'sqlite'
}

// Characters Windows or macOS refuse in file names, plus control characters.
const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|\x00-\x1f]+/g

function localDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0')
  const day = String(date.getDate()).padStart(2, '0')
  return `${date.getFullYear()}-${month}-${day}`
}

/**
 * A suggested file name for the save dialog, e.g. `curate-export-2025-03-14.csv`.
 * The date is the archivist's local day (what they will look for), not UTC.
 */
export function exportFileName(format: ExportFormat, base = 'curate-export', date: Date = new Date()): string {
  // Leading dots would hide the file; trailing dashes would double the one before the date.
  const safeBase = base.replace(UNSAFE_IN_FILE_NAMES, '-').replace(/^[\s.-]+|[\s-]+$/g, '') || 'curate-export'
  return `${safeBase}-${localDay(date)}.${FILE_EXTENSIONS[format]}`
}
