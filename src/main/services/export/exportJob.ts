import { basename } from 'node:path'
import type { ExportOutcome, ExportStartArgs } from '../../../shared/contracts/export'
import type { JobInfo } from '../../../shared/contracts/jobs'
import { AppError } from '../../../shared/errors'
import type { Services } from '../context'
import { downloadShelf } from './downloads'
import { exportFileName } from './fileName'
import { writeExport } from './runExport'
import { takeGrantedPath } from './saveDestination'
import { checkExportDestination } from './destinationGuard'

interface Target {
  path: string
  overwrite: boolean
  fileName: string
  downloadId: string | null
}

/**
 * Where this export may write. Browser mode only downloads (the page must not name paths on the
 * machine); the desktop app only writes where the archivist pointed its save dialog; the CLI
 * writes where its user said.
 */
function resolveTarget(s: Services, args: ExportStartArgs): Target {
  const { destination, format } = args
  if (destination.kind === 'download') {
    if (s.mode !== 'browser') throw new AppError('INVALID_ARGUMENT', 'downloads exist only in browser mode; choose where to save the file')
    const reserved = downloadShelf.reserve(format)
    // The shelf's own fresh path, never one the page named.
    return { path: reserved.path, overwrite: true, fileName: exportFileName(format), downloadId: reserved.id }
  }
  if (s.mode === 'browser') throw new AppError('FORBIDDEN', 'in browser mode the export is offered as a download, not saved to a path')
  if (s.mode === 'electron' && !takeGrantedPath(destination.path)) {
    throw new AppError('FORBIDDEN', 'choose where to save the export in the save dialog first')
  }
  const overwrite = destination.overwrite === true
  checkExportDestination(s.databasePath, destination.path, overwrite)
  return { path: destination.path, overwrite, fileName: basename(destination.path), downloadId: null }
}

const count = (n: number): string => n.toLocaleString('en')

/** Starts an export as a job (progress, cancel); its result is an ExportOutcome. */
export function startExportJob(s: Services, args: ExportStartArgs): JobInfo {
  const target = resolveTarget(s, args)
  return s.jobs.start('export', async (control): Promise<ExportOutcome> => {
    control.progress(0, 'reading records')
    const result = await writeExport(s.db, { ...args, overwrite: target.overwrite }, target.path, async (written, total) => {
      // breathe() lets other requests (and the cancel) through between chunks of the file.
      await control.breathe().catch(() => undefined)
      if (control.cancelled) return true
      control.progress(total > 0 ? written / total : 1, `${count(written)} of ${count(total)} records`)
    })
    const downloadUrl = target.downloadId ? downloadShelf.publish(target.downloadId, result.path, target.fileName, args.format) : null
    return {
      format: args.format,
      count: result.count,
      skipped: result.skipped,
      bytes: result.bytes,
      fileName: target.fileName,
      path: target.downloadId ? null : result.path,
      downloadUrl
    }
  })
}
