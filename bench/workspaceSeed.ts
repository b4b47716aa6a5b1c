/**
 * Fills a collection file with generated listings quickly, for benchmarks and for trying the
 * grid at scale. Rows go in with plain INSERTs inside one transaction, bypassing the
 * operation log on purpose: a seeded benchmark collection has no history to undo, and
 * logging a million creations would only measure the log. Not for real data.
 */
import { randomUUID } from 'node:crypto'
import type { Db } from '../src/main/db/open'
import { generateListings } from './generator'

export interface SeedOptions {
  count: number
  seed?: number
  /** Import batches the records are spread over. */
  batches?: number
  onProgress?: (done: number) => void
}

const CHUNK = 100_000

/** Inserts `count` generated records (ids 1..count) with tags, batches, some warnings and some trash. */
export function seedCollection(db: Db, options: SeedOptions): void {
  const batches = options.batches ?? 24
  const now = new Date('2024-05-01T09:00:00Z')
  const insertBatch = db.prepare('INSERT INTO import_batches(id, file_name, format, created_at, record_count) VALUES (?, ?, ?, ?, ?)')
  const insertRecord = db.prepare(
    `INSERT INTO records(id, uid, status, title, start_date, end_date, date_text, place, city, country, country_code, notes,
       warnings, batch_id, source_file, source_line, source_text, deleted_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const insertTag = db.prepare('INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = name RETURNING id')
  const linkTag = db.prepare('INSERT OR IGNORE INTO record_tags(record_id, tag_id) VALUES (?, ?)')
  const tagIds = new Map<string, number>()
  const tagId = (name: string): number => {
    let id = tagIds.get(name)
    if (id === undefined) {
      id = (insertTag.pluck().get(name) as number)
      tagIds.set(name, id)
    }
    return id
  }

  db.transaction(() => {
    for (let b = 1; b <= batches; b++) {
      const created = new Date(now.getTime() - (batches - b) * 86_400_000).toISOString()
      insertBatch.run(b, `listings-${String(b).padStart(2, '0')}.txt`, 'text', created, 0)
    }
  })()

  // Generated in chunks so a million records never sit in memory at once.
  for (let start = 0; start < options.count; start += CHUNK) {
    const size = Math.min(CHUNK, options.count - start)
    const { records } = generateListings({ seed: (options.seed ?? 1) + start, count: size })
    db.transaction(() => {
      for (let i = 0; i < size; i++) {
        const r = records[i]!
        const id = start + i + 1
        const batch = (id % batches) + 1
        const line = Math.floor(id / batches) * 3 + 1
        const warnings = id % 37 === 0 ? JSON.stringify(['date read from a partial text']) : null
        const trashed = id % 101 === 0
        const stamp = new Date(now.getTime() + id * 1000).toISOString()
        insertRecord.run(
          id, randomUUID(), trashed ? 1 : 0, r.title, r.startDate, r.endDate, r.dateText, r.place, r.city, r.country,
          r.countryCode, r.notes, warnings, batch, `listings-${String(batch).padStart(2, '0')}.txt`, line,
          `${r.title}\n${r.dateText}\n${r.place ?? ''}`, trashed ? stamp : null, stamp, stamp
        )
        for (const tag of r.tags) linkTag.run(id, tagId(tag))
      }
    })()
    options.onProgress?.(start + size)
  }
  db.prepare('UPDATE import_batches SET record_count = (SELECT count(*) FROM records WHERE batch_id = import_batches.id)').run()
  db.exec('ANALYZE')
}
