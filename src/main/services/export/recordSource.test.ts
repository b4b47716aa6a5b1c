import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { loadRecords } from '../../db/recordRows'
import { recordSource } from './recordSource'
import { openCollection, type TestCollection } from './testSupport/collection'
import type { ExportScope } from '../../../shared/contracts/export'

let collection: TestCollection | undefined
afterEach(() => collection?.close())

/** Ten records: water events in three countries, others, one in the trash, one merged away. */
function seed(): { c: TestCollection; ids: number[] } {
  const c = openCollection()
  collection = c
  const ids = c.insert([
    { title: 'Water forum', countryCode: 'CH', startDate: '2015-03-01', tags: ['water'] },
    { title: 'Water and cities', countryCode: 'FR', startDate: '2016-05-02' },
    { title: 'Archives day', countryCode: 'CH', startDate: '2015-06-03' },
    { title: 'Water in the trash', countryCode: 'CH', startDate: '2015-07-04' },
    { title: 'Water merged away', countryCode: 'CH', startDate: '2015-08-05' },
    { title: 'Seminar on water rights', countryCode: 'CH', startDate: '2017-09-06', tags: ['water', 'law'] },
    { title: 'Memory conference', countryCode: 'DE', startDate: '2018-10-07' },
    { title: 'Waterways colloquium', countryCode: 'CH', startDate: '2019-11-08' },
    { title: 'Open data meetup', countryCode: null, startDate: '2020-12-09' },
    { title: 'Last water talk', countryCode: 'CH', startDate: '2021-01-10' }
  ])
  c.services.records.trash([ids[3]!])
  c.mergeInto(ids[4]!, ids[0]!)
  return { c, ids }
}

const titles = (c: TestCollection, scope: ExportScope, pageSize?: number): string[] =>
  [...recordSource(c.db, scope, pageSize).records()].map((record) => record.title)

describe('the export record source', () => {
  it('reads every active record in id order, page by page, leaving out the trash and merged records', () => {
    const { c } = seed()
    const expected = ['Water forum', 'Water and cities', 'Archives day', 'Seminar on water rights', 'Memory conference',
      'Waterways colloquium', 'Open data meetup', 'Last water talk']
    for (const pageSize of [1, 3, 1000]) expect(titles(c, { kind: 'all' }, pageSize)).toEqual(expected)
    expect(recordSource(c.db, { kind: 'all' }).total).toBe(8)
  })

  it('follows a search with filters, even when a page of index matches is filtered down to nothing', () => {
    const { c } = seed()
    const scope: ExportScope = { kind: 'search', scope: { search: 'water', filters: { countryCodes: ['CH'], yearFrom: 2016 } } }
    const expected = ['Seminar on water rights', 'Waterways colloquium', 'Last water talk']
    for (const pageSize of [1, 2, 1000]) expect(titles(c, scope, pageSize)).toEqual(expected)
    expect(recordSource(c.db, scope).total).toBe(3)
    expect(titles(c, { kind: 'search', scope: { filters: { tags: ['water'] } } }, 1)).toEqual(['Water forum', 'Seminar on water rights'])
  })

  it('reads a selection in id order, once each, without trashed, merged or unknown ids', () => {
    const { c, ids } = seed()
    const chosen = [ids[9]!, ids[3]!, ids[0]!, ids[4]!, 999_999, ids[0]!, ids[6]!]
    const source = recordSource(c.db, { kind: 'selection', ids: chosen }, 2)
    expect(source.total).toBe(3)
    expect([...source.records()].map((r) => r.title)).toEqual(['Water forum', 'Memory conference', 'Last water talk'])
  })

  it('holds no cursor open between pages, so the collection can be written while an export runs', () => {
    const { c, ids } = seed()
    const seen: string[] = []
    for (const record of recordSource(c.db, { kind: 'all' }, 2).records()) {
      seen.push(record.title)
      // better-sqlite3 refuses writes while a statement is iterating; paging with all() leaves none open.
      if (record.id === ids[0]) c.services.records.update(ids[9]!, 1, { title: 'Last water talk (edited)' })
    }
    expect(seen.at(-1)).toBe('Last water talk (edited)')
  })
})

describe('start-date bounds', () => {
  it('keep records starting inside the bounds, partial dates counted by their span', () => {
    const c = openCollection()
    collection = c
    c.insert([
      { title: 'February', startDate: '2015-02-28' },
      { title: 'Early March', startDate: '2015-03-01' },
      { title: 'Sometime in March', startDate: '2015-03' },
      { title: 'Sometime in 2015', startDate: '2015' },
      { title: 'End of March', startDate: '2015-03-31' },
      { title: 'April', startDate: '2015-04-01' },
      { title: 'Undated', startDate: null }
    ])
    const within = (from?: string, to?: string): string[] =>
      titles(c, { kind: 'search', scope: {}, startDates: { from, to } })
    expect(within('2015-03-10', '2015-03')).toEqual(['Sometime in March', 'Sometime in 2015', 'End of March'])
    expect(within('2015-03')).toEqual(['Early March', 'Sometime in March', 'Sometime in 2015', 'End of March', 'April'])
    expect(within(undefined, '2015-02-28')).toEqual(['February', 'Sometime in 2015'])
    expect(recordSource(c.db, { kind: 'search', scope: { search: 'march' }, startDates: { to: '2015-03-15' } }).total).toBe(2)
  })
})

