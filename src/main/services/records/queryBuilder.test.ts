import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { openTempDb } from '../../testing/tempDb'
import { createServices } from '../handlers'
import type { Db } from '../../db/open'
import type { EventRecord } from '../../../shared/record'
import { SORT_FIELDS, type RecordFilters, type RecordScope } from '../../../shared/query'
import { countRecords, idsInScope, queryRecords } from './recordQueries'
import { toFtsQuery } from './ftsQuery'
import { referenceSelect, referenceSort, seedQueryData } from './queryTestData'

let db: Db
let records: EventRecord[]
let batches: number[]

beforeAll(() => {
  db = openTempDb().db
  records = seedQueryData(createServices({ db, databasePath: 'test', mode: 'cli', version: 't' }))
  batches = [...new Set(records.map((r) => r.batchId).filter((b): b is number => b !== null))].sort()
})
afterAll(() => db.close())

const sqlIds = (scope: RecordScope): number[] => idsInScope(db, scope)
const refIds = (scope: RecordScope): number[] => referenceSelect(records, scope).map((r) => r.id).sort((a, b) => a - b)

/** One value per filter that selects something in the test data, plus its "empty" alternative. */
function filterCases(): Record<string, RecordFilters[]> {
  return {
    yearFrom: [{ yearFrom: 2015 }, { yearFrom: 2019 }],
    yearTo: [{ yearTo: 2012 }, { yearTo: 2015 }],
    yearRange: [{ yearFrom: 2012, yearTo: 2015 }, { yearFrom: 2012, yearTo: 2015, noDate: true }],
    noDate: [{ noDate: true }],
    countryCodes: [{ countryCodes: ['CH'] }, { countryCodes: ['CH', 'CA'] }, { countryCodes: ['CH'], noCountry: true }],
    noCountry: [{ noCountry: true }],
    cities: [{ cities: ['Neuchâtel'] }, { cities: ['Montréal', 'Montreal'] }, { cities: ['Berlin'], noCity: true }],
    noCity: [{ noCity: true }],
    tags: [{ tags: ['integration'] }, { tags: ['network', 'forum'] }, { tags: ['INTEGRATION'] }, { tags: ['forum'], noTags: true }],
    noTags: [{ noTags: true }],
    batchIds: [{ batchIds: [batches[0]!] }, { batchIds: batches }],
    hasWarnings: [{ hasWarnings: true }, { hasWarnings: false }],
    noPlace: [{ noPlace: true }, { noPlace: false }]
  }
}

const SEARCHES = [undefined, 'neuchatel', 'NEUCHÂTEL', 'montreal', 'inter', '"intercultural cities"', 'cities network', 'palais', 'zzz-nothing']

