import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import net from 'node:net'
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
let rendererDir: string

/** Raw requests, so Host and paths are sent exactly as written (fetch would normalise them). */
const request = (pathAndQuery: string, options?: Parameters<typeof rawRequest>[2]) => rawRequest(server.port, pathAndQuery, options)

const api = (method: string, args: unknown, headers: Record<string, string> = { 'x-curate-token': TOKEN }) =>
  request(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(args) })

beforeAll(async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'curate-web-'))
  rendererDir = path.join(root, 'web')
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Curate</title>')
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  fs.writeFileSync(path.join(root, 'secret.txt'), 'outside the renderer')
  const file = tempDbPath()
  db = openDatabase(file)
  server = await startBrowserServer({ handlers: createHandlers({ db, databasePath: file, mode: 'browser', version: 't' }), rendererDir, token: TOKEN })
})

afterAll(async () => {
  await server.close()
  db.close()
})

describe('browser mode server', () => {
  it('listens on 127.0.0.1 only: another address of this machine gets no connection', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/)
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)
    const otherLoopback = '127.0.0.2'
    for (const address of [external?.address, otherLoopback].filter((a): a is string => !!a)) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = net.connect({ host: address, port: server.port }, () => {
          socket.destroy()
          resolve('connected')
        })
        socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'))
      })
      expect(outcome, address).toBe('ECONNREFUSED')
    }
  })

  it('answers 401 without the token or with a wrong one', async () => {
    expect((await request('/')).status).toBe(401)
    expect((await request('/?token=wrong')).status).toBe(401)
    expect((await api('records:query', {}, {})).status).toBe(401)
    expect((await api('records:query', {}, { 'x-curate-token': TOKEN + 'x' })).status).toBe(401)
  })

  it('answers 403 to a foreign Host or Origin, even with the token', async () => {
    expect((await request(`/?token=${TOKEN}`, { headers: { host: `evil.example:${server.port}` } })).status).toBe(403)
    expect((await request(`/?token=${TOKEN}`, { headers: { host: 'localhost:1' } })).status).toBe(403)
    expect((await api('records:query', {}, { 'x-curate-token': TOKEN, origin: 'http://evil.example' })).status).toBe(403)
    expect((await api('records:query', {}, { 'x-curate-token': TOKEN, origin: `http://127.0.0.1:${server.port}` })).status).toBe(200)
  })

  it('serves the renderer with the token and sets a strict session cookie', async () => {
    const page = await request(`/?token=${TOKEN}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>Curate</title>')
    const cookie = String(page.headers['set-cookie'])
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    const asset = await request('/assets/app.js', { headers: { cookie: cookie.split(';')[0]! } })
    expect(asset.status).toBe(200)
    expect(asset.headers['content-type']).toMatch(/javascript/)
  })

  it('refuses paths outside the built renderer', async () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '//etc/passwd', '/%00']) {
      const answer = await request(attempt, { headers: { 'x-curate-token': TOKEN } })
      expect(answer.status, attempt).toBe(404)
      expect(answer.body).not.toContain('outside the renderer')
    }
  })

  it('carries the contract: a call, a typed error, an unknown method', async () => {
    const created = JSON.parse((await api('records:create', { fields: { title: 'Over HTTP' } })).body)
    expect(created).toMatchObject({ ok: true, value: { title: 'Over HTTP' } })
    const bad = JSON.parse((await api('records:create', { fields: { title: '' } })).body)
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    const unknown = JSON.parse((await api('records:nuke', {})).body)
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } })
    const notJson = await request('/api/records:query', { method: 'POST', headers: { 'x-curate-token': TOKEN, 'content-type': 'application/json' }, body: '{' })
    expect(notJson.status).toBe(400)
  })
})
