/** Export writers: stream records to CSV, JSON, JSON-LD, iCalendar or a SQLite file. No electron imports. */
export { renderChunks } from './render'
export { exportToFile, type ExportToFileOptions } from './exportFile'
export { exportSqlite } from './sqlite'
export { exportFileName, FILE_EXTENSIONS } from './fileName'
export { DEFAULT_CSV_COLUMNS } from './csv'
export { ExportError, ExportCancelledError, type ExportErrorCode } from './errors'
export {
  EXPORT_FORMATS,
  DEFAULT_TAG_SEPARATOR,
  type ExportFormat,
  type TextExportFormat,
  type ExportOptions,
  type ExportResult,
  type ProgressOptions,
  type RenderSummary
} from './types'
