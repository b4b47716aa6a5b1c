import { DEFAULT_CSV_COLUMNS } from './csv'
import { ICS_FIELDS } from './ics'
import { JSONLD_FIELDS } from './jsonld'
import { RECORD_FIELDS, type RecordField } from './recordFields'
import { SQLITE_FIELDS } from './sqlite'
import type { ExportFormat } from './types'

/**
 * The record fields a format writes, so the record source reads no others (each text column read
 * costs up to ~0.1 s per million records, see pageColumns.ts). JSON writes whole records; CSV
 * writes its columns; the others list their fields next to their renderer, whose input type is
 * checked against the list. runExport.test.ts checks that every format writes the same file either way.
 */
export function fieldsRead(format: ExportFormat, columns: readonly RecordField[] | undefined): readonly RecordField[] {
  switch (format) {
    case 'csv':
      return columns ?? DEFAULT_CSV_COLUMNS
    case 'json':
      return RECORD_FIELDS
    case 'jsonld':
      return JSONLD_FIELDS
    case 'ics':
      return ICS_FIELDS
    case 'sqlite':
      return SQLITE_FIELDS
    default: {
      // An unknown format is refused by exportToFile before any record is read.
      return RECORD_FIELDS
    }
  }
}
