import { afterEach, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import fs from 'node:fs'
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { openDatabase, type Db } from '../../db/open'
import { openCollection } from './openCollection'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../db/migrations'
import { tempDbPath } from '../../testing/tempDb'
import { createHandlers } from '../handlers'
import { dispatch } from '../dispatch'
import { listSnapshots, pruneSnapshots, takeSnapshot } from './snapshots'

const open: Db[] = []
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close()
})

function session(file = tempDbPath()) {
  const db = openDatabase(file)
  open.push(db)
  const handlers = createHandlers({ db, databasePath: file, mode: 'cli', version: 't' })
  const call = async (method: string, args?: unknown): Promise<any> => {
    const answer = await dispatch(handlers, method, args, () => {})
    if (!answer.ok) throw new Error(answer.error.message)
    return answer.value
  }
  return { db, file, call }
}

const titles = async (call: (m: string, a?: unknown) => Promise<any>): Promise<string[]> =>
  (await call('records:query', { sort: { field: 'title', direction: 'asc' } })).rows.map((r: any) => r.title)

describe('snapshots', () => {
  it('takes snapshots with the online backup API and keeps the last N', async () => {
    const s = session()
    await s.call('records:create', { fields: { title: 'A' } })
    for (let i = 0; i < 4; i++) {
      await takeSnapshot(s.db, s.file, 'manual', 3)
      await new Promise((r) => setTimeout(r, 5))
    }
    const snapshots = listSnapshots(s.file)
    expect(snapshots).toHaveLength(3)
    const copy = new Database(path.join(path.dirname(s.file), 'backups', snapshots[0]!.name), { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(copy.prepare('SELECT title FROM records').pluck().all()).toEqual(['A'])
    copy.close()
    pruneSnapshots(s.file, 1)
    expect(listSnapshots(s.file)).toHaveLength(1)
  })

  it("snapshots before the day's first destructive operation only", async () => {
    const s = session()
    const a = await s.call('records:create', { fields: { title: 'A' } })
    await s.call('records:trash', { ids: [a.id] })
    expect(listSnapshots(s.file)).toHaveLength(0)
    await s.call('trash:empty')
    const daily = listSnapshots(s.file).filter((x) => x.reason === 'daily')
    expect(daily).toHaveLength(1)
    const b = await s.call('records:create', { fields: { title: 'B' } })
    await s.call('records:trash', { ids: [b.id] })
    await s.call('trash:empty')
    expect(listSnapshots(s.file).filter((x) => x.reason === 'daily')).toHaveLength(1)
    // The snapshot holds the moment before the first emptying: A still in the trash.
    const copy = new Database(path.join(path.dirname(s.file), 'backups', daily[0]!.name), { readonly: true })
    expect(copy.prepare('SELECT title, status FROM records').all()).toEqual([{ title: 'A', status: 1 }])
    copy.close()
  })

  it('restores a snapshot and finds the records of that moment, keeping a safety copy', async () => {
    const s = session()
    await s.call('records:create', { fields: { title: 'Before the snapshot' } })
    const snapshot = await s.call('backup:create')
    await s.call('records:create', { fields: { title: 'After the snapshot' } })
    expect(await titles(s.call)).toEqual(['After the snapshot', 'Before the snapshot'])
    const result = await s.call('backup:restore', { name: snapshot.name })
    expect(result.safetyCopy.reason).toBe('before-restore')
    expect(await titles(s.call)).toEqual(['Before the snapshot'])
    expect((await s.call('history:list', {})).total).toBe(1)
    const list = await s.call('backup:list')
    expect(list.find((x: any) => x.name === result.safetyCopy.name).records).toBe(2)
  })

  it('refuses unknown or path-like snapshot names', async () => {
    const s = session()
    await expect(s.call('backup:restore', { name: '../collection.sqlite' })).rejects.toThrow(/not a snapshot name/)
    await expect(s.call('backup:restore', { name: 'collection-20260101T000000000Z-manual.sqlite' })).rejects.toThrow(/no snapshot/)
  })

  it('snapshots an existing collection before migrating it', () => {
    const file = tempDbPath()
    const raw = new Database(file)
    raw.exec(MIGRATIONS[0]!.sql)
    raw.pragma('user_version = 1')
    raw.prepare("INSERT INTO records(uid, title, created_at, updated_at) VALUES ('u', 'Old', 'x', 'x')").run()
    raw.close()
    const db = openCollection(file)
    open.push(db)
    const migrations = listSnapshots(file).filter((x) => x.reason === 'migration')
    if (LATEST_SCHEMA_VERSION > 1) {
      expect(migrations).toHaveLength(1)
      const copy = new Database(path.join(path.dirname(file), 'backups', migrations[0]!.name), { readonly: true })
      expect(copy.pragma('user_version', { simple: true })).toBe(1)
      expect(copy.prepare('SELECT title FROM records').pluck().all()).toEqual(['Old'])
      copy.close()
    } else {
      expect(migrations).toHaveLength(0)
    }
  })

  it('restores from the command line', async () => {
    const s = session()
    await s.call('records:create', { fields: { title: 'Kept' } })
    const snapshot = await s.call('backup:create')
    await s.call('records:create', { fields: { title: 'Dropped' } })
    s.db.close()
    const cli = path.resolve(import.meta.dirname, '../../../../resources/bin/curate.mjs')
    const out = execFileSync(process.execPath, [cli, 'restore', snapshot.name, '--db', s.file], { encoding: 'utf8' })
    expect(out).toMatch(/Restored the collection/)
    const again = session(s.file)
    expect(await titles(again.call)).toEqual(['Kept'])
    expect(fs.existsSync(path.join(path.dirname(s.file), 'backups'))).toBe(true)
  })
})
