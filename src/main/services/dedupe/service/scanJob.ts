import type { Services } from '../../context'
import type { JobControl } from '../../jobs/jobRunner'
import type { JobInfo } from '../../../../shared/contracts/jobs'
import type { ScanSummary } from '../../../../shared/contracts/dedupe'
import type { ScanProgress } from '../types'
import { scanDuplicates } from '../engine/scan'
import { DEFAULT_THRESHOLD } from '../engine/weights'
import { activeDedupeRecords, countActiveRecords } from './recordStream'
import { dismissedLookup } from './decisions'
import { ScanStore } from './scanStore'
import { hasStoredModel, loadDecisions, loadModel, saveModel } from './modelStore'
import type { MatchModel } from '../model/model'

/** Share of the progress bar left for saving the pairs. */
const SAVE_SHARE = 0.04
const SAVE_SLICE = 5_000

/** One scan at a time per collection: asking again while one runs follows the running one. */
const runningScans = new WeakMap<Services, string>()

export function startScan(s: Services, threshold = DEFAULT_THRESHOLD): JobInfo {
  const running = runningScans.get(s)
  if (running) {
    const info = s.jobs.get(running)
    if (info.state === 'running') return info
  }
  const job = s.jobs.start('dedupe-scan', (control) => runScan(s, control, threshold))
  runningScans.set(s, job.id)
  return job
}

function describe(step: ScanProgress, total: number): string {
  if (step.phase === 'prepare') return `reading ${total.toLocaleString('en')} records`
  if (step.phase === 'block') return 'grouping candidates'
  if (step.phase === 'estimate') return 'estimating the duplicate model from this collection'
  return `comparing: ${step.candidates.toLocaleString('en')} candidates, ${step.found.toLocaleString('en')} likely duplicates`
}

/**
 * Drives the engine's chunked scan over every active record, yielding to the event loop
 * between slices (so the app answers and cancel works), then saves the pairs as the new
 * review queue. Dismissed pairs are skipped by the engine itself.
 */
export async function runScan(s: Services, control: JobControl, threshold: number): Promise<ScanSummary> {
  const started = performance.now()
  const total = countActiveRecords(s.db)
  // A collection's first scan estimates its model first; later scans use the stored one
  // until the archivist asks to re-estimate (dedupe:estimate).
  const stored = hasStoredModel(s.db)
  const estimate = stored ? undefined : { decisions: loadDecisions(s.db), onModel: (model: MatchModel) => saveModel(s.db, model) }
  const scan = scanDuplicates(activeDedupeRecords(s.db), { threshold, model: stored ? loadModel(s.db) : undefined, estimate, isDismissed: dismissedLookup(s.db), expectedCount: total })
  let step = scan.next()
  while (!step.done) {
    control.progress(step.value.share * (1 - SAVE_SHARE), describe(step.value, total))
    await control.breathe()
    step = scan.next()
  }
  // Written in key order (scan, a, b), not score order: each insert then lands at the right
  // edge of the table's key and of its record_a index instead of on a random page.
  const pairs = [...step.value].sort((x, y) => x.a - y.a || x.b - y.b)

  const store = new ScanStore(s.db)
  const scanId = store.begin(threshold, new Date().toISOString())
  try {
    for (let from = 0; from < pairs.length; from += SAVE_SLICE) {
      store.writePairs(scanId, pairs.slice(from, from + SAVE_SLICE))
      control.progress(1 - SAVE_SHARE + SAVE_SHARE * (from / Math.max(1, pairs.length)), 'saving the review queue')
      await control.breathe()
    }
    const seconds = Math.round((performance.now() - started) / 10) / 100
    return store.complete(scanId, { records: total, pairs: pairs.length, seconds }, new Date().toISOString())
  } catch (error) {
    store.discard(scanId)
    throw error
  }
}
