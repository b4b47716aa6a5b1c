import { afterEach, describe, expect, it } from 'vitest'
import { snapshotContent } from '../../../testing/tempDb'
import { loadRecord } from '../../../db/recordRows'
import type { NewRow } from '../../operations/log'
import type { DuplicateQueue } from '../../../../shared/contracts/dedupe'
import { openCollection, type TestCollection } from './testCollection'

const open: TestCollection[] = []
afterEach(() => {
  for (const c of open.splice(0)) c.close()
})

const neuchatel: NewRow = {
  title: 'Unlocking the potential of refugees and asylum seekers: intercultural approaches to integration',
  startDate: '2015-10-29',
  endDate: '2015-10-30',
  dateText: '29-30 October 2015',
  place: 'Neuchâtel (Switzerland)',
  city: 'Neuchâtel',
  country: 'Switzerland',
  countryCode: 'CH',
  tags: ['integration', 'refugees'],
  sourceFile: 'icc.txt',
  sourceLine: 4,
  sourceText: 'Unlocking the potential…\n29-30 October 2015\nNeuchâtel (Switzerland)'
}
const neuchatelAgain: NewRow = {
  title: 'Unlocking potential of refugees, asylum seekers - intercultural approaches to integration',
  startDate: '2015-10-29',
  endDate: '2015-10-30',
  dateText: '2015-10-29/30',
  place: 'Neuchatel, Switzerland',
  city: 'Neuchatel',
  country: null,
  countryCode: 'CH',
  notes: 'second listing',
  tags: ['Refugees', 'asylum'],
  sourceFile: 'other-source.txt',
  sourceLine: 17,
  sourceText: '29/10/2015 Unlocking potential of refugees, asylum seekers'
}
const neuchatelThird: NewRow = { ...neuchatel, title: neuchatel.title.toUpperCase(), tags: ['third'], sourceFile: 'third.csv', sourceLine: 2, sourceText: 'row 2' }
const torino: NewRow = { title: 'Forum on Intercultural Cities', startDate: '2011-01-27', endDate: '2011-01-28', place: 'Torino (Italy)', city: 'Torino', country: 'Italy', countryCode: 'IT' }
const turin: NewRow = { ...torino, title: 'Forum on intercultural cities.', place: 'Turin, Italy', city: 'Turin' }
const visits: NewRow[] = [
  { title: '1st ICC expert visit', startDate: '2014-04-02', endDate: '2014-04-03', place: 'Limerick (Ireland)', city: 'Limerick', country: 'Ireland', countryCode: 'IE' },
  { title: '1st ICC expert visit', startDate: '2014-02-27', endDate: '2014-02-28', place: 'Strasbourg (France)', city: 'Strasbourg', country: 'France', countryCode: 'FR' },
  { title: '1st ICC expert visit', startDate: '2014-02-19', endDate: '2014-02-20', place: 'Bergen (Norway)', city: 'Bergen', country: 'Norway', countryCode: 'NO' }
]

function seeded(): { c: TestCollection; ids: number[] } {
  const c = openCollection()
  open.push(c)
  const batch = Number(
    c.db.prepare("INSERT INTO import_batches(file_name, format, created_at) VALUES ('icc.txt', 'text', '2024-01-01T00:00:00Z')").run().lastInsertRowid
  )
  const ids = c.insert([{ ...neuchatel, batchId: batch }, neuchatelAgain, neuchatelThird, torino, turin, ...visits])
  return { c, ids }
}

const withoutVersion = ({ version: _version, ...rest }: Record<string, unknown>) => rest

