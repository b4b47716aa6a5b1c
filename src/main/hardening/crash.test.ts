import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { openDatabase } from '../db/open'
import { tempDbPath } from '../testing/tempDb'
import { generateListings, renderAsListingText } from '../../../test/generator'
import { seedCollection } from '../../../bench/workspaceSeed'
import { RECIPE_FORMAT, RECIPE_VERSION } from '../../shared/contracts/bulk'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const CLI = path.join(ROOT, 'resources/bin/curate.mjs')

/**
 * Runs the CLI and kills it with SIGKILL once its transaction has spilled at least
 * `walBytes` of uncommitted pages into the WAL: the middle of the write, not before or after.
 */
async function killMidWrite(args: string[], dbPath: string, walBytes: number): Promise<{ killed: boolean; output: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (c: Buffer) => (output += c))
  child.stderr.on('data', (c: Buffer) => (output += c))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const baseline = fs.existsSync(`${dbPath}-wal`) ? fs.statSync(`${dbPath}-wal`).size : 0
  let killed = false
  while (child.exitCode === null && child.signalCode === null) {
    const wal = fs.existsSync(`${dbPath}-wal`) ? fs.statSync(`${dbPath}-wal`).size : 0
    if (wal - baseline > walBytes) {
      child.kill('SIGKILL')
      killed = true
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
  await exited
  return { killed, output }
}

function reopen(dbPath: string): Database.Database {
  // A plain connection: recovery of the WAL happens here, as it would for the app.
  const db = new Database(dbPath)
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
  expect(db.pragma('foreign_key_check')).toEqual([])
  return db
}

describe('a process killed in the middle of a large write', () => {
  it('an import of 100,000 listings is all there or not there at all', async () => {
    const dir = path.dirname(tempDbPath())
    const listing = path.join(dir, 'listings.txt')
    fs.writeFileSync(listing, renderAsListingText(generateListings({ seed: 5, count: 100_000 }).records))
    const dbPath = path.join(dir, 'collection.sqlite')
    openDatabase(dbPath).close()

    const { killed, output } = await killMidWrite(['import', listing, '--db', dbPath], dbPath, 4 * 1024 * 1024)
    expect(killed, `the import finished before it could be killed: ${output}`).toBe(true)

    const db = reopen(dbPath)
    const records = db.prepare('SELECT count(*) FROM records').pluck().get() as number
    const operations = db.prepare('SELECT count(*) FROM operations').pluck().get() as number
    const batches = db.prepare('SELECT count(*) FROM import_batches').pluck().get() as number
    expect([records, operations, batches]).toEqual([0, 0, 0])
    db.close()
  }, 180_000)

  it('a bulk edit over 30,000 records is all applied or not at all', async () => {
    const dbPath = tempDbPath()
    const seeded = openDatabase(dbPath)
    seedCollection(seeded, { count: 30_000 })
    const active = seeded.prepare('SELECT count(*) FROM records WHERE status = 0').pluck().get() as number
    const withLowerE = "SELECT count(*) FROM records WHERE status = 0 AND instr(title, 'e') > 0"
    const before = seeded.prepare(withLowerE).pluck().get() as number
    seeded.pragma('wal_checkpoint(TRUNCATE)')
    seeded.close()
    expect(before).toBeGreaterThan(active / 2)

    const recipe = path.join(path.dirname(dbPath), 'recipe.json')
    fs.writeFileSync(
      recipe,
      JSON.stringify({
        format: RECIPE_FORMAT,
        version: RECIPE_VERSION,
        createdAt: new Date().toISOString(),
        steps: [{ description: 'e to E in titles', scope: {}, rule: { op: 'replace', field: 'title', find: 'e', replace: 'E', mode: 'literal', caseSensitive: true, match: 'substring' } }]
      })
    )
    const { killed, output } = await killMidWrite(['apply', recipe, '--db', dbPath], dbPath, 4 * 1024 * 1024)
    expect(killed, `the bulk edit finished before it could be killed: ${output}`).toBe(true)

    const db = reopen(dbPath)
    const after = db.prepare(withLowerE).pluck().get() as number
    const bulkOperations = db.prepare("SELECT count(*) FROM operations WHERE kind = 'bulk'").pluck().get() as number
    // Either nothing happened, or all of it did together with its log entry; nothing in between.
    expect([after, bulkOperations]).toEqual(bulkOperations === 0 ? [before, 0] : [0, 1])
    db.close()
  }, 240_000)
})
