/**
 * Bulk edit at scale: `npx tsx bench/bulk.ts --size 100000 [--json]`.
 * Works on a copy of the shared cached seed, and times the preview, the apply, the undo and
 * the redo of three find-and-replace edits over every active record, one after the other:
 *   1. a literal replace in `city` (a few thousand records change);
 *   2. a literal replace in `city` that changes most records;
 *   3. a regular expression with a capture group over `place` (half the records change, and
 *      the full-text index is rewritten for each).
 * Each phase is reported as one job whose runs are the three edits; its target applies to the
 * p95, which over three runs is the slowest edit. Targets (issue 6): preview < 1 s, apply < 3 s,
 * undo < 3 s, at 100,000 records (`npm run bench` stops this script there).
 */
import os from 'node:os'
import { parseArgs } from 'node:util'
import { openDatabase } from '../src/main/db/open'
import { createServices } from '../src/main/services/handlers'
import { previewBulkEdit } from '../src/main/services/bulk/plan'
import { applyBulkEdit } from '../src/main/services/bulk/apply'
import { countRecords } from '../src/main/services/records/recordQueries'
import type { BulkRule } from '../src/shared/contracts/bulk'
import { copyOfSeed, discardCopy } from './workspaceSeed'
import { report } from './report'

const { values } = parseArgs({ options: { size: { type: 'string', default: '100000' }, json: { type: 'boolean' } } })
const size = Number(values.size)
if (!Number.isInteger(size) || size < 1) throw new Error('--size must be a positive whole number')

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

const file = copyOfSeed(size)
const db = openDatabase(file)
try {
  const s = createServices({ db, databasePath: file, mode: 'cli', version: 'bench' })
  const commonCity = db.prepare('SELECT city FROM records WHERE city IS NOT NULL AND status = 0 GROUP BY city ORDER BY count(*) DESC LIMIT 1').pluck().get() as string
  const edits: [string, BulkRule][] = [
    [`literal “${commonCity}” in city`, { op: 'replace', field: 'city', find: commonCity, replace: `${commonCity} (checked)`, mode: 'literal', caseSensitive: true, match: 'substring' }],
    ['literal “e” → “E” in city (case-sensitive)', { op: 'replace', field: 'city', find: 'e', replace: 'E', mode: 'literal', caseSensitive: true, match: 'substring' }],
    ['regex “(.+) \\((.+)\\)$” in place', { op: 'replace', field: 'place', find: '^(.+) \\((.+)\\)$', replace: '$1, $2', mode: 'regex', caseSensitive: false, match: 'substring' }],
    // The edit issue 18 times against OpenRefine: most titles change (apply < 0.8 s, undo < 0.3 s there).
    ['literal “e” → “E” in title (case-sensitive)', { op: 'replace', field: 'title', find: 'e', replace: 'E', mode: 'literal', caseSensitive: true, match: 'substring' }]
  ]

  const phases = { preview: [] as number[], apply: [] as number[], undo: [] as number[], redo: [] as number[] }
  const lines: string[] = []
  const changed: number[] = []
  const cpuNote = (ms: number): string => `(cpu ${(ms / 1000).toFixed(2)})`
  for (const [name, rule] of edits) {
    // The count the archivist saw: apply refuses to run if the scope no longer matches it.
    const target = { kind: 'scope', scope: {}, count: countRecords(db, {}) } as const
    const [preview, previewMs, previewCpu] = time(() => previewBulkEdit(db, target, rule))
    const [, applyMs, applyCpu] = time(() => applyBulkEdit(s, target, rule))
    const [, undoMs, undoCpu] = time(() => s.log.undo())
    const [, redoMs, redoCpu] = time(() => s.log.redo())
    phases.preview.push(previewMs)
    phases.apply.push(applyMs)
    phases.undo.push(undoMs)
    phases.redo.push(redoMs)
    changed.push(preview.changed)
    lines.push(
      `${name}: ${preview.changed.toLocaleString('en')} of ${preview.inScope.toLocaleString('en')} change\n` +
        `    preview ${(previewMs / 1000).toFixed(2)} s ${cpuNote(previewCpu)} | apply ${(applyMs / 1000).toFixed(2)} s ${cpuNote(applyCpu)} | ` +
        `undo ${(undoMs / 1000).toFixed(2)} s ${cpuNote(undoCpu)} | redo ${(redoMs / 1000).toFixed(2)} s ${cpuNote(redoCpu)}`
    )
  }

  const inScope = countRecords(db, {})
  const note = `one run per edit (city literal, city e→E, place regex, title e→E); ${changed.map((n) => n.toLocaleString('en')).join(' / ')} records change`
  const slowest = { statistic: 'p95' as const }
  report({ job: 'bulk: find-and-replace preview', size, runsMs: phases.preview, items: inScope, targetMs: 1000, ...slowest, note })
  report({ job: 'bulk: apply', size, runsMs: phases.apply, items: inScope, targetMs: 3000, ...slowest, note })
  report({ job: 'bulk: undo', size, runsMs: phases.undo, items: inScope, targetMs: 3000, ...slowest, note })
  report({ job: 'bulk: redo', size, runsMs: phases.redo, items: inScope, note })
  if (!values.json) {
    console.log(`load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`)
    console.log(lines.join('\n'))
    // At the terminal a missed target fails the command, as before; under `npm run bench` the table says it.
    const limits: [number[], number][] = [[phases.preview, 1000], [phases.apply, 3000], [phases.undo, 3000]]
    if (size <= 100_000 && limits.some(([runs, limit]) => Math.max(...runs) > limit)) process.exitCode = 1
  }
} finally {
  db.close()
  discardCopy(file)
}
