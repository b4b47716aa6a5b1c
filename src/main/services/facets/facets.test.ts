import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTempDb, snapshotContent } from '../../testing/tempDb'
import { createHandlers, createServices } from '../handlers'
import { dispatch } from '../dispatch'
import type { Db } from '../../db/open'
import type { Envelope } from '../../../shared/errors'
import type { EventRecord } from '../../../shared/record'
import type { RecordFilters, RecordScope } from '../../../shared/query'
import type { WorkspaceFacets, WorkspaceOverview } from '../../../shared/contracts/workspace'
import { referenceSelect, seedQueryData } from '../records/queryTestData'
import { FACET_FILTERS, hasSearch } from '../records/queryBuilder'
import { computeFacets, facetStrategy, type FacetStrategy } from './facets'
import { cubeAnswers } from './facetCube'
import { searchColumnsFor } from '../records/searchColumns/store'
import { filtersTags } from '../records/searchColumns/filterPredicates'

let db: Db
let seeded: EventRecord[]
let call: <T>(method: string, args?: unknown) => Promise<T>
let raw: (method: string, args?: unknown) => Promise<Envelope<unknown>>

beforeAll(() => {
  db = openTempDb().db
  const services = createServices({ db, databasePath: 'test', mode: 'cli', version: 't' })
  seeded = seedQueryData(services)
  const handlers = createHandlers(services)
  raw = (method, args) => dispatch(handlers, method, args, () => {})
  call = async (method, args) => {
    const answer = await raw(method, args)
    if (!answer.ok) throw new Error(answer.error.message)
    return answer.value as never
  }
})
afterAll(() => db.close())

const without = (filters: RecordFilters, keys: readonly string[]): RecordFilters =>
  Object.fromEntries(Object.entries(filters).filter(([k]) => !keys.includes(k)))

function tally<K>(rows: EventRecord[], key: (r: EventRecord) => K[]): Map<K, number> {
  const counts = new Map<K, number>()
  for (const r of rows) for (const k of key(r)) counts.set(k, (counts.get(k) ?? 0) + 1)
  return counts
}
const asMap = <K>(list: { value: K; count: number }[]): Map<K, number> => new Map(list.map((x) => [x.value, x.count]))

/** What each facet must count: the scope with that facet's own filters left out. */
function expectFacetsMatchReference(scope: RecordScope, facets: WorkspaceFacets, records: EventRecord[] = seeded): void {
  const f = scope.filters ?? {}
  const leaving = (keys: readonly string[]): EventRecord[] => referenceSelect(records, { ...scope, filters: without(f, keys) })
  const label = JSON.stringify(scope)
  expect(facets.total, label).toBe(referenceSelect(records, scope).length)

  const years = leaving(FACET_FILTERS.year)
  expect(asMap(facets.years), label).toEqual(tally(years.filter((r) => r.startDate), (r) => [Number(r.startDate!.slice(0, 4))]))
  expect(facets.undated, label).toBe(years.filter((r) => !r.startDate).length)
  expect(asMap(facets.countries), label).toEqual(tally(leaving(FACET_FILTERS.country), (r) => [r.countryCode]))
  expect(asMap(facets.cities), label).toEqual(tally(leaving(FACET_FILTERS.city), (r) => [r.city || null]))
  const tagged = leaving(FACET_FILTERS.tag)
  expect(asMap(facets.tags), label).toEqual(tally(tagged, (r) => r.tags))
  expect(facets.untagged, label).toBe(tagged.filter((r) => r.tags.length === 0).length)
  expect(asMap(facets.batches), label).toEqual(tally(leaving(FACET_FILTERS.batch).filter((r) => r.batchId), (r) => [r.batchId!]))
  const warned = leaving(FACET_FILTERS.warnings)
  expect(facets.warnings, label).toEqual({ with: warned.filter((r) => r.warnings.length).length, without: warned.filter((r) => !r.warnings.length).length })
  const placed = leaving(FACET_FILTERS.place)
  expect(facets.place, label).toEqual({ missing: placed.filter((r) => !r.place).length, present: placed.filter((r) => r.place).length })
  expect(facets.status, label).toEqual({
    active: referenceSelect(records, { ...scope, status: 'active' }).length,
    trashed: referenceSelect(records, { ...scope, status: 'trashed' }).length
  })
}

