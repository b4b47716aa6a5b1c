import { afterEach, describe, expect, it, vi } from 'vitest'
import { openDatabase, type Db } from '../../db/open'
import { tempDbPath } from '../../testing/tempDb'
import { createServices } from '../handlers'
import { keptFacetCounts, recountedFacetCounts } from '../../testing/facetCounts'
import { CreatedFacetTally, SET_BASED_THRESHOLD } from './derivedData'
import { generateListings } from '../../../../test/generator'
import { STATUS_CODES } from '../../db/recordRows'

const open: Db[] = []
afterEach(() => {
  for (const db of open.splice(0)) db.close()
})

const kept = keptFacetCounts
const recounted = recountedFacetCounts

/** The derived data equals a from-scratch computation, and every trigger is back in place. */
function expectDerivedDataExact(db: Db): void {
  expect(kept(db)).toEqual(recounted(db))
  // FTS5 checks an external-content index against the records table itself.
  expect(() => db.exec("INSERT INTO records_fts(records_fts) VALUES ('integrity-check')")).not.toThrow()
  const triggers = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND (name LIKE 'records_fts%' OR name LIKE 'facet_counts%')").pluck().get()
  expect(triggers).toBe(8)
}

describe('large writes keep the search index and facet counts set-based', () => {
  it('stay exact through a large insert, a large edit with tags, trashing, undo and redo', () => {
    const file = tempDbPath()
    const db = openDatabase(file)
    open.push(db)
    const s = createServices({ db, databasePath: file, mode: 'cli', version: 't' })
    const count = SET_BASED_THRESHOLD + 500
    const { records } = generateListings({ seed: 3, count })

    s.log.run('import', 'big insert', (ctx) => ctx.largeWrite([], () => records.forEach((r) => ctx.insert({ ...r, tags: [...r.tags] }))))
    expectDerivedDataExact(db)
    expect(db.prepare("SELECT count(*) FROM records_fts WHERE records_fts MATCH 'seminar*'").pluck().get()).toBeGreaterThan(0)

    const ids = db.prepare('SELECT id FROM records ORDER BY id').pluck().all() as number[]
    s.log.run('bulk', 'big edit', (ctx) =>
      ctx.largeWrite(ids, () => {
        ids.forEach((id, i) => ctx.change(id, i % 3 === 0 ? { title: `Renamed ${i}`, city: 'Lyon', countryCode: 'FR', tags: ['bulk'] } : { status: STATUS_CODES.trashed }))
      })
    )
    expectDerivedDataExact(db)
    expect(db.prepare("SELECT count(*) FROM records_fts WHERE records_fts MATCH 'renamed'").pluck().get()).toBe(Math.ceil(count / 3))

    const indexes = (): unknown[] => db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records' ORDER BY name").all()
    const indexesBefore = indexes()
    s.log.undo()
    expectDerivedDataExact(db)
    // The import's undo voids its records in one statement, with the indexes rebuilt once: they end as they were.
    s.log.undo()
    expectDerivedDataExact(db)
    expect(indexes()).toEqual(indexesBefore)
    expect(db.prepare("SELECT count(*) FROM records WHERE status = 0").pluck().get()).toBe(0)
    expect(db.prepare("SELECT count(*) FROM records WHERE status = ?").pluck().get(STATUS_CODES.void)).toBe(count)
    s.log.redo()
    s.log.redo()
    expectDerivedDataExact(db)
  })

  it('redoes only what the written fields can move, and stays exact through undo and redo', () => {
    const file = tempDbPath()
    const db = openDatabase(file)
    open.push(db)
    const s = createServices({ db, databasePath: file, mode: 'cli', version: 't' })
    const { records } = generateListings({ seed: 4, count: SET_BASED_THRESHOLD + 100 })
    s.log.run('import', 'big insert', (ctx) => ctx.largeWrite([], () => records.forEach((r) => ctx.insert({ ...r, tags: [...r.tags] }))))
    const ids = db.prepare('SELECT id FROM records ORDER BY id').pluck().all() as number[]
    s.log.run('bulk', 'cities', (ctx) => ctx.largeWrite(ids, () => ids.forEach((id, i) => ctx.change(id, { city: `City ${i % 7}` })), ['city']))
    expectDerivedDataExact(db)
    s.log.run('bulk', 'titles', (ctx) => ctx.largeWrite(ids, () => ids.forEach((id) => ctx.change(id, { title: `Title ${id}` })), ['title']))
    expectDerivedDataExact(db)
    expect(db.prepare("SELECT count(*) FROM records_fts WHERE records_fts MATCH 'title'").pluck().get()).toBe(ids.length)
    s.log.undo()
    s.log.undo()
    expectDerivedDataExact(db)
    s.log.redo()
    expectDerivedDataExact(db)
    const lying = (): unknown =>
      s.log.run('bulk', 'says city, writes title', (ctx) => ctx.largeWrite(ids, () => ids.forEach((id) => ctx.change(id, { title: 'x' })), ['city']))
    expect(lying).toThrow(/fields it did not announce/)
    expectDerivedDataExact(db)
  })

  it('refuses (and rolls back) a large write that changes a record it did not announce', () => {
    const file = tempDbPath()
    const db = openDatabase(file)
    open.push(db)
    const s = createServices({ db, databasePath: file, mode: 'cli', version: 't' })
    const a = s.records.create({ title: 'A', startDate: null, endDate: null, dateText: null, place: null, city: null, country: null, countryCode: null, notes: null, tags: [] })
    const b = s.records.create({ title: 'B', startDate: null, endDate: null, dateText: null, place: null, city: null, country: null, countryCode: null, notes: null, tags: [] })
    const before = kept(db)
    expect(() => s.log.run('bulk', 'sneaky', (ctx) => ctx.largeWrite([a.id], () => ctx.change(b.id, { title: 'B2' })))).toThrow(/did not announce/)
    expect(s.records.get(b.id).title).toBe('B')
    expect(kept(db)).toEqual(before)
    expectDerivedDataExact(db)
  })

  it('counts the facets of records an import creates from the rows as written, exactly as SQLite would', () => {
    const file = tempDbPath()
    const db = openDatabase(file)
    open.push(db)
    const s = createServices({ db, databasePath: file, mode: 'cli', version: 't' })
    const batch = Number(db.prepare("INSERT INTO import_batches(file_name, format, created_at) VALUES ('b.txt', 'text', '2026-01-01')").run().lastInsertRowid)
    const { records } = generateListings({ seed: 5, count: SET_BASED_THRESHOLD + 300 })
    // Awkward values beside the generated ones: no date, empty and missing places, tags in two cases, a batch.
    const rows = records.map((r, i) => ({
      ...r,
      tags: i % 5 === 0 ? ['Refugees', 'refugees', 'network'] : [...r.tags],
      startDate: i % 7 === 0 ? null : r.startDate,
      endDate: i % 7 === 0 ? null : r.endDate,
      place: i % 11 === 0 ? '' : r.place,
      batchId: i % 2 === 0 ? batch : null,
      warnings: i % 3 === 0 ? ['check the date'] : []
    }))
    const write = vi.spyOn(CreatedFacetTally.prototype, 'write')
    try {
      s.log.run('import', 'an import', (ctx) => ctx.largeWrite([], () => ctx.insertMany(rows)))
      expect(write).toHaveBeenCalledTimes(1)
      expectDerivedDataExact(db)
      // A write that also changes a record it created is counted by SQLite instead, and as exactly.
      s.log.run('import', 'insert then edit', (ctx) =>
        ctx.largeWrite([], () => {
          const ids = ctx.insertMany(rows.slice(0, SET_BASED_THRESHOLD + 10).map((r) => ({ ...r, id: undefined })))
          ctx.change(ids[0]!, { city: 'Changed', tags: ['other'] })
        })
      )
      expect(write).toHaveBeenCalledTimes(1)
      expectDerivedDataExact(db)
      s.log.undo()
      s.log.undo()
      expectDerivedDataExact(db)
      s.log.redo()
      expectDerivedDataExact(db)
    } finally {
      write.mockRestore()
    }
  })
})
