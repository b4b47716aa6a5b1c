/**
 * Export benchmark: seeds a temporary collection with generated listings, then exports it from
 * SQLite through the same path as the app (paged record source + streaming writer + atomic file).
 *   npx tsx bench/export.ts --size 100000    every format at 100,000 records
 *   npx tsx bench/export.ts --size 1000000   CSV at 1,000,000 records (target: under 10 s, flat memory)
 *   --formats csv,json,...                   choose the formats yourself
 * Not a test: timings depend on the machine and its load (CPU time is printed too, steadier on a
 * shared machine). Peak RSS is sampled after every chunk.
 */
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openDatabase, type Db } from '../src/main/db/open'
import { writeExport } from '../src/main/services/export/run-export'
import { EXPORT_FORMAT_IDS, type ExportFormatId } from '../src/shared/contracts/export'
import { generateListings } from './generator'

const CSV_TARGET_SECONDS = 10
const SEED_CHUNK = 100_000
const MB = 1024 * 1024

const { values } = parseArgs({ options: { size: { type: 'string' }, formats: { type: 'string' } }, strict: true })
const size = Number(values.size ?? 100_000)
if (!Number.isInteger(size) || size < 1) throw new Error(`--size must be a whole number, not ${values.size}`)
const formats = (values.formats?.split(',') ?? (size > 100_000 ? ['csv'] : [...EXPORT_FORMAT_IDS])) as ExportFormatId[]
for (const format of formats) if (!(EXPORT_FORMAT_IDS as readonly string[]).includes(format)) throw new Error(`unknown format ${format}`)

/** Generated listings straight into the tables: one transaction, prepared statements, no operation log (nothing to undo here). */
function seed(db: Db, count: number): void {
  const insertRecord = db.prepare(
    `INSERT INTO records(id, uid, title, start_date, end_date, date_text, place, city, country, country_code, notes,
       source_file, source_line, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const insertTag = db.prepare('INSERT INTO tags(name) VALUES (?) RETURNING id').pluck()
  const linkTag = db.prepare('INSERT INTO record_tags(record_id, tag_id) VALUES (?, ?)')
  const tagIds = new Map<string, number>()
  const stamp = '2025-01-01T00:00:00.000Z'
  db.exec('BEGIN')
  for (let start = 0; start < count; start += SEED_CHUNK) {
    // In chunks, so a million generated records never sit in memory at once.
    const { records } = generateListings({ seed: 1 + start, count: Math.min(SEED_CHUNK, count - start) })
    records.forEach((r, i) => {
      const id = start + i + 1
      insertRecord.run(id, randomUUID(), r.title, r.startDate, r.endDate, r.dateText, r.place, r.city, r.country, r.countryCode, r.notes, 'generated.txt', id, stamp, stamp)
      for (const tag of r.tags) {
        let tagId = tagIds.get(tag.toLowerCase())
        if (tagId === undefined) tagIds.set(tag.toLowerCase(), (tagId = insertTag.get(tag) as number))
        linkTag.run(id, tagId)
      }
    })
  }
  db.exec('COMMIT')
}

async function measure(db: Db, format: ExportFormatId, folder: string): Promise<string> {
  const before = process.memoryUsage().rss
  let peak = before
  const started = performance.now()
  const cpuStart = process.cpuUsage()
  const result = await writeExport(db, { format, scope: { kind: 'all' } }, join(folder, `export.${format}`), () => {
    peak = Math.max(peak, process.memoryUsage().rss)
  })
  const seconds = (performance.now() - started) / 1000
  const cpu = process.cpuUsage(cpuStart)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  peak = Math.max(peak, process.memoryUsage().rss)
  const rate = Math.round(result.count / seconds).toLocaleString('en')
  return (
    `${format.padEnd(6)} ${result.count.toLocaleString('en').padStart(9)} records ${seconds.toFixed(2).padStart(6)} s (CPU ${cpuSeconds.toFixed(2)} s) ` +
    `${rate.padStart(9)} rec/s ${(result.bytes / MB).toFixed(1).padStart(7)} MB  RSS ${(before / MB).toFixed(0)} -> peak ${(peak / MB).toFixed(0)} MB` +
    (format === 'csv' && result.count >= 1_000_000 ? (seconds < CSV_TARGET_SECONDS ? '  (target < 10 s: met)' : '  (target < 10 s: MISSED)') : '')
  )
}

const folder = mkdtempSync(join(tmpdir(), 'curate-bench-export-'))
try {
  const db = openDatabase(join(folder, 'collection.sqlite'))
  const seedStart = performance.now()
  seed(db, size)
  console.log(`seeded ${size.toLocaleString('en')} records in ${((performance.now() - seedStart) / 1000).toFixed(1)} s; RSS ${(process.memoryUsage().rss / MB).toFixed(0)} MB`)
  for (const format of formats) console.log(await measure(db, format, folder))
  console.log(`process peak RSS (seeding included): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
  db.close()
} finally {
  rmSync(folder, { recursive: true, force: true })
}
