import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { snapshotContent } from '../../testing/tempDb'
import { downloadShelf } from './downloads'
import { provideSavePathChooser } from './saveDestination'
import { openCollection, type TestCollection } from './testSupport/collection'
import type { ExportOutcome, ExportProfile } from '../../../shared/contracts/export'
import type { JobInfo } from '../../../shared/contract'

const opened: TestCollection[] = []
afterEach(() => {
  for (const c of opened.splice(0)) c.close()
  provideSavePathChooser(null)
})

function collection(mode: 'cli' | 'browser' | 'electron' = 'cli'): TestCollection {
  const c = openCollection(mode)
  opened.push(c)
  c.insert([
    { title: 'Water forum', place: 'Neuchâtel (Switzerland)', countryCode: 'CH', startDate: '2015-03-01', endDate: '2015-03-02', tags: ['water', 'law'] },
    { title: 'Archives day, "open" edition', countryCode: 'FR', startDate: '2016-05-02', endDate: '2016-05-02' },
    { title: 'Trashed talk', countryCode: 'CH', startDate: '2017-01-01' }
  ])
  c.services.records.trash([3])
  return c
}

const folder = (): string => mkdtempSync(join(tmpdir(), 'curate-export-job-'))

async function exportDone(c: TestCollection, args: Record<string, unknown>): Promise<ExportOutcome> {
  const job = await c.finish(await c.call<JobInfo>('export:start', args))
  if (job.state !== 'done') throw Object.assign(new Error(job.message), { job })
  return job.result as ExportOutcome
}

describe('export:start', () => {
  it('writes the chosen columns of the active records as CSV, with a BOM and tag separator', async () => {
    const c = collection()
    const path = join(folder(), 'events.csv')
    const outcome = await exportDone(c, {
      format: 'csv', scope: { kind: 'all' }, columns: ['title', 'countryCode', 'tags'], bom: true, tagSeparator: '|',
      destination: { kind: 'file', path }
    })
    expect(outcome).toMatchObject({ format: 'csv', count: 2, skipped: 0, path, downloadUrl: null, fileName: 'events.csv' })
    expect(readFileSync(path, 'utf8')).toBe(
      '\uFEFFtitle,countryCode,tags\r\nWater forum,CH,law|water\r\n"Archives day, ""open"" edition",FR,\r\n'
    )
    expect(outcome.bytes).toBe(readFileSync(path).length)
  })

  it('exports the current search and filters, or the selection, never the trash', async () => {
    const c = collection()
    const dir = folder()
    await exportDone(c, { format: 'json', scope: { kind: 'search', scope: { search: 'forum', filters: { countryCodes: ['CH'] } } }, destination: { kind: 'file', path: join(dir, 'a.json') } })
    expect(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')).records.map((r: { title: string }) => r.title)).toEqual(['Water forum'])
    const outcome = await exportDone(c, { format: 'json', scope: { kind: 'selection', ids: [3, 2] }, destination: { kind: 'file', path: join(dir, 'b.json') } })
    expect(outcome.count).toBe(1)
    const refused = await c.raw('export:start', { format: 'csv', scope: { kind: 'search', scope: { status: 'trashed' } }, destination: { kind: 'file', path: join(dir, 'c.csv') } })
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/trash is never exported/) } })
  })

  it('refuses unknown formats, columns and keys before touching the disk', async () => {
    const c = collection()
    const dir = folder()
    const base = { scope: { kind: 'all' }, destination: { kind: 'file', path: join(dir, 'x.csv') } }
    for (const args of [
      { ...base, format: 'xlsx' },
      { ...base, format: 'csv', columns: ['title', 'password'] },
      { ...base, format: 'csv', columns: ['title', 'title'] },
      { ...base, format: 'csv', tagSeparator: '\n' },
      { ...base, format: 'csv', extra: true }
    ]) {
      expect(await c.raw('export:start', args)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    }
    expect(readdirSync(dir)).toEqual([])
  })

  it('fails with a clear message and leaves nothing behind when the folder is missing', async () => {
    const c = collection()
    const dir = folder()
    writeFileSync(join(dir, 'not-a-folder'), 'x')
    const before = snapshotContent(c.db)
    const job = await c.finish(await c.call<JobInfo>('export:start', { format: 'csv', scope: { kind: 'all' }, destination: { kind: 'file', path: join(dir, 'not-a-folder', 'x.csv') } }))
    expect(job).toMatchObject({ state: 'failed', error: { message: `cannot write to ${join(dir, 'not-a-folder', 'x.csv')}: the folder does not exist` } })
    expect(readdirSync(dir)).toEqual(['not-a-folder'])
    expect(snapshotContent(c.db)).toEqual(before)
  })

  it('can be cancelled midway: no file, no temporary file, the collection unchanged', async () => {
    const c = collection()
    c.insert(Array.from({ length: 4000 }, (_, i) => ({ title: `Seminar ${i}`, startDate: '2015-01-01', notes: 'n'.repeat(2000) })))
    const before = snapshotContent(c.db)
    const dir = folder()
    const started = await c.call<JobInfo>('export:start', { format: 'csv', scope: { kind: 'all' }, destination: { kind: 'file', path: join(dir, 'big.csv') } })
    // Let the job write a few chunks first, so the cancel lands in the middle of the file.
    while ((await c.call<JobInfo>('jobs:get', { id: started.id })).progress === 0) await new Promise((r) => setTimeout(r, 1))
    await c.call('jobs:cancel', { id: started.id })
    expect(await c.finish(started)).toMatchObject({ state: 'cancelled' })
    expect(readdirSync(dir)).toEqual([])
    expect(snapshotContent(c.db)).toEqual(before)
  })

  it('writes every format', async () => {
    const c = collection()
    const dir = folder()
    for (const format of ['csv', 'json', 'jsonld', 'ics', 'sqlite'] as const) {
      const outcome = await exportDone(c, { format, scope: { kind: 'all' }, destination: { kind: 'file', path: join(dir, `all.${format}`) } })
      expect(outcome.count).toBe(2)
      expect(outcome.bytes).toBeGreaterThan(100)
    }
    expect(readdirSync(dir).sort()).toEqual(['all.csv', 'all.ics', 'all.json', 'all.jsonld', 'all.sqlite'])
  })
})

