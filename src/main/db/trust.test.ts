import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openDatabase } from './open'
import { CURATE_APPLICATION_ID } from './identity'
import { tempDbPath } from '../testing/tempDb'
import { openCollection } from '../services/export/testSupport/collection'
import { listSnapshots, offerSnapshots, takeSnapshot } from '../services/backup/snapshots'
import { openCollection as openUserCollection } from '../services/backup/openCollection'

const CLI = path.resolve(import.meta.dirname, '../../../resources/bin/curate.mjs')
const curate = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' })

/** A closed collection of `count` records (WAL folded in), with one sound snapshot beside it. */
async function collectionFile(count = 2000): Promise<string> {
  const c = openCollection('cli')
  c.insert(Array.from({ length: count }, (_, i) => ({ title: `Meeting number ${i} on water and archives`, notes: 'n'.repeat(200), countryCode: 'CH', startDate: '2015-03-01' })))
  await takeSnapshot(c.db, c.file, 'manual')
  c.close()
  return c.file
}

/** 4 KB of seeded random bytes written over the middle of the file, as a failing disk might. */
function damageMiddle(file: string): void {
  let seed = 12345
  const bytes = Buffer.alloc(4096, 0).map(() => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16) & 0xff)
  const handle = fs.openSync(file, 'r+')
  fs.writeSync(handle, bytes, 0, bytes.length, Math.floor(fs.statSync(file).size / 2) + 1000)
  fs.closeSync(handle)
}

const sideFiles = (file: string) => ['-wal', '-shm'].filter((suffix) => fs.existsSync(file + suffix))

describe('a damaged collection', () => {
  it('is refused on opening (quick_check) and left byte for byte as it was', async () => {
    const file = await collectionFile()
    damageMiddle(file)
    const before = fs.readFileSync(file)
    expect(() => openDatabase(file)).toThrow(/is damaged \(.+\); it was left untouched/)
    expect(fs.readFileSync(file).equals(before)).toBe(true)
    expect(sideFiles(file)).toEqual([])
  })

  it('is never written to by the CLI, which offers the latest sound snapshot instead', async () => {
    const file = await collectionFile()
    damageMiddle(file)
    const before = fs.readFileSync(file)
    const listing = path.join(path.dirname(file), 'new.txt')
    fs.writeFileSync(listing, 'Water forum\n3 March 2016\nGeneva (Switzerland)\n')
    for (const args of [['info'], ['import', listing]]) {
      const run = curate(...args, '--db', file)
      expect(run.status, args[0]).toBe(1)
      expect(run.stderr).toMatch(/is damaged .* The latest sound snapshot is from .*; restore it with: npx curate restore collection-\d{8}T\d{9}Z-manual\.sqlite/)
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true)
  }, 30_000)

  it('the offer skips a newer snapshot that is itself damaged', async () => {
    const file = await collectionFile()
    const [sound] = listSnapshots(file)
    const newer = path.join(path.dirname(file), 'backups', 'collection-29990101T000000000Z-daily.sqlite')
    fs.copyFileSync(path.join(path.dirname(file), 'backups', sound!.name), newer)
    damageMiddle(newer)
    damageMiddle(file)
    expect(listSnapshots(file)[0]!.name).toBe(path.basename(newer))
    expect(offerSnapshots(file)).toContain(`restore it with: npx curate restore ${sound!.name}`)
  })

  it('is never snapshotted: a snapshot of it fails its integrity check and is not kept', async () => {
    const file = await collectionFile()
    damageMiddle(file)
    const raw = new Database(file)
    await expect(takeSnapshot(raw, file, 'daily')).rejects.toThrow(/the collection is damaged .*; no snapshot was kept/)
    raw.close()
    expect(listSnapshots(file).map((s) => s.reason)).toEqual(['manual'])
    expect(fs.readdirSync(path.join(path.dirname(file), 'backups')).filter((name) => name.endsWith('.partial'))).toEqual([])
  })
})

