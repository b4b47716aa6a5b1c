import http from 'node:http'

export interface RawAnswer {
  status: number
  body: string
  headers: http.IncomingHttpHeaders
}

/**
 * One HTTP request to a local server, sent exactly as written: Host and path are not
 * normalised (fetch would), which the browser-mode security tests depend on.
 */
export function rawRequest(
  port: number,
  pathAndQuery: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: pathAndQuery, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: res.headers }))
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}
