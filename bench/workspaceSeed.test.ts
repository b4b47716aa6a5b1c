import { afterAll, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openDatabase, type Db } from '../src/main/db/open'
import { cachedSeed, copyOfSeed, discardCopy, seedCollection, seedTruth } from './workspaceSeed'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'curate-seed-test-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

function seeded(name: string, rowByRowTriggers: boolean): Db {
  const db = openDatabase(path.join(dir, `${name}.sqlite`))
  // More than one generator chunk would take too long here; 3,000 records cover every facet dimension.
  seedCollection(db, { count: 3_000, rowByRowTriggers })
  return db
}

/** Rows the triggers leave at zero (a record's first tag moves it out of 'untagged') are skipped by readers. */
const facetRows = (db: Db): unknown[] => db.prepare('SELECT dim, value, year, status, n FROM facet_counts WHERE n != 0 ORDER BY 1, 2, 3, 4').all()
const ftsIds = (db: Db, match: string): number[] => db.prepare('SELECT rowid FROM records_fts WHERE records_fts MATCH ? ORDER BY rowid').pluck().all(match) as number[]
const triggers = (db: Db): unknown[] => db.prepare("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all()
const records = (db: Db): unknown[] => db.prepare('SELECT * FROM records ORDER BY id').all().map((r) => ({ ...(r as object), uid: null }))

describe('seedCollection with the insert triggers paused', () => {
  const slow = seeded('row-by-row', true)
  const fast = seeded('rebuilt', false)
  afterAll(() => {
    slow.close()
    fast.close()
  })

  it('holds the same records, facet counts and triggers as a seed with the triggers firing', () => {
    expect(records(fast)).toEqual(records(slow))
    expect(facetRows(fast).length).toBeGreaterThan(100)
    expect(facetRows(fast)).toEqual(facetRows(slow))
    expect(triggers(fast)).toEqual(triggers(slow))
    expect(triggers(fast).length).toBeGreaterThanOrEqual(8)
  })

  it('finds the same ids by full-text search, and its index matches the records', () => {
    for (const term of ['seminar', 'integration', 'neuchatel', 'refugees', '"study visit"', 'mediat*', 'paris OR berlin']) {
      const ids = ftsIds(fast, term)
      expect(ids, term).toEqual(ftsIds(slow, term))
    }
    expect(ftsIds(fast, 'seminar').length).toBeGreaterThan(0)
    // FTS5 compares an external-content index against the records table itself and throws on a difference.
    expect(() => fast.exec("INSERT INTO records_fts(records_fts) VALUES ('integrity-check')")).not.toThrow()
  })

  it('keeps the derived data exact through later writes, as the recreated triggers fire', () => {
    for (const db of [fast, slow]) {
      db.prepare("UPDATE records SET city = 'Neuchâtel', title = title || ' rescheduled' WHERE id % 7 = 0").run()
      db.prepare('DELETE FROM records WHERE id % 11 = 0').run()
      db.prepare('INSERT INTO record_tags(record_id, tag_id) SELECT id, (SELECT min(id) FROM tags) FROM records WHERE id % 13 = 0 ON CONFLICT DO NOTHING').run()
    }
    expect(facetRows(fast)).toEqual(facetRows(slow))
    expect(ftsIds(fast, 'rescheduled')).toEqual(ftsIds(slow, 'rescheduled'))
    expect(ftsIds(fast, 'rescheduled').length).toBeGreaterThan(0)
  })
})

describe('cachedSeed', () => {
  it('builds a file once, reuses it, and hands out copies with the ground truth beside it', () => {
    const cache = path.join(dir, 'cache')
    const file = cachedSeed(500, cache)
    // Read-only openings may leave an empty -wal and -shm behind; nothing else belongs there.
    expect(fs.readdirSync(cache).filter((name) => !/-(wal|shm)$/.test(name)).sort()).toEqual(['seed-500.sqlite', 'seed-500.sqlite.truth.json'])
    expect(fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0).toBe(0)
    const built = fs.statSync(file).mtimeMs
    expect(cachedSeed(500, cache)).toBe(file)
    expect(fs.statSync(file).mtimeMs).toBe(built)
    expect(seedTruth(500, cache).length).toBeGreaterThan(0)

    const copy = copyOfSeed(500, cache)
    const db = openDatabase(copy)
    expect(db.prepare('SELECT count(*) FROM records').pluck().get()).toBe(500)
    db.close()
    discardCopy(copy)
    expect(fs.existsSync(copy)).toBe(false)

    // A file with an older schema (or cut short) is built again.
    const stale = openDatabase(file)
    stale.pragma('user_version = 3')
    stale.close()
    cachedSeed(500, cache)
    const rebuilt = openDatabase(file, { readonly: true })
    expect(rebuilt.pragma('user_version', { simple: true })).toBeGreaterThan(3)
    rebuilt.close()
  }, 60_000)
})
