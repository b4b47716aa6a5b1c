import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import type { Handlers } from '../services/handlers'
import { dispatch } from '../services/dispatch'
import { hostAllowed, originAllowed, presentedToken, tokensEqual, TOKEN_COOKIE } from './guard'
import { resolveStaticFile } from './staticFiles'
import { serveDownload } from './download'
import { BadRequest, decodeOrBadRequest, isJsonContentType, MAX_JSON_DEPTH, nestingExceeds } from './requestChecks'

export interface BrowserServerOptions {
  handlers: Handlers
  /** The built renderer (index.html and assets). */
  rendererDir: string
  token: string
  port?: number
  /** Largest accepted API body; an import of a 50 MB file must fit. */
  maxBodyBytes?: number
}

export interface RunningServer {
  url: string
  port: number
  close(): Promise<void>
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin'
}

/**
 * Browser mode: the same contract over HTTP, on 127.0.0.1 only. Every request must name our
 * host (403 otherwise, against DNS rebinding), come from our origin if it names one (403),
 * and carry the token (401). API calls are `POST /api/<method>` with a JSON body.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<RunningServer> {
  const maxBody = options.maxBodyBytes ?? 80 * 1024 * 1024
  let port = 0
  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof BadRequest && !response.headersSent) return send(response, 400, { ok: false, error: { code: 'INVALID_ARGUMENT', message: error.message } })
      console.error(error)
      if (!response.headersSent) send(response, 500, { ok: false, error: { code: 'INTERNAL', message: 'the server failed to answer' } })
      else response.destroy()
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!hostAllowed(request, port) || !originAllowed(request, port)) {
      return send(response, 403, { ok: false, error: { code: 'FORBIDDEN', message: 'this server answers only its own page on 127.0.0.1' } })
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`)
    const token = presentedToken(request, url)
    if (token === null || !tokensEqual(token, options.token)) {
      return send(response, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'open the address printed by `npm run serve`, with its token' } })
    }
    if (url.pathname.startsWith('/api/')) return handleApi(request, response, url.pathname.slice('/api/'.length))
    if (url.pathname.startsWith('/download/')) return serveDownload(request, response, url.pathname.slice('/download/'.length), SECURITY_HEADERS)
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, { ok: false, error: { code: 'FORBIDDEN', message: 'method not allowed' } })
    const found = resolveStaticFile(options.rendererDir, url.pathname)
    if (!found) return send(response, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'no such file' } })
    const headers: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Type': found.type, 'Cache-Control': 'no-cache' }
    // The first load carries ?token=; a strict, HTTP-only cookie then lets the page fetch its assets.
    if (url.searchParams.has('token')) headers['Set-Cookie'] = `${TOKEN_COOKIE}=${encodeURIComponent(options.token)}; HttpOnly; SameSite=Strict; Path=/`
    response.writeHead(200, headers)
    if (request.method === 'HEAD') return void response.end()
    fs.createReadStream(found.file).pipe(response)
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, { ok: false, error: { code: 'FORBIDDEN', message: 'API calls use POST' } })
    if (!isJsonContentType(request.headers['content-type'])) {
      return send(response, 415, { ok: false, error: { code: 'INVALID_ARGUMENT', message: 'API calls send application/json' } })
    }
    const body = await readBody(request, maxBody)
    if (body === null) return send(response, 413, { ok: false, error: { code: 'INVALID_ARGUMENT', message: `the request is larger than ${maxBody} bytes` } })
    if (nestingExceeds(body)) {
      return send(response, 400, { ok: false, error: { code: 'INVALID_ARGUMENT', message: `the request nests deeper than ${MAX_JSON_DEPTH} levels` } })
    }
    let args: unknown
    try {
      args = body.length === 0 ? undefined : JSON.parse(body)
    } catch {
      return send(response, 400, { ok: false, error: { code: 'INVALID_ARGUMENT', message: 'the request body is not valid JSON' } })
    }
    const answer = await dispatch(options.handlers, decodeOrBadRequest(method, 'method name'), args)
    send(response, 200, answer)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  response.end(text)
}

function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) tooLarge = true
      else chunks.push(chunk)
    })
    request.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}
