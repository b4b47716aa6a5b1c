import { describe, expect, it } from 'vitest'
import type { Db } from '../../db/open'
import { servicesPerTest } from '../../testing/tempServices'
import { withIndexesRebuilt, worthRebuildingIndexes } from './bulkLoad'

const services = servicesPerTest()

const indexesOf = (db: Db) => db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records' ORDER BY name").all()
const rows = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({ title: `Meeting ${from + i}`, startDate: `20${10 + (i % 10)}-05-0${1 + (i % 9)}`, city: `City ${i % 50}`, countryCode: 'FR' }))

describe('bulk loads with the indexes rebuilt', () => {
  it('are chosen only for large loads that at least double the table', () => {
    const s = services()
    expect(worthRebuildingIndexes(s.db, 'records', 9_999)).toBe(false)
    expect(worthRebuildingIndexes(s.db, 'records', 10_000)).toBe(true)
    s.log.run('seed', 'seed', (ctx) => ctx.insertMany(rows(12_000)))
    expect(worthRebuildingIndexes(s.db, 'records', 11_000)).toBe(false)
    expect(worthRebuildingIndexes(s.db, 'records', 12_000)).toBe(true)
  })

  it('leave the same indexes, complete and consistent, after a large import', () => {
    const s = services()
    const before = indexesOf(s.db)
    s.log.run('seed', 'seed', (ctx) => ctx.insertMany(rows(12_000)))
    expect(indexesOf(s.db)).toEqual(before)
    expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok')
    // Answered from the rebuilt (status, city) index: every row is in it.
    const plan = s.db.prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM records WHERE status = 0 AND city = 'City 7'").all() as { detail: string }[]
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/INDEX records_status_city/)
    expect(s.db.prepare("SELECT count(*) FROM records WHERE status = 0 AND city = 'City 7'").pluck().get()).toBe(240)
  })

  it('roll the indexes back with everything else when the load fails', () => {
    const s = services()
    const before = indexesOf(s.db)
    expect(() =>
      s.db.transaction(() =>
        withIndexesRebuilt(s.db, 'records', () => {
          s.db.prepare("INSERT INTO records(uid, title, created_at, updated_at) VALUES ('u', 't', 'x', 'x')").run()
          throw new Error('disk full')
        })
      )()
    ).toThrow('disk full')
    expect(indexesOf(s.db)).toEqual(before)
    expect(s.db.prepare('SELECT count(*) FROM records').pluck().get()).toBe(0)
  })
})
