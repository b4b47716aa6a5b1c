import { decodeOrBadRequest } from './requestChecks'
import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const TOKEN_HEADER = 'x-curate-token'
export const TOKEN_COOKIE = 'curate_token'

/** Constant-time comparison; hashing first makes both sides the same length. */
export function tokensEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b)
}

/**
 * Only this machine's loopback names on our own port are accepted as Host and Origin:
 * a page elsewhere (DNS rebinding, a cross-site form) never gets an answer.
 */
export function allowedOrigins(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`])
}

export function hostAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host
  return typeof host === 'string' && allowedOrigins(port).has(host.toLowerCase())
}

export function originAllowed(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin
  if (origin === undefined) return true
  const allowed = allowedOrigins(port)
  return [...allowed].some((hostPort) => origin.toLowerCase() === `http://${hostPort}`)
}

/** The token a request carries: header (API calls), `?token=` (the first page load) or the session cookie (assets). */
export function presentedToken(request: IncomingMessage, url: URL): string | null {
  const header = request.headers[TOKEN_HEADER]
  if (typeof header === 'string') return header
  const query = url.searchParams.get('token')
  if (query) return query
  const cookies = request.headers.cookie ?? ''
  for (const part of cookies.split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name === TOKEN_COOKIE) return decodeOrBadRequest(rest.join('='), 'cookie')
  }
  return null
}