describe('search and filters select what the reference model selects', () => {
  it('finds Neuchâtel without the accent and Montréal both ways', () => {
    expect(queryRecords(db, { search: 'neuchatel' }).rows.map((r) => r.title)).toEqual(['Unlocking the potential of refugees'])
    expect(queryRecords(db, { search: 'montreal' }).total).toBe(2)
    expect(queryRecords(db, { search: 'Montréal' }).total).toBe(2)
  })

  it('matches words as prefixes and quoted words as a phrase', () => {
    expect(countRecords(db, { search: 'interc' })).toBe(2)
    expect(countRecords(db, { search: '"intercultural cities"' })).toBe(1)
    expect(countRecords(db, { search: '"cities intercultural"' })).toBe(0)
  })

  it('applies each filter alone, with and without a search, in the collection and in the trash', () => {
    let checked = 0
    for (const [name, cases] of Object.entries(filterCases())) {
      for (const filters of cases) {
        for (const search of SEARCHES) {
          for (const status of ['active', 'trashed'] as const) {
            const scope: RecordScope = { search, status, filters }
            expect(sqlIds(scope), `${name} ${JSON.stringify(scope)}`).toEqual(refIds(scope))
            expect(countRecords(db, scope)).toBe(refIds(scope).length)
            checked++
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(400)
  })

  it('combines every pair of filters as "and"', () => {
    const all = Object.values(filterCases()).flat()
    let nonEmpty = 0
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const filters = { ...all[i], ...all[j] }
        for (const search of [undefined, 'inter', 'neuchatel']) {
          const scope: RecordScope = { search, filters }
          const expected = refIds(scope)
          expect(sqlIds(scope), JSON.stringify(scope)).toEqual(expected)
          if (expected.length > 0) nonEmpty++
        }
      }
    }
    // The data is built so that many combinations still select something: the test cannot pass on empty sets alone.
    expect(nonEmpty).toBeGreaterThan(100)
  })

  it('makes every filter narrow the whole collection to exactly the records it should', () => {
    const every = Object.values(filterCases()).flat()
    const changed = every.filter((filters) => refIds({ filters }).length !== refIds({}).length)
    expect(changed.length).toBe(every.length)
  })
})

describe('sorting', () => {
  it('orders by every field in both directions, empty values last, ids breaking ties', () => {
    for (const field of SORT_FIELDS) {
      for (const direction of ['asc', 'desc'] as const) {
        for (const scope of [{}, { search: 'inter' }, { filters: { countryCodes: ['CH', 'CA'] } }, { status: 'trashed' as const }]) {
          const page = queryRecords(db, { ...scope, sort: { field, direction }, limit: 1000 })
          expect(page.rows.map((r) => r.id), `${field} ${direction} ${JSON.stringify(scope)}`).toEqual(referenceSort(referenceSelect(records, scope), field, direction))
        }
      }
    }
  })

  it('pages through a sorted result without repeating or skipping a row', () => {
    const sort = { field: 'country', direction: 'asc' } as const
    const seen: number[] = []
    for (let offset = 0; offset < 20; offset += 3) seen.push(...queryRecords(db, { sort, offset, limit: 3 }).rows.map((r) => r.id))
    expect(seen).toEqual(referenceSort(referenceSelect(records, {}), 'country', 'asc'))
    expect(queryRecords(db, { sort, offset: 3, limit: 3 }).total).toBe(referenceSelect(records, {}).length)
  })
})

describe('hostile search input', () => {
  const HOSTILE = [
    '"', '""', '"unbalanced', 'a"b"c', '*', '**', 'refu*', '*refu', 'NEAR', 'NEAR(a b)', 'a NEAR b', 'NEAR/2', 'AND', 'OR', 'NOT',
    'a AND', 'OR b', 'NOT NOT', '(', ')', '((a)', 'a)', 'title:', 'title:refugees', 'place:"x', '{title place}: x', '-refugees', '+x',
    '^start', 'col:*', "'; DROP TABLE records; --", '\\', '%_', '\u0000', '   ', '😀 refugees', 'ǅ', 'ß'
  ]

  it('never raises an error, for records, counts and ids', () => {
    for (const search of HOSTILE) {
      expect(() => queryRecords(db, { search, sort: { field: 'title', direction: 'asc' } }), search).not.toThrow()
      expect(() => idsInScope(db, { search, filters: { countryCodes: ['CH'] } }), search).not.toThrow()
    }
  })

  it('searches operator words and column names as plain words', () => {
    expect(queryRecords(db, { search: 'NEAR' }).rows.map((r) => r.title)).toEqual(['Seminar: NEAR and FAR from "home"'])
    expect(countRecords(db, { search: 'title:quoted' })).toBe(1)
    expect(countRecords(db, { search: '(unbalanced' })).toBe(1)
    expect(countRecords(db, { search: 'NOT' })).toBe(0)
    expect(countRecords(db, { search: '*' })).toBe(referenceSelect(records, {}).length)
  })

  it('survives any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (search) => {
        const page = queryRecords(db, { search, limit: 5 })
        expect(page.total).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 400 }
    )
  })

  it('turns every word into a quoted term', () => {
    expect(toFtsQuery('NEAR(a b)')).toBe('"NEAR"* "a"* "b"*')
    expect(toFtsQuery('"intercultural cities" now')).toBe('"intercultural cities" "now"*')
    expect(toFtsQuery('*** ()')).toBeNull()
  })
})
