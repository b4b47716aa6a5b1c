/**
 * Issue 16 item 5: "The preview streams its counts rather than building everything." A find and
 * replace over 3,000 notes of 20,000 characters (60 million characters before, as many after) is
 * previewed in a process whose heap is capped at 64 MB: less than the text it would change. The
 * preview counts every change and keeps only the sample shown; building every change first (as
 * before) runs out of heap.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { bulkSession, type BulkTestSession } from './testing'

const CHILD = path.resolve(import.meta.dirname, '../../testing/bulkPreviewChild.ts')
const HEAP_MB = 64
const RECORDS = 3_000
const NOTE = 'A meeting of archivists about water and cities. '.repeat(410).slice(0, 20_000)

const sessions: BulkTestSession[] = []
afterEach(() => sessions.splice(0).forEach((s) => s.close()))

function previewInSmallHeap(file: string, rule: object, how: 'streamed' | 'whole') {
  const run = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', CHILD, file, JSON.stringify(rule), how], {
    encoding: 'utf8',
    timeout: 120_000
  })
  return { status: run.status, signal: run.signal, out: run.stdout.trim(), err: run.stderr }
}

describe('a bulk-edit preview holds one slice of records, not every change', () => {
  it('previews a change to 120 MB of text within a 64 MB heap, counting every record', () => {
    const t = bulkSession()
    sessions.push(t)
    t.seed(Array.from({ length: RECORDS }, (_, i) => ({ title: `Meeting ${i + 1}`, startDate: '2015-03-01', notes: NOTE })))
    t.db.pragma('wal_checkpoint(TRUNCATE)')
    const rule = { op: 'replace', field: 'notes', find: 'water', replace: 'River', mode: 'literal', caseSensitive: true, match: 'substring' }

    const streamed = previewInSmallHeap(t.file, rule, 'streamed')
    expect(streamed.err).toBe('')
    expect(streamed.status).toBe(0)
    expect(JSON.parse(streamed.out)).toEqual({ inScope: RECORDS, changed: RECORDS, invalid: 0, sample: 50 })

    // The same preview built whole, as before the fix, does not fit: the bound is real.
    const whole = previewInSmallHeap(t.file, rule, 'whole')
    expect(whole.status).not.toBe(0)
    expect(whole.err).toMatch(/heap out of memory|Allocation failed/)
  }, 180_000)
})
