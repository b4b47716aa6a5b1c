import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { resolve } from 'node:path'
import { finished } from 'node:stream/promises'
import type { EventRecord } from '../../../shared/record'
import { commitTemporaryFile, discardTemporaryFile, syncFile, temporaryPathFor } from './atomicFile'
import { CountingIterable } from './counting'
import { checkColumns } from './csv'
import { ExportCancelledError, ExportError, toExportError } from './errors'
import { renderChunks } from './render'
import { exportSqlite } from './sqlite'
import {
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportOptions,
  type ExportResult,
  type ProgressOptions,
  type RenderSummary,
  type TextExportFormat
} from './types'

export type ExportToFileOptions = ExportOptions & ProgressOptions

// Larger than one chunk so the next chunk can be rendered while the previous one is written.
const STREAM_HIGH_WATER_MARK = 256 * 1024

/**
 * Writes records to `path` in `format`, atomically (temporary file, fsync, rename).
 * On failure or cancellation the temporary file is removed and whatever was at `path` stays as it was.
 * @throws ExportError with a readable message and a `code`; ExportCancelledError when onProgress returned true.
 */
export async function exportToFile(
  path: string,
  format: ExportFormat,
  records: Iterable<EventRecord>,
  options: ExportToFileOptions = {}
): Promise<ExportResult> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new ExportError('invalid-options', `cannot export: unknown format ${String(format)}`)
  }
  if (format === 'sqlite') return exportSqlite(path, records, options)
  // Checked before any file is created, so a bad request never touches the disk.
  if (format === 'csv' && options.columns) checkColumns(options.columns)
  return writeTextExport(path, format, records, options)
}

async function writeTextExport(
  path: string,
  format: TextExportFormat,
  records: Iterable<EventRecord>,
  options: ExportToFileOptions
): Promise<ExportResult> {
  const destination = resolve(path)
  const temporaryPath = temporaryPathFor(destination)
  const counted = new CountingIterable(records)
  const chunks = renderChunks(format, counted, options)
  try {
    const { summary, bytes } = await streamChunks(temporaryPath, chunks, async () => {
      if ((await options.onProgress?.(counted.consumed)) === true) throw new ExportCancelledError(path)
    })
    await syncFile(temporaryPath)
    await commitTemporaryFile(temporaryPath, destination, options.overwrite ?? true)
    return { path: destination, count: summary.count, skipped: summary.skipped, bytes }
  } catch (error) {
    await discardTemporaryFile(temporaryPath)
    throw toExportError(path, error)
  } finally {
    // Closes the record source too (e.g. a paged SQLite statement) when we stopped early.
    chunks.return(undefined as never)
  }
}

/**
 * Writes every chunk to a new file through a stream, waiting for 'drain' whenever the stream's
 * buffer is full. The stream owns and closes the file; the caller fsyncs it afterwards
 * (a FileHandle kept open past its stream cannot be closed reliably on Node 20).
 */
async function streamChunks(
  path: string,
  chunks: Generator<string, RenderSummary>,
  afterChunk: () => Promise<void>
): Promise<{ summary: RenderSummary; bytes: number }> {
  // 'wx' refuses an existing path, so the temporary name can never clobber another file.
  const stream = createWriteStream(path, { flags: 'wx', highWaterMark: STREAM_HIGH_WATER_MARK })
  let failure: unknown
  stream.on('error', (error) => (failure ??= error))
  try {
    // Surface "folder does not exist" and friends before rendering anything.
    await once(stream, 'open')
    let step = chunks.next()
    while (!step.done) {
      if (failure) throw failure
      // once() rejects if 'error' fires while waiting, so a full disk cannot leave us hanging.
      if (!stream.write(step.value)) await once(stream, 'drain')
      await afterChunk()
      step = chunks.next()
    }
    await afterChunk()
    stream.end()
    await finished(stream)
    if (failure) throw failure
    return { summary: step.value, bytes: stream.bytesWritten }
  } catch (error) {
    // Take the first cause now: destroying the stream fails its queued writes with a vaguer error.
    const cause = failure ?? error
    stream.destroy()
    // Wait for the descriptor to close so the temporary file can be removed everywhere (Windows).
    if (!stream.closed) await once(stream, 'close').catch(() => undefined)
    throw cause
  }
}
