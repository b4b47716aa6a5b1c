import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ExportFormatId } from '../../../shared/contracts/export'

export const CONTENT_TYPES: Record<ExportFormatId, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  sqlite: 'application/vnd.sqlite3'
}

export interface Download {
  path: string
  fileName: string
  contentType: string
}

/** How long a finished export waits to be fetched before it is removed. */
const KEEP_MS = 30 * 60 * 1000

/**
 * Browser mode cannot show a save dialog, so an export is written to a private temporary folder
 * and fetched once from `GET /download/<id>`. Ids are random (never guessable job numbers); a file
 * leaves the shelf when fetched, after KEEP_MS, or when the process exits.
 */
export class DownloadShelf {
  private folder: string | null = null
  private readonly ready = new Map<string, Download & { timer: NodeJS.Timeout }>()

  constructor(private readonly keepMs = KEEP_MS) {}

  /** A fresh id and the path its export should be written to. */
  reserve(format: ExportFormatId): { id: string; path: string } {
    const id = randomBytes(16).toString('hex')
    return { id, path: join(this.ensureFolder(), `${id}.${format}`) }
  }

  /** Offers a finished file for download under the name the browser should save it as. */
  publish(id: string, path: string, fileName: string, format: ExportFormatId): string {
    const timer = setTimeout(() => {
      const expired = this.take(id)
      if (expired) void removeDownloadFile(expired.path)
    }, this.keepMs)
    timer.unref()
    this.ready.set(id, { path, fileName, contentType: CONTENT_TYPES[format], timer })
    return `download/${id}`
  }

  /** Hands the file over once: the caller streams it and then removes it (see removeDownloadFile). */
  take(id: string): Download | undefined {
    const entry = this.ready.get(id)
    if (!entry) return undefined
    this.ready.delete(id)
    clearTimeout(entry.timer)
    return { path: entry.path, fileName: entry.fileName, contentType: entry.contentType }
  }

  private ensureFolder(): string {
    if (this.folder) return this.folder
    const folder = mkdtempSync(join(tmpdir(), 'curate-downloads-'))
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }))
    this.folder = folder
    return folder
  }
}

/** Removes a file once it has been sent (or could not be); never throws. */
export async function removeDownloadFile(path: string): Promise<void> {
  await rm(path, { force: true }).catch(() => undefined)
}

/** One shelf per process: the HTTP server's download route and the export handlers share it. */
export const downloadShelf = new DownloadShelf()
