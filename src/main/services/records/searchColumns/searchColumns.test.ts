import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import Database from 'better-sqlite3'
import { openTempDb } from '../../../testing/tempDb'
import { openDatabase, type Db } from '../../../db/open'
import { createServices } from '../../handlers'
import type { Services } from '../../context'
import { SORT_FIELDS, type RecordFilters, type RecordQuery } from '../../../../shared/query'
import { orderClause, scopeSql } from '../queryBuilder'
import { queryRecords } from '../recordQueries'
import { seedQueryData } from '../queryTestData'
import { searchColumnsFor } from './store'
import { searchOrderFromColumns } from './searchOrder'

/**
 * The search columns must answer exactly what SQLite answers. A collection with awkward values
 * (case variants, accents, astral characters, empty strings next to NULLs, ties) is queried
 * both ways, before and after every kind of change.
 */
let db: Db
let file: string
let services: Services

const TITLES = ['Seminar on integration', 'seminar ON Integration', 'Study visit', 'Ångström workshop', 'Émigré forum', 'zebra seminar', '𝔘nicode seminar', '\uE000 private seminar', 'Round table', 'study VISIT to Lyon']
const CITIES: (string | null)[] = ['Paris', 'PARIS', 'paris', 'Zürich', 'Zurich', 'Łódź', '', null, 'Évian', 'Ögle', 'berlin', 'Berlin']
const PLACES: (string | null)[] = ['Palais, Paris', 'palais, paris', '', null, 'Online', 'Zürich (Switzerland)', '𝔘 town', '\uE000 place']
const COUNTRIES: [string | null, string | null][] = [['France', 'FR'], ['france', 'FR'], ['Germany', 'DE'], ['Switzerland', 'CH'], [null, null], ['', null], ['Poland', 'PL']]
const DATES: (string | null)[] = ['2012', '2012-05', '2012-05-01', '2015-10-29', '2019-01', null, '1999-12-31', '2005', '2015']

function seedMore(s: Services, count: number, seed: number): void {
  let state = seed
  const pick = <T,>(values: readonly T[]): T => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return values[state % values.length]!
  }
  s.log.run('test.seed', 'More test records', (ctx) => {
    for (let i = 0; i < count; i++) {
      const [country, countryCode] = pick(COUNTRIES)
      const start = pick(DATES)
      ctx.insert({
        title: `${pick(TITLES)} ${pick(['', 'II', 'mediation', 'refugees'])}`.trim(),
        startDate: start,
        endDate: start && start.length === 10 ? pick([start, null]) : null,
        place: pick(PLACES),
        city: pick(CITIES),
        country,
        countryCode,
        notes: pick([null, 'notes about mediation', 'Seminar notes']),
        tags: pick([[], ['refugees'], ['network']]),
        warnings: pick([[], ['no place']]),
        batchId: null,
        createdAt: '2024-01-01T00:00:00Z'
      })
    }
  })
}

const sqlOrder = (query: RecordQuery): number[] => {
  const s = scopeSql(query)
  return db.prepare(`SELECT r.id FROM ${s.from} WHERE ${s.where} ORDER BY ${orderClause(query)}`).pluck().all(...s.params) as number[]
}
const columnsOrder = (query: RecordQuery): number[] | null => {
  const ids = searchOrderFromColumns(db, query)
  return ids && [...ids]
}

const SEARCHES = ['seminar', 'SEMINAR', 'study', '"study visit"', 'mediat', 'angstrom', 'emigre', 'refugees', 'nothingmatches', 'paris', 'unicode']
const SUPPORTED_SORTS = SORT_FIELDS.filter((f) => f !== 'createdAt' && f !== 'updatedAt')

const filtersArb: fc.Arbitrary<RecordFilters> = fc.record(
  {
    yearFrom: fc.integer({ min: 1998, max: 2020 }),
    yearTo: fc.integer({ min: 2000, max: 2022 }),
    noDate: fc.boolean(),
    countryCodes: fc.subarray(['FR', 'DE', 'CH', 'PL', 'CA']),
    noCountry: fc.boolean(),
    cities: fc.subarray(['Paris', 'PARIS', 'Zürich', 'Berlin', '', 'Nowhere']),
    noCity: fc.boolean(),
    batchIds: fc.subarray([1, 2, 99]),
    hasWarnings: fc.boolean(),
    noPlace: fc.boolean()
  },
  { requiredKeys: [] }
)
const queryArb: fc.Arbitrary<RecordQuery> = fc.record({
  search: fc.constantFrom(...SEARCHES),
  status: fc.constantFrom('active' as const, 'trashed' as const),
  filters: filtersArb,
  sort: fc.record({ field: fc.constantFrom(...SUPPORTED_SORTS), direction: fc.constantFrom('asc' as const, 'desc' as const) })
})

/** Every query of a sample answered the same both ways, and the columns did answer. */
function expectSameAnswers(runs = 300): void {
  fc.assert(
    fc.property(queryArb, (query) => {
      const fromColumns = columnsOrder(query)
      expect(fromColumns, JSON.stringify(query)).not.toBeNull()
      expect(fromColumns, JSON.stringify(query)).toEqual(sqlOrder(query))
    }),
    { numRuns: runs, seed: 7 }
  )
}

beforeAll(() => {
  ;({ db, file } = openTempDb())
  services = createServices({ db, databasePath: file, mode: 'cli', version: 't' })
  seedQueryData(services)
  seedMore(services, 400, 11)
  searchColumnsFor(db, { minRecords: 0 }).loadNow()
})
afterAll(() => db.close())

