import { describe, expect, it } from 'vitest'
import { snapshotContent } from '../../testing/tempDb'
import { dispatchSessionsPerTest } from '../../testing/dispatchSession'

const session = dispatchSessionsPerTest()

const imported = (title: string, fields: Record<string, unknown>, warnings: string[]) => ({
  title, startDate: '2015-10-29', endDate: '2015-10-30', dateText: null, place: null, city: null, country: null, countryCode: null, notes: null, tags: [],
  sourceLine: 1, sourceText: title, confidence: 0.8, warnings, ...fields
})

async function importTwo(s: ReturnType<typeof session>) {
  await s.call('import:commit', {
    source: { fileName: 'listing.txt', sha256: 'a'.repeat(64), format: 'text', skippedLines: 0 },
    records: [
      imported('Forum in Bern', { place: 'Bern', city: 'Bern' }, ['no country in the place', 'title continues on a further line (kept in notes)']),
      imported('Seminar somewhere', {}, ['no place'])
    ]
  })
  const rows = (await s.call('records:query', { sort: { field: 'title', direction: 'asc' } })).rows
  return { bern: rows[0], somewhere: rows[1] }
}

describe('warnings follow edits and can be reviewed', () => {
  it('an edit that fixes the place takes its warning away, in the same undoable operation', async () => {
    const s = session()
    const { bern } = await importTwo(s)
    const edited = await s.call('records:update', { id: bern.id, version: bern.version, patch: { country: 'Switzerland', countryCode: 'CH' } })
    expect(edited.warnings).toEqual(['title continues on a further line (kept in notes)'])
    await s.call('history:undo')
    expect((await s.call('records:get', { id: bern.id })).warnings).toEqual(['no country in the place', 'title continues on a further line (kept in notes)'])
    const facets = await s.call('workspace:facets', {})
    expect(facets.warnings.with).toBe(2)
  })

  it('a bulk edit re-judges the warnings of every record it touches', async () => {
    const s = session()
    const { bern, somewhere } = await importTwo(s)
    await s.call('bulk:apply', { target: { kind: 'ids', ids: [bern.id, somewhere.id] }, rule: { op: 'set', field: 'city', value: 'Geneva' } })
    expect((await s.call('records:get', { id: somewhere.id })).warnings).toEqual(['no country in the place'])
    await s.call('bulk:apply', { target: { kind: 'ids', ids: [bern.id, somewhere.id] }, rule: { op: 'set', field: 'countryCode', value: 'CH' } })
    expect((await s.call('records:get', { id: somewhere.id })).warnings).toEqual([])
    expect((await s.call('workspace:facets', {})).warnings).toEqual({ with: 1, without: 1 })
  })

  it('reviewing a warning removes it, names it in the history, and undo brings it back', async () => {
    const s = session()
    const { bern } = await importTwo(s)
    const { operation } = await s.call('records:reviewWarnings', { ids: [bern.id], warning: 'no country in the place' })
    expect(operation).toMatchObject({ kind: 'record.review', description: 'Reviewed “no country in the place” on “Forum in Bern”' })
    expect((await s.call('records:get', { id: bern.id })).warnings).toEqual(['title continues on a further line (kept in notes)'])
    await s.call('records:reviewWarnings', { ids: [bern.id] })
    expect((await s.call('workspace:facets', {})).warnings).toEqual({ with: 1, without: 1 })
    await s.call('history:undo')
    await s.call('history:undo')
    expect((await s.call('records:get', { id: bern.id })).warnings).toHaveLength(2)
  })

  it('refuses a warning the records do not have, changing nothing', async () => {
    const s = session()
    const { bern } = await importTwo(s)
    const before = snapshotContent(s.db)
    expect(await s.raw('records:reviewWarnings', { ids: [bern.id], warning: 'no date' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await s.raw('records:reviewWarnings', { ids: [] })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(snapshotContent(s.db)).toEqual(before)
  })
})
