import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openDatabase, type Db } from '../db/open'
import { tempDbPath } from '../testing/tempDb'
import { rawRequest } from '../testing/rawRequest'
import { createHandlers } from '../services/handlers'
import { startBrowserServer, type RunningServer } from './httpServer'

const TOKEN = 'test-token-0123456789'
let server: RunningServer
let db: Db

const post = (pathAndQuery: string, body: string, headers: Record<string, string> = {}) =>
  rawRequest(server.port, pathAndQuery, { method: 'POST', headers: { 'content-type': 'application/json', 'x-curate-token': TOKEN, ...headers }, body })

beforeAll(async () => {
  const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'curate-web-'))
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Curate</title>')
  const file = tempDbPath()
  db = openDatabase(file)
  server = await startBrowserServer({ handlers: createHandlers({ db, databasePath: file, mode: 'browser', version: 't' }), rendererDir, token: TOKEN })
})

afterAll(async () => {
  await server.close()
  db.close()
})

describe('malformed requests to browser mode get 400, never a 500', () => {
  it('a malformed percent-escape in the cookie or in the method name', async () => {
    const cookie = await rawRequest(server.port, '/', { headers: { cookie: 'curate_token=%E0%A4%A' } })
    expect(cookie.status).toBe(400)
    expect(JSON.parse(cookie.body)).toEqual({ ok: false, error: { code: 'INVALID_ARGUMENT', message: 'the cookie holds a malformed percent-escape' } })
    const method = await post('/api/records%E0%A4%A', '{}')
    expect(method.status).toBe(400)
    expect(JSON.parse(method.body).error.message).toBe('the method name holds a malformed percent-escape')
    expect(cookie.body + method.body).not.toMatch(/at .*\.ts:\d+/)
  })

  it('only application/json is taken as JSON', async () => {
    for (const type of ['application/jsonp', 'application/json-seq', 'text/plain', 'application/x-www-form-urlencoded']) {
      expect((await post('/api/app:info', '', { 'content-type': type })).status, type).toBe(415)
    }
    expect((await post('/api/app:info', '', { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200)
  })

  it('deep nesting is refused quickly, and the server keeps answering', async () => {
    const started = performance.now()
    const deep = await post('/api/records:query', '['.repeat(2_000_000) + ']'.repeat(2_000_000))
    expect(deep.status).toBe(400)
    expect(JSON.parse(deep.body).error.message).toBe('the request nests deeper than 32 levels')
    expect(performance.now() - started).toBeLessThan(5_000)
    // Brackets inside strings are text, not nesting.
    const inString = await post('/api/records:query', JSON.stringify({ search: '['.repeat(100) }))
    expect(inString.status).toBe(200)
    expect((await post('/api/app:info', '')).status).toBe(200)
  })
})
