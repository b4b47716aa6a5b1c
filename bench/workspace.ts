/**
 * The records workspace over a large collection: pages of the grid (filter + sort + full-text
 * term), facet counts for a search, the overview. Run:
 *   npx tsx bench/workspace.ts --size 1000000 [--db /tmp/curate-bench-1000000.sqlite] [--runs 30]
 * The collection file is seeded once (bench/workspaceSeed.ts) and reused by later runs.
 * Not a test: timings depend on the machine and its load; the targets are printed beside them.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openDatabase, type Db } from '../src/main/db/open'
import { countRecords, queryRecords } from '../src/main/services/records/recordQueries'
import { computeFacets } from '../src/main/services/workspace/facets'
import { computeOverview } from '../src/main/services/workspace/overview'
import type { RecordQuery, RecordScope } from '../src/shared/query'
import { seedCollection } from './workspaceSeed'
import { tuneForLargeCollections } from '../src/main/services/workspace/tuning'

const { values } = parseArgs({
  options: { size: { type: 'string', default: '1000000' }, db: { type: 'string' }, runs: { type: 'string', default: '30' } }
})
const size = Number(values.size)
const runs = Number(values.runs)
const file = values.db ?? path.join(os.tmpdir(), `curate-bench-${size}.sqlite`)

function open(): Db {
  const existing = fs.existsSync(file)
  const db = openDatabase(file)
  const count = db.prepare('SELECT count(*) FROM records').pluck().get() as number
  if (existing && count === size) return db
  if (count > 0) throw new Error(`${file} holds ${count} records, not ${size}; remove it or pass another --db`)
  const start = performance.now()
  seedCollection(db, { count: size, onProgress: (n) => process.stderr.write(`\rseeding ${n.toLocaleString()} / ${size.toLocaleString()}`) })
  process.stderr.write(`\rseeded ${size.toLocaleString()} records in ${((performance.now() - start) / 1000).toFixed(0)} s\n`)
  return db
}

interface Figure {
  name: string
  /** Median CPU time of this process per run: what the work costs, whatever else the machine is doing. */
  cpu50: number
  p50: number
  p95: number
  max: number
  target?: number
  note?: string
}

/**
 * Runs each variant in turn `runs` times after one warm-up each (statement cache, page cache).
 * Cold runs first touch the data, so no answer kept from an earlier run can be reused: what is
 * timed is the work done the first time a query is asked after a change.
 */
function measure<T>(name: string, variants: T[], run: (variant: T) => unknown, options: { target?: number; cold?: boolean; before?: (variant: T) => void } = {}): Figure {
  const invalidate = db.prepare('UPDATE import_batches SET record_count = record_count WHERE id = (SELECT min(id) FROM import_batches)')
  for (const v of variants) run(v)
  const times: number[] = []
  const cpuTimes: number[] = []
  for (let i = 0; i < runs; i++) {
    const variant = variants[i % variants.length]!
    if (options.cold) invalidate.run()
    options.before?.(variant)
    const cpu = process.cpuUsage()
    const start = performance.now()
    run(variant)
    times.push(performance.now() - start)
    const used = process.cpuUsage(cpu)
    cpuTimes.push((used.user + used.system) / 1000)
  }
  times.sort((a, b) => a - b)
  cpuTimes.sort((a, b) => a - b)
  const at = (q: number): number => +times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!.toFixed(1)
  return { name, cpu50: +cpuTimes[Math.floor(cpuTimes.length / 2)]!.toFixed(1), p50: at(0.5), p95: at(0.95), max: at(1), target: options.target }
}

const db = open()
tuneForLargeCollections(db)
const total = countRecords(db, {})
const TERMS = ['integration', 'neuchatel', 'seminar', 'refugees', '"study visit"', 'mediat']
const termCounts = Object.fromEntries(TERMS.map((search) => [search, countRecords(db, { search })]))

const pages: RecordQuery[] = TERMS.flatMap((search) => [
  { search, filters: { countryCodes: ['FR', 'DE'] }, sort: { field: 'startDate', direction: 'desc' } },
  { search, filters: { yearFrom: 2005, yearTo: 2015 }, sort: { field: 'title', direction: 'asc' } },
  { search, filters: { hasWarnings: false }, sort: { field: 'city', direction: 'asc' } }
])
const searches: RecordScope[] = TERMS.map((search) => ({ search }))

