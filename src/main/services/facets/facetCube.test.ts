import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../db/open'
import { tempDbPath } from '../../testing/tempDb'
import { createServices } from '../handlers'
import { keptFacetCounts, recountedFacetCounts } from '../../testing/facetCounts'
import { sql as facetMigration } from '../../db/migrations/0004_workspace_facets'

const open: Db[] = []
afterEach(() => {
  for (const db of open.splice(0)) db.close()
})

/** facet_counts as kept by the triggers, without the rows that fell to zero. */
const kept = keptFacetCounts
const recounted = recountedFacetCounts

describe('precomputed facet counts', () => {
  it('stay exact through creating, editing, tagging, trashing, restoring, undoing and emptying the trash', () => {
    const file = tempDbPath()
    const db = openDatabase(file)
    open.push(db)
    const s = createServices({ db, databasePath: file, mode: 'cli', version: 't' })
    const a = s.records.create({ title: 'A', startDate: '2015-10-29', endDate: null, dateText: null, place: 'Neuchâtel', city: 'Neuchâtel', country: 'Switzerland', countryCode: 'CH', notes: null, tags: ['x', 'y'] })
    const b = s.records.create({ title: 'B', startDate: null, endDate: null, dateText: null, place: null, city: null, country: null, countryCode: null, notes: null, tags: [] })
    expect(kept(db)).toEqual(recounted(db))

    s.records.update(a.id, a.version, { startDate: '2016', countryCode: 'FR', city: '', tags: ['y', 'z'] })
    s.records.update(b.id, b.version, { tags: ['x'], place: 'Lyon' })
    expect(kept(db)).toEqual(recounted(db))

    s.records.trash([a.id])
    expect(kept(db)).toEqual(recounted(db))
    s.log.undo()
    s.log.undo()
    expect(kept(db)).toEqual(recounted(db))
    s.log.redo()
    s.log.redo()
    s.records.restore([a.id])
    s.records.trash([a.id, b.id])
    expect(kept(db)).toEqual(recounted(db))
    s.records.emptyTrash()
    expect(kept(db)).toEqual(recounted(db))
    expect(kept(db)).toEqual([])
  })

  it('are filled for records that existed before the migration', () => {
    const db = openDatabase(':memory:')
    open.push(db)
    db.exec("INSERT INTO records(uid, title, start_date, country_code, created_at, updated_at) VALUES ('u', 'Old', '2009-11', 'DE', 'x', 'x')")
    db.exec('DELETE FROM facet_counts')
    db.exec(facetMigration.slice(facetMigration.indexOf('INSERT INTO facet_counts'), facetMigration.indexOf('CREATE TRIGGER')))
    expect(db.prepare("SELECT value, year, n FROM facet_counts WHERE dim = 'country'").get()).toEqual({ value: 'DE', year: 2009, n: 1 })
  })
})
