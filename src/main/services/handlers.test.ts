import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../db/open'
import { snapshotContent, tempDbPath } from '../testing/tempDb'
import { createHandlers } from './handlers'
import { dispatch } from './dispatch'
import type { Envelope } from '../../shared/errors'

const open: Db[] = []
afterEach(() => {
  for (const db of open.splice(0)) db.close()
})

function session(file = tempDbPath()) {
  const db = openDatabase(file)
  open.push(db)
  const handlers = createHandlers({ db, databasePath: file, mode: 'cli', version: 'test' })
  const call = async <T = any>(method: string, args?: unknown): Promise<T> => {
    const answer = (await dispatch(handlers, method, args, () => {})) as Envelope<T>
    if (!answer.ok) throw Object.assign(new Error(answer.error.message), answer.error)
    return answer.value
  }
  const raw = (method: string, args?: unknown) => dispatch(handlers, method, args, () => {})
  return { db, file, call, raw }
}

const neuchatel = {
  title: 'Unlocking the potential of refugees',
  startDate: '2015-10-29',
  endDate: '2015-10-30',
  place: 'Neuchâtel (Switzerland)',
  city: 'Neuchâtel',
  country: 'Switzerland',
  countryCode: 'CH',
  tags: ['integration', 'refugees']
}

describe('records and the operation log', () => {
  it('creates a record as an undoable, redoable operation', async () => {
    const s = session()
    const created = await s.call('records:create', { fields: neuchatel })
    expect(created).toMatchObject({ ...neuchatel, status: 'active', version: 1, tags: ['integration', 'refugees'] })
    expect((await s.call('records:query', {})).total).toBe(1)

    const undone = await s.call('history:undo')
    expect(undone.kind).toBe('record.create')
    expect((await s.call('records:query', {})).total).toBe(0)
    expect((await s.raw('records:get', { id: created.id })).ok).toBe(false)

    await s.call('history:redo')
    const back = await s.call('records:get', { id: created.id })
    expect(back).toMatchObject({ ...neuchatel, uid: created.uid })
  })

  it('edits with a version check and undoes the edit field by field, tags included', async () => {
    const s = session()
    const created = await s.call('records:create', { fields: neuchatel })
    const edited = await s.call('records:update', { id: created.id, version: 1, patch: { title: 'New title', tags: ['x'], notes: 'n' } })
    expect(edited).toMatchObject({ title: 'New title', tags: ['x'], notes: 'n', version: 2 })

    const stale = await s.raw('records:update', { id: created.id, version: 1, patch: { title: 'Overwrite' } })
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })

    await s.call('history:undo')
    const restored = await s.call('records:get', { id: created.id })
    expect(restored).toMatchObject({ title: neuchatel.title, tags: neuchatel.tags, notes: null, updatedAt: created.updatedAt })
    expect(restored.version).toBeGreaterThan(edited.version)
    await s.call('history:redo')
    expect(await s.call('records:get', { id: created.id })).toMatchObject({ title: 'New title', tags: ['x'], notes: 'n' })
  })

  it('moves records to the trash and restores them, each undoable', async () => {
    const s = session()
    const a = await s.call('records:create', { fields: { title: 'A' } })
    const b = await s.call('records:create', { fields: { title: 'B' } })
    const trashed = await s.call('records:trash', { ids: [a.id, b.id] })
    expect(trashed.count).toBe(2)
    expect((await s.call('records:query', {})).total).toBe(0)
    expect((await s.call('records:query', { status: 'trashed' })).rows.map((r: any) => r.title).sort()).toEqual(['A', 'B'])

    await s.call('records:restore', { ids: [a.id] })
    expect((await s.call('records:query', {})).rows.map((r: any) => r.title)).toEqual(['A'])
    await s.call('history:undo')
    expect((await s.call('records:query', {})).total).toBe(0)
    await s.call('history:undo')
    expect((await s.call('records:query', {})).total).toBe(2)
  })

  it('keeps undo and redo across a restart', async () => {
    const file = tempDbPath()
    const first = session(file)
    const created = await first.call('records:create', { fields: neuchatel })
    await first.call('records:update', { id: created.id, version: 1, patch: { city: 'Neuchatel' } })
    first.db.close()
    open.splice(open.indexOf(first.db), 1)

    const second = session(file)
    expect((await second.call('history:state')).undo.kind).toBe('record.update')
    await second.call('history:undo')
    expect((await second.call('records:get', { id: created.id })).city).toBe('Neuchâtel')
    second.db.close()
    open.splice(open.indexOf(second.db), 1)

    const third = session(file)
    expect((await third.call('history:state')).redo.kind).toBe('record.update')
    await third.call('history:redo')
    expect((await third.call('records:get', { id: created.id })).city).toBe('Neuchatel')
  })

  it('forgets the redo branch, and the records only it created, after a new change', async () => {
    const s = session()
    const a = await s.call('records:create', { fields: { title: 'A' } })
    await s.call('history:undo')
    await s.call('records:create', { fields: { title: 'B' } })
    expect((await s.call('history:state')).redo).toBeNull()
    expect(s.db.prepare('SELECT count(*) FROM records WHERE id = ?').pluck().get(a.id)).toBe(0)
  })

  it('empties the trash for good, and undo cannot cross it', async () => {
    const s = session()
    const a = await s.call('records:create', { fields: { title: 'A' } })
    await s.call('records:trash', { ids: [a.id] })
    expect(await s.call('trash:empty')).toEqual({ count: 1 })
    expect(s.db.prepare('SELECT count(*) FROM records').pluck().get()).toBe(0)
    expect(await s.raw('history:undo')).toMatchObject({ ok: false, error: { code: 'IRREVERSIBLE' } })
    expect((await s.call('history:state')).undo).toBeNull()
  })

  it('empties a trash holding a record others were merged into, taking the merged-away records with it', async () => {
    const s = session()
    const survivor = await s.call('records:create', { fields: { title: 'Survivor' } })
    const merged = await s.call('records:create', { fields: { title: 'Merged away' } })
    const keep = await s.call('records:create', { fields: { title: 'Unrelated' } })
    s.db.prepare('UPDATE records SET status = 2, merged_into = ? WHERE id = ?').run(survivor.id, merged.id)
    await s.call('records:trash', { ids: [survivor.id] })
    expect(await s.call('trash:empty')).toEqual({ count: 1 })
    expect(s.db.prepare('SELECT id FROM records ORDER BY id').pluck().all()).toEqual([keep.id])
    expect(s.db.pragma('foreign_key_check')).toEqual([])
  })

  it('moves through history to any point', async () => {
    const s = session()
    await s.call('records:create', { fields: { title: 'A' } })
    const b = await s.call('records:create', { fields: { title: 'B' } })
    await s.call('records:update', { id: b.id, version: 1, patch: { title: 'B2' } })
    const ops = (await s.call('history:list', {})).items
    expect(ops.map((o: any) => o.kind)).toEqual(['record.update', 'record.create', 'record.create'])
    await s.call('history:moveTo', { id: ops[2].id })
    expect((await s.call('records:query', {})).rows.map((r: any) => r.title)).toEqual(['A'])
    await s.call('history:moveTo', { id: ops[0].id })
    expect((await s.call('records:query', { sort: { field: 'title', direction: 'asc' } })).rows.map((r: any) => r.title)).toEqual(['A', 'B2'])
  })

  it("shows a record's own history with who, when and what", async () => {
    const s = session()
    const a = await s.call('records:create', { fields: { title: 'A' } })
    await s.call('records:update', { id: a.id, version: 1, patch: { title: 'A2' } })
    const history = await s.call('records:history', { id: a.id })
    expect(history).toHaveLength(2)
    expect(history[0]).toMatchObject({ operation: { kind: 'record.update', actor: 'cli' }, before: { title: 'A' }, after: { title: 'A2' } })
  })
})

