/**
 * Export benchmark: exports the shared cached seed (read-only) through the same path as the
 * app (paged record source + streaming writer + atomic file), once per format.
 *   npx tsx bench/export.ts --size 1000000 [--json]   every format (target: CSV under 10 s at 1,000,000, flat memory)
 *   --formats csv,json,...                            choose the formats yourself
 *   --runs N                                          timed runs per format (default 3; 1 from 1,000,000 records)
 * Not a test: timings depend on the machine and its load (CPU time is printed too, steadier on a
 * shared machine). Memory is sampled during each run (at most every 20 ms), so each format's own peak is noted.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openDatabase, type Db } from '../src/main/db/open'
import { writeExport } from '../src/main/services/export/runExport'
import { EXPORT_FORMAT_IDS, type ExportFormatId } from '../src/shared/contracts/export'
import { cachedSeed } from './workspaceSeed'
import { report } from './report'

const CSV_TARGET_MS = 10_000
const MB = 1024 * 1024
// Reading RSS costs ~70 µs here; once per 64 KB chunk (3,000 per million CSV records) that was ~0.2 s of
// the measured time. Memory is flat, so a sample every 20 ms (a dozen chunks) still finds the peak.
const RSS_SAMPLE_MS = 20

const { values } = parseArgs({ options: { size: { type: 'string', default: '100000' }, json: { type: 'boolean' }, formats: { type: 'string' }, runs: { type: 'string' } }, strict: true })
const size = Number(values.size)
if (!Number.isInteger(size) || size < 1) throw new Error(`--size must be a whole number, not ${values.size}`)
const formats = (values.formats?.split(',') ?? [...EXPORT_FORMAT_IDS]) as ExportFormatId[]
for (const format of formats) if (!(EXPORT_FORMAT_IDS as readonly string[]).includes(format)) throw new Error(`unknown format ${format}`)
// A million-record export takes seconds per run; one run per format keeps the whole bench in minutes.
const runs = Number(values.runs ?? (size >= 1_000_000 ? 1 : 3))

interface Run {
  ms: number
  cpuMs: number
  count: number
  bytes: number
  peakRss: number
}

async function exportOnce(db: Db, format: ExportFormatId, folder: string): Promise<Run> {
  let peakRss = process.memoryUsage.rss()
  let sampledAt = 0
  const cpuStart = process.cpuUsage()
  const started = performance.now()
  const result = await writeExport(db, { format, scope: { kind: 'all' } }, join(folder, `export.${format}`), () => {
    const now = performance.now()
    if (now - sampledAt < RSS_SAMPLE_MS) return
    sampledAt = now
    peakRss = Math.max(peakRss, process.memoryUsage.rss())
  })
  const ms = performance.now() - started
  const cpu = process.cpuUsage(cpuStart)
  // Each run writes a whole file; removing it keeps the temp folder to one export at a time.
  rmSync(join(folder, `export.${format}`), { force: true })
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, count: result.count, bytes: result.bytes, peakRss: Math.max(peakRss, process.memoryUsage.rss()) }
}

const folder = mkdtempSync(join(tmpdir(), 'curate-bench-export-'))
// Read-only: exporting reads the collection, and the cached seed is shared by every benchmark.
const db = openDatabase(cachedSeed(size), { readonly: true })
try {
  for (const format of formats) {
    const done: Run[] = []
    for (let i = 0; i < runs; i++) done.push(await exportOnce(db, format, folder))
    const last = done[done.length - 1]!
    const peak = Math.max(...done.map((r) => r.peakRss))
    report({
      job: `export: ${format}`,
      size,
      runsMs: done.map((r) => r.ms),
      items: last.count,
      // The issue sets a figure for CSV at a million records only.
      ...(format === 'csv' && size >= 1_000_000 ? { targetMs: CSV_TARGET_MS, statistic: 'median' as const } : {}),
      note: `${(last.bytes / MB).toFixed(1)} MB written; peak RSS during this format ${(peak / MB).toFixed(0)} MB`
    })
    if (!values.json) {
      const cpu = done.map((r) => (r.cpuMs / 1000).toFixed(2)).join(', ')
      console.log(`  ${format}: ${last.count.toLocaleString('en')} records, ${(last.bytes / MB).toFixed(1)} MB, CPU ${cpu} s, peak RSS ${(peak / MB).toFixed(0)} MB`)
    }
  }
} finally {
  db.close()
  rmSync(folder, { recursive: true, force: true })
}
