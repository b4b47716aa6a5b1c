import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { downloadShelf, removeDownloadFile } from '../services/export/downloads'

const DOWNLOAD_ID = /^[0-9a-f]{32}$/

/** `attachment` with an ASCII fallback name and the exact name in RFC 5987 form, so accents survive. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

function refuse(response: ServerResponse, headers: Record<string, string>, status: number, message: string): void {
  const code = status === 405 ? 'FORBIDDEN' : 'NOT_FOUND'
  response.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  response.end(JSON.stringify({ ok: false, error: { code, message } }))
}

/**
 * `GET /download/<id>`: hands a finished browser-mode export over once, then deletes it. The
 * caller has already checked host, origin and token like for every other request.
 */
export function serveDownload(request: IncomingMessage, response: ServerResponse, id: string, headers: Record<string, string>): void {
  if (request.method !== 'GET') return refuse(response, headers, 405, 'downloads use GET')
  const download = DOWNLOAD_ID.test(id) ? downloadShelf.take(id) : undefined
  if (!download) return refuse(response, headers, 404, 'this export was already downloaded or has expired; export again')
  let size: number
  try {
    size = fs.statSync(download.path).size
  } catch {
    return refuse(response, headers, 404, 'this export’s file is gone; export again')
  }
  response.writeHead(200, {
    ...headers,
    'Content-Type': download.contentType,
    'Content-Length': String(size),
    'Content-Disposition': contentDisposition(download.fileName),
    'Cache-Control': 'no-store'
  })
  const file = fs.createReadStream(download.path)
  // Removed whether the browser took it all or went away midway (the archivist can export again),
  // once the file is closed so the removal also works where open files cannot be deleted.
  response.once('close', () => file.destroy())
  file.once('close', () => void removeDownloadFile(download.path))
  file.once('error', () => response.destroy())
  file.pipe(response)
}
