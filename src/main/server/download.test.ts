import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openDatabase, type Db } from '../db/open'
import { tempDbPath } from '../testing/tempDb'
import { rawRequest } from '../testing/rawRequest'
import { createHandlers } from '../services/handlers'
import { startBrowserServer, type RunningServer } from './httpServer'
import { contentDisposition } from './download'
import { downloadShelf } from '../services/export/downloads'
import type { ExportOutcome } from '../../shared/contracts/export'
import type { JobInfo } from '../../shared/contract'

const TOKEN = 'download-token-0123456789'
let server: RunningServer
let db: Db

const request = (pathAndQuery: string, options?: Parameters<typeof rawRequest>[2]) => rawRequest(server.port, pathAndQuery, options)

async function api<T>(method: string, args: unknown): Promise<T> {
  const answer = await request(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-curate-token': TOKEN }, body: JSON.stringify(args) })
  const envelope = JSON.parse(answer.body) as { ok: boolean; value: T; error?: { message: string } }
  if (!envelope.ok) throw new Error(envelope.error?.message)
  return envelope.value
}

/** Runs a CSV export to a download and returns its address. */
async function exportDownload(): Promise<string> {
  let job = await api<JobInfo>('export:start', { format: 'csv', scope: { kind: 'all' }, columns: ['title'], destination: { kind: 'download' } })
  while (job.state === 'running') job = await api<JobInfo>('jobs:get', { id: job.id })
  expect(job.state).toBe('done')
  return `/${(job.result as ExportOutcome).downloadUrl!}`
}

beforeAll(async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'curate-web-'))
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Curate</title>')
  const file = tempDbPath()
  db = openDatabase(file)
  server = await startBrowserServer({ handlers: createHandlers({ db, databasePath: file, mode: 'browser', version: 't' }), rendererDir: root, token: TOKEN })
  await api('records:create', { fields: { title: 'Zürich water forum' } })
})

afterAll(async () => {
  await server.close()
  db.close()
})

describe('GET /download/<id>', () => {
  it('hands the finished export over once, as an attachment, then removes it', async () => {
    const url = await exportDownload()
    const shelf = path.dirname(downloadShelf.reserve('csv').path)
    expect(fs.readdirSync(shelf)).toEqual([`${url.split('/').at(-1)}.csv`])
    const answer = await request(url, { headers: { cookie: `curate_token=${TOKEN}` } })
    expect(answer.status).toBe(200)
    expect(answer.body).toBe('title\r\nZürich water forum\r\n')
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(answer.headers['content-disposition']).toMatch(/^attachment; filename="curate-export-\d{4}-\d{2}-\d{2}\.csv"/)
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
    const again = await request(url, { headers: { 'x-curate-token': TOKEN } })
    expect(again.status).toBe(404)
    expect(JSON.parse(again.body).error.message).toMatch(/already downloaded or has expired/)
    // Removed once the file is closed, just after the last byte went out.
    await vi.waitFor(() => expect(fs.readdirSync(shelf)).toEqual([]))
  })

  it('is guarded like every other request: token, host and origin', async () => {
    const url = await exportDownload()
    expect((await request(url)).status).toBe(401)
    expect((await request(url, { headers: { 'x-curate-token': 'wrong' } })).status).toBe(401)
    expect((await request(url, { headers: { 'x-curate-token': TOKEN, host: 'evil.example' } })).status).toBe(403)
    expect((await request(url, { headers: { 'x-curate-token': TOKEN, origin: 'http://evil.example' } })).status).toBe(403)
    expect((await request(url, { method: 'POST', headers: { 'x-curate-token': TOKEN } })).status).toBe(405)
    // None of the refusals used the download up.
    expect((await request(url, { headers: { 'x-curate-token': TOKEN } })).status).toBe(200)
    expect((await request('/download/../../etc/passwd', { headers: { 'x-curate-token': TOKEN } })).status).toBe(404)
  })

  it('names files with accents safely', () => {
    expect(contentDisposition('événements "2015".csv')).toBe(
      `attachment; filename="_v_nements _2015_.csv"; filename*=UTF-8''%C3%A9v%C3%A9nements%20%222015%22.csv`
    )
    expect(contentDisposition("it's (1).csv")).toBe(
      `attachment; filename="it's (1).csv"; filename*=UTF-8''it%27s%20%281%29.csv`
    )
  })
})
