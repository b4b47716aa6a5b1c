import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../db/open'
import { tempDbPath } from '../../testing/tempDb'
import { createServices } from '../handlers'
import { sql as facetMigration } from '../../db/migrations/0004_workspace_facets'

const open: Db[] = []
afterEach(() => {
  for (const db of open.splice(0)) db.close()
})

/** facet_counts as kept by the triggers, without the rows that fell to zero. */
const kept = (db: Db): unknown[] => db.prepare('SELECT dim, value, year, status, n FROM facet_counts WHERE n != 0 ORDER BY 1, 2, 3, 4').all()

/** facet_counts as the migration computes it from scratch. */
function recounted(db: Db): unknown[] {
  const backfill = facetMigration.slice(facetMigration.indexOf('INSERT INTO facet_counts'), facetMigration.indexOf('CREATE TRIGGER'))
  db.exec('CREATE TEMP TABLE facet_counts AS SELECT * FROM main.facet_counts WHERE 0')
  db.exec(backfill.replace('INSERT INTO facet_counts', 'INSERT INTO temp.facet_counts'))
  const rows = db.prepare('SELECT dim, value, year, status, n FROM temp.facet_counts WHERE n != 0 ORDER BY 1, 2, 3, 4').all()
  db.exec('DROP TABLE temp.facet_counts')
  return rows
}

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