describe('search columns', () => {
  it('answer every filter, sort and search combination as SQLite does', () => {
    expectSameAnswers()
  })

  it('follow this connection\'s edits, trash, restore, undo, new records and deletions at once', () => {
    const ids = sqlOrder({ search: 'seminar' }).slice(0, 6)
    const [a, b, c] = ids.map((id) => services.records.get(id))
    services.records.update(a!.id, a!.version, { city: 'Évian', countryCode: 'PL', country: 'Poland', startDate: '1990-01-01', endDate: null, place: '' })
    services.records.update(b!.id, b!.version, { city: 'A brand new city', place: 'A brand new place', startDate: '2031-02' })
    services.records.trash([c!.id])
    expectSameAnswers(150)
    services.log.undo()
    seedMore(services, 30, 99)
    services.records.restore(sqlOrder({ search: 'trashed', status: 'trashed' }).slice(0, 2))
    expectSameAnswers(150)
    services.records.trash(sqlOrder({ search: 'study' }).slice(0, 3))
    services.records.emptyTrash()
    expectSameAnswers(150)
  })

  it('slot records with changed titles into the title order at once, and read it afresh after many changes', () => {
    const query: RecordQuery = { search: 'seminar', sort: { field: 'title', direction: 'asc' } }
    const first = services.records.get(sqlOrder(query)[0]!)
    services.records.update(first.id, first.version, { title: 'ZZZ seminar moved to the end' })
    const second = services.records.get(sqlOrder(query)[0]!)
    services.records.update(second.id, second.version, { title: 'ZZZ seminar moved to the end' })
    const third = services.records.get(sqlOrder(query)[0]!)
    services.records.update(third.id, third.version, { title: '0 seminar moved to the start' })
    expect(columnsOrder(query)).toEqual(sqlOrder(query))
    expect(columnsOrder(query)![0]).toBe(third.id)
    expect(columnsOrder({ ...query, sort: { field: 'title', direction: 'desc' } })).toEqual(sqlOrder({ ...query, sort: { field: 'title', direction: 'desc' } }))
    expectSameAnswers(100)

    seedMore(services, 1_100, 5)
    expect(columnsOrder(query)).toBeNull()
    expect(queryRecords(db, { ...query, limit: 1000 }).rows.map((r) => r.id)).toEqual(sqlOrder(query).slice(0, 1000))
    searchColumnsFor(db).loadNow()
    expectSameAnswers(100)
  })

  it('step aside inside an open transaction, and for tag filters and time sorts', () => {
    db.exec('BEGIN')
    try {
      expect(columnsOrder({ search: 'seminar' })).toBeNull()
    } finally {
      db.exec('ROLLBACK')
    }
    expect(columnsOrder({ search: 'seminar' })).not.toBeNull()
    expect(columnsOrder({ search: 'seminar', filters: { tags: ['refugees'] } })).toBeNull()
    expect(columnsOrder({ search: 'seminar', filters: { noTags: true } })).toBeNull()
    expect(columnsOrder({ search: 'seminar', sort: { field: 'updatedAt', direction: 'desc' } })).toBeNull()
  })

  it('notice a commit by another connection and load afresh before answering again', () => {
    const other = new Database(file)
    try {
      const id = sqlOrder({ search: 'seminar' })[0]!
      other.prepare("UPDATE records SET city = 'Changed elsewhere', status = 1 WHERE id = ?").run(id)
    } finally {
      other.close()
    }
    expect(columnsOrder({ search: 'seminar' })).toBeNull()
    searchColumnsFor(db).loadNow()
    expectSameAnswers(100)
  })
})

describe('search columns loading in the background', () => {
  it('answer through SQLite until loaded, then from memory, without blocking', async () => {
    const second = openDatabase(file)
    try {
      const columns = searchColumnsFor(second, { minRecords: 0 })
      const query: RecordQuery = { search: 'seminar', filters: { hasWarnings: false }, sort: { field: 'city', direction: 'asc' } }
      expect(searchOrderFromColumns(second, query)).toBeNull()
      expect(queryRecords(second, { ...query, limit: 1000 }).rows.map((r) => r.id)).toEqual(sqlOrder(query))
      for (let i = 0; i < 200 && !columns.ready; i++) await new Promise((resolve) => setImmediate(resolve))
      expect(columns.ready).toBe(true)
      expect([...searchOrderFromColumns(second, query)!]).toEqual(sqlOrder(query))
    } finally {
      second.close()
    }
  })

  it('step aside for good once a record id is too large for exact sort keys', () => {
    const own = openTempDb()
    try {
      const s = createServices({ db: own.db, databasePath: own.file, mode: 'cli', version: 't' })
      seedQueryData(s)
      searchColumnsFor(own.db, { minRecords: 0 }).loadNow()
      const query: RecordQuery = { search: 'conference' }
      expect(searchOrderFromColumns(own.db, query)).not.toBeNull()
      s.log.run('test.seed', 'A far id', (ctx) => ctx.insert({ id: 5_000_000, title: 'Conference far away', startDate: '2020' }))
      expect(searchOrderFromColumns(own.db, query)).toBeNull()
      expect(queryRecords(own.db, query).rows.map((r) => r.id)).toContain(5_000_000)
    } finally {
      own.db.close()
    }
  })

  it('are not used for a small collection', () => {
    const small = openTempDb()
    try {
      const s = createServices({ db: small.db, databasePath: small.file, mode: 'cli', version: 't' })
      seedQueryData(s)
      expect(searchOrderFromColumns(small.db, { search: 'seminar' })).toBeNull()
      expect(searchColumnsFor(small.db).ready).toBe(false)
    } finally {
      small.db.close()
    }
  })
})