describe('scan and review queue', () => {
  it('finds the reworded listings as groups with reasons in words, and not the distinct visits', async () => {
    const { c, ids } = seeded()
    expect((await c.call<DuplicateQueue>('dedupe:queue')).lastScan).toBeNull()
    const summary = await c.job('dedupe:scan')
    expect(summary).toMatchObject({ records: 8, pairs: 4 })
    const queue = await c.call<DuplicateQueue>('dedupe:queue')
    expect(queue.totalGroups).toBe(2)
    const [first, second] = queue.groups
    expect(first!.ids).toEqual(ids.slice(0, 3))
    expect(first!.pairs).toHaveLength(3)
    expect(first!.records.map((r) => r.id)).toEqual(ids.slice(0, 3))
    expect(second!.ids).toEqual([ids[3], ids[4]])
    expect(second!.pairs[0]!.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^same dates \(\+\d+\.\d\)$/), expect.stringMatching(/^same place \(\+\d+\.\d\)$/)]))
    const visitIds = ids.slice(5)
    expect(queue.groups.some((g) => g.ids.some((id) => visitIds.includes(id)))).toBe(false)
  })

  it('keeps dismissed pairs out of the queue across rescans and reopening', async () => {
    const { c, ids } = seeded()
    await c.job('dedupe:scan')
    expect(await c.call('dedupe:dismiss', { pairs: [[ids[4], ids[3]]] })).toMatchObject({ dismissed: 1 })
    expect((await c.call<DuplicateQueue>('dedupe:queue')).totalGroups).toBe(1)
    await c.job('dedupe:scan')
    expect((await c.call<DuplicateQueue>('dedupe:queue')).totalGroups).toBe(1)

    c.close()
    open.splice(open.indexOf(c), 1)
    const again = openCollection(c.file)
    open.push(again)
    expect((await again.job('dedupe:scan')).pairs).toBe(3)
    expect((await again.call('dedupe:undismiss', { pairs: [[ids[3], ids[4]]] })).restored).toBe(1)
    expect((await again.job('dedupe:scan')).pairs).toBe(4)
  })

  it('refuses to dismiss a record that does not exist, changing nothing', async () => {
    const { c, ids } = seeded()
    const before = snapshotContent(c.db)
    expect(await c.raw('dedupe:dismiss', { pairs: [[ids[0], 9999]] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await c.raw('dedupe:dismiss', { pairs: [[ids[0], ids[0]]] })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(snapshotContent(c.db)).toEqual(before)
  })

  it('can be cancelled and leaves no partial scan behind', async () => {
    const { c } = seeded()
    const job = await c.call('dedupe:scan')
    c.services.jobs.cancel(job.id)
    expect((await c.services.jobs.wait(job.id)).state).toBe('cancelled')
    expect(c.db.prepare('SELECT count(*) FROM dedupe_scans').pluck().get()).toBe(0)
  })
})

describe('merge', () => {
  it('merges with chosen values and the union of tags, joins provenance, and undo restores everything', async () => {
    const { c, ids } = seeded()
    const [a, b, third] = ids as [number, number, number]
    const before = [a, b, third].map((id) => withoutVersion(loadRecord(c.db, id)! as never))
    const sourcesBefore = await c.call('dedupe:sources', { id: a })
    expect(sourcesBefore).toHaveLength(1)

    const fields = { title: 'Unlocking the potential of refugees (merged)', notes: 'second listing', dateText: '2015-10-29/30' }
    const { operation, survivor } = await c.call('dedupe:merge', { survivorId: a, mergedIds: [b, third], fields })
    expect(operation).toMatchObject({ kind: 'merge', recordCount: 3 })
    expect(survivor).toMatchObject({ ...fields, city: 'Neuchâtel', tags: ['asylum', 'integration', 'refugees', 'third'] })
    for (const id of [b, third]) expect(loadRecord(c.db, id)).toMatchObject({ status: 'merged', mergedInto: a })
    const sources = await c.call('dedupe:sources', { id: a })
    expect(sources.map((s: { sourceFile: string; depth: number }) => [s.sourceFile, s.depth])).toEqual([
      ['icc.txt', 0],
      ['other-source.txt', 1],
      ['third.csv', 1]
    ])
    expect(c.db.prepare('SELECT count(*) FROM record_sources WHERE record_id = ?').pluck().get(a)).toBe(3)

    await c.call('history:undo')
    expect([a, b, third].map((id) => withoutVersion(loadRecord(c.db, id)! as never))).toEqual(before)
    expect(await c.call('dedupe:sources', { id: a })).toEqual(sourcesBefore)

    await c.call('history:redo')
    expect(loadRecord(c.db, b)).toMatchObject({ status: 'merged', mergedInto: a })
    expect((await c.call('dedupe:sources', { id: a })).length).toBe(3)
  })

  it('drops merged records from the queue and brings them back on undo, even after a rescan', async () => {
    const { c, ids } = seeded()
    await c.job('dedupe:scan')
    await c.call('dedupe:merge', { survivorId: ids[3], mergedIds: [ids[4]] })
    expect((await c.call<DuplicateQueue>('dedupe:queue')).totalGroups).toBe(1)
    await c.call('history:undo')
    expect((await c.call<DuplicateQueue>('dedupe:queue')).totalGroups).toBe(2)

    await c.call('history:redo')
    expect((await c.job('dedupe:scan')).records).toBe(7)
    expect((await c.call<DuplicateQueue>('dedupe:queue')).totalGroups).toBe(1)
    await c.call('history:undo')
    const queue = await c.call<DuplicateQueue>('dedupe:queue')
    expect(queue.groups.map((g) => g.ids)).toEqual([ids.slice(0, 3), [ids[3], ids[4]]])
  })

  it('refuses a merge it cannot make and leaves the database exactly as it was', async () => {
    const { c, ids } = seeded()
    await c.call('records:trash', { ids: [ids[2]] })
    const before = snapshotContent(c.db)
    const attempts = [
      { survivorId: ids[0], mergedIds: [ids[2]] },
      { survivorId: ids[0], mergedIds: [ids[0]] },
      { survivorId: ids[0], mergedIds: [9999] },
      { survivorId: ids[0], mergedIds: [ids[1]], fields: { startDate: '2015-11-01', endDate: '2015-10-01' } },
      { survivorId: ids[0], mergedIds: [ids[1]], fields: { tags: ['x'] } }
    ]
    const codes = []
    for (const args of attempts) codes.push(((await c.raw('dedupe:merge', args)) as { error: { code: string } }).error.code)
    expect(codes).toEqual(['CONFLICT', 'INVALID_ARGUMENT', 'NOT_FOUND', 'INVALID_ARGUMENT', 'INVALID_ARGUMENT'])
    expect(snapshotContent(c.db)).toEqual(before)
  })
})

describe('batch accept above a threshold', () => {
  it('previews without changing anything, then merges every group as one undoable operation', async () => {
    const { c, ids } = seeded()
    await c.job('dedupe:scan')
    const before = snapshotContent(c.db)
    const preview = await c.call('dedupe:acceptAbove', { threshold: 0.75, preview: true })
    expect(preview).toMatchObject({ groupCount: 2, recordCount: 5, operation: null })
    expect(preview.merges[0].merged).toHaveLength(2)
    expect(snapshotContent(c.db)).toEqual(before)

    const done = await c.call('dedupe:acceptAbove', { threshold: 0.75, preview: false })
    // Three records merged away plus one survivor that gained tags; Torino already had every value.
    expect(done.operation).toMatchObject({ kind: 'merge', recordCount: 4 })
    expect((await c.call('records:query', {})).total).toBe(5)
    expect((await c.call<DuplicateQueue>('dedupe:queue')).totalGroups).toBe(0)
    // The most complete record survives (the oldest on a tie), takes every tag and fills its blanks.
    const survivorId = preview.merges[0].survivor.id
    expect(survivorId).toBe(ids[0])
    expect(loadRecord(c.db, survivorId)).toMatchObject({ tags: ['asylum', 'integration', 'refugees', 'third'], notes: 'second listing', city: 'Neuchâtel' })

    await c.call('history:undo')
    expect((await c.call('records:query', {})).total).toBe(8)
    const queue = await c.call<DuplicateQueue>('dedupe:queue')
    expect(queue.totalGroups).toBe(2)
    await c.call('dedupe:dismiss', { pairs: queue.groups.flatMap((g) => g.pairs.map((p) => [p.a, p.b])) })
    expect(await c.raw('dedupe:acceptAbove', { threshold: 0.5, preview: false })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('value clusters', () => {
  it('lists clusters with counts and applies a canonical value as one undoable operation', async () => {
    const c = openCollection()
    open.push(c)
    const rows: NewRow[] = [
      ...Array.from({ length: 3 }, () => ({ title: 'A', city: 'Montréal', tags: ['Refugees'] })),
      { title: 'B', city: 'Montreal', tags: ['refugee'] },
      { title: 'C', city: 'MONTREAL ', tags: ['migrants'] },
      { title: 'D', city: 'Oslo' }
    ]
    const ids = c.insert(rows)
    const list = await c.job('dedupe:clusters', { field: 'city', method: 'fingerprint' })
    expect(list.clusters).toEqual([
      { key: 'montreal', values: [{ value: 'Montréal', count: 3 }, { value: 'MONTREAL ', count: 1 }, { value: 'Montreal', count: 1 }], total: 5, suggested: 'Montréal' }
    ])
    const { operation, changed } = await c.call('dedupe:applyCluster', { field: 'city', values: ['Montreal', 'MONTREAL ', 'Montréal'], canonical: 'Montréal' })
    expect(changed).toBe(2)
    expect(operation).toMatchObject({ kind: 'cluster', recordCount: 2 })
    expect((await c.job('dedupe:clusters', { field: 'city', method: 'fingerprint' })).clusters).toEqual([])
    await c.call('history:undo')
    expect(loadRecord(c.db, ids[4]!)!.city).toBe('MONTREAL ')

    const tags = await c.job('dedupe:clusters', { field: 'tag', method: 'levenshtein', params: { maxDistance: 1 } })
    expect(tags.clusters[0].values.map((v: { value: string }) => v.value)).toEqual(['Refugees', 'refugee'])
    await c.call('dedupe:applyCluster', { field: 'tag', values: ['refugee'], canonical: 'Refugees' })
    expect(loadRecord(c.db, ids[3]!)!.tags).toEqual(['Refugees'])
    await c.call('history:undo')
    expect(loadRecord(c.db, ids[3]!)!.tags).toEqual(['refugee'])

    const before = snapshotContent(c.db)
    expect(await c.raw('dedupe:applyCluster', { field: 'city', values: ['Nowhere'], canonical: 'X' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await c.raw('dedupe:applyCluster', { field: 'city', values: ['Oslo'], canonical: 'x'.repeat(201) })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(snapshotContent(c.db)).toEqual(before)
  })
})