describe('export destinations by mode', () => {
  it('browser mode writes a download once, and refuses paths', async () => {
    const c = collection('browser')
    const outcome = await exportDone(c, { format: 'csv', scope: { kind: 'all' }, destination: { kind: 'download' } })
    expect(outcome.path).toBeNull()
    expect(outcome.fileName).toMatch(/^curate-export-\d{4}-\d{2}-\d{2}\.csv$/)
    const id = /^download\/([0-9a-f]{32})$/.exec(outcome.downloadUrl ?? '')![1]!
    const download = downloadShelf.take(id)!
    expect(download.contentType).toBe('text/csv; charset=utf-8')
    expect(readFileSync(download.path, 'utf8')).toContain('Water forum')
    expect(downloadShelf.take(id)).toBeUndefined()
    const refused = await c.raw('export:start', { format: 'csv', scope: { kind: 'all' }, destination: { kind: 'file', path: join(folder(), 'x.csv') } })
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('the desktop app writes only where its save dialog pointed, once', async () => {
    const c = collection('electron')
    const path = join(folder(), 'chosen.ics')
    const asked: unknown[] = []
    provideSavePathChooser(async (request) => (asked.push(request), path))
    const args = { format: 'ics', scope: { kind: 'all' }, destination: { kind: 'file', path } }
    expect(await c.raw('export:start', args)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/save dialog/) } })
    expect(await c.call('export:chooseDestination', { format: 'ics', suggestedName: 'water events' })).toEqual({ path })
    expect(asked).toEqual([{ format: 'ics', suggestedName: expect.stringMatching(/^water events-\d{4}-\d{2}-\d{2}\.ics$/) }])
    expect((await exportDone(c, args)).count).toBe(2)
    expect(existsSync(path)).toBe(true)
    expect(await c.raw('export:start', args)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await c.raw('export:start', { ...args, destination: { kind: 'download' } })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
  })

  it('says there is no save dialog outside the desktop app', async () => {
    const c = collection('browser')
    expect(await c.raw('export:chooseDestination', { format: 'csv' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/download/) } })
  })
})

describe('saved export profiles', () => {
  it('saves, lists by name, replaces by name in any case, and deletes', async () => {
    const c = collection()
    const settings = { format: 'csv', scope: { kind: 'search', scope: { search: 'water', filters: { countryCodes: ['CH'] } } }, columns: ['title', 'startDate'], bom: true, tagSeparator: ', ' }
    const saved = await c.call<ExportProfile>('export:saveProfile', { name: ' Swiss water for Excel ', settings })
    expect(saved).toMatchObject({ name: 'Swiss water for Excel', settings })
    await c.call('export:saveProfile', { name: 'All as calendar', settings: { format: 'ics', scope: { kind: 'all' } } })
    const replaced = await c.call<ExportProfile>('export:saveProfile', { name: 'swiss WATER for excel', settings: { format: 'json', scope: { kind: 'selection' } } })
    expect(replaced.id).toBe(saved.id)
    const list = await c.call<ExportProfile[]>('export:profiles')
    expect(list.map((p) => [p.name, p.settings.format])).toEqual([['All as calendar', 'ics'], ['swiss WATER for excel', 'json']])
    expect(await c.call('export:deleteProfile', { id: saved.id })).toEqual({ id: saved.id })
    expect(await c.raw('export:deleteProfile', { id: saved.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect((await c.call<ExportProfile[]>('export:profiles')).map((p) => p.name)).toEqual(['All as calendar'])
  })

  it('refuses a profile without a name or with settings that are not an export', async () => {
    const c = collection()
    const before = snapshotContent(c.db)
    for (const args of [
      { name: '   ', settings: { format: 'csv', scope: { kind: 'all' } } },
      { name: 'x', settings: { format: 'pdf', scope: { kind: 'all' } } },
      { name: 'x', settings: { format: 'csv', scope: { kind: 'selection', ids: [1] } } },
      { name: 'x', settings: { format: 'csv', scope: { kind: 'all' }, destination: { kind: 'download' } } }
    ]) {
      expect(await c.raw('export:saveProfile', args)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    }
    expect(snapshotContent(c.db)).toEqual(before)
  })
})
