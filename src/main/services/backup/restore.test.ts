import { spawnSync } from 'node:child_process'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../db/open'
import { snapshotContent, tempDbPath } from '../../testing/tempDb'
import { createHandlers } from '../handlers'
import { dispatch } from '../dispatch'
import { listSnapshots, restoreSnapshot } from './snapshots'

const CLI = path.resolve(import.meta.dirname, '../../../../resources/bin/curate.mjs')
const open: Database.Database[] = []
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close()
})

function session(file = tempDbPath()) {
  const db: Db = openDatabase(file)
  open.push(db)
  const handlers = createHandlers({ db, databasePath: file, mode: 'cli', version: 't' })
  const raw = (method: string, args?: unknown) => dispatch(handlers, method, args, () => {})
  const call = async (method: string, args?: unknown): Promise<any> => {
    const answer = await raw(method, args)
    if (!answer.ok) throw new Error(answer.error.message)
    return answer.value
  }
  return { db, file, call, raw }
}

/** Another program's connection holding the write lock (as a long import in a second window would). */
function holdWriteLock(file: string): Database.Database {
  const other = new Database(file)
  open.push(other)
  other.exec('BEGIN IMMEDIATE')
  return other
}

describe('restore verifies its result', () => {
  it('fails clearly, changing nothing, while another connection holds the write lock', async () => {
    const s = session()
    await s.call('records:create', { fields: { title: 'In the snapshot' } })
    const snapshot = await s.call('backup:create')
    await s.call('records:create', { fields: { title: 'Added later' } })
    const before = snapshotContent(s.db)
    const other = holdWriteLock(s.file)
    const answer = await s.raw('backup:restore', { name: snapshot.name })
    expect(answer).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'the collection is busy in another program; nothing was restored' } })
    other.exec('ROLLBACK')
    expect(snapshotContent(s.db)).toEqual(before)
    // Once the other program lets go, the same restore works and is checked.
    const done = await s.call('backup:restore', { name: snapshot.name })
    expect(done.restored.name).toBe(snapshot.name)
    expect(s.db.prepare('SELECT title FROM records').pluck().all()).toEqual(['In the snapshot'])
  }, 30_000)

  it('curate restore exits 1 with the same sentence while the collection is busy', async () => {
    const s = session()
    await s.call('records:create', { fields: { title: 'In the snapshot' } })
    const snapshot = await s.call('backup:create')
    await s.call('records:create', { fields: { title: 'Added later' } })
    const other = holdWriteLock(s.file)
    const run = spawnSync(process.execPath, [CLI, 'restore', snapshot.name, '--db', s.file], { encoding: 'utf8' })
    other.exec('ROLLBACK')
    expect(run.stdout).not.toMatch(/Restored/)
    expect(run.stderr).toMatch(/the collection is busy in another program; nothing was restored/)
    expect(run.status).toBe(1)
    expect(s.db.prepare('SELECT title FROM records ORDER BY id').pluck().all()).toEqual(['In the snapshot', 'Added later'])
    expect(listSnapshots(s.file).map((x) => x.reason)).toEqual(['manual'])
  }, 60_000)

  it('checks the restored content itself: a lock taken after the first check still fails the restore', async () => {
    const s = session()
    await s.call('records:create', { fields: { title: 'In the snapshot' } })
    const snapshot = await s.call('backup:create')
    await s.call('records:create', { fields: { title: 'Added later' } })
    const before = snapshotContent(s.db)
    // The early lock check runs synchronously inside the call; the lock arrives just after it.
    const restoring = restoreSnapshot(s.db, s.file, snapshot.name)
    const other = holdWriteLock(s.file)
    await expect(restoring).rejects.toThrow('the collection is busy in another program; nothing was restored')
    other.exec('ROLLBACK')
    expect(snapshotContent(s.db)).toEqual(before)
  }, 30_000)
})