const cpuStart = process.cpuUsage()
const wallStart = performance.now()
const figures: Figure[] = [
  measure('page of 100: filter + sort + full-text term (first page, with count)', pages, (q) => queryRecords(db, { ...q, limit: 100 }), { target: 50, cold: true }),
  measure('page of 100: same query scrolled to row 2,000 (next pages)', pages, (q) => queryRecords(db, { ...q, offset: 2000, limit: 100 }), {
    target: 50,
    before: (q) => queryRecords(db, { ...q, limit: 100 })
  }),
  measure('page of 100: whole collection, default sort (grid opening)', [{}], (q) => queryRecords(db, { ...q, limit: 100 }), { cold: true }),
  measure('page of 100: whole collection by title, row 500,000 (first time)', [{}], () => queryRecords(db, { sort: { field: 'title', direction: 'asc' }, offset: Math.floor(total / 2), limit: 100 }), { cold: true }),
  measure('page of 100: whole collection by title, row 500,100 (scrolling)', [{}], () => queryRecords(db, { sort: { field: 'title', direction: 'asc' }, offset: Math.floor(total / 2) + 100, limit: 100 })),
  measure('facet counts for a search', searches, (scope) => computeFacets(db, scope), { target: 200, cold: true }),
  measure('facet counts for a search + a country filter', searches, (scope) => computeFacets(db, { ...scope, filters: { countryCodes: ['FR'] } }), { target: 200, cold: true }),
  measure('facet counts, whole collection', [{}], (scope) => computeFacets(db, scope), { cold: true }),
  measure('facet counts, years 2005-2015', [{}], () => computeFacets(db, { filters: { yearFrom: 2005, yearTo: 2015 } }), { cold: true }),
  measure('facet counts, one country (FR)', [{}], () => computeFacets(db, { filters: { countryCodes: ['FR'] } }), { cold: true }),
  measure('overview for a search', searches, (scope) => computeOverview(db, scope), { cold: true }),
  measure('overview, whole collection', [{}], (scope) => computeOverview(db, scope), { cold: true })
]
/** Facet counts per term: their cost follows how many records the term matches. */
const perTerm = TERMS.map((search) => ({ search, matches: termCounts[search]!, ...measure(`facets ${search}`, [{ search }], (scope) => computeFacets(db, scope), { cold: true }) }))
const cpu = process.cpuUsage(cpuStart)
const cpuShare = (cpu.user + cpu.system) / 1000 / (performance.now() - wallStart)

console.log(`\n${total.toLocaleString()} records in the collection (${file})`)
console.log(`terms and their matches: ${Object.entries(termCounts).map(([t, n]) => `${t} ${n.toLocaleString()}`).join(', ')}`)
console.log(`${runs} timed runs each after one warm-up per variant; milliseconds of wall time`)
console.log(`this process had the CPU ${(cpuShare * 100).toFixed(0)}% of the time it ran (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)\n`)
const width = Math.max(...figures.map((f) => f.name.length))
console.log(`${'measure'.padEnd(width)}  cpu p50     p50     p95     max  target`)
for (const f of figures) {
  const verdict = f.target === undefined ? '' : f.p95 <= f.target ? `< ${f.target} ok` : `< ${f.target} MISSED`
  console.log(`${f.name.padEnd(width)} ${String(f.cpu50).padStart(8)} ${String(f.p50).padStart(7)} ${String(f.p95).padStart(7)} ${String(f.max).padStart(7)}  ${verdict}`)
}
console.log('\nfacet counts for a search, by term (cold, ms):')
for (const t of perTerm.sort((a, b) => a.matches - b.matches)) console.log(`  ${t.search.padEnd(16)} ${t.matches.toLocaleString().padStart(8)} matches   p50 ${t.p50}   p95 ${t.p95}`)
db.close()
process.exitCode = figures.some((f) => f.target !== undefined && f.p95 > f.target) ? 1 : 0
