/**
 * The duplicate scan as the app runs it: a collection file of N generated listings, scanned
 * by the `dedupe:scan` job (records streamed from SQLite in id order, progress, pairs saved
 * as the review queue). Reports wall time, peak memory, and precision/recall/F1 against the
 * generator's ground truth.
 *
 *   npx tsx bench/dedupe.ts [count=100000] [seed=1]
 *
 * The collection is seeded once per (count, seed) under the OS temp folder, in a separate
 * process so the generator's memory does not count towards the scan's. Rows go in with plain
 * INSERTs, bypassing the operation log on purpose: a benchmark collection has no history.
 */
import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { openDatabase } from '../src/main/db/open'
import { createServices } from '../src/main/services/handlers'
import { startScan } from '../src/main/services/dedupe/service/scanJob'
import { pendingPairs } from '../src/main/services/dedupe/service/queue'
import type { ScanSummary } from '../src/shared/contracts/dedupe'
import { generateListings } from './generator'

const here = fileURLToPath(import.meta.url)
const seedOnly = process.argv[2] === '--seed'
const args = process.argv.slice(seedOnly ? 3 : 2)
const count = Number(args[0] ?? 100_000)
const seed = Number(args[1] ?? 1)
const folder = path.join(os.tmpdir(), 'curate-bench')
const dbFile = path.join(folder, `dedupe-${count}-${seed}.sqlite`)
const truthFile = `${dbFile}.truth.json`

function seedFile(): void {
  fs.mkdirSync(folder, { recursive: true })
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true })
  const db = openDatabase(dbFile)
  const { records, duplicatePairs } = generateListings({ seed, count })
  const insert = db.prepare(
    `INSERT INTO records(id, uid, status, title, start_date, end_date, date_text, place, city, country, country_code, notes, created_at, updated_at)
     VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const now = new Date().toISOString()
  db.transaction(() => {
    for (const r of records) insert.run(r.id, randomUUID(), r.title, r.startDate, r.endDate, r.dateText, r.place, r.city, r.country, r.countryCode, r.notes, now, now)
  })()
  db.close()
  fs.writeFileSync(truthFile, JSON.stringify(duplicatePairs))
}

async function measure(): Promise<void> {
  if (!fs.existsSync(truthFile)) {
    const started = performance.now()
    execFileSync(process.execPath, ['--import', 'tsx', here, '--seed', String(count), String(seed)], { stdio: 'inherit' })
    console.error(`seeded ${count} records in ${((performance.now() - started) / 1000).toFixed(1)} s: ${dbFile}`)
  }
  const db = openDatabase(dbFile)
  const services = createServices({ db, databasePath: dbFile, mode: 'cli', version: 'bench' })
  let peakRss = process.memoryUsage().rss
  const rssBefore = peakRss
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25)
  const started = performance.now()
  const cpuStart = process.cpuUsage()
  const job = startScan(services)
  // Poll as the UI does; the job breathes, so polls and samples run during the scan.
  let info = services.jobs.get(job.id)
  let polls = 0
  while (info.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 150))
    info = services.jobs.get(job.id)
    polls++
  }
  const wallSeconds = (performance.now() - started) / 1000
  const cpu = process.cpuUsage(cpuStart)
  clearInterval(sampler)
  if (info.state !== 'done') throw new Error(`scan ${info.state}: ${info.message}`)
  const summary = info.result as ScanSummary

  const truth = new Set((JSON.parse(fs.readFileSync(truthFile, 'utf8')) as [number, number][]).map(([a, b]) => `${a}:${b}`))
  const found = pendingPairs(db)
  const truePositives = found.filter((p) => truth.has(`${p.a}:${p.b}`)).length
  const precision = found.length === 0 ? 1 : truePositives / found.length
  const recall = truth.size === 0 ? 1 : truePositives / truth.size
  db.close()
  console.log(
    JSON.stringify(
      {
        count,
        seed,
        scanWallSeconds: +wallSeconds.toFixed(2),
        scanCpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(2),
        progressPollsAnswered: polls,
        peakRssMB: Math.round(peakRss / 1e6),
        rssBeforeScanMB: Math.round(rssBefore / 1e6),
        pairsSaved: summary.pairs,
        truthPairs: truth.size,
        precision: +precision.toFixed(4),
        recall: +recall.toFixed(4),
        f1: +((2 * precision * recall) / (precision + recall)).toFixed(4)
      },
      null,
      2
    )
  )
}

if (seedOnly) seedFile()
else await measure()
