/**
 * The records workspace over a large collection: pages of the grid (filter + sort + full-text
 * term), facet counts for a search, the overview. Run:
 *   npx tsx bench/workspace.ts --size 1000000 [--json] [--runs 30] [--db some-collection.sqlite]
 * Reads the shared cached seed (bench/workspaceSeed.ts cachedSeed) read-only, or the --db file.
 * Not a test: timings depend on the machine and its load; the targets are printed beside them.
 */
import os from 'node:os'
import { parseArgs } from 'node:util'
import { openDatabase } from '../src/main/db/open'
import { countRecords, queryRecords } from '../src/main/services/records/recordQueries'
import { computeFacets, facetStrategy } from '../src/main/services/facets/facets'
import { computeOverview } from '../src/main/services/facets/overview'
import { tuneForLargeCollections } from '../src/main/services/facets/tuning'
import { searchColumnsFor } from '../src/main/services/records/searchColumns/store'
import type { RecordQuery, RecordScope } from '../src/shared/query'
import { cachedSeed } from './workspaceSeed'
import { report, type Measurement } from './report'

const { values } = parseArgs({
  options: { size: { type: 'string', default: '1000000' }, json: { type: 'boolean' }, db: { type: 'string' }, runs: { type: 'string', default: '30' } }
})
const size = Number(values.size)
const runs = Number(values.runs)
const file = values.db ?? cachedSeed(size)
// Read-only: the cached seed is shared by every benchmark and must stay as it was built.
const db = openDatabase(file, { readonly: true })
tuneForLargeCollections(db)

/**
 * Answers are cached while the collection's version (data_version + total_changes) holds. A
 * row written to a temporary table moves total_changes without touching the collection file,
 * so a cold run recomputes exactly as it would after an edit (the page cache stays warm, as
 * it does in the app, whose edits go through this same connection).
 */
db.exec('CREATE TEMP TABLE bench_tick(n INTEGER)')
const tick = db.prepare('INSERT INTO temp.bench_tick(n) VALUES (1)')

interface Timed {
  times: number[]
  /** CPU time of this process per run: what the work costs, whatever else the machine is doing. */
  cpuTimes: number[]
}

/** Runs each variant in turn `runs` times after one warm-up each (statement cache, page cache). */
function measure<T>(variants: T[], run: (variant: T) => unknown, options: { cold?: boolean; before?: (variant: T) => void; runs?: number } = {}): Timed {
  for (const v of variants) run(v)
  const times: number[] = []
  const cpuTimes: number[] = []
  for (let i = 0; i < (options.runs ?? runs); i++) {
    const variant = variants[i % variants.length]!
    if (options.cold) tick.run()
    options.before?.(variant)
    const cpu = process.cpuUsage()
    const start = performance.now()
    run(variant)
    times.push(performance.now() - start)
    const used = process.cpuUsage(cpu)
    cpuTimes.push((used.user + used.system) / 1000)
  }
  return { times, cpuTimes }
}

const total = countRecords(db, {})
const TERMS = ['integration', 'neuchatel', 'seminar', 'refugees', '"study visit"', 'mediat']
const termCounts = Object.fromEntries(TERMS.map((search) => [search, countRecords(db, { search })]))
const meanMatches = Math.round(TERMS.reduce((sum, t) => sum + termCounts[t]!, 0) / TERMS.length)
const pages: RecordQuery[] = TERMS.flatMap((search) => [
  { search, filters: { countryCodes: ['FR', 'DE'] }, sort: { field: 'startDate', direction: 'desc' } },
  { search, filters: { yearFrom: 2005, yearTo: 2015 }, sort: { field: 'title', direction: 'asc' } },
  { search, filters: { hasWarnings: false }, sort: { field: 'city', direction: 'asc' } }
])
const searches: RecordScope[] = TERMS.map((search) => ({ search }))
const middle = Math.floor(total / 2)
/** Rows a page query returned on its last run, for the throughput column. */
let rows = 0
const page = (q: RecordQuery): void => void (rows = queryRecords(db, q).rows.length)

const FACET_NOTE = 'the issue says "under 200 ms" without a percentile; the target applies to the median'
type Job = Omit<Measurement, 'size' | 'runsMs' | 'items'> & { timed: () => Timed; items: () => number }
/** Times loading the search columns once (the app does it in steps, in the background, after the first search). */
function loadSearchColumns(): Timed {
  const cpu = process.cpuUsage()
  const start = performance.now()
  searchColumnsFor(db).loadNow()
  const used = process.cpuUsage(cpu)
  return { times: [performance.now() - start], cpuTimes: [(used.user + used.system) / 1000] }
}

