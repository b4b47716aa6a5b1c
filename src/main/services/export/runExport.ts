import type { Db } from '../../db/open'
import type { ExportColumn, ExportFormatId, ExportScope } from '../../../shared/contracts/export'
import { AppError } from '../../../shared/errors'
import { ExportCancelledError, ExportError } from './errors'
import { exportToFile } from './exportFile'
import { fieldsRead } from './formatFields'
import { recordSource } from './recordSource'
import type { ExportResult } from './types'

/** What to export and how; the same for the app (through a job) and the CLI. */
export interface ExportRequest {
  format: ExportFormatId
  scope: ExportScope
  columns?: ExportColumn[]
  bom?: boolean
  formulaGuard?: boolean
  tagSeparator?: string
  /** Replace an existing file at the destination (the CLI's --force, the save dialog's confirmation). */
  overwrite?: boolean
}

/** Told how many records were read of how many in scope; may pause (await) and may cancel by returning true. */
export type ExportProgress = (written: number, total: number) => Promise<boolean | void> | boolean | void

const CALENDAR_NAME = 'Curate export'

/**
 * Streams the records in scope from the collection to `path` in the chosen format, atomically:
 * the file appears complete or not at all. Failures come back as AppError with the writer's
 * sentence ("cannot write to /media/usb/x.csv: the disk is full").
 */
export async function writeExport(db: Db, request: ExportRequest, path: string, onProgress?: ExportProgress): Promise<ExportResult> {
  const source = recordSource(db, request.scope)
  try {
    return await exportToFile(path, request.format, source.records(fieldsRead(request.format, request.columns)), {
      columns: request.columns,
      bom: request.bom,
      formulaGuard: request.formulaGuard,
      tagSeparator: request.tagSeparator,
      overwrite: request.overwrite ?? false,
      calendarName: CALENDAR_NAME,
      total: source.total,
      onProgress: onProgress && ((written) => onProgress(written, source.total))
    })
  } catch (error) {
    throw toAppError(error)
  }
}

/** The writers' errors in the contract's terms; the message is kept word for word, the writer's code rides in `fields`. */
export function toAppError(error: unknown): unknown {
  if (error instanceof ExportCancelledError) return new AppError('CANCELLED', 'the export was cancelled; no file was written')
  if (!(error instanceof ExportError)) return error
  const code = error.code === 'invalid-options' ? 'INVALID_ARGUMENT' : error.code === 'read-only' ? 'FORBIDDEN' : error.code === 'exists' ? 'CONFLICT' : 'INTERNAL'
  return new AppError(code, error.message, { destination: error.code })
}