describe('bad arguments get a typed error and change nothing', () => {
  const cases: [string, string, unknown, string][] = [
    ['a wrong type', 'records:create', { fields: { title: 42 } }, 'INVALID_ARGUMENT'],
    ['an unknown field', 'records:create', { fields: { title: 'A', colour: 'red' } }, 'INVALID_ARGUMENT'],
    ['an invalid date', 'records:create', { fields: { title: 'A', startDate: '2015-02-30' } }, 'INVALID_ARGUMENT'],
    ['a date that is not ISO', 'records:create', { fields: { title: 'A', startDate: '29/10/2015' } }, 'INVALID_ARGUMENT'],
    ['end before start', 'records:create', { fields: { title: 'A', startDate: '2015-10-29', endDate: '2015-10-28' } }, 'INVALID_ARGUMENT'],
    ['an empty title', 'records:create', { fields: { title: '   ' } }, 'INVALID_ARGUMENT'],
    ['an unknown country code', 'records:create', { fields: { title: 'A', countryCode: 'XX' } }, 'INVALID_ARGUMENT'],
    ['no arguments', 'records:create', undefined, 'INVALID_ARGUMENT'],
    ['an unknown method', 'records:drop', {}, 'UNKNOWN_METHOD'],
    ['a missing record', 'records:get', { id: 999 }, 'NOT_FOUND'],
    ['an edit ending before its start', 'records:update', { id: 1, version: 1, patch: { endDate: '2015-10-01' } }, 'INVALID_ARGUMENT'],
    ['an unknown patch field', 'records:update', { id: 1, version: 1, patch: { status: 'merged' } }, 'INVALID_ARGUMENT'],
    ['an empty id list', 'records:trash', { ids: [] }, 'INVALID_ARGUMENT'],
    ['a negative id', 'records:trash', { ids: [-1] }, 'INVALID_ARGUMENT'],
    ['a hostile query', 'records:query', { sort: { field: 'title; DROP TABLE records', direction: 'asc' } }, 'INVALID_ARGUMENT']
  ]
  it.each(cases)('%s', async (_label, method, args, code) => {
    const s = session()
    await s.call('records:create', { fields: neuchatel })
    const before = snapshotContent(s.db)
    const answer = await s.raw(method, args)
    expect(answer).toMatchObject({ ok: false, error: { code } })
    if (!answer.ok) expect(answer.error.message).not.toMatch(/\n\s+at /)
    expect(snapshotContent(s.db)).toEqual(before)
  })

  it('names the field in the message', async () => {
    const s = session()
    const answer = await s.raw('records:create', { fields: { title: 'A', startDate: '2015-13-01' } })
    expect(answer).toMatchObject({ ok: false, error: { fields: { 'fields.startDate': expect.stringMatching(/ISO 8601/) } } })
  })
})
