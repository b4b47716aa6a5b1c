import { describe, expect, it } from 'vitest'
import { execFile, spawn } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { openDatabase } from '../db/open'
import { tempDbPath } from '../testing/tempDb'
import { createHandlers } from '../services/handlers'
import { dispatch } from '../services/dispatch'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const CLI = path.join(ROOT, 'resources/bin/curate.mjs')
const run = promisify(execFile)

/** Another process holds the write lock for `ms`, as the app does during a long transaction. */
function holdWriteLock(file: string, ms: number): Promise<{ released: Promise<void> }> {
  const script = `
    const Database = require(${JSON.stringify(path.join(ROOT, 'node_modules/better-sqlite3'))});
    const db = new Database(${JSON.stringify(file)});
    db.exec('BEGIN IMMEDIATE');
    db.prepare("INSERT INTO tags(name) VALUES ('held by another process')").run();
    process.stdout.write('locked\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms});
    db.exec('COMMIT');
    db.close();`
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] })
  const released = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return new Promise((resolve, reject) => {
    child.stdout.once('data', () => resolve({ released }))
    child.once('error', reject)
  })
}

describe('two programs on one collection', () => {
  it('a CLI write waits for the app’s transaction (busy timeout) instead of failing or corrupting', async () => {
    const file = tempDbPath()
    const db = openDatabase(file)
    const handlers = createHandlers({ db, databasePath: file, mode: 'electron', version: 't' })
    await dispatch(handlers, 'records:create', { fields: { title: 'Made in the app' } })
    db.close()

    const lock = await holdWriteLock(file, 5000)
    const started = Date.now()
    const { stdout } = await run(process.execPath, [CLI, 'undo', '--db', file])
    const waited = Date.now() - started
    await lock.released
    expect(stdout).toMatch(/Undone: Created “Made in the app”/)
    expect(waited).toBeGreaterThan(1000)

    const after = openDatabase(file)
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(after.prepare('SELECT count(*) FROM records WHERE status = 0').pluck().get()).toBe(0)
    expect(after.prepare("SELECT count(*) FROM tags WHERE name = 'held by another process'").pluck().get()).toBe(1)
    after.close()
  })
})
