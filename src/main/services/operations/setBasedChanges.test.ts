import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../db/open'
import { tempDbPath } from '../../testing/tempDb'
import { createServices } from '../handlers'
import { keptFacetCounts, recountedFacetCounts } from '../../testing/facetCounts'
import { generateListings } from '../../../../test/generator'
import type { FieldValues } from '../../db/recordRows'
import { OperationLog } from './log'

const open: Db[] = []
afterEach(() => {
  for (const db of open.splice(0)) db.close()
})

/** Large enough that the title index is rebuilt rather than updated (see updatedIndexes). */
const COUNT = 10_400

/** A collection of COUNT generated records, every 50th with no title and the warning about it. */
function collection(): ReturnType<typeof createServices> {
  const file = tempDbPath()
  const db = openDatabase(file)
  open.push(db)
  // One clock for both collections compared, so their timestamps match too.
  const s = { ...createServices({ db, databasePath: file, mode: 'cli', version: 't' }), log: new OperationLog(db, 'cli', () => '2026-12-07T00:00:00.000Z') }
  const { records } = generateListings({ seed: 11, count: COUNT })
  const rows = records.map((r, i) => ({ ...r, tags: [...r.tags], ...(i % 50 === 0 ? { title: ' ', warnings: ['no title', 'check the date'] } : {}) }))
  s.log.run('import', 'seed', (ctx) => ctx.largeWrite([], () => ctx.insertMany(rows)))
  return s
}

const logOf = (db: Db, operationId: number): unknown[] =>
  (db.prepare('SELECT seq, record_id, before, after FROM operation_changes WHERE operation_id = ? ORDER BY seq').all(operationId) as { before: string; after: string }[]).map(
    (c) => ({ ...c, before: JSON.parse(c.before) as unknown, after: JSON.parse(c.after) as unknown })
  )
const recordsOf = (db: Db): unknown[] => db.prepare('SELECT id, title, warnings, updated_at, version FROM records ORDER BY id').all()
const indexesOf = (db: Db): unknown[] => db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").all()

function expectDerivedDataExact(db: Db): void {
  expect(keptFacetCounts(db)).toEqual(recountedFacetCounts(db))
  expect(() => db.exec("INSERT INTO records_fts(records_fts) VALUES ('integrity-check')")).not.toThrow()
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
}

describe('changeMany (a bulk edit of most of the collection)', () => {
  it('logs and writes exactly what change() record by record does, warnings following, and undo and redo stay exact', () => {
    const bySet = collection()
    const byRow = collection()
    const indexesBefore = indexesOf(bySet.db)
    const ids = bySet.db.prepare('SELECT id FROM records ORDER BY id').pluck().all() as number[]
    // Every third record keeps its title: change() logs nothing for it, nor must changeMany.
    const changes = ids.map((id) => ({ id, values: { title: id % 3 === 0 ? undefined : `Renamed ${id}` } as FieldValues }))
    const current = new Map((bySet.db.prepare('SELECT id, title FROM records').raw().all() as [number, string][]).map(([id, t]) => [id, t]))
    for (const c of changes) if (c.values.title === undefined) c.values.title = current.get(c.id)
    const fields = ['title' as const]

    const set = bySet.log.run('bulk', 'titles', (ctx) => ctx.largeWrite(ids, () => ctx.changeMany(changes), fields))
    const row = byRow.log.run('bulk', 'titles', (ctx) => ctx.largeWrite(ids, () => changes.filter((c) => ctx.change(c.id, c.values)).length, fields))

    expect(set.result).toBe(row.result)
    expect(set.result).toBe(ids.filter((id) => id % 3 !== 0).length)
    expect(logOf(bySet.db, set.operation.id)).toEqual(logOf(byRow.db, row.operation.id))
    expect(recordsOf(bySet.db)).toEqual(recordsOf(byRow.db))
    // The "no title" warning left with the edit that gave a title; the other stayed.
    expect(bySet.db.prepare("SELECT count(*) FROM records WHERE warnings = '[\"check the date\"]'").pluck().get()).toBeGreaterThan(0)
    expect(bySet.db.prepare("SELECT count(*) FROM records WHERE warnings LIKE '%no title%'").pluck().get()).toBe(ids.filter((id) => id % 3 === 0 && (id - 1) % 50 === 0).length)
    expect(bySet.db.prepare("SELECT count(*) FROM records_fts WHERE records_fts MATCH 'renamed'").pluck().get()).toBe(set.result)
    expect(indexesOf(bySet.db)).toEqual(indexesBefore)
    expectDerivedDataExact(bySet.db)

    const beforeEdit = recordsOf(byRow.db)
    bySet.log.undo()
    byRow.log.undo()
    expect(recordsOf(bySet.db)).toEqual(recordsOf(byRow.db))
    expect(bySet.db.prepare("SELECT count(*) FROM records_fts WHERE records_fts MATCH 'renamed'").pluck().get()).toBe(0)
    expectDerivedDataExact(bySet.db)
    bySet.log.redo()
    expect(recordsOf(bySet.db).map((r) => ({ ...(r as object), version: 0 }))).toEqual(beforeEdit.map((r) => ({ ...(r as object), version: 0 })))
    expect(indexesOf(bySet.db)).toEqual(indexesBefore)
    expectDerivedDataExact(bySet.db)
  })

  it('falls back to record by record for tags and for a record named twice, with the same result', () => {
    const s = collection()
    const [a, b] = s.db.prepare('SELECT id FROM records ORDER BY id LIMIT 2').pluck().all() as number[]
    const { result } = s.log.run('bulk', 'mixed', (ctx) =>
      ctx.changeMany([
        { id: a!, values: { title: 'First' } },
        { id: a!, values: { title: 'Second' } },
        { id: b!, values: { tags: ['picked'] } }
      ])
    )
    expect(result).toBe(3)
    expect(s.records.get(a!).title).toBe('Second')
    expect(s.records.get(b!).tags).toEqual(['picked'])
    s.log.undo()
    expect(s.records.get(b!).tags).not.toContain('picked')
  })
})
