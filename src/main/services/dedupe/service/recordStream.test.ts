import { afterEach, describe, expect, it } from 'vitest'
import { openTempDb } from '../../../testing/tempDb'
import type { Db } from '../../../db/open'
import { activeDedupeRecords, countActiveRecords } from './recordStream'

const open: Db[] = []
afterEach(() => {
  for (const db of open.splice(0)) db.close()
})

describe('activeDedupeRecords', () => {
  it('streams every active record in id order across chunk boundaries, and nothing else', () => {
    const { db } = openTempDb()
    open.push(db)
    const insert = db.prepare("INSERT INTO records(id, uid, status, title, start_date, created_at, updated_at) VALUES (?, ?, ?, ?, '2015-10-29', 'now', 'now')")
    db.transaction(() => {
      // Every seventh record is trashed or merged; ids have gaps.
      for (let i = 1; i <= 25_000; i++) insert.run(i * 2, `u${i}`, i % 7 === 0 ? 1 + (i % 2) : 0, `Event ${i}`)
    })()
    const ids: number[] = []
    let writesWhileStreaming = 0
    for (const record of activeDedupeRecords(db)) {
      ids.push(record.id)
      // No cursor stays open between chunks, so other requests can still write mid-scan.
      if (ids.length === 15_000) writesWhileStreaming = db.prepare("UPDATE records SET notes = 'x' WHERE id = 2").run().changes
    }
    expect(writesWhileStreaming).toBe(1)
    expect(ids.length).toBe(countActiveRecords(db))
    expect(ids.length).toBe(25_000 - Math.floor(25_000 / 7))
    expect(ids).toEqual([...ids].sort((x, y) => x - y))
    expect(ids[0]).toBe(2)
  })
})
