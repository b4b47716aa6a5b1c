import type { DedupeRecord, DuplicatePair, FindOptions } from '../types'
import { ScanCancelledError } from '../types'
import { FeatureTableBuilder } from './features'
import { PairScorer } from './pairScorer'
import { scanDuplicates } from './scan'
import type { MatchModel } from '../model/model'

/**
 * All likely duplicate pairs among the records, best first, each with a < b.
 * Runs the chunked scan to completion; `onProgress` returning true stops it with
 * `ScanCancelledError` (a half-finished list would look complete when it is not).
 */
export function findDuplicatePairs(
  records: Iterable<DedupeRecord> | DedupeRecord[],
  options: FindOptions = {}
): DuplicatePair[] {
  const scan = scanDuplicates(records, options)
  for (;;) {
    const step = scan.next()
    if (step.done) return step.value
    if (options.onProgress?.(step.value.share) === true) {
      scan.return([])
      throw new ScanCancelledError()
    }
  }
}

/** The explained comparison of two records, whatever their score. */
export function scorePair(x: DedupeRecord, y: DedupeRecord, model?: MatchModel): DuplicatePair {
  const builder = new FeatureTableBuilder()
  builder.add(x)
  builder.add(y)
  return new PairScorer(builder.build(), model).pair(0, 1)
}