describe('the export reading of a record', () => {
  it('is identical to the app’s own reading (loadRecords), key order included', () => {
    const { c, ids } = seed()
    c.insert([
      { title: 'Every field', dateText: '1–2 May', place: 'Bern (CH)', city: 'Bern', country: 'Switzerland', notes: 'n', tags: ['beta', 'Alpha', 'gamma', 'Été'],
        warnings: ['no year'], confidence: 0.5, sourceFile: 'f.txt', sourceLine: 7, sourceText: 'raw', createdAt: '2020-01-01T00:00:00.000Z' }
    ])
    const exported = [...recordSource(c.db, { kind: 'all' }, 3).records()]
    const loaded = loadRecords(c.db, exported.map((r) => r.id))
    expect(exported.length).toBe(ids.length - 1)
    expect(JSON.stringify(exported)).toBe(JSON.stringify(loaded))
    expect(exported.at(-1)!.tags).toEqual(['Alpha', 'beta', 'gamma', 'Été'])
  })
})

describe('reading only some fields', () => {
  it('reads the fields asked for (and the id); the others are empty, never another record’s data', () => {
    const { c, ids } = seed()
    const [first] = [...recordSource(c.db, { kind: 'all' }).records(['title', 'tags', 'countryCode'])]
    expect(first).toEqual({
      id: ids[0], uid: '', status: 'active', title: 'Water forum', startDate: null, endDate: null, dateText: null,
      place: null, city: null, country: null, countryCode: 'CH', notes: null, tags: ['water'], warnings: [],
      confidence: null, batchId: null, sourceFile: null, sourceLine: null, sourceText: null, mergedInto: null,
      deletedAt: null, createdAt: '', updatedAt: '', version: 0
    })
    // Key order too: every record has the same shape, whatever was read.
    expect(Object.keys(first!)).toEqual(Object.keys(loadRecords(c.db, [ids[0]!])[0]!))
  })

  it('refuses a name that is not a record field', () => {
    const { c } = seed()
    expect(() => [...recordSource(c.db, { kind: 'all' }).records(['bogus' as 'id'])]).toThrow(/not a record field: bogus/)
  })
})

describe('tags', () => {
  it('come in name order, ignoring case, for dense pages and for a sparse selection alike', () => {
    const { c } = seed()
    const more = c.insert([
      { title: 'Tagged', tags: ['zeta', 'Beta', 'alpha', 'Gamma'] },
      ...Array.from({ length: 20 }, (_, i) => ({ title: `Filler ${i}` })),
      { title: 'Tagged too', tags: ['b', 'A', 'c'] }
    ])
    const tagged = [more[0]!, more.at(-1)!]
    const dense = [...recordSource(c.db, { kind: 'all' }, 1000).records(['tags'])].filter((r) => tagged.includes(r.id))
    const sparse = [...recordSource(c.db, { kind: 'selection', ids: tagged }, 2).records(['tags'])]
    for (const read of [dense, sparse]) {
      expect(read.map((r) => r.tags)).toEqual([['alpha', 'Beta', 'Gamma', 'zeta'], ['A', 'b', 'c']])
      expect(read.map((r) => r.tags)).toEqual(loadRecords(c.db, tagged).map((r) => r.tags))
    }
  })

  /** Each record's tags as an export reads them, one record per page, `change` made after the first page. */
  function tagsSeenWhile(change: (c: TestCollection, ids: number[]) => void): string[][] {
    const { c, ids } = seed()
    const seen: string[][] = []
    for (const record of recordSource(c.db, { kind: 'all' }, 1).records(['tags'])) {
      seen.push(record.tags)
      if (record.id === ids[0]) change(c, ids)
    }
    return seen
  }
  // Water forum, Water and cities, Archives day, Seminar on water rights, Memory conference, Waterways colloquium, Open data meetup, Last water talk
  const before = [['water'], [], [], ['law', 'water'], [], [], [], []]

  it('renamed by another connection while an export runs: the new name from the next page on', () => {
    const seen = tagsSeenWhile((c) => {
      const other = new Database(c.file)
      other.prepare("UPDATE tags SET name = 'Eau' WHERE name = 'water'").run()
      other.close()
    })
    expect(seen).toEqual([['water'], [], [], ['Eau', 'law'], [], [], [], []])
  })

  it('renamed or added on this connection while an export runs: seen from the next page on', () => {
    // Renamed so that it moves after 'water': the order is read again too, not only the names.
    expect(tagsSeenWhile((c) => c.db.prepare("UPDATE tags SET name = 'Zlaw' WHERE name = 'law'").run())).toEqual(
      before.with(3, ['water', 'Zlaw'])
    )
    expect(tagsSeenWhile((c, ids) => c.services.records.update(ids[9]!, 1, { tags: ['archive', 'water'] }))).toEqual(
      before.with(7, ['archive', 'water'])
    )
  })
})
