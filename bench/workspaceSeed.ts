/**
 * Fills a collection file with generated listings quickly, for benchmarks and for trying the
 * grid at scale. Rows go in with plain INSERTs inside one transaction, bypassing the
 * operation log on purpose: a seeded benchmark collection has no history to undo, and
 * logging a million creations would only measure the log. Not for real data.
 * cachedSeed/copyOfSeed keep one seeded file per size under bench/.cache for every benchmark.
 */
import Database from 'better-sqlite3'
import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openDatabase, type Db } from '../src/main/db/open'
import { LATEST_SCHEMA_VERSION } from '../src/main/db/migrations'
import { generateListings } from '../test/generator'
import { withInsertTriggersPaused } from './seedDerived'

export interface SeedOptions {
  count: number
  seed?: number
  /** Import batches the records are spread over. */
  batches?: number
  onProgress?: (done: number) => void
  /**
   * Let the full-text and facet triggers fire for every row (slow at scale) instead of pausing
   * them and rebuilding both tables once at the end (the default; same result, tested).
   */
  rowByRowTriggers?: boolean
}

export interface SeedResult {
  /** Ground truth from the generator: pairs of ids listing the same event, [smaller, larger]. */
  duplicatePairs: [number, number][]
}

const CHUNK = 100_000

/**
 * Inserts `count` generated records (ids 1..count) with tags, batches, some warnings and some
 * trash, in one transaction (a failure leaves the file as it was, triggers included).
 */
export function seedCollection(db: Db, options: SeedOptions): SeedResult {
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

  const duplicatePairs: [number, number][] = []
  const insertAll = (): void => {
    for (let b = 1; b <= batches; b++) {
      const created = new Date(now.getTime() - (batches - b) * 86_400_000).toISOString()
      insertBatch.run(b, `listings-${String(b).padStart(2, '0')}.txt`, 'text', created, 0)
    }
    // Generated in chunks so a million records never sit in memory at once; each chunk is its
    // own generated set, so its duplicates (and their ground truth) stay within the chunk.
    for (let start = 0; start < options.count; start += CHUNK) {
      const size = Math.min(CHUNK, options.count - start)
      const generated = generateListings({ seed: (options.seed ?? 1) + start, count: size })
      const { records } = generated
      for (const [a, b] of generated.duplicatePairs) duplicatePairs.push([a + start, b + start])
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
      options.onProgress?.(start + size)
    }
  }
  db.transaction(() => (options.rowByRowTriggers ? insertAll() : withInsertTriggersPaused(db, insertAll)))()
  db.prepare('UPDATE import_batches SET record_count = (SELECT count(*) FROM records WHERE batch_id = import_batches.id)').run()
  db.exec('ANALYZE')
  return { duplicatePairs }
}

/**
 * Seeded collections shared by the benchmark scripts, one per size (git-ignored). A file is
 * rebuilt when the schema moves on; after changing the generator or this seeding, delete the
 * folder, since the check cannot see what the records contain.
 */
export const SEED_CACHE = path.join(import.meta.dirname, '.cache')

const seedFile = (size: number, dir: string): string => path.join(dir, `seed-${size}.sqlite`)
const truthFile = (size: number, dir: string): string => `${seedFile(size, dir)}.truth.json`

/** The file is usable when it has the app's current schema and every record (a build cut short has neither). */
function isCurrentSeed(file: string, truth: string, size: number): boolean {
  if (!fs.existsSync(file) || !fs.existsSync(truth)) return false
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true })
    try {
      const version = db.pragma('user_version', { simple: true }) as number
      return version === LATEST_SCHEMA_VERSION && (db.prepare('SELECT count(*) FROM records').pluck().get() as number) === size
    } finally {
      db.close()
    }
  } catch {
    return false
  }
}

/**
 * Builds the seed file for `size` at `file`: seeded under a temporary name, checkpointed into
 * the main file, then renamed, so a reader never sees a half-built collection.
 */
export function buildSeedFile(size: number, file: string, onProgress?: (done: number) => void): void {
  const building = `${file}.building-${process.pid}`
  const db = openDatabase(building)
  // The indexes of a million records (random uids among them) outgrow SQLite's default 2 MB
  // page cache, and every insert then rereads pages; this process only builds the file.
  db.pragma('cache_size = -262144')
  let truth: [number, number][]
  try {
    truth = seedCollection(db, { count: size, onProgress }).duplicatePairs
    // Everything into the main file and the WAL emptied: the cache is one self-contained file.
    db.pragma('wal_checkpoint(TRUNCATE)')
  } finally {
    db.close()
  }
  fs.writeFileSync(truthFile(size, path.dirname(file)), JSON.stringify(truth))
  fs.rmSync(file, { force: true })
  fs.renameSync(building, file)
  for (const suffix of ['-wal', '-shm']) fs.rmSync(building + suffix, { force: true })
}

/**
 * The path of a seeded collection of `size` records, built on first use and reused after.
 * The build runs in a child process, so the generator's memory never counts towards the peak
 * memory of the benchmark that asked. Open it read-only; writers take copyOfSeed().
 */
export function cachedSeed(size: number, dir = SEED_CACHE): string {
  const file = seedFile(size, dir)
  if (isCurrentSeed(file, truthFile(size, dir), size)) return file
  fs.mkdirSync(dir, { recursive: true })
  for (const suffix of ['', '-wal', '-shm', '.truth.json']) fs.rmSync(file + suffix, { force: true })
  const started = performance.now()
  execFileSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'buildSeed.ts'), '--size', String(size), '--out', file], {
    // The child's output goes to stderr: stdout carries the benchmark's results.
    stdio: ['ignore', 2, 'inherit']
  })
  if (!isCurrentSeed(file, truthFile(size, dir), size)) throw new Error(`building ${file} did not leave a usable collection of ${size} records`)
  process.stderr.write(`seeded ${size.toLocaleString('en')} records in ${((performance.now() - started) / 1000).toFixed(1)} s (cached at ${path.relative(process.cwd(), file)})\n`)
  return file
}

/** A private copy of the cached seed in a fresh temp folder, for benchmarks that write. Remove it with discardCopy. */
export function copyOfSeed(size: number, dir = SEED_CACHE): string {
  const source = cachedSeed(size, dir)
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), `curate-bench-${size}-`)), 'collection.sqlite')
  fs.copyFileSync(source, file)
  return file
}

export function discardCopy(file: string): void {
  fs.rmSync(path.dirname(file), { recursive: true, force: true })
}

/** The generator's duplicate pairs for the cached seed of `size`. */
export function seedTruth(size: number, dir = SEED_CACHE): [number, number][] {
  return JSON.parse(fs.readFileSync(truthFile(size, dir), 'utf8')) as [number, number][]
}
