import { describe, expect, it } from 'vitest'
import type { Db } from '../../db/open'
import { servicesPerTest } from '../../testing/tempServices'
import { STATUS_CODES } from '../../db/recordRows'

const services = servicesPerTest()

const activeTitles = (db: Db): string[] => db.prepare('SELECT title FROM records WHERE status = 0 ORDER BY id').pluck().all() as string[]

describe('insertMany', () => {
  it('logs every creation like insert does, after earlier changes of the same operation, and undoes and redoes them', () => {
    const s = services()
    const first = s.records.create({ title: 'Existing', startDate: null, endDate: null, dateText: null, place: null, city: null, country: null, countryCode: null, notes: null, tags: [] })
    const { operation, result: ids } = s.log.run('import', 'three', (ctx) => {
      ctx.change(first.id, { title: 'Existing, renamed' })
      return ctx.insertMany([{ title: 'A', tags: ['x'] }, { title: 'B' }, { title: 'C', id: 500 }])
    })
    expect(ids).toHaveLength(3)
    expect(ids[2]).toBe(500)
    expect(operation.recordCount).toBe(4)
    const changes = s.db.prepare('SELECT seq, record_id, before, after FROM operation_changes WHERE operation_id = ? ORDER BY seq').all(operation.id)
    expect(changes).toEqual([
      { seq: 0, record_id: first.id, before: expect.stringContaining('"title":"Existing"'), after: expect.stringContaining('renamed') },
      ...ids.map((id, i) => ({ seq: i + 1, record_id: id, before: JSON.stringify({ status: STATUS_CODES.void }), after: JSON.stringify({ status: STATUS_CODES.active }) }))
    ])
    expect(activeTitles(s.db)).toEqual(['Existing, renamed', 'A', 'B', 'C'])

    s.log.undo()
    expect(activeTitles(s.db)).toEqual(['Existing'])
    s.log.redo()
    expect(activeTitles(s.db)).toEqual(['Existing, renamed', 'A', 'B', 'C'])
    expect(s.log.recordHistory(ids[0]!)[0]!.after).toEqual({ status: STATUS_CODES.active })
  })

  it('writes nothing when a row fails part-way', () => {
    const s = services()
    expect(() => s.log.run('import', 'bad', (ctx) => ctx.insertMany([{ title: 'A', uid: 'same' }, { title: 'B', uid: 'same' }]))).toThrow(/UNIQUE/)
    expect(s.db.prepare('SELECT count(*) FROM records').pluck().get()).toBe(0)
    expect(s.db.prepare('SELECT count(*) FROM operation_changes').pluck().get()).toBe(0)
  })
})