const jobs: Job[] = [
  {
    job: 'query: page, SQLite alone', items: () => rows,
    note: `as the first searches after opening are answered, while the search columns load; ${pages.length} variants, cold`,
    timed: () => measure(pages, (q) => page({ ...q, limit: 100 }), { cold: true })
  },
  {
    job: 'facets: for a search, SQLite alone', items: () => meanMatches, note: 'as while the search columns load; cold',
    timed: () => measure(searches, (s) => computeFacets(db, s), { cold: true })
  },
  {
    job: 'search columns: load', items: () => total,
    note: 'every record\'s filter and sort columns plus title ranks, read once; the app reads them in ~20 ms steps after the first search',
    timed: loadSearchColumns
  },
  {
    job: 'query: page (filter+sort+search)', targetMs: 50, statistic: 'p95', items: () => rows,
    note: `first page of 100 with its count, cold, search columns loaded; ${pages.length} variants over ${TERMS.length} terms`,
    timed: () => measure(pages, (q) => page({ ...q, limit: 100 }), { cold: true })
  },
  {
    job: 'query: next pages (row 2,000)', targetMs: 50, statistic: 'p95', items: () => rows,
    note: 'the same queries scrolled to row 2,000, after their first page',
    timed: () => measure(pages, (q) => page({ ...q, offset: 2000, limit: 100 }), { before: (q) => queryRecords(db, { ...q, limit: 100 }) })
  },
  { job: 'query: grid opening (no filter)', items: () => rows, note: 'whole collection, default sort, cold', timed: () => measure([{}], (q) => page({ ...q, limit: 100 }), { cold: true }) },
  {
    job: 'query: by title, middle row (cold)', items: () => rows, note: `whole collection by title at row ${middle.toLocaleString('en')}`,
    timed: () => measure([{}], () => page({ sort: { field: 'title', direction: 'asc' }, offset: middle, limit: 100 }), { cold: true })
  },
  {
    job: 'query: by title, middle row (warm)', items: () => rows, note: 'the next page of the same, as when scrolling',
    timed: () => measure([{}], () => page({ sort: { field: 'title', direction: 'asc' }, offset: middle + 100, limit: 100 }))
  },
  { job: 'facets: for a search', targetMs: 200, statistic: 'median', items: () => meanMatches, note: `cold, search columns loaded; ${FACET_NOTE}`, timed: () => measure(searches, (s) => computeFacets(db, s), { cold: true }) },
  {
    job: 'facets: search + country filter', targetMs: 200, statistic: 'median', items: () => meanMatches, note: `cold, search columns loaded; ${FACET_NOTE}`,
    timed: () => measure(searches, (s) => computeFacets(db, { ...s, filters: { countryCodes: ['FR'] } }), { cold: true })
  },
  { job: 'facets: whole collection', items: () => total, note: 'cold', timed: () => measure([{}], (s) => computeFacets(db, s), { cold: true }) },
  {
    // Issue 18: what a scope the kept counts cannot answer costs, counted from SQLite's scan of the whole collection.
    job: 'facets: whole collection, not kept', targetMs: 1000, statistic: 'median', items: () => total, note: 'cold; counted from the records, as for any scope the kept counts cannot answer',
    timed: () => measure([{}], (s) => computeFacets(db, s, undefined, facetStrategy({ filters: { hasWarnings: false } })), { cold: true, runs: Math.min(runs, 5) })
  },
  { job: 'facets: years 2005-2015', items: () => total, note: 'cold', timed: () => measure([{}], () => computeFacets(db, { filters: { yearFrom: 2005, yearTo: 2015 } }), { cold: true }) },
  { job: 'facets: one country (FR)', items: () => total, note: 'cold', timed: () => measure([{}], () => computeFacets(db, { filters: { countryCodes: ['FR'] } }), { cold: true }) },
  { job: 'overview: for a search', items: () => meanMatches, note: 'cold', timed: () => measure(searches, (s) => computeOverview(db, s), { cold: true }) },
  { job: 'overview: whole collection', items: () => total, note: 'cold', timed: () => measure([{}], (s) => computeOverview(db, s), { cold: true }) }
]

const cpuStart = process.cpuUsage()
const wallStart = performance.now()
const results: { job: Job; timed: Timed }[] = []
for (const job of jobs) {
  const timed = job.timed()
  results.push({ job, timed })
  const { timed: _timed, items, ...rest } = job
  report({ ...rest, size, runsMs: timed.times, items: items() })
}

if (!values.json) printDetails()
db.close()

/** The fuller picture for a person at the terminal: CPU time, the machine's load, facets per term. */
function printDetails(): void {
  const cpu = process.cpuUsage(cpuStart)
  const cpuShare = (cpu.user + cpu.system) / 1000 / (performance.now() - wallStart)
  const at = (values: number[], q: number): number => {
    const sorted = [...values].sort((a, b) => a - b)
    return +sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!.toFixed(1)
  }
  console.log(`\n${total.toLocaleString('en')} records in the collection (${file})`)
  console.log(`terms and their matches: ${Object.entries(termCounts).map(([t, n]) => `${t} ${n.toLocaleString('en')}`).join(', ')}`)
  console.log(`${runs} timed runs each after one warm-up per variant; milliseconds of wall time`)
  console.log(`this process had the CPU ${(cpuShare * 100).toFixed(0)}% of the time it ran (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)\n`)
  const width = Math.max(...results.map((r) => r.job.job.length))
  console.log(`${'measure'.padEnd(width)}  cpu p50     p50     p95     max  target`)
  for (const { job, timed } of results) {
    const figure = job.statistic === 'p95' ? at(timed.times, 0.95) : at(timed.times, 0.5)
    const verdict = job.targetMs === undefined ? '' : `${job.statistic} < ${job.targetMs} ${figure <= job.targetMs ? 'ok' : 'MISSED'}`
    // At the terminal a missed target fails the command, as before; under `npm run bench` the table says it.
    if (verdict.endsWith('MISSED')) process.exitCode = 1
    console.log(`${job.job.padEnd(width)} ${String(at(timed.cpuTimes, 0.5)).padStart(8)} ${String(at(timed.times, 0.5)).padStart(7)} ${String(at(timed.times, 0.95)).padStart(7)} ${String(at(timed.times, 1)).padStart(7)}  ${verdict}`)
  }
  // Facet counts for a search cost what the term matches; one line per term shows that.
  console.log('\nfacet counts for a search, by term (cold, ms):')
  for (const search of [...TERMS].sort((a, b) => termCounts[a]! - termCounts[b]!)) {
    const { times } = measure([{ search }], (scope) => computeFacets(db, scope), { cold: true })
    console.log(`  ${search.padEnd(16)} ${termCounts[search]!.toLocaleString('en').padStart(8)} matches   p50 ${at(times, 0.5)}   p95 ${at(times, 0.95)}`)
  }
}
