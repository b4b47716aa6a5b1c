/**
 * Bulk edit at scale: `npx tsx bench/bulk.ts --size 100000`.
 * Seeds a temporary collection with generated listings, then times the preview, the apply,
 * the undo and the redo of two find-and-replace edits over every record:
 *   1. a literal replace in `city` (a few thousand records change);
 *   2. a literal replace in `city` that changes most records;
 *   3. a regular expression with a capture group over `place` (half the records change, and
 *      the full-text index is rewritten for each).
 * Targets (issue 6): preview < 1 s, apply < 3 s, undo < 3 s.
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openDatabase, type Db } from '../src/main/db/open'
import { createServices } from '../src/main/services/handlers'
import { planBulkEdit, summarise } from '../src/main/services/bulk/plan'
import { applyBulkEdit } from '../src/main/services/bulk/apply'
import type { BulkRule } from '../src/shared/contracts/bulk'
import { generateListings } from './generator'

const { values } = parseArgs({ options: { size: { type: 'string', default: '100000' }, seed: { type: 'string', default: '7' } } })
const size = Number(values.size)
if (!Number.isInteger(size) || size < 1) throw new Error('--size must be a positive whole number')

function seed(db: Db): void {
  const { records } = generateListings({ seed: Number(values.seed), count: size })
  const insert = db.prepare(
    `INSERT INTO records(id, uid, title, start_date, end_date, date_text, place, city, country, country_code, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const now = new Date().toISOString()
  db.transaction(() => {
    for (const r of records) insert.run(r.id, randomUUID(), r.title, r.startDate, r.endDate, r.dateText, r.place, r.city, r.country, r.countryCode, r.notes, now, now)
  })()
}

/**
 * Wall time, and the process's CPU time beside it: on a shared machine (other builds running)
 * wall time swings by 2–3x while CPU time stays close to what an idle machine takes.
 */
function time<T>(work: () => T): [T, number, number] {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const result = work()
  const used = process.cpuUsage(cpu)
  return [result, performance.now() - started, (used.user + used.system) / 1000]
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'curate-bench-bulk-'))
const db = openDatabase(path.join(dir, 'bench.sqlite'))
const s = createServices({ db, databasePath: path.join(dir, 'bench.sqlite'), mode: 'cli', version: 'bench' })
const [, seedMs] = time(() => seed(db))
console.log(`seeded ${size.toLocaleString('en')} records in ${(seedMs / 1000).toFixed(1)} s`)

const commonCity = db.prepare('SELECT city FROM records WHERE city IS NOT NULL GROUP BY city ORDER BY count(*) DESC LIMIT 1').pluck().get() as string
const edits: [string, BulkRule][] = [
  [`literal “${commonCity}” in city`, { op: 'replace', field: 'city', find: commonCity, replace: `${commonCity} (checked)`, mode: 'literal', caseSensitive: true, match: 'substring' }],
  ['literal “e” → “E” in city (case-sensitive)', { op: 'replace', field: 'city', find: 'e', replace: 'E', mode: 'literal', caseSensitive: true, match: 'substring' }],
  ['regex “(.+) \\((.+)\\)$” in place', { op: 'replace', field: 'place', find: '^(.+) \\((.+)\\)$', replace: '$1, $2', mode: 'regex', caseSensitive: false, match: 'substring' }]
]

const rows: string[] = []
let failed = false
const verdict = (ms: number, limit: number): string => {
  if (ms > limit) failed = true
  return `${(ms / 1000).toFixed(2)} s ${ms <= limit ? '✓' : `✗ (target ${limit / 1000} s)`}`
}
const cpuNote = (ms: number): string => `(cpu ${(ms / 1000).toFixed(2)})`
for (const [name, rule] of edits) {
  const target = { kind: 'scope', scope: {}, count: size } as const
  const [preview, previewMs, previewCpu] = time(() => summarise(planBulkEdit(db, target, rule)))
  const [, applyMs, applyCpu] = time(() => applyBulkEdit(s, target, rule))
  const [, undoMs, undoCpu] = time(() => s.log.undo())
  const [, redoMs, redoCpu] = time(() => s.log.redo())
  rows.push(
    `${name}: ${preview.changed.toLocaleString('en')} of ${preview.inScope.toLocaleString('en')} change\n` +
      `    preview ${verdict(previewMs, 1000)} ${cpuNote(previewCpu)} | apply ${verdict(applyMs, 3000)} ${cpuNote(applyCpu)} | ` +
      `undo ${verdict(undoMs, 3000)} ${cpuNote(undoCpu)} | redo ${(redoMs / 1000).toFixed(2)} s ${cpuNote(redoCpu)}`
  )
}
console.log(`load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`)
console.log(rows.join('\n'))
db.close()
fs.rmSync(dir, { recursive: true, force: true })
process.exitCode = failed ? 1 : 0
