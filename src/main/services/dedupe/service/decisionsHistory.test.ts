import { afterEach, describe, expect, it } from 'vitest'
import { snapshotContent } from '../../../testing/tempDb'
import { openCollection, type TestCollection } from './testCollection'

const open: TestCollection[] = []
afterEach(() => {
  for (const c of open.splice(0)) c.close()
})

function seeded() {
  const c = openCollection()
  open.push(c)
  const ids = c.insert([
    { title: 'Forum on inclusive cities', startDate: '2016-03-12', endDate: '2016-03-12', place: 'Bern' },
    { title: 'Forum on inclusive cities', startDate: '2016-03-12', endDate: '2016-03-12', place: 'Bern, Switzerland' },
    { title: 'Seminar on diversity', startDate: '2016-04-18', endDate: '2016-04-19', place: 'Lyon' }
  ])
  return { c, ids }
}

const decisions = (c: TestCollection) => c.db.prepare('SELECT record_a, record_b FROM dedupe_decisions ORDER BY 1, 2').raw().all()

describe('"not duplicates" decisions are in the History and can be taken back', () => {
  it('a dismissal is an operation: undo takes it back, redo makes it again', async () => {
    const { c, ids } = seeded()
    const { dismissed, operation } = await c.call('dedupe:dismiss', { pairs: [[ids[1], ids[0]]] })
    expect(dismissed).toBe(1)
    expect(operation).toMatchObject({ kind: 'dedupe.dismiss', description: 'Not duplicates: “Forum on inclusive cities” and “Forum on inclusive cities”' })
    expect((await c.call('history:list', {})).items[0].kind).toBe('dedupe.dismiss')
    expect(decisions(c)).toEqual([[ids[0], ids[1]]])
    await c.call('history:undo', { id: operation.id })
    expect(decisions(c)).toEqual([])
    await c.call('history:redo')
    expect(decisions(c)).toEqual([[ids[0], ids[1]]])
  })

  it('lists the dismissed pairs with their titles, and un-dismissing is an undoable operation too', async () => {
    const { c, ids } = seeded()
    await c.call('dedupe:dismiss', { pairs: [[ids[0], ids[1]], [ids[0], ids[2]]] })
    const list = await c.call('dedupe:dismissed')
    expect(list.total).toBe(2)
    expect(list.items.map((p: { a: { id: number }; b: { id: number } }) => [p.a.id, p.b.id]).sort()).toEqual([[ids[0], ids[1]], [ids[0], ids[2]]].sort())
    expect(list.items[0].a.title).toBe('Forum on inclusive cities')
    const { restored, operation } = await c.call('dedupe:undismiss', { pairs: [[ids[2], ids[0]]] })
    expect(restored).toBe(1)
    expect(operation.kind).toBe('dedupe.undismiss')
    expect((await c.call('dedupe:dismissed')).total).toBe(1)
    await c.call('history:undo')
    expect((await c.call('dedupe:dismissed')).total).toBe(2)
  })

  it('dismissing pairs already dismissed writes no operation; a missing record changes nothing', async () => {
    const { c, ids } = seeded()
    await c.call('dedupe:dismiss', { pairs: [[ids[0], ids[1]]] })
    const before = snapshotContent(c.db)
    expect(await c.call('dedupe:dismiss', { pairs: [[ids[1], ids[0]]] })).toEqual({ dismissed: 0, operation: null })
    expect(await c.raw('dedupe:dismiss', { pairs: [[ids[0], 9999]] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(snapshotContent(c.db)).toEqual(before)
  })
})