describe('workspace:facets', () => {
  const scopes: RecordScope[] = [
    {},
    { search: 'neuchatel' },
    { search: 'inter' },
    { status: 'trashed' },
    { filters: { countryCodes: ['CH'] } },
    { filters: { countryCodes: ['CH'], tags: ['refugees'] } },
    { search: 'refugees', filters: { yearFrom: 2015, noDate: true, hasWarnings: false } },
    { filters: { cities: ['Montréal', 'Montreal'], noPlace: false, batchIds: [1, 2] } },
    { filters: { noCountry: true, noCity: true, noTags: true } },
    { search: '"NEAR(', filters: { noPlace: true } },
    { search: 'inter', filters: { countryCodes: ['CH', 'FR'], tags: ['refugees'], noCity: true, cities: ['Neuchâtel'] } },
    { search: 'inter', status: 'trashed', filters: { batchIds: [1] } },
    { search: 'inter', filters: { countryCodes: [], cities: [], tags: [] } },
    { search: 'inter', filters: { noCountry: false, noDate: false, noTags: false, hasWarnings: false } },
    { filters: { yearFrom: 2012, yearTo: 2015 } },
    { filters: { yearTo: 2015, noDate: true }, status: 'trashed' },
    { filters: { noDate: true } }
  ]

  it('counts each facet with its own filters left out, following the search and the other filters', async () => {
    const used = new Set<FacetStrategy>()
    for (const scope of scopes) {
      expectFacetsMatchReference(scope, await call<WorkspaceFacets>('workspace:facets', scope))
      used.add(facetStrategy(scope))
    }
    expect([...used].sort()).toEqual(['cube', 'rows', 'sql'])
  })

  it('gives the same counts whichever way they are made', () => {
    for (const scope of scopes) {
      const ways: FacetStrategy[] = ['sql', 'rows', ...(cubeAnswers(scope) ? (['cube'] as const) : [])]
      for (const way of ways) expectFacetsMatchReference(scope, computeFacets(db, scope, 50, way))
    }
  })

  it('counts a search from the search columns, once loaded, exactly as SQLite does (tag filters stay with SQLite)', async () => {
    // A collection of its own, with the values facets treat specially: empty cities and places, no dates, batches.
    const own = openTempDb().db
    try {
      const services = createServices({ db: own, databasePath: 'test', mode: 'cli', version: 't' })
      seedQueryData(services)
      services.log.run('test.seed', 'Awkward values', (ctx) => {
        for (const [i, city] of ['', '', 'Berlin', ''].entries()) {
          ctx.insert({ title: `Integration forum ${i}`, startDate: i === 1 ? null : '2013-04', place: i === 0 ? '' : 'Somewhere', city, countryCode: i === 2 ? 'DE' : null, tags: i === 3 ? ['integration'] : [], warnings: i === 0 ? ['odd'] : [] })
        }
      })
      const records = own.prepare('SELECT id FROM records WHERE status IN (0, 1) ORDER BY id').pluck().all().map((id) => services.records.get(id as number))
      const columnScopes: RecordScope[] = [
        ...scopes.filter((scope) => hasSearch(scope) && !filtersTags(scope.filters ?? {})),
        { search: 'inter', filters: { countryCodes: ['CH', 'DE'], yearFrom: 2012 } },
        { search: 'integration', filters: { noCity: true, noPlace: true } },
        { search: 'integration', filters: { cities: ['Berlin', 'Neuchâtel'], noCountry: true, hasWarnings: false } },
        { search: 'forum', filters: { batchIds: [1], noDate: true, yearTo: 2014 } },
        { search: 'trashed', status: 'trashed', filters: { countryCodes: ['CH'] } }
      ]
      searchColumnsFor(own, { minRecords: 0 }).loadNow()
      const handlers = createHandlers(services)
      for (const scope of columnScopes) {
        expectFacetsMatchReference(scope, computeFacets(own, scope, 50, 'columns'), records)
        // Through the API too: the columns are the first choice for a search once loaded.
        const answer = await dispatch(handlers, 'workspace:facets', scope, () => {})
        expectFacetsMatchReference(scope, (answer as { value: WorkspaceFacets }).value, records)
      }
      expect(() => computeFacets(own, { search: 'inter', filters: { tags: ['refugees'] } }, 50, 'columns')).toThrow(/cannot count/)
    } finally {
      own.close()
    }
  })

  it('names countries and labels batches with their file and time', async () => {
    const facets = await call<WorkspaceFacets>('workspace:facets', {})
    expect(facets.countries.find((c) => c.value === 'CH')).toMatchObject({ name: 'Switzerland', count: 3 })
    expect(facets.countries[0]!.count).toBeGreaterThanOrEqual(facets.countries[1]!.count)
    expect(facets.batches.map((b) => b.fileName)).toEqual(['batch-1.txt', 'batch-2.txt'])
    expect(facets.batches[0]!.createdAt).toBe('2024-01-01T10:00:00Z')
  })

  it('lists the most frequent cities and tags up to the limit, with how many there are', async () => {
    const facets = await call<WorkspaceFacets>('workspace:facets', { limit: 2 })
    expect(facets.cities).toHaveLength(2)
    expect(facets.citiesTotal).toBe(new Set(referenceSelect(seeded, {}).map((r) => r.city || null)).size - 1)
    expect(facets.tags.map((t) => t.value)).toEqual(['integration', 'network'])
    expect(facets.tagsTotal).toBe(5)
  })

  it('refuses unknown filters and leaves the database as it was', async () => {
    const before = snapshotContent(db)
    expect(await raw('workspace:facets', { filters: { planet: 'Mars' } })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(await raw('workspace:facets', { limit: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(snapshotContent(db)).toEqual(before)
  })
})

describe('workspace:overview', () => {
  it('counts events per year and per country with every filter applied', async () => {
    const scope: RecordScope = { filters: { countryCodes: ['CH', 'CA'], yearFrom: 2015 } }
    const overview = await call<WorkspaceOverview>('workspace:overview', scope)
    const selected = referenceSelect(seeded, scope)
    expect(overview.total).toBe(selected.length)
    expect(asMap(overview.years)).toEqual(tally(selected, (r) => [Number(r.startDate!.slice(0, 4))]))
    // Most frequent first; a tie is settled by the code.
    expect(overview.countries.map((c) => [c.value, c.count])).toEqual([['CA', 2], ['CH', 2]])
  })

  it('folds the countries beyond the limit into one figure', async () => {
    const overview = await call<WorkspaceOverview>('workspace:overview', { countryLimit: 2 })
    expect(overview.countries).toHaveLength(2)
    expect(overview.countries.reduce((s, c) => s + c.count, 0) + overview.otherCountries).toBe(referenceSelect(seeded, {}).length)
  })
})

describe('workspace:readDate, workspace:tags, workspace:batch', () => {
  it('reads typed dates and says when nothing reads as a date', async () => {
    expect(await call('workspace:readDate', { text: '29-30 October 2015' })).toMatchObject({ reading: { startDate: '2015-10-29', endDate: '2015-10-30' } })
    expect(await call('workspace:readDate', { text: '30 November-1 December 2009' })).toMatchObject({ reading: { startDate: '2009-11-30', endDate: '2009-12-01' } })
    expect(await call('workspace:readDate', { text: 'sometime soon-ish' })).toEqual({ reading: null })
    expect(await call('workspace:readDate', { text: '   ' })).toEqual({ reading: null })
  })

  it('completes tags by prefix, any case, most used first (uses in the trash count too)', async () => {
    expect(await call('workspace:tags', { prefix: 'IN' })).toEqual([{ name: 'integration', count: 3 }])
    const all = await call<{ name: string; count: number }[]>('workspace:tags', {})
    expect(all.map((t) => [t.name, t.count])).toEqual([['integration', 3], ['network', 3], ['refugees', 3], ['forum', 2], ['mediation', 1]])
    expect(await call('workspace:tags', { prefix: '%' })).toEqual([])
  })

  it('describes an import batch and refuses an unknown one', async () => {
    expect(await call('workspace:batch', { id: 1 })).toEqual({ id: 1, fileName: 'batch-1.txt', format: 'text', createdAt: '2024-01-01T10:00:00Z', recordCount: 0 })
    expect(await raw('workspace:batch', { id: 99 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('workspace:ids', () => {
  it('lists every record in scope, for acting on all matching seeded', async () => {
    const scope: RecordScope = { search: 'inter', filters: { countryCodes: ['CH', 'CA'] } }
    expect(await call('workspace:ids', scope)).toEqual(referenceSelect(seeded, scope).map((r) => r.id).sort((a, b) => a - b))
    expect(await call('workspace:ids', { status: 'trashed' })).toEqual(seeded.filter((r) => r.status === 'trashed').map((r) => r.id))
  })
})
