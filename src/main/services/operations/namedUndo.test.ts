import { describe, expect, it } from 'vitest'
import { snapshotContent } from '../../testing/tempDb'
import { dispatchSessionsPerTest } from '../../testing/dispatchSession'

const session = dispatchSessionsPerTest()

describe('undo of a named operation (a toast names the operation its Undo undoes)', () => {
  it('undoes the named operation when it is the latest one done', async () => {
    const s = session()
    await s.call('records:create', { fields: { title: 'A' } })
    const b = await s.call('records:create', { fields: { title: 'B' } })
    const latest = (await s.call('history:state')).undo
    const undone = await s.call('history:undo', { id: latest.id })
    expect(undone).toMatchObject({ id: latest.id, state: 'undone' })
    expect((await s.raw('records:get', { id: b.id })).ok).toBe(false)
  })

  it('refuses a stale toast after the toolbar undid its operation, and changes nothing', async () => {
    const s = session()
    const a = await s.call('records:create', { fields: { title: 'A' } })
    await s.call('records:create', { fields: { title: 'B' } })
    const toastFor = (await s.call('history:state')).undo
    await s.call('history:undo') // the toolbar's Undo
    const before = snapshotContent(s.db)
    const answer = await s.raw('history:undo', { id: toastFor.id })
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(answer.ok || answer.error.message).toContain('already undone')
    expect(snapshotContent(s.db)).toEqual(before)
    expect((await s.call('records:get', { id: a.id })).title).toBe('A')
  })

  it('refuses when later changes sit on top of the named operation', async () => {
    const s = session()
    await s.call('records:create', { fields: { title: 'A' } })
    const first = (await s.call('history:state')).undo
    await s.call('records:create', { fields: { title: 'B' } })
    const before = snapshotContent(s.db)
    const answer = await s.raw('history:undo', { id: first.id })
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(answer.ok || answer.error.message).toContain('later changes sit on top')
    expect(snapshotContent(s.db)).toEqual(before)
  })

  it('validates the id and still undoes the latest without one', async () => {
    const s = session()
    await s.call('records:create', { fields: { title: 'A' } })
    expect(await s.raw('history:undo', { id: -1 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(await s.raw('history:undo', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await s.raw('history:undo', { other: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect((await s.call('history:undo')).state).toBe('undone')
  })

  it('"go back to here" (moveTo without inclusive) keeps the clicked step and undoes the later ones', async () => {
    const s = session()
    await s.call('records:create', { fields: { title: 'A' } })
    const a = (await s.call('history:state')).undo
    await s.call('records:create', { fields: { title: 'B' } })
    await s.call('records:create', { fields: { title: 'C' } })
    const moved = await s.call('history:moveTo', { id: a.id })
    expect(moved).toHaveLength(2)
    expect((await s.call('history:state')).undo.id).toBe(a.id)
    expect((await s.call('records:query', {})).rows.map((r: { title: string }) => r.title)).toEqual(['A'])
  })
})