describe('a foreign SQLite file', () => {
  it('is refused before anything is written (no Curate tables, no WAL), by the app and the CLI', () => {
    const file = tempDbPath('notes.sqlite')
    const other = new Database(file)
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('mine')")
    other.close()
    const before = fs.readFileSync(file)
    expect(() => openDatabase(file)).toThrow(`${file} is a SQLite database of another program (its tables: notes), not a Curate collection; it was left untouched`)
    const run = curate('import', '-', '--db', file)
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/another program/)
    expect(fs.readFileSync(file).equals(before)).toBe(true)
    expect(sideFiles(file)).toEqual([])
  }, 30_000)

  it("is refused when it carries another application's id even without tables", () => {
    const file = tempDbPath('other.sqlite')
    const other = new Database(file)
    other.pragma('application_id = 1234')
    other.close()
    expect(() => openDatabase(file)).toThrow(/another program/)
  })

  it('a collection is marked with application_id; one made before the mark is recognised and marked', () => {
    const file = tempDbPath()
    openDatabase(file).close()
    const marked = new Database(file, { readonly: true })
    expect(marked.pragma('application_id', { simple: true })).toBe(CURATE_APPLICATION_ID)
    marked.close()
    const older = new Database(file)
    older.pragma('application_id = 0')
    older.close()
    openDatabase(file).close()
    const again = new Database(file, { readonly: true })
    expect(again.pragma('application_id', { simple: true })).toBe(CURATE_APPLICATION_ID)
    again.close()
  })
})

describe('a missing or empty collection path', () => {
  it('read commands say "no collection at PATH" and create nothing; 0-byte files stay 0 bytes', () => {
    const folder = path.dirname(tempDbPath())
    const missing = path.join(folder, 'typo.sqlite')
    const empty = path.join(folder, 'empty.sqlite')
    fs.writeFileSync(empty, '')
    for (const file of [missing, empty]) {
      for (const args of [['info'], ['export', '--format', 'csv'], ['dedupe']]) {
        const run = curate(...args, '--db', file)
        expect(run.status, `${args[0]} ${file}`).toBe(1)
        expect(run.stderr).toContain(`no collection at ${file}`)
      }
    }
    expect(fs.existsSync(missing)).toBe(false)
    expect(fs.statSync(empty).size).toBe(0)
    expect(fs.readdirSync(folder).sort()).toEqual(['empty.sqlite'])
  }, 60_000)

  it('a command that writes creates the collection and says so', () => {
    const file = path.join(path.dirname(tempDbPath()), 'new.sqlite')
    const listing = path.join(path.dirname(file), 'listing.txt')
    fs.writeFileSync(listing, 'Water forum\n3 March 2016\nGeneva (Switzerland)\n')
    const run = curate('import', listing, '--db', file)
    expect(run.stderr).toContain(`curate import: created a new collection at ${file}`)
    expect(run.status).toBe(0)
    expect(curate('info', '--db', file).stdout).toMatch(/1 records/)
  }, 30_000)
})

describe('a snapshot killed midway', () => {
  it('leaves a *.partial file that the next start removes (one still being written is left alone)', async () => {
    const file = await collectionFile(10)
    const folder = path.join(path.dirname(file), 'backups')
    const abandoned = path.join(folder, 'collection-20260101T000000000Z-daily.sqlite.partial')
    const inProgress = path.join(folder, 'collection-20260102T000000000Z-daily.sqlite.partial')
    fs.writeFileSync(abandoned, 'half a snapshot')
    fs.writeFileSync(inProgress, 'being written')
    const old = new Date(Date.now() - 60 * 60 * 1000)
    fs.utimesSync(abandoned, old, old)
    openUserCollection(file).close()
    expect(fs.existsSync(abandoned)).toBe(false)
    expect(fs.existsSync(inProgress)).toBe(true)
    expect(listSnapshots(file).map((s) => s.reason)).toEqual(['manual'])
  })
})

