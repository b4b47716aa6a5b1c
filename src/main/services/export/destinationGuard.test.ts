import { linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { snapshotContent } from '../../testing/tempDb'
import { snapshotFolder, takeSnapshot } from '../backup/snapshots'
import { provideSavePathChooser } from './saveDestination'
import { openCollection, type TestCollection } from './testSupport/collection'
import type { JobInfo } from '../../../shared/contract'

const opened: TestCollection[] = []
afterEach(() => {
  for (const c of opened.splice(0)) c.close()
  provideSavePathChooser(null)
})

function collection(mode: 'cli' | 'electron' = 'cli'): TestCollection {
  const c = openCollection(mode)
  opened.push(c)
  c.insert([{ title: 'Water forum', countryCode: 'CH', startDate: '2015-03-01' }])
  return c
}

const start = (c: TestCollection, path: string, overwrite?: boolean) =>
  c.raw('export:start', { format: 'csv', scope: { kind: 'all' }, destination: { kind: 'file', path, ...(overwrite === undefined ? {} : { overwrite }) } })

describe('export destinations that would destroy data', () => {
  it('refuses the collection, its side files, a link to it and its backups folder, even with overwrite; the collection is unchanged', async () => {
    const c = collection()
    const snapshot = await takeSnapshot(c.db, c.file, 'manual')
    const folder = dirname(c.file)
    symlinkSync(c.file, join(folder, 'alias.sqlite'))
    linkSync(c.file, join(folder, 'hard.sqlite'))
    const before = snapshotContent(c.db)
    const cases: [string, RegExp][] = [
      [c.file, /that is the collection itself/],
      [join(folder, 'x', '..', 'collection.sqlite'), /that is the collection itself/],
      [`${c.file}-wal`, /that is the collection itself/],
      [`${c.file}-shm`, /that is the collection itself/],
      [join(folder, 'alias.sqlite'), /that is the collection itself/],
      [join(folder, 'hard.sqlite'), /that is the collection itself/],
      [join(snapshotFolder(c.file), snapshot.name), /inside the collection's backups folder/],
      [join(snapshotFolder(c.file), 'new.csv'), /inside the collection's backups folder/]
    ]
    for (const [path, message] of cases) {
      for (const overwrite of [undefined, true]) {
        const answer = await start(c, path, overwrite)
        expect(answer.ok, path).toBe(false)
        if (!answer.ok) {
          expect(answer.error.code).toBe('FORBIDDEN')
          expect(answer.error.message).toMatch(message)
        }
      }
    }
    expect(snapshotContent(c.db)).toEqual(before)
    expect(c.db.pragma('integrity_check', { simple: true })).toBe('ok')
  })

  it('refuses an existing file unless overwrite is explicit, and then replaces it', async () => {
    const c = collection()
    const path = join(dirname(c.file), 'out', 'events.csv')
    mkdirSync(dirname(path))
    writeFileSync(path, 'keep me')
    const refused = await start(c, path)
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/already exists.*--force/) } })
    expect(readFileSync(path, 'utf8')).toBe('keep me')
    const answer = await start(c, path, true)
    expect(answer.ok).toBe(true)
    if (answer.ok) expect((await c.finish(answer.value as JobInfo)).state).toBe('done')
    expect(readFileSync(path, 'utf8')).toMatch(/^id,uid,title/)
  })

  it('never replaces a file that appears while the export runs, unless overwrite was asked', async () => {
    const c = collection()
    const path = join(dirname(c.file), 'late.csv')
    const answer = await start(c, path)
    expect(answer.ok).toBe(true)
    // The job starts on a later turn: the file appears after the check and before the rename.
    writeFileSync(path, 'arrived meanwhile')
    const job = await c.finish(answer.ok ? (answer.value as JobInfo) : (undefined as never))
    expect(job.state).toBe('failed')
    expect(job.error).toMatchObject({ code: 'CONFLICT' })
    expect(readFileSync(path, 'utf8')).toBe('arrived meanwhile')
  })

  it('in the desktop app, refuses the collection even when the save dialog chose it', async () => {
    const c = collection('electron')
    provideSavePathChooser(async () => c.file)
    const { path } = await c.call<{ path: string }>('export:chooseDestination', { format: 'csv' })
    const answer = await start(c, path, true)
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
